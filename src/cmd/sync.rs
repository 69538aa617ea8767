//! `tldops sync`: read every source, verify every candidate, then apply all
//! accepted snapshots in one transaction and say what happened.

use super::{open_rw, plural, thousands};
use crate::cli::SyncArgs;
use crate::config::Config;
use crate::diff::{diff, Counts};
use crate::error::exit;
use crate::mail::{self, Item, Origin, Shape};
use crate::snapshot::{self, carrier, Reason, Rejection, Trust, Verified};
use crate::store::{Applied, Provenance};
use crate::term::sanitize;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};

/// What the trust boundary said of one message.
pub enum Judged {
    Verified(Box<Verified>, Provenance),
    NotASnapshot,
    Rejected(Rejection),
}

/// A message's origin and Message-ID, sanitised, for every line about it.
pub fn label(origin: &Origin, envelope: &carrier::Envelope) -> String {
    match &envelope.message_id {
        Some(id) => sanitize(&format!("{origin} {id}")),
        None => sanitize(&origin.to_string()),
    }
}

/// Runs one message through the trust boundary.
pub fn judge(origin: &Origin, bytes: &[u8], trust: &Trust, now: DateTime<Utc>) -> (String, Judged) {
    let envelope = carrier::envelope(bytes);
    let label = label(origin, &envelope);
    let judged = match snapshot::verify_message(bytes, trust, now) {
        Ok(None) => Judged::NotASnapshot,
        Ok(Some(v)) => Judged::Verified(
            Box::new(v),
            Provenance {
                source: origin.to_string(),
                message_id: envelope.message_id,
                mail_date: envelope.date,
                mail_from: envelope.from,
            },
        ),
        Err(r) => Judged::Rejected(r),
    };
    (label, judged)
}

#[derive(Default)]
struct Tally {
    messages: usize,
    passed_over: usize,
    unpinned: usize,
    oversize: usize,
    rejected: usize,
    equivocation: bool,
    unreadable: usize,
    known: usize,
    new: Vec<(u64, usize, usize, String)>,
}

pub fn run(config: &Config, args: &SyncArgs) -> Result<i32> {
    let sources = if args.sources.is_empty() {
        config.sources.clone()
    } else {
        args.sources.clone()
    };
    if sources.is_empty() {
        bail!(
            "nothing to read: name a source (`tldops sync ~/Mail/tld-ops`, or `... | tldops sync -`) or list `sources` in {}",
            config.config_file.path.display()
        );
    }
    let pinned = match super::open_ro(config)? {
        Some(store) => !store.pinned()?.is_empty(),
        None => false,
    };
    if !pinned {
        bail!("no key is pinned, so no snapshot can be trusted: pin the secretariat's key first with `tldops trust add KEY.asc`");
    }
    let store = open_rw(config)?;
    let trust = store.trust(&config.thresholds)?;
    let mut t = Tally::default();
    let mut accepted: Vec<(Verified, Provenance)> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    for source in &sources {
        let mut judged: Vec<(String, Judged)> = Vec::new();
        let shape = mail::read(source, &mut |item| match item {
            Item::Message { origin, bytes } => judged.push(judge(&origin, &bytes, &trust, config.now)),
            Item::Oversize { origin, size } => {
                t.oversize += 1;
                eprintln!(
                    "tldops: {}: passed over: {} bytes is over the {} MiB message limit",
                    sanitize(&origin.to_string()),
                    thousands(size as usize),
                    snapshot::MAX_MESSAGE >> 20
                );
            }
            Item::Problem { origin, what } => {
                t.unreadable += 1;
                eprintln!("tldops: {}: {what}", sanitize(&origin.to_string()));
            }
        });
        for (label, j) in judged {
            t.messages += 1;
            match j {
                Judged::Verified(v, prov) => {
                    accepted.push((*v, prov));
                    labels.push(label);
                }
                Judged::NotASnapshot if shape == Shape::Single => {
                    t.rejected += 1;
                    eprintln!(
                        "tldops: rejected {label}: {}: no signed snapshot in this message",
                        Reason::NotASnapshot
                    );
                }
                Judged::NotASnapshot => {
                    t.passed_over += 1;
                    if args.verbose {
                        eprintln!("tldops: passed over {label}: not a snapshot");
                    }
                }
                Judged::Rejected(r) if r.reason == Reason::UnknownSigner && shape == Shape::Mailbox => {
                    // Members sign their own mail too: in a mailbox, mail
                    // signed by nobody pinned is not a snapshot of ours.
                    t.unpinned += 1;
                    if args.verbose {
                        eprintln!("tldops: passed over {label}: {}", r.detail);
                    }
                }
                Judged::Rejected(r) => {
                    t.rejected += 1;
                    eprintln!("tldops: rejected {label}: {r}");
                }
            }
        }
    }
    let before = store.current()?;
    let applied = if accepted.is_empty() {
        Vec::new()
    } else {
        store.apply(&accepted, config.now)?
    };
    for (((v, _), applied), label) in accepted.iter().zip(applied).zip(&labels) {
        match applied {
            Applied::New => t.new.push((
                v.snapshot.serial,
                v.snapshot.cctlds.len(),
                v.snapshot.contact_count(),
                v.snapshot.directory.clone(),
            )),
            Applied::Known => t.known += 1,
            Applied::Rejected(r) => {
                t.rejected += 1;
                t.equivocation |= r.reason == Reason::Equivocation;
                eprintln!("tldops: rejected {label}: {r}");
            }
        }
    }
    let mut line = summary(&t);
    let current = store.current()?;
    for after in &current {
        let Some(prev) = before
            .iter()
            .find(|b| b.directory == after.directory && b.serial != after.serial)
        else {
            continue;
        };
        let counts = Counts::of(&diff(&store.load(prev)?, &store.load(after)?));
        line.push_str(&format!(
            "; {} since serial {}: {} contacts added, {} removed, {} changed{}",
            sanitize(&after.directory),
            prev.serial,
            counts.added,
            counts.removed,
            counts.changed,
            if counts.is_empty() {
                ""
            } else {
                " (review them: `tldops diff`)"
            }
        ));
    }
    eprintln!("tldops: {line}");
    super::warn_stale(config, &current);
    Ok(if t.equivocation {
        exit::EQUIVOCATION
    } else if t.rejected > 0 {
        exit::REJECTED
    } else if t.unreadable > 0 {
        exit::INPUT
    } else {
        exit::OK
    })
}

fn summary(t: &Tally) -> String {
    let snapshots = t.new.len() + t.known + t.rejected;
    let mut s = format!(
        "synced {}: ",
        plural(snapshots, "snapshot message", "snapshot messages")
    );
    let new = match t.new.as_slice() {
        [] => "no new snapshot".to_string(),
        [(serial, cctlds, contacts, _)] => format!(
            "1 new snapshot (serial {serial}, {}, {})",
            plural(*cctlds, "ccTLD", "ccTLDs"),
            plural(*contacts, "contact", "contacts")
        ),
        many => {
            let top = many.iter().max_by_key(|n| n.0).map(|n| n.0).unwrap_or(0);
            let serials: Vec<String> = many.iter().map(|n| n.0.to_string()).collect();
            format!(
                "{} new snapshots (serials {}; highest {top})",
                many.len(),
                serials.join(", ")
            )
        }
    };
    s.push_str(&new);
    s.push_str(&format!(", {} already known, {} rejected", t.known, t.rejected));
    let other = t.passed_over + t.unpinned + t.oversize;
    s.push_str(&format!(
        "; {} passed over",
        plural(other, "other message", "other messages")
    ));
    if t.unpinned > 0 {
        s.push_str(&format!(
            " ({} signed only by keys that are not pinned)",
            thousands(t.unpinned)
        ));
    }
    if t.unreadable > 0 {
        s.push_str(&format!(
            "; {} could not be read",
            plural(t.unreadable, "file", "files")
        ));
    }
    s
}
