//! `tldops status`: per directory, the current snapshot, its age and where it
//! came from.

use crate::cli::StatusArgs;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::{open_ro, stale_line};
use crate::error::exit;
use crate::human::stamp;
use crate::term::{paint, sanitize};
use anyhow::Result;
use serde_json::json;

/// Kept rejections listed in the text form; all are in the JSON form.
const REJECTIONS_SHOWN: usize = 10;

pub fn run(config: &Config, args: &StatusArgs) -> Result<i32> {
    let db = config.database();
    let Some(store) = open_ro(config)? else {
        if args.json {
            out!(
                "{}",
                serde_json::to_string_pretty(&json!({"database": db, "directories": []}))?
            );
        } else {
            out!(
                "{}",
                crate::tr!("status-database-none", path = db.display().to_string())
            );
        }
        eprintln!("tldops: {}", crate::current::no_snapshot(config));
        return Ok(exit::NOT_FOUND);
    };
    let current = store.current()?;
    let pinned = store.pinned()?;
    let rejections = store.rejections()?;
    let mut dirs = Vec::new();
    for name in store.directories()? {
        let kept = current.iter().find(|k| k.directory == name);
        let history = store.history(&name)?;
        let keys: Vec<&str> = pinned
            .iter()
            .filter(|k| k.directories.contains(&name))
            .map(|k| k.fingerprint.as_str())
            .collect();
        let threshold = config.thresholds.get(&name).copied().unwrap_or(1);
        dirs.push((name, kept, history, keys, threshold));
    }
    if args.json {
        let list: Vec<_> = dirs
            .iter()
            .map(|(name, kept, history, keys, threshold)| {
                json!({
                    "directory": name,
                    "current": kept,
                    "stale": kept.map(|k| config.now > k.expires),
                    "history": history.iter().map(|h| h.serial).collect::<Vec<_>>(),
                    "pinned_keys": keys,
                    "threshold": threshold,
                })
            })
            .collect();
        let rejected: Vec<_> = rejections
            .iter()
            .map(|r| {
                json!({
                    "reason": r.reason, "detail": r.detail, "source": r.source, "message_id": r.message_id,
                    "message_sha256": r.message_sha256, "first_seen": r.first_seen, "last_seen": r.last_seen,
                    "times": r.times,
                })
            })
            .collect();
        let out = json!({"database": db, "schema": store.schema_version()?, "now": config.now, "directories": list, "rejected": rejected});
        out!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        for (name, kept, history, keys, threshold) in &dirs {
            out!("{}", paint(config.color_out, "1", &sanitize(name)));
            match kept {
                None => out!("  {}", crate::tr!("status-current-none")),
                Some(k) => {
                    out!(
                        "  {}",
                        crate::tr!(
                            "status-current",
                            serial = k.serial.to_string(),
                            issued = stamp(k.issued),
                            expires = stamp(k.expires)
                        )
                    );
                    if let Some(line) = stale_line(k, config.now) {
                        out!("  {}", paint(config.color_out, "1;31", &line));
                    }
                    for fp in &k.signers {
                        out!(
                            "  {}",
                            crate::tr!(
                                "status-signed-by",
                                key = group_fingerprint(fp),
                                time = stamp(k.signed_at)
                            )
                        );
                    }
                    out!("  sha256       {}", k.sha256);
                    out!(
                        "  {}",
                        crate::tr!(
                            "status-contents",
                            cctlds = k.cctlds,
                            root = crate::refdata::all().len(),
                            contacts = k.contacts
                        )
                    );
                    out!(
                        "  {}",
                        crate::tr!("status-synced", time = stamp(k.synced_at), source = sanitize(&k.source))
                    );
                    if let Some(id) = &k.message_id {
                        out!("  {}", crate::tr!("status-message", id = sanitize(id)));
                    }
                    if let Some(from) = &k.mail_from {
                        out!("  {}", crate::tr!("status-mail-from", from = sanitize(from)));
                    }
                }
            }
            let serials: Vec<String> = history.iter().map(|h| h.serial.to_string()).collect();
            out!(
                "  {}",
                crate::tr!(
                    "status-history",
                    count = history.len(),
                    serials = if serials.is_empty() {
                        String::new()
                    } else {
                        crate::tr!("status-serials", serials = serials.join(", "))
                    }
                )
            );
            out!(
                "  {}",
                crate::tr!("status-pinned", count = keys.len(), threshold = *threshold)
            );
        }
        if !rejections.is_empty() {
            out!("{}", crate::tr!("status-rejected", count = rejections.len()));
            for r in rejections.iter().take(REJECTIONS_SHOWN) {
                out!(
                    "  {}",
                    crate::tr!(
                        "status-rejection",
                        date = r.first_seen.get(..10).unwrap_or(&r.first_seen),
                        reason = r.reason.as_str(),
                        detail = sanitize(&crate::reasons::say_kept(r.words.as_deref(), &r.detail)),
                        source = sanitize(&r.source),
                        message = r
                            .message_id
                            .as_deref()
                            .map(|m| format!(" {}", sanitize(m)))
                            .unwrap_or_default()
                    )
                );
            }
            if rejections.len() > REJECTIONS_SHOWN {
                out!(
                    "  {}",
                    crate::tr!("status-rejected-more", count = rejections.len() - REJECTIONS_SHOWN)
                );
            }
        }
        if dirs.is_empty() {
            out!("{}", crate::tr!("status-no-directory"));
        }
        out!(
            "{}",
            crate::tr!(
                "status-database",
                path = db.display().to_string(),
                schema = store.schema_version()?.to_string()
            )
        );
    }
    crate::current::warn_stale(config, &current);
    if args.check && current.iter().any(|k| config.now > k.expires) {
        return Ok(exit::NOT_FOUND);
    }
    if current.is_empty() {
        eprintln!(
            "tldops: {}",
            crate::tr!("status-or-pipe", problem = crate::current::no_snapshot(config))
        );
        return Ok(exit::NOT_FOUND);
    }
    Ok(exit::OK)
}
