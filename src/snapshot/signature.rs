//! OpenPGP verification of a candidate, under the standard policy, against
//! given certificates. Returns only the bytes the verifier vouches for, and
//! which of the certificates made good signatures; whether they vouch for
//! the snapshot is for the caller to say.

use super::carrier::Candidate;
use super::framing::{self, MAX_SIGNATURE, MAX_SIGNATURE_PACKETS};
use super::{Detail, Reason, Rejection, MAX_PAYLOAD};
use chrono::{DateTime, Utc};
use openpgp::parse::stream::{
    DetachedVerifierBuilder, GoodChecksum, MessageLayer, MessageStructure, VerificationError, VerificationHelper,
    VerifierBuilder,
};
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::types::SignatureType;
use openpgp::{Cert, KeyHandle};
use sequoia_openpgp as openpgp;
use std::collections::BTreeSet;
use std::io::Read;
use std::time::SystemTime;

/// What a good verification yields.
#[derive(Debug)]
pub struct Signed {
    pub payload: Vec<u8>,
    /// Distinct primary fingerprints (upper-case hex) of the given
    /// certificates with good signatures; may be empty.
    pub signers: Vec<String>,
    /// Signatures by keys of none of the given certificates.
    pub unknown: usize,
    pub signed_at: DateTime<Utc>,
}

struct Helper<'a> {
    certs: &'a [Cert],
    unknown: usize,
    /// Cleartext signatures must be text signatures (type 0x01).
    want_text: bool,
    latest: SystemTime,
    signers: BTreeSet<String>,
    signed_at: Option<SystemTime>,
}

impl VerificationHelper for Helper<'_> {
    fn get_certs(&mut self, _ids: &[KeyHandle]) -> openpgp::Result<Vec<Cert>> {
        Ok(self.certs.to_vec())
    }

    fn check(&mut self, structure: MessageStructure) -> openpgp::Result<()> {
        let mut unknown = 0usize;
        let mut seen_group = false;
        for layer in structure {
            let MessageLayer::SignatureGroup { results } = layer else {
                return Err(reject(Reason::BadSignature, crate::detail!("reason-signed-data-packed")).into());
            };
            seen_group = true;
            for result in results {
                match result {
                    Ok(GoodChecksum { sig, ka }) => {
                        if self.want_text && sig.typ() != SignatureType::Text {
                            return Err(reject(
                                Reason::BadSignature,
                                crate::detail!("reason-not-text-signature", found = sig.typ().to_string()),
                            )
                            .into());
                        }
                        self.signers.insert(ka.cert().fingerprint().to_hex());
                        let t = sig.signature_creation_time().unwrap_or(SystemTime::UNIX_EPOCH);
                        self.signed_at = Some(self.signed_at.map_or(t, |s| s.min(t)));
                    }
                    Err(VerificationError::MissingKey { .. }) => unknown += 1,
                    Err(e) => return Err(self.classify(e).into()),
                }
            }
        }
        if !seen_group {
            return Err(reject(Reason::BadSignature, crate::detail!("reason-no-signature")).into());
        }
        self.unknown = unknown;
        Ok(())
    }
}

impl Helper<'_> {
    /// Maps one failed signature by a pinned key to a rejection.
    fn classify(&self, e: VerificationError) -> Rejection {
        let future = |sig: &openpgp::packet::Signature| sig.signature_creation_time().is_some_and(|t| t > self.latest);
        match e {
            VerificationError::BadSignature { sig, error, ka } => {
                let fp = ka.cert().fingerprint().to_hex();
                if future(sig) {
                    reject(
                        Reason::Future,
                        crate::detail!("reason-signature-ahead", key = &fp, hours = super::MAX_FUTURE_HOURS),
                    )
                } else if is_policy(&error) {
                    reject(
                        Reason::WeakAlgorithm,
                        crate::detail!("reason-signature-policy", key = &fp, message = chain(&error)),
                    )
                } else {
                    reject(
                        Reason::BadSignature,
                        crate::detail!("reason-signature-bad", key = &fp, message = chain(&error)),
                    )
                }
            }
            VerificationError::BadKey { ka, error, .. } => reject(
                Reason::KeyInvalid,
                crate::detail!(
                    "reason-key-not-valid",
                    key = ka.key().fingerprint().to_string(),
                    message = chain(&error)
                ),
            ),
            VerificationError::UnboundKey { cert, error, .. } => {
                let reason = if is_policy(&error) {
                    Reason::WeakAlgorithm
                } else {
                    Reason::KeyInvalid
                };
                reject(
                    reason,
                    crate::detail!(
                        "reason-key-unbound",
                        key = cert.fingerprint().to_string(),
                        message = chain(&error)
                    ),
                )
            }
            VerificationError::MalformedSignature { error, .. } => reject(
                Reason::BadSignature,
                crate::detail!("reason-signature-malformed", message = chain(&error)),
            ),
            VerificationError::UnknownSignature { sig, .. } => reject(
                Reason::BadSignature,
                crate::detail!("reason-signature-unsupported", message = sig.error().to_string()),
            ),
            other => reject(
                Reason::BadSignature,
                crate::detail!("reason-verifier-said", message = other.to_string()),
            ),
        }
    }
}

fn reject(reason: Reason, detail: Detail) -> Rejection {
    Rejection::new(reason, detail)
}

fn is_policy(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<openpgp::Error>(),
            Some(openpgp::Error::PolicyViolation(..))
        )
    })
}

fn chain(e: &anyhow::Error) -> String {
    e.chain().map(|c| c.to_string()).collect::<Vec<_>>().join(": ")
}

/// Turns an error out of the verifier into a rejection: ours if the helper
/// raised one, else a signature that could not be processed.
fn from_verifier(e: anyhow::Error) -> Rejection {
    if let Some(r) = e.chain().find_map(|c| c.downcast_ref::<Rejection>()) {
        return r.clone();
    }
    reject(
        Reason::BadSignature,
        crate::detail!("reason-signature-unprocessed", message = chain(&e)),
    )
}

/// Verifies a candidate against `certs`, with every signature checked at its
/// creation time and none dated later than `latest`. Every signature by one
/// of `certs` must be good; signatures by other keys are counted, not read.
pub fn verify(candidate: &Candidate, certs: &[Cert], latest: DateTime<Utc>) -> Result<Signed, Rejection> {
    let policy = StandardPolicy::new();
    let latest_sys: SystemTime = latest.into();
    let helper = Helper {
        certs,
        unknown: 0,
        want_text: matches!(candidate, Candidate::Cleartext { .. }),
        latest: latest_sys,
        signers: BTreeSet::new(),
        signed_at: None,
    };
    let (payload, helper) = match candidate {
        Candidate::Cleartext { block, signature_at } => {
            check_signature_block(&block[*signature_at..])?;
            let mut v = VerifierBuilder::from_bytes(&block[..])
                .map_err(from_verifier)?
                .buffer_size(4 * MAX_PAYLOAD)
                .with_policy(&policy, Some(latest_sys), helper)
                .map_err(from_verifier)?;
            let mut data = Vec::new();
            v.by_ref()
                .take(MAX_PAYLOAD as u64 + 1)
                .read_to_end(&mut data)
                .map_err(|e| from_verifier(e.into()))?;
            if data.len() > MAX_PAYLOAD {
                return Err(payload_too_big(data.len()));
            }
            if !v.message_processed() {
                return Err(reject(Reason::BadSignature, crate::detail!("reason-signed-unfinished")));
            }
            (framing::payload(&data), v.into_helper())
        }
        Candidate::PgpMime { signed, signature } => {
            check_signature_block(signature)?;
            let mut v = DetachedVerifierBuilder::from_bytes(&signature[..])
                .map_err(from_verifier)?
                .with_policy(&policy, Some(latest_sys), helper)
                .map_err(from_verifier)?;
            v.verify_bytes(signed).map_err(from_verifier)?;
            let payload = super::carrier::signed_part_payload(signed)?;
            (payload, v.into_helper())
        }
    };
    let signed_at = helper.signed_at.map(DateTime::<Utc>::from).unwrap_or_else(|| latest);
    Ok(Signed {
        payload,
        signers: helper.signers.into_iter().collect(),
        unknown: helper.unknown,
        signed_at,
    })
}

fn payload_too_big(n: usize) -> Rejection {
    reject(
        Reason::Limit,
        crate::detail!("reason-payload-over", max = MAX_PAYLOAD, size = n),
    )
}

/// A signature block (armored or binary) holds only signature packets, at
/// most [`MAX_SIGNATURE_PACKETS`] of them, and is no larger than
/// [`MAX_SIGNATURE`]. Checked from the packet headers alone, before the
/// verifier reads anything, so no compressed or literal data is ever
/// unpacked.
pub fn check_signature_block(block: &[u8]) -> Result<(), Rejection> {
    if block.len() > MAX_SIGNATURE {
        return Err(reject(
            Reason::Limit,
            crate::detail!("reason-signature-too-big", size = block.len(), max = MAX_SIGNATURE),
        ));
    }
    let binary = if block.windows(9).any(|w| w == b"BEGIN PGP") {
        let mut r = openpgp::armor::Reader::from_bytes(block, openpgp::armor::ReaderMode::Tolerant(None));
        let mut out = Vec::new();
        r.by_ref()
            .take(MAX_SIGNATURE as u64)
            .read_to_end(&mut out)
            .map_err(|e| {
                reject(
                    Reason::BadSignature,
                    crate::detail!("reason-armor-unreadable", message = e.to_string()),
                )
            })?;
        if r.kind() != Some(openpgp::armor::Kind::Signature) {
            return Err(reject(
                Reason::BadSignature,
                crate::detail!("reason-armor-not-signature"),
            ));
        }
        out
    } else {
        block.to_vec()
    };
    let packets = packet_tags(&binary)?;
    if packets.is_empty() {
        return Err(reject(
            Reason::BadSignature,
            crate::detail!("reason-signature-block-empty"),
        ));
    }
    if let Some(tag) = packets.iter().find(|t| **t != SIGNATURE_TAG) {
        return Err(reject(
            Reason::BadSignature,
            crate::detail!(
                "reason-signature-block-packet",
                packet = openpgp::packet::Tag::from(*tag).to_string()
            ),
        ));
    }
    if packets.len() > MAX_SIGNATURE_PACKETS {
        return Err(reject(
            Reason::Limit,
            crate::detail!(
                "reason-signature-packets",
                n = packets.len(),
                max = MAX_SIGNATURE_PACKETS
            ),
        ));
    }
    Ok(())
}

const SIGNATURE_TAG: u8 = 2;

/// The issuers a signature block names, read from its signature packets
/// (within the limits [`check_signature_block`] sets) without verifying
/// anything: empty when the block is not a sound signature block.
pub fn issuers(block: &[u8]) -> Vec<KeyHandle> {
    use openpgp::parse::{PacketParser, PacketParserResult};
    if check_signature_block(block).is_err() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let Ok(mut ppr) = PacketParser::from_bytes(block) else {
        return out;
    };
    while let PacketParserResult::Some(pp) = ppr {
        if let openpgp::Packet::Signature(sig) = &pp.packet {
            out.extend(sig.get_issuers());
        }
        match pp.next() {
            Ok((_, next)) => ppr = next,
            Err(_) => break,
        }
    }
    out
}

/// The tags of the packets in a binary OpenPGP stream, read from their
/// headers (RFC 9580 section 4.2) without reading their bodies. Partial and
/// indeterminate lengths, which only data packets may use, are refused.
fn packet_tags(mut b: &[u8]) -> Result<Vec<u8>, Rejection> {
    let bad = |what: &'static str| {
        reject(
            Reason::BadSignature,
            crate::detail!("reason-signature-block-malformed", what = Detail::new(what)),
        )
    };
    let mut tags = Vec::new();
    while let Some((&first, rest)) = b.split_first() {
        if first & 0x80 == 0 {
            return Err(bad("reason-packet-not-openpgp"));
        }
        let (tag, len, rest) = if first & 0x40 != 0 {
            let tag = first & 0x3F;
            match rest {
                [l0 @ 0..=191, r @ ..] => (tag, *l0 as usize, r),
                [l0 @ 192..=223, l1, r @ ..] => (tag, ((*l0 as usize - 192) << 8) + *l1 as usize + 192, r),
                [255, a, b1, c, d, r @ ..] => (tag, u32::from_be_bytes([*a, *b1, *c, *d]) as usize, r),
                [224..=254, ..] => return Err(bad("reason-packet-partial")),
                _ => return Err(bad("reason-packet-truncated")),
            }
        } else {
            let tag = (first >> 2) & 0x0F;
            match (first & 3, rest) {
                (0, [l, r @ ..]) => (tag, *l as usize, r),
                (1, [a, b1, r @ ..]) => (tag, u16::from_be_bytes([*a, *b1]) as usize, r),
                (2, [a, b1, c, d, r @ ..]) => (tag, u32::from_be_bytes([*a, *b1, *c, *d]) as usize, r),
                (3, _) => return Err(bad("reason-packet-indeterminate")),
                _ => return Err(bad("reason-packet-truncated")),
            }
        };
        if len > rest.len() {
            return Err(bad("reason-packet-too-long"));
        }
        tags.push(tag);
        b = &rest[len..];
    }
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` signature packets (new-format headers, junk bodies): counted, never parsed.
    fn sigs(n: usize) -> Vec<u8> {
        [0xC2u8, 4, 4, 0, 22, 10].repeat(n)
    }

    fn armored(bin: &[u8]) -> Vec<u8> {
        use openpgp::armor::{Kind, Writer};
        use std::io::Write as _;
        let mut w = Writer::new(Vec::new(), Kind::Signature).unwrap();
        w.write_all(bin).unwrap();
        w.finalize().unwrap()
    }

    #[test]
    fn signature_blocks_at_their_edges() {
        let cases: Vec<(&str, Vec<u8>, Option<Reason>)> = vec![
            ("one", sigs(1), None),
            ("sixteen", sigs(MAX_SIGNATURE_PACKETS), None),
            ("seventeen", sigs(MAX_SIGNATURE_PACKETS + 1), Some(Reason::Limit)),
            ("armored sixteen", armored(&sigs(MAX_SIGNATURE_PACKETS)), None),
            (
                "armored seventeen",
                armored(&sigs(MAX_SIGNATURE_PACKETS + 1)),
                Some(Reason::Limit),
            ),
            ("empty", Vec::new(), Some(Reason::BadSignature)),
            ("compressed data", vec![0xC8, 2, 1, 0], Some(Reason::BadSignature)),
            ("literal data", vec![0xCB, 1, b'b'], Some(Reason::BadSignature)),
            (
                "signature then compressed",
                [sigs(1), vec![0xC8, 2, 1, 0]].concat(),
                Some(Reason::BadSignature),
            ),
            ("old-format signature", vec![0x88, 2, 4, 0], None),
            ("old-format indeterminate", vec![0x8B, 4, 0], Some(Reason::BadSignature)),
            (
                "partial body length",
                vec![0xC2, 0xE1, 0, 0],
                Some(Reason::BadSignature),
            ),
            ("two-octet length", [vec![0xC2, 192, 0], vec![0; 192]].concat(), None),
            ("length past the end", vec![0xC2, 10, 4], Some(Reason::BadSignature)),
            ("not a packet", b"hello".to_vec(), Some(Reason::BadSignature)),
            (
                "armored message",
                b"-----BEGIN PGP MESSAGE-----\n\nyAIBAA==\n=AAAA\n-----END PGP MESSAGE-----\n".to_vec(),
                Some(Reason::BadSignature),
            ),
        ];
        for (name, block, want) in cases {
            assert_eq!(check_signature_block(&block).err().map(|e| e.reason), want, "{name}");
        }
    }

    /// Each way a block's packet headers can be unsound is named.
    #[test]
    fn unsound_packet_headers_are_named() {
        let cases: [(&str, &[u8], &str); 6] = [
            ("not a packet", b"hello", "reason-packet-not-openpgp"),
            ("a zero octet", &[0x00, 0xC2], "reason-packet-not-openpgp"),
            ("partial body length", &[0xC2, 0xE1, 0, 0], "reason-packet-partial"),
            ("old-format indeterminate", &[0x8B, 4, 0], "reason-packet-indeterminate"),
            ("length past the end", &[0xC2, 10, 4], "reason-packet-too-long"),
            ("header cut short", &[0xC2, 0xFF, 0], "reason-packet-truncated"),
        ];
        for (name, block, want) in cases {
            let e = check_signature_block(block).unwrap_err();
            assert_eq!(e.detail.id, "reason-signature-block-malformed", "{name}");
            match &e.detail.args[..] {
                [("what", crate::snapshot::Arg::Detail(what))] => assert_eq!(what.id, want, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn the_signature_size_limit_is_exact() {
        // One junk signature packet with a five-octet length fills the block to the byte.
        let pad = |n: usize| {
            let mut b = vec![0xC2, 0xFF];
            b.extend_from_slice(&((n - 6) as u32).to_be_bytes());
            b.resize(n, 0);
            b
        };
        assert_eq!(check_signature_block(&pad(MAX_SIGNATURE)), Ok(()));
        assert_eq!(
            check_signature_block(&pad(MAX_SIGNATURE + 1)).unwrap_err().reason,
            Reason::Limit
        );
    }
}
