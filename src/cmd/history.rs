//! `tldops history`: every kept snapshot, oldest first, with what changed.

use crate::cli::HistoryArgs;
use crate::config::Config;
use crate::current::open_ro;
use crate::diff::{diff, Counts};
use crate::error::exit;
use crate::human::stamp;
use crate::term::{paint, sanitize};
use anyhow::Result;
use serde_json::json;

pub fn run(config: &Config, args: &HistoryArgs) -> Result<i32> {
    let Some(store) = open_ro(config)? else {
        eprintln!("tldops: {}", crate::current::no_snapshot(config));
        return Ok(exit::NOT_FOUND);
    };
    let mut out = Vec::new();
    let mut any = false;
    for directory in store.directories()? {
        let history = store.history(&directory)?;
        let mut previous = None;
        let mut rows = Vec::new();
        for kept in &history {
            // One no longer vouched for is kept to show, but changes are
            // counted between those still vouched for.
            if !kept.vouched {
                rows.push((kept, None));
                continue;
            }
            let snap = store.load(kept)?;
            let counts = previous.as_ref().map(|p| Counts::of(&diff(p, &snap)));
            rows.push((kept, counts));
            previous = Some(snap);
        }
        any |= !rows.is_empty();
        if args.json {
            out.push(json!({"directory": directory, "snapshots": rows.iter().map(|(k, c)| {
                let mut v = serde_json::to_value(k).unwrap_or_default();
                v["changes"] = json!(c);
                v
            }).collect::<Vec<_>>()}));
            continue;
        }
        out!("{}", paint(config.color_out, "1", &sanitize(&directory)));
        for (k, counts) in &rows {
            let changes = match counts {
                None if !k.vouched => crate::tr!("history-not-vouched"),
                None => crate::tr!("history-first"),
                Some(c) if c.is_empty() => crate::tr!("history-unchanged"),
                Some(c) => format!("+{} -{} ~{}", c.added, c.removed, c.changed),
            };
            out!(
                "  {}",
                crate::tr!(
                    "history-row",
                    serial = format!("{:<6}", k.serial),
                    issued = stamp(k.issued),
                    expires = stamp(k.expires),
                    cctlds = format!("{:>4}", k.cctlds),
                    contacts = format!("{:>5}", k.contacts),
                    changes = changes
                )
            );
        }
        out!("  {}", crate::tr!("history-count", count = rows.len()));
    }
    if args.json {
        out!("{}", serde_json::to_string_pretty(&out)?);
    }
    Ok(if any { exit::OK } else { exit::NOT_FOUND })
}
