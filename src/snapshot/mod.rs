//! The trust boundary: the bytes of one message or file in, a verified
//! snapshot or a typed rejection out. Pure: no files, no SQL, no clock (the
//! caller passes the time), so every rule can be tested on its own.

pub mod carrier;
pub mod fields;
pub mod framing;
pub mod mime;
pub mod rotation;
pub mod schema;
pub mod signature;
pub mod transfer;
pub mod verdict;

pub use carrier::Envelope;
pub use rotation::{Eras, Rotation};
pub use verdict::{Arg, CarrierKind, Detail, Queued, Reason, Rejection, Verdict, Verified};

use chrono::{DateTime, Duration, Utc};
use sequoia_openpgp::Cert;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// Largest signed payload a reader accepts.
pub const MAX_PAYLOAD: usize = 1024 * 1024;
/// Largest message a reader considers.
pub const MAX_MESSAGE: usize = 32 * 1024 * 1024;
/// How far ahead of the reader's clock `issued` and a signature may be.
pub const MAX_FUTURE_HOURS: i64 = 24;

/// The keys a reader trusts: their certificates, and for each directory the
/// eras of keys that vouch for its serials (one era unless a signed handover
/// was made; see [`rotation`]).
#[derive(Debug, Default, Clone)]
pub struct Trust {
    /// Every certificate a signature is checked against: keys pinned by
    /// hand or by a handover, retired ones included (their signatures must
    /// still be good).
    pub certs: Vec<Cert>,
    pub directories: BTreeMap<String, Eras>,
}

impl Trust {
    /// Keys pinned by hand (primary fingerprint -> directories) with the
    /// configured thresholds (1 when not given), and no handover.
    pub fn pinned(
        certs: Vec<Cert>,
        pins: &BTreeMap<String, BTreeSet<String>>,
        thresholds: &BTreeMap<String, usize>,
    ) -> Trust {
        let mut trust = Trust {
            certs,
            directories: BTreeMap::new(),
        };
        for (fp, dirs) in pins {
            for d in dirs {
                trust.vouch_everywhere(fp, d, thresholds.get(d).copied().unwrap_or(1));
            }
        }
        trust
    }

    /// Makes `fingerprint` vouch for every serial of `directory` (the
    /// directory gets one era, at `threshold`, when it has none yet), as a
    /// key the caller trusts for a check of its own: a publisher checking its
    /// output, say.
    pub fn vouch_everywhere(&mut self, fingerprint: &str, directory: &str, threshold: usize) {
        let eras = self.directories.entry(directory.to_string()).or_insert_with(|| {
            Eras(vec![rotation::Era {
                after: None,
                keys: BTreeSet::new(),
                threshold: threshold.max(1),
            }])
        });
        for era in &mut eras.0 {
            era.keys.insert(fingerprint.to_string());
        }
    }

    /// The keys and threshold that vouch for a serial of a directory.
    pub fn era(&self, directory: &str, serial: u64) -> Option<&rotation::Era> {
        self.directories.get(directory).map(|e| e.at(serial))
    }
}

/// What the trust boundary says of one message it judged.
#[derive(Debug, Clone)]
pub struct Examined {
    /// Where it came from: headers kept to show, never trusted.
    pub envelope: Envelope,
    pub verdict: Verdict,
    /// For a message with no snapshot where the format reads: each place
    /// the format does not read that holds a signature by a key this reader
    /// pins, as a detail to put into words. Never verified nor read as data.
    pub unread: Vec<Detail>,
}

/// The trust boundary's one entry point: one message (or one bare
/// cleartext-signed file) in, a verdict for it out, with its envelope. The
/// message is parsed once; nothing outside the places a snapshot may sit is
/// read, and nothing is decoded or verified beyond the limits of format
/// section 5. A message that encloses others (a list server's wrap, a MIME
/// digest) gives a verdict for each enclosed message that holds a snapshot,
/// judged on its own; the list is never empty.
pub fn examine(raw: &[u8], trust: &Trust, now: DateTime<Utc>) -> Vec<Examined> {
    carrier::find(raw)
        .into_iter()
        .map(|found| Examined {
            envelope: found.envelope,
            unread: match found.candidate {
                Ok(None) => unread_by_pinned(&found.unread, trust),
                _ => Vec::new(),
            },
            verdict: match found.candidate {
                Ok(None) => Verdict::NotASnapshot,
                Ok(Some(c)) => match verify_candidate(c, trust, now) {
                    Ok(v) => Verdict::Verified(Box::new(v)),
                    Err(r) => Verdict::Rejected(r),
                },
                Err(r) => Verdict::Rejected(r),
            },
        })
        .collect()
}

/// The unread places whose signature names a key this reader pins as its
/// issuer, each in words. The issuer is only read from the signature
/// packets' headers, never trusted: this only tells the reader where to look.
fn unread_by_pinned(unread: &[carrier::Unread], trust: &Trust) -> Vec<Detail> {
    unread
        .iter()
        .filter_map(|u| {
            let issuers = signature::issuers(&u.signature);
            let cert = trust.certs.iter().find(|c| {
                c.keys()
                    .any(|k| issuers.iter().any(|h| h.aliases(k.key().key_handle())))
            })?;
            Some(crate::detail!(
                "reason-unread-place",
                place = Detail::new(u.place),
                key = cert.fingerprint().to_hex()
            ))
        })
        .collect()
}

/// Verifies one candidate: the signature first, then the content it vouches
/// for, then whether the keys that signed vouch for that directory and
/// serial, and for a handover, whether the next keys signed it too.
pub fn verify_candidate(
    candidate: carrier::Candidate,
    trust: &Trust,
    now: DateTime<Utc>,
) -> Result<Verified, Rejection> {
    let latest = now + Duration::hours(MAX_FUTURE_HOURS);
    let carrier = candidate.kind();
    let signed = signature::verify(&candidate, &trust.certs, latest)?;
    if signed.payload.len() > MAX_PAYLOAD {
        return Err(Rejection::new(
            Reason::Limit,
            crate::detail!("reason-payload-too-big", size = signed.payload.len(), max = MAX_PAYLOAD),
        ));
    }
    if signed.signers.is_empty() {
        return Err(unknown_signer(&candidate, &signed, trust, latest));
    }
    let (snapshot, rotation) = schema::parse_verified(&signed.payload)?;
    let directory = snapshot.directory.escape_debug().to_string();
    let Some(eras) = trust.directories.get(&snapshot.directory) else {
        return Err(wrong_directory(&directory, signed.signers.len()));
    };
    let era = eras.at(snapshot.serial);
    let mut signers: Vec<String> = signed
        .signers
        .iter()
        .filter(|fp| era.keys.contains(*fp))
        .cloned()
        .collect();
    if signers.is_empty() {
        let retired = signed
            .signers
            .iter()
            .find_map(|fp| eras.retired_before(fp, snapshot.serial).map(|at| (fp, at)));
        return Err(match retired {
            Some((fp, at)) => Rejection::new(
                Reason::Rotation,
                crate::detail!(
                    "reason-key-retired",
                    key = fp,
                    at = at,
                    directory = directory.as_str(),
                    serial = snapshot.serial
                ),
            ),
            None => wrong_directory(&directory, signed.signers.len()),
        });
    }
    if signers.len() < era.threshold {
        return Err(Rejection::new(
            Reason::Threshold,
            crate::detail!(
                "reason-threshold",
                signed = Arg::Count(signers.len()),
                directory = directory.as_str(),
                needs = era.threshold
            ),
        ));
    }
    if let Some(r) = &rotation {
        let next = next_signers(&candidate, r, latest)?;
        if next.len() < r.next_threshold {
            return Err(Rejection::new(
                Reason::Rotation,
                crate::detail!(
                    "reason-handover-next-short",
                    keys = Arg::Count(r.next_keys.len()),
                    signed = next.len(),
                    needs = r.next_threshold
                ),
            ));
        }
        for fp in next {
            if !signers.contains(&fp) {
                signers.push(fp);
            }
        }
    }
    if snapshot.issued > latest {
        return Err(Rejection::new(
            Reason::Future,
            crate::detail!(
                "reason-issued-ahead",
                issued = snapshot.issued.to_rfc3339(),
                hours = MAX_FUTURE_HOURS,
                now = now.to_rfc3339()
            ),
        ));
    }
    let sha256 = hex(&Sha256::digest(&signed.payload));
    Ok(Verified {
        snapshot,
        rotation,
        payload: signed.payload,
        sha256,
        signers,
        signed_at: signed.signed_at,
        carrier,
    })
}

fn wrong_directory(directory: &str, signers: usize) -> Rejection {
    Rejection::new(
        Reason::WrongDirectory,
        crate::detail!(
            "reason-wrong-directory",
            directory = directory,
            signers = Arg::Count(signers)
        ),
    )
}

/// The next keys that signed a handover, each checked with the certificate
/// the handover carries.
fn next_signers(candidate: &carrier::Candidate, r: &Rotation, latest: DateTime<Utc>) -> Result<Vec<String>, Rejection> {
    let next = signature::verify(candidate, &r.certs, latest)?;
    Ok(next.signers.into_iter().filter(|fp| r.next_keys.contains(fp)).collect())
}

/// Nobody pinned signed: not ours, unless it is a handover for a directory
/// this reader follows that only its next keys signed, which is said loudly
/// rather than passed over.
fn unknown_signer(
    candidate: &carrier::Candidate,
    signed: &signature::Signed,
    trust: &Trust,
    latest: DateTime<Utc>,
) -> Rejection {
    if let Ok((s, Some(r))) = schema::parse_verified(&signed.payload) {
        let followed = trust.directories.contains_key(&s.directory);
        if followed && next_signers(candidate, &r, latest).is_ok_and(|n| !n.is_empty()) {
            return Rejection::new(
                Reason::Rotation,
                crate::detail!(
                    "reason-handover-next-only",
                    directory = s.directory.escape_debug().to_string()
                ),
            );
        }
    }
    Rejection::new(
        Reason::UnknownSigner,
        if signed.unknown > 0 {
            crate::detail!("reason-unpinned-only")
        } else {
            crate::detail!("reason-no-pinned-signature")
        },
    )
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sequoia_openpgp::parse::Parse;
    use std::path::Path;

    fn read(dir: &str, name: &str) -> Vec<u8> {
        crate::testing::repo_file(&format!("{dir}/{name}"))
    }

    fn key(name: &str) -> (Cert, String) {
        let cert = Cert::from_bytes(&read("tests/keys", &format!("FICTIONAL-{name}.cert.asc"))).unwrap();
        let fp = cert.fingerprint().to_hex();
        (cert, fp)
    }

    /// The trust of the corpus's README: the sample key and the revoked
    /// test key (with its revocation) for TLD-OPS, the "otherdir" key for
    /// OTHER-DIRECTORY.
    fn corpus_trust(thresholds: &[(&str, usize)], extra: &[&str]) -> Trust {
        let (sample, sample_fp) = key("SAMPLE-KEY-secretariat");
        let revoked = Cert::from_bytes(&read("tests/keys", "FICTIONAL-TEST-KEY-revoked.revoked-cert.asc")).unwrap();
        let revoked_fp = revoked.fingerprint().to_hex();
        let (other, other_fp) = key("TEST-KEY-otherdir");
        let mut certs = vec![sample, revoked, other];
        let mut pins: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for fp in [sample_fp, revoked_fp] {
            pins.entry(fp).or_default().insert("TLD-OPS".into());
        }
        pins.entry(other_fp).or_default().insert("OTHER-DIRECTORY".into());
        for name in extra {
            let (cert, fp) = key(name);
            certs.push(cert);
            pins.entry(fp).or_default().insert("TLD-OPS".into());
        }
        let thresholds = thresholds.iter().map(|(d, n)| (d.to_string(), *n)).collect();
        Trust::pinned(certs, &pins, &thresholds)
    }

    fn now() -> DateTime<Utc> {
        "2026-11-02T00:00:00Z".parse().unwrap()
    }

    /// What `examine` said of a fixture: each verdict as a code
    /// (`VERIFIED` for a verified snapshot).
    fn codes(name: &str, trust: &Trust) -> Vec<&'static str> {
        let examined = examine(&read("tests/fixtures", name), trust, now());
        assert!(!examined.is_empty(), "{name}: examine gave no verdict");
        examined.iter().map(|e| code(&e.verdict).0).collect()
    }

    /// A verdict's reason code (`VERIFIED` for a verified snapshot) and
    /// its detail's message id.
    fn code(verdict: &Verdict) -> (&'static str, &'static str) {
        match verdict {
            Verdict::Verified(_) => ("VERIFIED", ""),
            Verdict::Rejected(r) => (r.reason.code(), r.detail.id),
            Verdict::NotASnapshot => ("NOT_A_SNAPSHOT", ""),
        }
    }

    /// Every file of the corpus gets from the entry point the verdict its
    /// README gives (what the store adds, equivocation and order, aside).
    #[test]
    fn every_fixture_gets_its_verdict() {
        let trust = corpus_trust(&[], &[]);
        let mut seen = 0;
        for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let want: &[&str] = match name.as_str() {
                n if !(n.ends_with(".eml") || n.ends_with(".asc")) => continue,
                // One verdict for each enclosed message that holds a snapshot.
                "good-digest.eml" => &["VERIFIED"],
                // Judged against what is kept, not by the boundary.
                "reject-equivocation-serial-1.toml.asc" | "reject-out-of-step-serial-2.toml.asc" => &["VERIFIED"],
                "reject-bad-signature-truncated.eml" => &["NOT_A_SNAPSHOT"],
                "hostile-compression-bomb-before-block.eml" => &["VERIFIED"],
                n if n.starts_with("good-") => &["VERIFIED"],
                n if n.starts_with("not-a-snapshot-") => &["NOT_A_SNAPSHOT"],
                n if n.starts_with("reject-bad-signature-") => &["BAD_SIGNATURE"],
                n if n.starts_with("reject-unknown-signer") => &["UNKNOWN_SIGNER"],
                n if n.starts_with("reject-key-invalid-") => &["KEY_INVALID"],
                n if n.starts_with("reject-weak-algorithm-") => &["WEAK_ALGORITHM"],
                n if n.starts_with("reject-ambiguous-") => &["AMBIGUOUS"],
                n if n.starts_with("reject-unsupported-format-") => &["UNSUPPORTED_FORMAT"],
                n if n.starts_with("reject-wrong-directory") => &["WRONG_DIRECTORY"],
                n if n.starts_with("reject-future-") => &["FUTURE"],
                n if n.starts_with("reject-schema-") => &["SCHEMA"],
                n if n.starts_with("reject-limit-") => &["LIMIT"],
                n => panic!("{n}: a fixture this test does not know"),
            };
            assert_eq!(codes(&name, &trust), want, "{name}");
            seen += 1;
        }
        assert!(seen >= 45, "only {seen} fixtures read");
    }

    /// A signature the policy refuses says which algorithm, in the
    /// library's own words.
    #[test]
    fn a_weak_algorithm_is_named() {
        let examined = examine(
            &read("tests/fixtures", "reject-weak-algorithm-sha1.toml.asc"),
            &corpus_trust(&[], &[]),
            now(),
        );
        let Verdict::Rejected(r) = &examined[0].verdict else {
            panic!("not rejected");
        };
        assert_eq!(r.detail.id, "reason-signature-policy");
        let message = r
            .detail
            .args
            .iter()
            .find(|(k, _)| *k == "message")
            .map(|(_, v)| format!("{v:?}"));
        assert!(message.as_deref().is_some_and(|m| m.contains("SHA1")), "{message:?}");
    }

    /// With nothing pinned, a good snapshot is a stranger's.
    #[test]
    fn nothing_pinned_trusts_nothing() {
        assert_eq!(codes("good-bare.toml.asc", &Trust::default()), ["UNKNOWN_SIGNER"]);
    }

    /// A threshold counts the pinned keys that signed: two signers meet
    /// 2 when both are pinned, one does not; a threshold of 0 means 1.
    #[test]
    fn thresholds_count_pinned_signers() {
        let two = "good-gnupg-two-signers.toml.asc";
        assert_eq!(
            codes(two, &corpus_trust(&[("TLD-OPS", 2)], &["TEST-KEY-second"])),
            ["VERIFIED"]
        );
        assert_eq!(codes(two, &corpus_trust(&[("TLD-OPS", 2)], &[])), ["THRESHOLD"]);
        assert_eq!(
            codes(two, &corpus_trust(&[("TLD-OPS", 3)], &["TEST-KEY-second"])),
            ["THRESHOLD"]
        );
        assert_eq!(
            codes("good-bare.toml.asc", &corpus_trust(&[("TLD-OPS", 0)], &[])),
            ["VERIFIED"]
        );
        let Verdict::Verified(v) = &examine(
            &read("tests/fixtures", two),
            &corpus_trust(&[("TLD-OPS", 2)], &["TEST-KEY-second"]),
            now(),
        )[0]
        .verdict
        else {
            panic!("not verified");
        };
        assert_eq!(v.signers.len(), 2);
    }

    /// Pins give each directory one era holding its keys, at its threshold.
    #[test]
    fn pins_give_each_directory_its_keys() {
        let trust = corpus_trust(&[("OTHER-DIRECTORY", 2)], &[]);
        let (_, sample) = key("SAMPLE-KEY-secretariat");
        let (_, other) = key("TEST-KEY-otherdir");
        let era = trust.era("TLD-OPS", 118).expect("TLD-OPS is followed");
        assert!(era.keys.contains(&sample) && !era.keys.contains(&other));
        assert_eq!((era.keys.len(), era.threshold), (2, 1));
        let era = trust.era("OTHER-DIRECTORY", 1).expect("OTHER-DIRECTORY is followed");
        assert_eq!(era.keys.iter().collect::<Vec<_>>(), [&other]);
        assert_eq!(era.threshold, 2);
        assert!(trust.era("ELSEWHERE", 1).is_none());
        let mut more = trust.clone();
        more.vouch_everywhere(&other, "TLD-OPS", 5);
        let era = more.era("TLD-OPS", 1).unwrap();
        assert!(era.keys.contains(&other));
        assert_eq!(era.threshold, 1, "a directory that has an era keeps its threshold");
    }

    /// A snapshot signed by a pinned key where the format does not read
    /// is named, with the key; by a key not pinned, it is not.
    #[test]
    fn a_pinned_signature_in_an_unread_place_is_named() {
        let name = "not-a-snapshot-attachment.eml";
        let (_, sample) = key("SAMPLE-KEY-secretariat");
        let examined = examine(&read("tests/fixtures", name), &corpus_trust(&[], &[]), now());
        assert_eq!(examined.len(), 1);
        let notes: Vec<String> = examined[0].unread.iter().map(|d| format!("{d:?}")).collect();
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains(&sample), "{notes:?}");
        let examined = examine(&read("tests/fixtures", name), &Trust::default(), now());
        assert!(examined[0].unread.is_empty());
    }

    fn secret(name: &str) -> crate::publish::sign::SigningKey {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/keys/FICTIONAL-{name}.secret.asc"));
        crate::publish::sign::load(&path, None, now()).unwrap()
    }

    /// A document of .tz alone, issued at `issued`, with `more` after its
    /// header, signed now by each of the keys named.
    fn document(issued: DateTime<Utc>, more: &str, keys: &[&str]) -> Vec<u8> {
        document_signed_at(issued, more, keys, now())
    }

    /// As `document`, signed at `at`.
    fn document_signed_at(issued: DateTime<Utc>, more: &str, keys: &[&str], at: DateTime<Utc>) -> Vec<u8> {
        let time = |t: DateTime<Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let doc = format!(
            "format = \"tldops-snapshot/1\"\ndirectory = \"TLD-OPS\"\nserial = 1\nissued = {}\n\
             expires = {}\n{more}[[cctld]]\ncode = \"tz\"\n[[cctld.contact]]\nname = \"Amani Mfano\"\n\
             email = [\"amani@nic.tz.example\"]\n",
            time(issued),
            time(issued + Duration::days(45)),
        );
        let keys = keys.iter().map(|k| secret(k).keypair).collect();
        let hash = sequoia_openpgp::types::HashAlgorithm::SHA512;
        crate::publish::sign::cleartext(keys, doc.as_bytes(), at, hash).unwrap()
    }

    /// The reason code (or `VERIFIED`) and the message id of the verdict.
    fn verdict(message: &[u8], trust: &Trust) -> (&'static str, &'static str) {
        code(&examine(message, trust, now())[0].verdict)
    }

    /// A signature may be made up to 24 hours ahead of the reader's
    /// clock; one made later is FUTURE, not a bad signature.
    #[test]
    fn a_signature_made_ahead_is_future_past_24_hours_exactly() {
        let trust = corpus_trust(&[], &[]);
        let edge = now() + Duration::hours(MAX_FUTURE_HOURS);
        let at = |t| document_signed_at(now(), "", &["SAMPLE-KEY-secretariat"], t);
        assert_eq!(verdict(&at(edge), &trust).0, "VERIFIED");
        assert_eq!(
            verdict(&at(edge + Duration::seconds(1)), &trust),
            ("FUTURE", "reason-signature-ahead")
        );
        // Made at the edge over other text: a bad signature, not a future one.
        let tampered = |t| {
            String::from_utf8(at(t))
                .unwrap()
                .replace("Amani Mfano", "Amani Mfanu")
                .into_bytes()
        };
        assert_eq!(
            verdict(&tampered(edge), &trust),
            ("BAD_SIGNATURE", "reason-signature-bad")
        );
        let ahead = edge + Duration::seconds(1);
        assert_eq!(verdict(&tampered(ahead), &trust), ("FUTURE", "reason-signature-ahead"));
    }

    /// A signed payload of 1 MiB is read; one octet more is a LIMIT.
    #[test]
    fn a_payload_of_one_mib_is_read_and_not_one_octet_more() {
        let trust = corpus_trust(&[], &[]);
        let key = ["SAMPLE-KEY-secretariat"];
        // The payload as the boundary returns it.
        let payload = |message: &[u8]| match &examine(message, &trust, now())[0].verdict {
            Verdict::Verified(v) => v.payload.len(),
            _ => panic!("not verified"),
        };
        // A comment line pads the document to `size` octets of payload.
        let shortest = payload(&document(now(), "#\n", &key));
        let at = |size: usize| document(now(), &format!("#{}\n", "x".repeat(size - shortest)), &key);
        let largest = at(MAX_PAYLOAD);
        assert_eq!(payload(&largest), MAX_PAYLOAD);
        assert_eq!(
            verdict(&at(MAX_PAYLOAD + 1), &trust),
            ("LIMIT", "reason-payload-too-big")
        );
        // The verifier's text, before the framework's line end is put back,
        // is held to the same limit as it is read.
        assert_eq!(verdict(&at(MAX_PAYLOAD + 2), &trust), ("LIMIT", "reason-payload-over"));
    }

    /// A handover (format section 4a) counts only when the next keys
    /// signed it too, up to their threshold; signed by the next keys
    /// alone it is said loudly, not passed over as a stranger's.
    #[test]
    fn a_handover_needs_both_sides() {
        use sequoia_openpgp::serialize::MarshalInto;
        let trust = corpus_trust(&[], &[]);
        let (second_cert, second) = key("TEST-KEY-second");
        let (_, sample) = key("SAMPLE-KEY-secretariat");
        let b64 = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            second_cert.to_vec().unwrap(),
        );
        let rotation = format!("[rotation]\nnext_keys = [\"{second}\"]\ncerts = [\"{b64}\"]\n");
        let both = document(now(), &rotation, &["SAMPLE-KEY-secretariat", "TEST-KEY-second"]);
        let Verdict::Verified(v) = &examine(&both, &trust, now())[0].verdict else {
            panic!("a handover signed by both sides: {:?}", verdict(&both, &trust));
        };
        let mut signers = v.signers.clone();
        signers.sort();
        let mut want = vec![sample.clone(), second.clone()];
        want.sort();
        assert_eq!(signers, want);
        let old_only = document(now(), &rotation, &["SAMPLE-KEY-secretariat"]);
        assert_eq!(verdict(&old_only, &trust), ("ROTATION", "reason-handover-next-short"));
        let new_only = document(now(), &rotation, &["TEST-KEY-second"]);
        assert_eq!(verdict(&new_only, &trust), ("ROTATION", "reason-handover-next-only"));
        // Not a directory this reader follows: a stranger's, as any other.
        let elsewhere = corpus_trust(&[], &[]);
        let mut elsewhere = Trust {
            certs: elsewhere.certs,
            directories: BTreeMap::new(),
        };
        elsewhere.vouch_everywhere(&sample, "OTHER-DIRECTORY", 1);
        assert_eq!(
            verdict(&new_only, &elsewhere),
            ("UNKNOWN_SIGNER", "reason-unpinned-only")
        );
        // Without a handover, the next key alone is a stranger.
        let plain = document(now(), "", &["TEST-KEY-second"]);
        assert_eq!(verdict(&plain, &trust), ("UNKNOWN_SIGNER", "reason-unpinned-only"));
    }

    /// A snapshot may be issued up to 24 hours ahead of the reader's
    /// clock, and not a second more.
    #[test]
    fn issued_ahead_is_future_past_24_hours_exactly() {
        let trust = corpus_trust(&[], &[]);
        let verdict = |issued| verdict(&document(issued, "", &["SAMPLE-KEY-secretariat"]), &trust).0;
        let edge = now() + Duration::hours(MAX_FUTURE_HOURS);
        assert_eq!(verdict(edge), "VERIFIED");
        assert_eq!(verdict(edge + Duration::seconds(1)), "FUTURE");
        assert_eq!(verdict(now() - Duration::days(3)), "VERIFIED");
    }

    #[test]
    fn hex_is_lower_case_two_digits_an_octet() {
        assert_eq!(hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
        assert_eq!(hex(&[]), "");
    }
}
