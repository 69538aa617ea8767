//! From a message to what the store is given: the trust boundary's verdict
//! for each message judged, with where it came from (kept to show, never
//! trusted) and the digest that knows the message again. Shared by `sync`
//! and `verify`.

use crate::mail::Origin;
use crate::snapshot::{self, Detail, Envelope, Examined, Rejection, Trust, Verdict, Verified};
use crate::store::Provenance;
use crate::term::sanitize;
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// What the trust boundary said of one message, with where it came from.
pub enum Judged {
    Verified(Box<Verified>, Provenance),
    /// With what the format does not read but a pinned key signed, each
    /// as a detail to put into words.
    NotASnapshot(Vec<Detail>),
    /// With the message's Message-ID.
    Rejected(Rejection, Option<String>),
}

/// A message's origin and Message-ID, sanitised, for every line about it.
pub fn label(origin: &Origin, envelope: &Envelope) -> String {
    match &envelope.message_id {
        Some(id) => sanitize(&format!("{origin} {id}")),
        None => sanitize(&origin.to_string()),
    }
}

/// Runs one message through the trust boundary: a judgement for it, or for
/// each message it encloses. Each comes with the SHA-256 that identifies
/// it when it holds a snapshot, to know it again.
pub fn judge(
    origin: &Origin,
    bytes: &[u8],
    trust: &Trust,
    now: DateTime<Utc>,
) -> Vec<(String, Judged, Option<String>)> {
    let mut digest = None;
    snapshot::examine(bytes, trust, now)
        .into_iter()
        .enumerate()
        .map(
            |(
                i,
                Examined {
                    envelope,
                    verdict,
                    unread,
                },
            )| {
                let label = label(origin, &envelope);
                let judged = match verdict {
                    Verdict::NotASnapshot => Judged::NotASnapshot(unread),
                    Verdict::Verified(v) => Judged::Verified(
                        v,
                        Provenance {
                            source: origin.to_string(),
                            message_id: envelope.message_id,
                            mail_date: envelope.date,
                            mail_from: envelope.from,
                        },
                    ),
                    Verdict::Rejected(r) => Judged::Rejected(r, envelope.message_id),
                };
                let id = match judged {
                    Judged::NotASnapshot(ref notes) if notes.is_empty() => None,
                    _ => {
                        let d = digest.get_or_insert_with(|| snapshot::hex(&Sha256::digest(bytes)));
                        Some(if i == 0 { d.clone() } else { format!("{d}:{i}") })
                    }
                };
                (label, judged, id)
            },
        )
        .collect()
}
