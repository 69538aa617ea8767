//! `tldops verify`: the checks of a sync on one message or file, with what
//! was found printed and nothing stored.

use super::{open_ro, plural, stamp};
use crate::cli::VerifyArgs;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::error::exit;
use crate::intake::{judge, Judged};
use crate::mail::{self, Item};
use crate::snapshot::{Queued, Reason, Rejection, Trust};
use crate::store::Applied;
use crate::term::sanitize;
use anyhow::Result;
use serde_json::json;

pub fn run(config: &Config, args: &VerifyArgs) -> Result<i32> {
    let store = open_ro(config)?;
    let trust = match &store {
        Some(s) => s.trust(&config.thresholds)?,
        None => Trust::default(),
    };
    let mut results = Vec::new();
    let mut failed = false;
    let mut store_error: Option<anyhow::Error> = None;
    mail::read(&args.file, None, &mut |_| Default::default(), &mut |item| match item {
        Item::Message { origin, bytes } => {
            for (label, judged, _) in judge(&origin, &bytes, &trust, config.now) {
                let verdict = match judged {
                    Judged::NotASnapshot(notes) => Err(Rejection::new(
                        Reason::NotASnapshot,
                        std::iter::once("no signed snapshot in this message".to_string())
                            .chain(notes)
                            .collect::<Vec<_>>()
                            .join("; "),
                    )),
                    Judged::Rejected(r, _) => Err(r),
                    Judged::Verified(v, _) => match store.as_ref().map(|s| s.check(&Queued::from((*v).clone()))) {
                        Some(Ok(Applied::Rejected(r))) => Err(r),
                        Some(Ok(Applied::Known)) => Ok((v, "already kept")),
                        Some(Err(e)) => {
                            // The database failing is not a verdict on the snapshot.
                            store_error.get_or_insert(e);
                            Ok((v, "not compared with the kept history"))
                        }
                        _ => Ok((v, "new")),
                    },
                };
                failed |= verdict.is_err();
                results.push((label, verdict));
            }
        }
        Item::Oversize { origin, size } => {
            failed = true;
            results.push((
                sanitize(&origin.to_string()),
                Err(Rejection::new(
                    Reason::Limit,
                    format!("{size} bytes is over the message limit"),
                )),
            ));
        }
        Item::Problem { origin, what } => {
            failed = true;
            eprintln!("tldops: {}: {what}", sanitize(&origin.to_string()));
        }
    });
    if trust.certs.is_empty() {
        eprintln!("tldops: no key is pinned yet, so no signature can be trusted: `tldops trust add KEY.asc`");
    }
    if args.json {
        let list: Vec<_> = results
            .iter()
            .map(|(label, r)| match r {
                Ok((v, history)) => json!({
                    "source": label, "ok": true, "directory": v.snapshot.directory, "serial": v.snapshot.serial,
                    "issued": v.snapshot.issued, "expires": v.snapshot.expires, "signers": v.signers,
                    "signed_at": v.signed_at, "carrier": v.carrier.name(), "sha256": v.sha256,
                    "cctlds": v.snapshot.cctlds.len(), "contacts": v.snapshot.contact_count(), "history": history,
                }),
                Err(e) => json!({"source": label, "ok": false, "reason": e.reason.code(), "detail": e.detail}),
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        for (label, r) in &results {
            out!("{label}");
            match r {
                Ok((v, history)) => {
                    let s = &v.snapshot;
                    out!("  verdict     good signature, valid snapshot ({history})");
                    out!("  directory   {}", sanitize(&s.directory));
                    out!("  serial      {}", s.serial);
                    out!("  issued      {}", stamp(s.issued));
                    out!(
                        "  expires     {}{}",
                        stamp(s.expires),
                        if config.now > s.expires { "  (STALE)" } else { "" }
                    );
                    for fp in &v.signers {
                        out!("  signed by   {}", group_fingerprint(fp));
                    }
                    out!("  signed at   {}", stamp(v.signed_at));
                    out!("  carrier     {}", v.carrier.name());
                    out!(
                        "  contents    {}, {}",
                        plural(s.cctlds.len(), "ccTLD", "ccTLDs"),
                        plural(s.contact_count(), "contact", "contacts")
                    );
                    out!("  sha256      {}", v.sha256);
                }
                Err(e) => out!("  verdict     REJECTED {}: {}", e.reason.code(), sanitize(&e.detail)),
            }
        }
    }
    if let Some(e) = store_error {
        return Err(e.context("cannot compare with the kept history"));
    }
    Ok(if failed || results.is_empty() {
        exit::REJECTED
    } else {
        exit::OK
    })
}
