//! `tldops status`: per directory, the current snapshot, its age and where it
//! came from.

use crate::cli::StatusArgs;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::{open_ro, stale_line};
use crate::error::exit;
use crate::human::{plural, stamp};
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
            out!("database     {} (none yet)", db.display());
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
                None => out!("  current      none yet: run `tldops sync SOURCE`"),
                Some(k) => {
                    out!(
                        "  current      serial {}, issued {}, expires {}",
                        k.serial,
                        stamp(k.issued),
                        stamp(k.expires)
                    );
                    if let Some(line) = stale_line(k, config.now) {
                        out!("  {}", paint(config.color_out, "1;31", &line));
                    }
                    for fp in &k.signers {
                        out!("  signed by    {} at {}", group_fingerprint(fp), stamp(k.signed_at));
                    }
                    out!("  sha256       {}", k.sha256);
                    out!(
                        "  contents     {} (of {} in the root zone), {}",
                        plural(k.cctlds, "ccTLD", "ccTLDs"),
                        crate::refdata::all().len(),
                        plural(k.contacts, "contact", "contacts")
                    );
                    out!("  synced       {} from {}", stamp(k.synced_at), sanitize(&k.source));
                    if let Some(id) = &k.message_id {
                        out!("  message      {}", sanitize(id));
                    }
                    if let Some(from) = &k.mail_from {
                        out!("  mail from    {} (shown, not trusted)", sanitize(from));
                    }
                }
            }
            let serials: Vec<String> = history.iter().map(|h| h.serial.to_string()).collect();
            out!(
                "  history      {}{}",
                plural(history.len(), "snapshot", "snapshots"),
                if serials.is_empty() {
                    String::new()
                } else {
                    format!(" (serials {})", serials.join(", "))
                }
            );
            out!("  pinned keys  {} (threshold {threshold})", keys.len());
        }
        if !rejections.is_empty() {
            out!(
                "rejected     {} kept, each said once by the sync that met it:",
                plural(rejections.len(), "message", "messages")
            );
            for r in rejections.iter().take(REJECTIONS_SHOWN) {
                out!(
                    "  {} {}: {} ({}{})",
                    r.first_seen.get(..10).unwrap_or(&r.first_seen),
                    r.reason,
                    sanitize(&r.detail),
                    sanitize(&r.source),
                    r.message_id
                        .as_deref()
                        .map(|m| format!(" {}", sanitize(m)))
                        .unwrap_or_default()
                );
            }
            if rejections.len() > REJECTIONS_SHOWN {
                out!(
                    "  and {} more: `tldops status --json`",
                    rejections.len() - REJECTIONS_SHOWN
                );
            }
        }
        if dirs.is_empty() {
            out!("no directory yet: pin a key with `tldops trust add KEY.asc`");
        }
        out!("database     {} (schema {})", db.display(), store.schema_version()?);
    }
    crate::current::warn_stale(config, &current);
    if args.check && current.iter().any(|k| config.now > k.expires) {
        return Ok(exit::NOT_FOUND);
    }
    if current.is_empty() {
        eprintln!(
            "tldops: {} (or pipe a mailing to `tldops sync -`)",
            crate::current::no_snapshot(config)
        );
        return Ok(exit::NOT_FOUND);
    }
    Ok(exit::OK)
}
