//! `tldops verify`: the checks of a sync on one message or file, with what
//! was found printed and nothing stored.

use crate::cli::VerifyArgs;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::open_ro;
use crate::error::exit;
use crate::human::stamp;
use crate::intake::{judge, Judged};
use crate::mail::{self, Item, Shape};
use crate::reasons;
use crate::snapshot::{Detail, Queued, Reason, Rejection, Trust};
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
    // Each result, and whether it is mail that is not a snapshot of ours:
    // in a mailbox that is passed over, as sync does.
    let mut results = Vec::new();
    let mut problems = false;
    let mut store_error: Option<anyhow::Error> = None;
    let outcome = mail::read(&args.file, None, &mut |_| Default::default(), &mut |item| match item {
        Item::Message { origin, bytes } => {
            for (label, judged, _) in judge(&origin, &bytes, &trust, config.now) {
                let other = match &judged {
                    Judged::NotASnapshot(notes) => notes.is_empty(),
                    Judged::Rejected(r, _) => r.reason == Reason::UnknownSigner,
                    Judged::Verified(..) => false,
                };
                let verdict = match judged {
                    Judged::NotASnapshot(notes) => Err(Rejection::new(
                        Reason::NotASnapshot,
                        Detail::all(std::iter::once(crate::detail!("reason-no-snapshot-in-message")).chain(notes))
                            .unwrap_or_else(|| crate::detail!("reason-no-snapshot-in-message")),
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
                results.push((label, verdict, other));
            }
        }
        Item::Oversize { origin, size } => {
            results.push((
                sanitize(&origin.to_string()),
                Err(Rejection::new(
                    Reason::Limit,
                    crate::detail!("reason-over-message-limit", size = size),
                )),
                false,
            ));
        }
        Item::Problem { origin, what } => {
            problems = true;
            eprintln!("tldops: {}: {what}", sanitize(&origin.to_string()));
        }
    });
    if results.is_empty() && !problems {
        if let Some(why) = mail::emptiness(&args.file) {
            eprintln!("tldops: {}: {why}", sanitize(&args.file));
        }
    }
    if outcome.shape == Shape::Mailbox {
        let before = results.len();
        results.retain(|r| !r.2);
        let passed_over = before - results.len();
        if passed_over > 0 {
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "reason-verify-passed-over",
                    file = sanitize(&args.file),
                    count = passed_over
                )
            );
        }
        if results.is_empty() && !problems {
            eprintln!(
                "tldops: {}",
                crate::tr!("reason-verify-no-snapshot", file = sanitize(&args.file))
            );
        }
    }
    let failed = problems || results.iter().any(|r| r.1.is_err());
    let results: Vec<_> = results
        .into_iter()
        .map(|(label, verdict, _)| (label, verdict))
        .collect();
    if trust.certs.is_empty() {
        eprintln!("tldops: {}", crate::tr!("verify-no-key"));
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
                // The detail in English whatever the language: machine output.
                Err(e) => {
                    json!({"source": label, "ok": false, "reason": e.reason.code(), "detail": e.detail.to_string()})
                }
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        // Labels padded to 12, as the line of a rejected one.
        let label = |id: &str| format!("{:<12}", crate::i18n::text(id));
        for (label_of, r) in &results {
            out!("{label_of}");
            match r {
                Ok((v, history)) => {
                    let s = &v.snapshot;
                    let history = match *history {
                        "already kept" => crate::tr!("verify-history-known"),
                        "not compared with the kept history" => crate::tr!("verify-history-unchecked"),
                        _ => crate::tr!("verify-history-new"),
                    };
                    out!(
                        "  {}{}",
                        label("verify-label-verdict"),
                        crate::tr!("verify-good", history = history)
                    );
                    out!("  {}{}", label("verify-label-directory"), sanitize(&s.directory));
                    out!("  {}{}", label("verify-label-serial"), s.serial);
                    out!("  {}{}", label("verify-label-issued"), stamp(s.issued));
                    let stale = if config.now > s.expires {
                        format!("  ({})", crate::tr!("verify-stale"))
                    } else {
                        String::new()
                    };
                    out!("  {}{}{stale}", label("verify-label-expires"), stamp(s.expires));
                    for fp in &v.signers {
                        out!("  {}{}", label("verify-label-signed-by"), group_fingerprint(fp));
                    }
                    out!("  {}{}", label("verify-label-signed-at"), stamp(v.signed_at));
                    out!("  {}{}", label("verify-label-carrier"), v.carrier.name());
                    out!(
                        "  {}{}",
                        label("verify-label-contents"),
                        crate::tr!("verify-contents", cctlds = s.cctlds.len(), contacts = s.contact_count())
                    );
                    out!("  sha256      {}", v.sha256);
                }
                Err(e) => out!(
                    "  {}",
                    crate::tr!(
                        "reason-verify-rejected",
                        code = e.reason.code(),
                        detail = sanitize(&reasons::say(&e.detail))
                    )
                ),
            }
        }
    }
    if let Some(e) = store_error {
        return Err(e.context(crate::tr!("verify-cannot-compare")));
    }
    Ok(if failed || results.is_empty() {
        exit::REJECTED
    } else {
        exit::OK
    })
}
