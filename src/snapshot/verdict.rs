//! What the trust boundary says of one message: a verified snapshot, nothing
//! of ours, or a typed rejection with a stable reason code.

use crate::contact::Snapshot;
use chrono::{DateTime, Utc};
use std::fmt;

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
    /// Framing or encoding that could give one signed text two readings.
    Malformed,
    /// A handover signed by one side only, or a snapshot signed by a key a
    /// handover retired.
    Rotation,
    /// Not a rejection: a message with no snapshot where the format reads,
    /// but a signature by a pinned key where it does not.
    UnreadPlace,
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
            Reason::Malformed => "MALFORMED",
            Reason::Rotation => "ROTATION",
            Reason::UnreadPlace => "UNREAD_PLACE",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A typed rejection: a stable code and what was wrong, as a message for
/// people (see `Detail`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{reason}: {detail}")]
pub struct Rejection {
    pub reason: Reason,
    pub detail: Detail,
}

impl Rejection {
    pub fn new(reason: Reason, detail: Detail) -> Self {
        Rejection { reason, detail }
    }
}

/// What was wrong, kept as words are not: a message id of
/// `i18n/LANG/reasons.ftl` and its named arguments. The boundary never
/// renders it, so it reads no language; `crate::reasons` puts it into words
/// where it is shown (in English where it is stored or printed for
/// machines, which is also what `Display` gives).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a `Detail`: text shown as it is (a path, a value, a
/// number, a library's own message), a count, or another detail put into
/// words in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    /// A small count a language may choose its words by (one key, two
    /// keys).
    Count(usize),
    Detail(Box<Detail>),
}

impl Detail {
    pub fn new(id: &'static str) -> Detail {
        Detail { id, args: Vec::new() }
    }

    /// The detail with one more argument.
    pub fn with(mut self, key: &'static str, value: impl Into<Arg>) -> Detail {
        self.args.push((key, value.into()));
        self
    }

    /// Several details said one after the other (`first; second`), or
    /// `None` for none.
    pub fn all(details: impl IntoIterator<Item = Detail>) -> Option<Detail> {
        let mut list: Vec<Detail> = details.into_iter().collect();
        let mut out = list.pop()?;
        while let Some(d) = list.pop() {
            out = crate::detail!("reason-then", first = d, rest = out);
        }
        Some(out)
    }
}

impl From<Detail> for Arg {
    fn from(d: Detail) -> Arg {
        Arg::Detail(Box::new(d))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

macro_rules! numbers_as_written {
    ($($t:ty),+) => {
        $(impl From<$t> for Arg {
            /// Digits as they are, in every language: a limit or a count
            /// in a detail reads as the value it was compared with.
            fn from(n: $t) -> Arg {
                Arg::Text(n.to_string())
            }
        })+
    };
}
numbers_as_written!(usize, u64, u32, i64, u8);

/// A `Detail`: `detail!("reason-missing")`,
/// `detail!("reason-length-at-most", n = 70, max = 64)`.
#[macro_export]
macro_rules! detail {
    ($id:literal) => {
        $crate::snapshot::Detail::new($id)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {
        $crate::snapshot::Detail::new($id)$(.with(stringify!($key), $value))+
    };
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
    /// The handover it carries, checked: both sides signed.
    pub rotation: Option<super::Rotation>,
    /// The exact bytes the verifier returned, and nothing else.
    pub payload: Vec<u8>,
    pub sha256: String,
    /// Primary fingerprints of the keys that signed and vouch for this
    /// directory and serial, and for a handover, the next keys that signed.
    pub signers: Vec<String>,
    /// Creation time of the earliest good signature.
    pub signed_at: DateTime<Utc>,
    pub carrier: CarrierKind,
}

/// A verified snapshot reduced to what keeping it needs: its header and
/// counts, and the payload its contacts are read from again when it is
/// stored. A sync that meets many snapshots holds only their bytes, not
/// every parsed contact of each.
#[derive(Debug, Clone)]
pub struct Queued {
    pub directory: String,
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub cctlds: usize,
    pub contacts: usize,
    pub rotation: Option<super::Rotation>,
    pub payload: Vec<u8>,
    pub sha256: String,
    pub signers: Vec<String>,
    pub signed_at: DateTime<Utc>,
    pub carrier: CarrierKind,
}

impl From<Verified> for Queued {
    fn from(v: Verified) -> Queued {
        let s = v.snapshot;
        Queued {
            cctlds: s.cctlds.len(),
            contacts: s.contact_count(),
            directory: s.directory,
            serial: s.serial,
            issued: s.issued,
            expires: s.expires,
            rotation: v.rotation,
            payload: v.payload,
            sha256: v.sha256,
            signers: v.signers,
            signed_at: v.signed_at,
            carrier: v.carrier,
        }
    }
}

impl Queued {
    /// The snapshot, read again from the verified payload it came from.
    pub fn snapshot(&self) -> Result<Snapshot, Rejection> {
        super::schema::parse_snapshot(&self.payload)
    }
}

/// The trust boundary's answer for one message.
#[derive(Debug, Clone)]
pub enum Verdict {
    /// Nothing in the places a snapshot may sit (chatter, incomplete armor).
    NotASnapshot,
    Verified(Box<Verified>),
    Rejected(Rejection),
}
