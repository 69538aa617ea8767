//! The trust boundary: the bytes of one message or file in, a verified
//! snapshot or a typed rejection out. Pure: no files, no SQL, no clock (the
//! caller passes the time), so every rule can be tested on its own.

pub mod carrier;
pub mod framing;
pub mod mime;
pub mod schema;
pub mod signature;
pub mod verdict;

pub use carrier::Envelope;
pub use verdict::{CarrierKind, Reason, Rejection, Verdict, Verified};

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

/// The keys a reader trusts, and for which directory each vouches.
#[derive(Debug, Default, Clone)]
pub struct Trust {
    pub certs: Vec<Cert>,
    /// Primary fingerprint (upper-case hex) -> directories it is pinned for.
    pub pins: BTreeMap<String, BTreeSet<String>>,
    /// Directory -> number of distinct pinned keys that must sign.
    pub thresholds: BTreeMap<String, usize>,
}

impl Trust {
    pub fn threshold(&self, directory: &str) -> usize {
        self.thresholds.get(directory).copied().unwrap_or(1).max(1)
    }
}

/// What the trust boundary says of one message it judged.
#[derive(Debug, Clone)]
pub struct Examined {
    /// Where it came from: headers kept to show, never trusted.
    pub envelope: Envelope,
    pub verdict: Verdict,
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

/// Verifies one candidate: the signature first, then the content it vouches for.
pub fn verify_candidate(
    candidate: carrier::Candidate,
    trust: &Trust,
    now: DateTime<Utc>,
) -> Result<Verified, Rejection> {
    let latest = now + Duration::hours(MAX_FUTURE_HOURS);
    let carrier = candidate.kind();
    let signed = signature::verify(&candidate, trust, latest)?;
    if signed.payload.len() > MAX_PAYLOAD {
        return Err(Rejection::new(
            Reason::Limit,
            format!(
                "the signed payload is {} bytes; at most {MAX_PAYLOAD} allowed",
                signed.payload.len()
            ),
        ));
    }
    let snapshot = schema::parse_snapshot(&signed.payload)?;

    // A key pinned for one directory never vouches for another.
    let signers: Vec<String> = signed
        .signers
        .iter()
        .filter(|fp| trust.pins.get(*fp).is_some_and(|d| d.contains(&snapshot.directory)))
        .cloned()
        .collect();
    let threshold = trust.threshold(&snapshot.directory);
    if signers.is_empty() {
        return Err(Rejection::new(
            Reason::WrongDirectory,
            format!(
                "directory `{}` is not one the signing key{} {} pinned for",
                snapshot.directory.escape_debug(),
                if signed.signers.len() > 1 { "s" } else { "" },
                if signed.signers.len() > 1 { "are" } else { "is" },
            ),
        ));
    }
    if signers.len() < threshold {
        return Err(Rejection::new(
            Reason::Threshold,
            format!(
                "{} pinned key(s) signed; directory `{}` needs {threshold}",
                signers.len(),
                snapshot.directory.escape_debug()
            ),
        ));
    }
    if snapshot.issued > latest {
        return Err(Rejection::new(
            Reason::Future,
            format!(
                "issued {} is more than {MAX_FUTURE_HOURS} h ahead of this clock ({})",
                snapshot.issued.to_rfc3339(),
                now.to_rfc3339()
            ),
        ));
    }
    let sha256 = hex(&Sha256::digest(&signed.payload));
    Ok(Verified {
        snapshot,
        payload: signed.payload,
        sha256,
        signers,
        signed_at: signed.signed_at,
        carrier,
    })
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
