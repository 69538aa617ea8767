//! Key rotation (format section 4a): the `[rotation]` table a snapshot may
//! carry, and the eras of keys that the handovers in a directory's history
//! make. Pure: the store gives the history, this module says which keys vouch
//! for which serials and which kept snapshots are still vouched for.

use super::fields::Fingerprint;
use super::{Detail, Reason, Rejection};
use base64::Engine as _;
use chrono::{DateTime, Utc};
use sequoia_openpgp::parse::Parse;
use sequoia_openpgp::policy::StandardPolicy;
use sequoia_openpgp::types::{RevocationStatus, RevocationType};
use sequoia_openpgp::Cert;
use std::collections::BTreeSet;
use toml::{Table, Value};

/// At most this many next keys.
pub const MAX_NEXT_KEYS: usize = 8;
/// Largest certificate carried, in its binary form.
pub const MAX_CERT: usize = 64 * 1024;
/// Largest `certs` string: [`MAX_CERT`] bytes in base64.
const MAX_CERT_BASE64: usize = MAX_CERT.div_ceil(3) * 4;

/// A signed handover to the next keys.
#[derive(Debug, Clone)]
pub struct Rotation {
    /// Primary fingerprints (upper-case hex), distinct, in the order given.
    pub next_keys: Vec<String>,
    pub next_threshold: usize,
    /// One public certificate per next key, in the order of `next_keys`.
    pub certs: Vec<Cert>,
}

fn schema(path: impl Into<String>, what: Detail) -> Rejection {
    Rejection::new(Reason::Schema, super::schema::at(path.into(), what))
}

/// Reads and checks the `[rotation]` table, if the document has one.
pub fn read(t: &Table) -> Result<Option<Rotation>, Rejection> {
    let Some(v) = t.get("rotation") else {
        return Ok(None);
    };
    let Value::Table(r) = v else {
        return Err(schema("rotation", crate::detail!("reason-not-table")));
    };
    let keys = match r.get("next_keys") {
        Some(Value::Array(a)) => a,
        Some(_) => {
            return Err(schema(
                "rotation.next_keys",
                crate::detail!("reason-not-array-of-fingerprints"),
            ))
        }
        None => return Err(schema("rotation.next_keys", crate::detail!("reason-missing"))),
    };
    if keys.is_empty() || keys.len() > MAX_NEXT_KEYS {
        return Err(schema(
            "rotation.next_keys",
            crate::detail!("reason-keys-between", n = keys.len(), max = MAX_NEXT_KEYS),
        ));
    }
    let mut next_keys = Vec::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        let path = format!("rotation.next_keys[{i}]");
        let Value::String(s) = k else {
            return Err(schema(path, crate::detail!("reason-not-string")));
        };
        let fp = Fingerprint::parse(s).map_err(|m| schema(&path, m))?.hex().to_string();
        if next_keys.contains(&fp) {
            return Err(schema(path, crate::detail!("reason-key-repeated")));
        }
        next_keys.push(fp);
    }
    let next_threshold = match r.get("next_threshold") {
        None => 1,
        Some(Value::Integer(n)) if *n >= 1 && (*n as usize) <= next_keys.len() => *n as usize,
        Some(Value::Integer(n)) => {
            return Err(schema(
                "rotation.next_threshold",
                crate::detail!("reason-next-threshold-outside", n = *n, max = next_keys.len()),
            ))
        }
        Some(_) => return Err(schema("rotation.next_threshold", crate::detail!("reason-not-integer"))),
    };
    let list = match r.get("certs") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err(schema("rotation.certs", crate::detail!("reason-not-array-of-base64"))),
        None => return Err(schema("rotation.certs", crate::detail!("reason-missing"))),
    };
    if list.len() > MAX_NEXT_KEYS {
        return Err(schema(
            "rotation.certs",
            crate::detail!("reason-certs-at-most", n = list.len(), max = MAX_NEXT_KEYS),
        ));
    }
    let mut by_key: Vec<Option<Cert>> = vec![None; next_keys.len()];
    for (i, c) in list.iter().enumerate() {
        let path = format!("rotation.certs[{i}]");
        let cert = read_cert(c, &path)?;
        let fp = cert.fingerprint().to_hex();
        let Some(at) = next_keys.iter().position(|k| *k == fp) else {
            return Err(schema(path, crate::detail!("reason-cert-not-next", key = &fp)));
        };
        if by_key[at].is_some() {
            return Err(schema(path, crate::detail!("reason-cert-second", key = &fp)));
        }
        by_key[at] = Some(cert);
    }
    let mut certs = Vec::with_capacity(next_keys.len());
    for (fp, cert) in next_keys.iter().zip(by_key) {
        match cert {
            Some(c) => certs.push(c),
            None => return Err(schema("rotation.certs", crate::detail!("reason-cert-none", key = fp))),
        }
    }
    Ok(Some(Rotation {
        next_keys,
        next_threshold,
        certs,
    }))
}

/// One public certificate: base64 of its binary form, one line.
fn read_cert(v: &Value, path: &str) -> Result<Cert, Rejection> {
    let Value::String(s) = v else {
        return Err(schema(path, crate::detail!("reason-not-string")));
    };
    if s.len() > MAX_CERT_BASE64 {
        return Err(schema(
            path,
            crate::detail!("reason-cert-too-long", n = s.len(), max = MAX_CERT),
        ));
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(s.as_bytes())
        .map_err(|e| schema(path, crate::detail!("reason-cert-not-base64", message = e.to_string())))?;
    if bytes.first().is_none_or(|b| b & 0x80 == 0) {
        return Err(schema(path, crate::detail!("reason-cert-not-binary")));
    }
    let cert = Cert::from_bytes(&bytes)
        .map_err(|e| schema(path, crate::detail!("reason-cert-not-one", message = e.to_string())))?;
    if cert.is_tsk() {
        return Err(schema(path, crate::detail!("reason-cert-secret")));
    }
    Ok(cert)
}

/// Whether a certificate is revoked as compromised: a hard revocation (key
/// compromised, or no reason given) of its primary key, which undoes
/// everything it ever vouched for. A superseded or retired key (a soft
/// revocation) still vouches for what it signed before.
pub fn compromised(cert: &Cert) -> bool {
    let policy = StandardPolicy::new();
    match cert.revocation_status(&policy, None) {
        RevocationStatus::Revoked(sigs) => sigs.iter().any(|sig| {
            sig.reason_for_revocation()
                .is_none_or(|(reason, _)| reason.revocation_type() == RevocationType::Hard)
        }),
        _ => false,
    }
}

/// A stretch of a directory's serials and the keys that vouch for it: every
/// serial above `after` (all of them for the first era) up to the next era's
/// `after`, included.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Era {
    pub after: Option<u64>,
    pub keys: BTreeSet<String>,
    pub threshold: usize,
}

impl Era {
    fn covers(&self, serial: u64) -> bool {
        self.after.is_none_or(|a| serial > a)
    }
}

/// The eras of one directory, oldest first; never empty.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Eras(pub Vec<Era>);

impl Eras {
    /// The era a serial falls in.
    pub fn at(&self, serial: u64) -> &Era {
        self.0.iter().rev().find(|e| e.covers(serial)).unwrap_or(&self.0[0])
    }

    /// The serial of the handover that retired `fp` before `serial`, if one did.
    pub fn retired_before(&self, fp: &str, serial: u64) -> Option<u64> {
        let mut was = false;
        let mut retired = None;
        for e in self.0.iter().filter(|e| e.after.is_none_or(|a| a < serial)) {
            let has = e.keys.contains(fp);
            if was && !has {
                retired = e.after;
            } else if has {
                retired = None;
            }
            was |= has;
        }
        retired
    }
}

/// A key pinned by hand, and when.
#[derive(Debug, Clone)]
pub struct HandPin {
    pub fingerprint: String,
    pub added: DateTime<Utc>,
}

/// A kept snapshot as the replay sees it.
#[derive(Debug, Clone)]
pub struct Kept {
    pub serial: u64,
    /// The good signers recorded when it was verified.
    pub signers: Vec<String>,
    /// Its `[rotation]`: next keys and threshold.
    pub rotation: Option<(Vec<String>, usize)>,
    pub synced_at: DateTime<Utc>,
}

/// A handover made: the keys retired and pinned at a serial.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Handover {
    pub serial: u64,
    pub retired: BTreeSet<String>,
    pub pinned: BTreeSet<String>,
    pub threshold: usize,
}

/// What the replay of a directory's history finds.
#[derive(Debug, Clone)]
pub struct Replay {
    pub eras: Eras,
    /// For each kept snapshot, in the order given: still vouched for?
    pub vouched: Vec<bool>,
    pub handovers: Vec<Handover>,
}

/// Replays a directory's history in serial order: the keys pinned by hand
/// start the first era; each kept snapshot is vouched for when enough keys of
/// its era signed it (and, for a handover, enough of the next keys too); a
/// vouched handover starts a new era of the next keys (with the keys pinned
/// by hand after it was read) under the larger of the configured and the
/// announced threshold. Keys in `void` (revoked as compromised, or removed
/// by hand) vouch for nothing, the past included, so what only they vouched
/// for, handovers included, falls away.
pub fn replay(hand: &[HandPin], history: &[Kept], void: &BTreeSet<String>, configured: usize) -> Replay {
    let configured = configured.max(1);
    let alive = |fp: &String| !void.contains(fp);
    let first = Era {
        after: None,
        keys: hand.iter().map(|p| p.fingerprint.clone()).filter(alive).collect(),
        threshold: configured,
    };
    let mut eras = vec![first];
    let mut handovers = Vec::new();
    let mut order: Vec<usize> = (0..history.len()).collect();
    order.sort_by_key(|&i| (history[i].serial, history[i].synced_at));
    let mut vouched = vec![false; history.len()];
    for i in order {
        let k = &history[i];
        let era = eras.iter().rev().find(|e| e.covers(k.serial)).unwrap_or(&eras[0]);
        let count = |keys: &dyn Fn(&String) -> bool| k.signers.iter().filter(|s| alive(s) && keys(s)).count();
        let mut ok = count(&|s| era.keys.contains(s)) >= era.threshold;
        if let Some((next, threshold)) = &k.rotation {
            ok &= count(&|s| next.contains(s)) >= *threshold;
            if ok {
                let keys: BTreeSet<String> = next
                    .iter()
                    .cloned()
                    .chain(
                        hand.iter()
                            .filter(|p| p.added > k.synced_at)
                            .map(|p| p.fingerprint.clone()),
                    )
                    .filter(alive)
                    .collect();
                let threshold = configured.max(*threshold);
                if keys != era.keys || threshold != era.threshold {
                    handovers.push(Handover {
                        serial: k.serial,
                        retired: era.keys.difference(&keys).cloned().collect(),
                        pinned: keys.difference(&era.keys).cloned().collect(),
                        threshold,
                    });
                    eras.push(Era {
                        after: Some(k.serial),
                        keys,
                        threshold,
                    });
                }
            }
        }
        vouched[i] = ok;
    }
    Replay {
        eras: Eras(eras),
        vouched,
        handovers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "AAAA";
    const B: &str = "BBBB";
    const C: &str = "CCCC";

    fn t(day: u32) -> DateTime<Utc> {
        format!("2026-01-{day:02}T00:00:00Z").parse().unwrap()
    }

    fn kept(serial: u64, signers: &[&str], rotation: Option<(&[&str], usize)>) -> Kept {
        Kept {
            serial,
            signers: signers.iter().map(|s| s.to_string()).collect(),
            rotation: rotation.map(|(k, n)| (k.iter().map(|s| s.to_string()).collect(), n)),
            synced_at: t(2) + chrono::Duration::minutes((serial % 100_000) as i64),
        }
    }

    fn hand(keys: &[&str]) -> Vec<HandPin> {
        keys.iter()
            .map(|k| HandPin {
                fingerprint: k.to_string(),
                added: t(1),
            })
            .collect()
    }

    fn set(keys: &[&str]) -> BTreeSet<String> {
        keys.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn replays_at_their_edges() {
        struct Case {
            name: &'static str,
            hand: &'static [&'static str],
            history: Vec<Kept>,
            void: &'static [&'static str],
            configured: usize,
            vouched: Vec<bool>,
            /// Keys of the era of serial 100.
            keys_then: &'static [&'static str],
        }
        let cases = vec![
            Case {
                name: "no handover",
                hand: &[A],
                history: vec![kept(1, &[A], None), kept(2, &[A], None)],
                void: &[],
                configured: 1,
                vouched: vec![true, true],
                keys_then: &[A],
            },
            Case {
                name: "handover signed by both sides",
                hand: &[A],
                history: vec![kept(2, &[A, B], Some((&[B], 1))), kept(3, &[B], None)],
                void: &[],
                configured: 1,
                vouched: vec![true, true],
                keys_then: &[B],
            },
            Case {
                name: "handover in any order",
                hand: &[A],
                history: vec![kept(3, &[B], None), kept(2, &[A, B], Some((&[B], 1)))],
                void: &[],
                configured: 1,
                vouched: vec![true, true],
                keys_then: &[B],
            },
            Case {
                name: "retired key after its handover",
                hand: &[A],
                history: vec![
                    kept(2, &[A, B], Some((&[B], 1))),
                    kept(3, &[A], None),
                    kept(1, &[A], None),
                ],
                void: &[],
                configured: 1,
                vouched: vec![true, false, true],
                keys_then: &[B],
            },
            Case {
                name: "one-sided handover changes nothing",
                hand: &[A],
                history: vec![kept(2, &[A], Some((&[B], 1)))],
                void: &[],
                configured: 1,
                vouched: vec![false],
                keys_then: &[A],
            },
            Case {
                name: "next threshold of two",
                hand: &[A],
                history: vec![
                    kept(2, &[A, B], Some((&[B, C], 2))),
                    kept(3, &[A, B, C], Some((&[B, C], 2))),
                ],
                void: &[],
                configured: 1,
                vouched: vec![false, true],
                keys_then: &[B, C],
            },
            Case {
                name: "configured threshold wins when larger",
                hand: &[A],
                history: vec![kept(2, &[A, B], Some((&[B, C], 1))), kept(3, &[B], None)],
                void: &[],
                configured: 2,
                vouched: vec![false, false],
                keys_then: &[A],
            },
            Case {
                name: "a repeated rotation changes nothing",
                hand: &[A],
                history: vec![kept(2, &[A, B], Some((&[B], 1))), kept(3, &[B, A], Some((&[B], 1)))],
                void: &[],
                configured: 1,
                vouched: vec![true, true],
                keys_then: &[B],
            },
            Case {
                name: "stolen key's poisoned serial falls away",
                hand: &[A, C],
                history: vec![kept(1, &[A], None), kept(9_007_199_254_740_991, &[C], None)],
                void: &[C],
                configured: 1,
                vouched: vec![true, false],
                keys_then: &[A],
            },
            Case {
                name: "handover by a compromised key is undone",
                hand: &[A],
                history: vec![kept(2, &[A, B], Some((&[B], 1))), kept(3, &[B], None)],
                void: &[A],
                configured: 1,
                vouched: vec![false, false],
                keys_then: &[],
            },
        ];
        for c in cases {
            let r = replay(&hand(c.hand), &c.history, &set(c.void), c.configured);
            assert_eq!(r.vouched, c.vouched, "{}", c.name);
            assert_eq!(r.eras.at(100).keys, set(c.keys_then), "{}", c.name);
        }
    }

    #[test]
    fn retirement_is_dated_by_its_handover() {
        let r = replay(&hand(&[A]), &[kept(5, &[A, B], Some((&[B], 1)))], &BTreeSet::new(), 1);
        assert_eq!(r.eras.retired_before(A, 6), Some(5));
        assert_eq!(r.eras.retired_before(A, 5), None);
        assert_eq!(r.eras.retired_before(B, 6), None);
        assert_eq!(r.handovers.len(), 1);
        assert_eq!(r.handovers[0].retired, set(&[A]));
        assert_eq!(r.handovers[0].pinned, set(&[B]));
    }

    #[test]
    fn a_key_pinned_by_hand_after_a_handover_stays() {
        let mut pins = hand(&[A]);
        pins.push(HandPin {
            fingerprint: C.into(),
            added: t(20),
        });
        let r = replay(&pins, &[kept(5, &[A, B], Some((&[B], 1)))], &BTreeSet::new(), 1);
        assert_eq!(r.eras.at(6).keys, set(&[B, C]));
    }

    /// The reading of the `[rotation]` table, at every edge of format
    /// section 4a.
    mod table {
        use super::super::*;
        use crate::snapshot::Arg;
        use sequoia_openpgp::serialize::MarshalInto;

        fn key_file(name: &str) -> Vec<u8> {
            crate::testing::repo_file(&format!("tests/keys/{name}"))
        }

        /// A test key's public certificate: its fingerprint, and its
        /// binary form in base64.
        fn cert(name: &str) -> (String, String) {
            let cert = Cert::from_bytes(&key_file(&format!("FICTIONAL-{name}.cert.asc"))).unwrap();
            let b64 = base64::engine::general_purpose::STANDARD.encode(cert.to_vec().unwrap());
            (cert.fingerprint().to_hex(), b64)
        }

        /// `read` of a document whose `[rotation]` table is `body`: the
        /// next keys and threshold, or the rejection's message id and path.
        fn read_body(body: &str) -> Result<(Vec<String>, usize), (&'static str, String)> {
            let table: Table = format!("[rotation]\n{body}").parse().unwrap();
            match read(&table) {
                Ok(Some(r)) => {
                    assert_eq!(r.certs.len(), r.next_keys.len());
                    for (c, k) in r.certs.iter().zip(&r.next_keys) {
                        assert_eq!(&c.fingerprint().to_hex(), k);
                    }
                    Ok((r.next_keys, r.next_threshold))
                }
                Ok(None) => panic!("a [rotation] table read as none"),
                Err(e) => {
                    assert_eq!(e.reason, Reason::Schema);
                    let (path, what) = match &e.detail.args[..] {
                        [(_, Arg::Text(path)), (_, Arg::Detail(what))] => (path.clone(), what.id),
                        other => panic!("{other:?}"),
                    };
                    Err((what, path))
                }
            }
        }

        fn quoted(list: &[&str]) -> String {
            let items: Vec<String> = list.iter().map(|s| format!("\"{s}\"")).collect();
            format!("[{}]", items.join(", "))
        }

        fn body(keys: &[&str], threshold: Option<&str>, certs: &[&str]) -> String {
            let threshold = threshold.map(|n| format!("next_threshold = {n}\n")).unwrap_or_default();
            format!("next_keys = {}\n{threshold}certs = {}\n", quoted(keys), quoted(certs))
        }

        fn err(what: &'static str, path: &str) -> Result<(Vec<String>, usize), (&'static str, String)> {
            Err((what, path.to_string()))
        }

        #[test]
        fn a_document_without_the_table_has_no_handover() {
            let table: Table = "format = \"tldops-snapshot/1\"".parse().unwrap();
            assert!(read(&table).unwrap().is_none());
        }

        #[test]
        fn next_keys_and_thresholds_at_their_edges() {
            let (a, ca) = cert("SAMPLE-KEY-secretariat");
            let (b, cb) = cert("TEST-KEY-second");
            let ab = vec![a.clone(), b.clone()];
            assert_eq!(read_body(&body(&[&a], None, &[&ca])), Ok((vec![a.clone()], 1)));
            // Certificates in any order, each under its key.
            assert_eq!(read_body(&body(&[&a, &b], None, &[&cb, &ca])), Ok((ab.clone(), 1)));
            assert_eq!(read_body(&body(&[&a, &b], Some("2"), &[&ca, &cb])), Ok((ab.clone(), 2)));
            assert_eq!(read_body(&body(&[&a, &b], Some("1"), &[&ca, &cb])), Ok((ab.clone(), 1)));
            let outside = "reason-next-threshold-outside";
            assert_eq!(
                read_body(&body(&[&a, &b], Some("3"), &[&ca, &cb])),
                err(outside, "rotation.next_threshold")
            );
            assert_eq!(
                read_body(&body(&[&a, &b], Some("0"), &[&ca, &cb])),
                err(outside, "rotation.next_threshold")
            );
            assert_eq!(
                read_body(&body(&[&a, &b], Some("-1"), &[&ca, &cb])),
                err(outside, "rotation.next_threshold")
            );
            assert_eq!(
                read_body(&body(&[&a], Some("\"1\""), &[&ca])),
                err("reason-not-integer", "rotation.next_threshold")
            );
            assert_eq!(
                read_body(&body(&[], None, &[])),
                err("reason-keys-between", "rotation.next_keys")
            );
            // Eight keys pass their count (and fail for want of certificates);
            // nine do not.
            let many: Vec<String> = (1..=9).map(|i| format!("{i:X}").repeat(40)).collect();
            let many: Vec<&str> = many.iter().map(String::as_str).collect();
            assert_eq!(
                read_body(&body(&many[..8], None, &[])),
                Err(("reason-cert-none", "rotation.certs".into()))
            );
            assert_eq!(
                read_body(&body(&many, None, &[])),
                err("reason-keys-between", "rotation.next_keys")
            );
            assert_eq!(
                read_body(&body(&[&a, &a], None, &[&ca])),
                err("reason-key-repeated", "rotation.next_keys[1]")
            );
            assert_eq!(
                read_body(&body(&[&a, "12AB"], None, &[&ca])).unwrap_err().1,
                "rotation.next_keys[1]"
            );
            assert_eq!(
                read_body("next_keys = 1\ncerts = []").unwrap_err().1,
                "rotation.next_keys"
            );
            assert_eq!(read_body("certs = []"), err("reason-missing", "rotation.next_keys"));
            assert_eq!(
                read_body("next_keys = [1]\ncerts = []"),
                err("reason-not-string", "rotation.next_keys[0]")
            );
        }

        #[test]
        fn certificates_at_their_edges() {
            let (a, ca) = cert("SAMPLE-KEY-secretariat");
            let (b, cb) = cert("TEST-KEY-second");
            assert_eq!(
                read_body(&format!("next_keys = [\"{a}\"]")),
                err("reason-missing", "rotation.certs")
            );
            assert_eq!(
                read_body(&format!("next_keys = [\"{a}\"]\ncerts = \"{ca}\"")),
                err("reason-not-array-of-base64", "rotation.certs")
            );
            assert_eq!(
                read_body(&body(&[&a], None, &[&cb])),
                err("reason-cert-not-next", "rotation.certs[0]")
            );
            assert_eq!(
                read_body(&body(&[&a], None, &[&ca, &ca])),
                err("reason-cert-second", "rotation.certs[1]")
            );
            assert_eq!(
                read_body(&body(&[&a, &b], None, &[&ca])),
                err("reason-cert-none", "rotation.certs")
            );
            // Eight certificates are read one by one; nine are refused whole.
            let junk = ["!"; 9];
            assert_eq!(
                read_body(&body(&[&a], None, &junk[..8])),
                err("reason-cert-not-base64", "rotation.certs[0]")
            );
            assert_eq!(
                read_body(&body(&[&a], None, &junk)),
                err("reason-certs-at-most", "rotation.certs")
            );
            assert_eq!(
                read_body(&format!("next_keys = [\"{a}\"]\ncerts = [1]")),
                err("reason-not-string", "rotation.certs[0]")
            );
        }

        #[test]
        fn a_certificate_is_one_public_key_in_binary_at_most_64_kib() {
            let (a, ca) = cert("SAMPLE-KEY-secretariat");
            let one = |c: &str| read_body(&body(&[&a], None, &[c])).map(|_| ()).map_err(|e| e.0);
            assert_eq!(one(&ca), Ok(()));
            // 64 KiB in base64 is 87,384 characters: that many are decoded
            // (to zeros, not a certificate), one more is refused unread.
            assert_eq!(MAX_CERT_BASE64, 87_384);
            assert_eq!(one(&"A".repeat(87_384)), Err("reason-cert-not-binary"));
            assert_eq!(one(&"A".repeat(87_385)), Err("reason-cert-too-long"));
            let armored = key_file("FICTIONAL-SAMPLE-KEY-secretariat.cert.asc");
            let armored = base64::engine::general_purpose::STANDARD.encode(armored);
            assert_eq!(one(&armored), Err("reason-cert-not-binary"));
            assert_eq!(one("gA=="), Err("reason-cert-not-one"));
            let tsk = Cert::from_bytes(&key_file("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc")).unwrap();
            let tsk = base64::engine::general_purpose::STANDARD.encode(tsk.as_tsk().to_vec().unwrap());
            assert_eq!(one(&tsk), Err("reason-cert-secret"));
            assert_eq!(one("not base64"), Err("reason-cert-not-base64"));
        }

        /// Revoked with no reason or as compromised undoes everything;
        /// superseded or retired does not; not revoked is not compromised.
        #[test]
        fn only_a_hard_revocation_is_compromise() {
            use sequoia_openpgp::packet::signature::SignatureBuilder;
            use sequoia_openpgp::types::{ReasonForRevocation, SignatureType};
            let revoked = Cert::from_bytes(&key_file("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc")).unwrap();
            assert!(compromised(&revoked));
            let plain = Cert::from_bytes(&key_file("FICTIONAL-TEST-KEY-revoked.cert.asc")).unwrap();
            assert!(!compromised(&plain));
            let tsk = Cert::from_bytes(&key_file("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc")).unwrap();
            let revoke = |reason| {
                let mut signer = tsk
                    .primary_key()
                    .key()
                    .clone()
                    .parts_into_secret()
                    .unwrap()
                    .into_keypair()
                    .unwrap();
                let sig = SignatureBuilder::new(SignatureType::KeyRevocation)
                    .set_reason_for_revocation(reason, b"")
                    .unwrap()
                    .sign_direct_key(&mut signer, None)
                    .unwrap();
                tsk.clone().strip_secret_key_material().insert_packets(sig).unwrap().0
            };
            assert!(compromised(&revoke(ReasonForRevocation::KeyCompromised)));
            assert!(!compromised(&revoke(ReasonForRevocation::KeySuperseded)));
            assert!(!compromised(&revoke(ReasonForRevocation::KeyRetired)));
        }

        fn era(after: Option<u64>, keys: &[&str]) -> Era {
            Era {
                after,
                keys: keys.iter().map(|k| k.to_string()).collect(),
                threshold: 1,
            }
        }

        /// An era starts just after the serial of its handover.
        #[test]
        fn eras_start_after_their_handover() {
            let eras = Eras(vec![era(None, &["A"]), era(Some(10), &["B"])]);
            assert_eq!(eras.at(1).keys, era(None, &["A"]).keys);
            assert_eq!(eras.at(10).keys, era(None, &["A"]).keys);
            assert_eq!(eras.at(11).keys, era(None, &["B"]).keys);
            assert!(!era(Some(10), &[]).covers(10) && era(Some(10), &[]).covers(11));
            assert!(era(None, &[]).covers(0));
        }

        /// A key is retired by the handover that leaves it out, not by one
        /// that keeps it.
        #[test]
        fn a_key_kept_by_a_handover_is_not_retired() {
            let kept = Eras(vec![era(None, &["A"]), era(Some(10), &["A", "B"])]);
            assert_eq!(kept.retired_before("A", 11), None);
            assert_eq!(kept.retired_before("B", 11), None);
            let left = Eras(vec![era(None, &["A"]), era(Some(10), &["B"])]);
            assert_eq!(left.retired_before("A", 11), Some(10));
            assert_eq!(left.retired_before("A", 10), None);
            assert_eq!(left.retired_before("C", 11), None);
        }
    }
}
