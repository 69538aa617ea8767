//! Card UIDs: stable for the same person from one snapshot to the next, and
//! recognisable as tldops's, so a mirrored vdir can tell its own cards from
//! everyone else's.

use crate::contact::Identity;
use sha2::{Digest, Sha256};

/// A version 8 UUID (RFC 9562) from a hash: version and variant bits set.
fn uuid(mut u: [u8; 16]) -> String {
    u[6] = (u[6] & 0x0f) | 0x80; // version 8: custom
    u[8] = (u[8] & 0x3f) | 0x80; // RFC 9562 variant
    let x = crate::snapshot::hex(&u);
    format!("{}-{}-{}-{}-{}", &x[..8], &x[8..12], &x[12..16], &x[16..20], &x[20..])
}

fn hash(parts: &[&str]) -> [u8; 32] {
    let mut h = Sha256::new();
    for part in parts {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize().into()
}

/// The first four bytes of every UID of a directory's cards: the namespace.
fn namespace(directory: &str) -> [u8; 4] {
    let h = hash(&["tldops card namespace", directory]);
    [h[0], h[1], h[2], h[3]]
}

/// The UID of a person's card: the directory's namespace, then a hash of the
/// directory and the person's identity.
pub fn of(directory: &str, identity: &Identity) -> String {
    let mut u = [0u8; 16];
    u[..4].copy_from_slice(&namespace(directory));
    u[4..].copy_from_slice(&hash(&[directory, &identity.key()])[..12]);
    uuid(u)
}

/// The UID tldops gave a card before identities: directory, ccTLD and folded
/// name, so namesakes shared one. Known only to recognise and replace such
/// cards.
pub fn legacy(directory: &str, cctld: &str, name: &str) -> String {
    let h = hash(&[directory, cctld, &crate::search::fold(name)]);
    let mut u = [0u8; 16];
    u.copy_from_slice(&h[..16]);
    uuid(u)
}

/// The 16 bytes of a UUID in its text form, lower case only (as tldops writes it).
fn parse(uid: &str) -> Option<[u8; 16]> {
    let b = uid.as_bytes();
    if b.len() != 36 || [8, 13, 18, 23].iter().any(|&i| b[i] != b'-') {
        return None;
    }
    let hex: Vec<u8> = b.iter().copied().filter(|&c| c != b'-').collect();
    if hex.len() != 32 || !hex.iter().all(|c| matches!(c, b'0'..=b'9' | b'a'..=b'f')) {
        return None;
    }
    let mut u = [0u8; 16];
    for (i, pair) in hex.chunks(2).enumerate() {
        u[i] = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(u)
}

/// Whether `uid` has the shape tldops writes: a lower-case version 8 UUID.
pub fn is_tldops_shape(uid: &str) -> bool {
    parse(uid).is_some_and(|u| u[6] >> 4 == 8 && u[8] >> 6 == 2)
}

/// Whether `uid` is in the namespace of `directory`'s cards.
pub fn in_namespace(directory: &str, uid: &str) -> bool {
    is_tldops_shape(uid) && parse(uid).is_some_and(|u| u[..4] == namespace(directory))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn derived(name: &str, email: &str) -> Identity {
        Identity::Derived {
            cctld: "sk".into(),
            name: name.into(),
            email: email.into(),
        }
    }

    #[test]
    fn uids_follow_identity_and_carry_their_namespace() {
        let a = of("TLD-OPS", &derived("zdenka novotna", "zn@nic.sk.example"));
        let b = of("TLD-OPS", &derived("zdenka novotna", "z.novotna@nic.sk.example"));
        let cases: &[(&str, bool, bool)] = &[
            // (case, in the TLD-OPS namespace, tldops's shape)
            (&a, true, true),
            (&b, true, true),
            (
                &of("OTHER", &derived("zdenka novotna", "zn@nic.sk.example")),
                false,
                true,
            ),
            (&legacy("TLD-OPS", "sk", "Zdeňka Novotná"), false, true),
            (&a.to_uppercase(), false, false),
            ("5f0c1e2a-1b2c-4d3e-8f40-123456789abc", false, false),
            ("not-a-uuid", false, false),
            ("", false, false),
        ];
        for (uid, ns, shape) in cases {
            assert_eq!(in_namespace("TLD-OPS", uid), *ns, "{uid}");
            assert_eq!(is_tldops_shape(uid), *shape, "{uid}");
        }
        assert_ne!(a, b, "namesakes get two cards");
        assert_eq!(a, of("TLD-OPS", &derived("zdenka novotna", "zn@nic.sk.example")));
        assert_eq!(&a[..8], &b[..8]);
        assert_eq!(
            of("TLD-OPS", &Identity::Id("sk-7".into())),
            of("TLD-OPS", &Identity::Id("sk-7".into()))
        );
    }
}
