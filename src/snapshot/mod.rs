//! The trust boundary: the bytes of one message or file in, a verified
//! snapshot or a typed rejection out. Pure: no files, no SQL, no clock (the
//! caller passes the time), so every rule can be tested on its own.

pub mod carrier;
pub mod schema;
pub mod signature;

use crate::contact::Snapshot;
use chrono::{DateTime, Duration, Utc};
use sequoia_openpgp::Cert;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Largest signed payload a reader accepts.
pub const MAX_PAYLOAD: usize = 1024 * 1024;
/// Largest message a reader considers.
pub const MAX_MESSAGE: usize = 32 * 1024 * 1024;
/// How far ahead of the reader's clock `issued` and a signature may be.
pub const MAX_FUTURE_HOURS: i64 = 24;

/// Why a snapshot was not accepted. The codes are stable: scripts match them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// Nothing in the places a snapshot may sit.
    NotASnapshot,
    BadSignature,
    UnknownSigner,
    KeyInvalid,
    WeakAlgorithm,
    Threshold,
    Ambiguous,
    Schema,
    UnsupportedFormat,
    WrongDirectory,
    Future,
    Equivocation,
    OutOfStep,
    Limit,
}

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::NotASnapshot => "NOT_A_SNAPSHOT",
            Reason::BadSignature => "BAD_SIGNATURE",
            Reason::UnknownSigner => "UNKNOWN_SIGNER",
            Reason::KeyInvalid => "KEY_INVALID",
            Reason::WeakAlgorithm => "WEAK_ALGORITHM",
            Reason::Threshold => "THRESHOLD",
            Reason::Ambiguous => "AMBIGUOUS",
            Reason::Schema => "SCHEMA",
            Reason::UnsupportedFormat => "UNSUPPORTED_FORMAT",
            Reason::WrongDirectory => "WRONG_DIRECTORY",
            Reason::Future => "FUTURE",
            Reason::Equivocation => "EQUIVOCATION",
            Reason::OutOfStep => "OUT_OF_STEP",
            Reason::Limit => "LIMIT",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A typed rejection: a stable code and a sentence saying what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}: {detail}")]
pub struct Rejection {
    pub reason: Reason,
    pub detail: String,
}

impl Rejection {
    pub fn new(reason: Reason, detail: impl Into<String>) -> Self {
        Rejection {
            reason,
            detail: detail.into(),
        }
    }
}

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

/// Which of the two standard carriers held the snapshot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CarrierKind {
    Cleartext,
    PgpMime,
}

impl CarrierKind {
    pub fn name(self) -> &'static str {
        match self {
            CarrierKind::Cleartext => "cleartext",
            CarrierKind::PgpMime => "pgp-mime",
        }
    }
}

/// A snapshot whose signature, signer and content all passed.
#[derive(Debug, Clone)]
pub struct Verified {
    pub snapshot: Snapshot,
    /// The exact bytes the verifier returned, and nothing else.
    pub payload: Vec<u8>,
    pub sha256: String,
    /// Primary fingerprints of the pinned keys, for this directory, that signed.
    pub signers: Vec<String>,
    /// Creation time of the earliest good signature.
    pub signed_at: DateTime<Utc>,
    pub carrier: CarrierKind,
}

/// Verifies one message (or one bare cleartext-signed file). `Ok(None)` means
/// it holds no signed snapshot at all.
pub fn verify_message(raw: &[u8], trust: &Trust, now: DateTime<Utc>) -> Result<Option<Verified>, Rejection> {
    let mut candidates = carrier::find(raw)?;
    match (candidates.pop(), candidates.len()) {
        (None, _) => Ok(None),
        (Some(one), 0) => verify_candidate(one, trust, now).map(Some),
        (Some(_), rest) => Err(Rejection::new(
            Reason::Ambiguous,
            format!(
                "the message carries {} signed snapshots; exactly one is allowed",
                rest + 1
            ),
        )),
    }
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
                "signed payload is {} bytes; at most {MAX_PAYLOAD} allowed",
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
