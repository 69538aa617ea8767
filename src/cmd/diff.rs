//! `tldops diff`: contacts added, removed and changed between two snapshots,
//! field by field.

use crate::cli::DiffArgs;
use crate::config::Config;
use crate::current::open_ro;
use crate::diff::{diff, Change, Counts};
use crate::error::exit;
use crate::error::usage;
use crate::term::{paint, sanitize};
use anyhow::{bail, Result};
use serde_json::json;

pub fn run(config: &Config, args: &DiffArgs) -> Result<i32> {
    let Some(store) = open_ro(config)? else {
        bail!(crate::current::no_snapshot(config))
    };
    let directory = match &args.directory {
        Some(d) => d.clone(),
        None => {
            let kept: Vec<String> = store.current()?.into_iter().map(|k| k.directory).collect();
            match kept.as_slice() {
                [one] => one.clone(),
                [] => bail!(crate::current::no_snapshot(config)),
                many => return Err(usage(&crate::tr!("diff-several", directories = many.join(", ")))),
            }
        }
    };
    let history = store.history(&directory)?;
    let serials: Vec<u64> = history.iter().map(|k| k.serial).collect();
    let new = args.new.or(serials.last().copied()).unwrap_or(0);
    let old = match args.old {
        Some(o) => o,
        None => match serials.iter().rev().find(|s| **s < new) {
            Some(s) => *s,
            None => {
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "diff-nothing-before",
                        directory = sanitize(&directory),
                        serial = new.to_string()
                    )
                );
                return Ok(exit::NOT_FOUND);
            }
        },
    };
    let load = |serial: u64| -> Result<_> {
        match store.kept(&directory, serial)? {
            Some(k) => store.load(&k),
            None => Err(usage(&crate::tr!(
                "diff-no-serial",
                directory = directory.as_str(),
                serial = serial.to_string(),
                kept = format!("{serials:?}")
            ))),
        }
    };
    let (a, b) = (load(old)?, load(new)?);
    let changes = diff(&a, &b);
    let counts = Counts::of(&changes);
    if args.json {
        let v = json!({"directory": directory, "old": old, "new": new, "counts": counts, "changes": changes});
        out!("{}", serde_json::to_string_pretty(&v)?);
        return Ok(exit::OK);
    }
    let c = config.color_out;
    out!(
        "{}",
        paint(
            c,
            "1",
            &crate::tr!(
                "diff-heading",
                directory = sanitize(&directory),
                old = old.to_string(),
                new = new.to_string(),
                added = counts.added,
                removed = counts.removed,
                changed = counts.changed
            )
        )
    );
    // Every value is sanitised before it is painted, so the only escape
    // sequences on the line are the colours.
    let none = |v: &str| {
        if v.is_empty() {
            crate::tr!("diff-none")
        } else {
            sanitize(v)
        }
    };
    for ch in &changes {
        let line = match ch {
            Change::CctldAdded { label, .. } => paint(
                c,
                "32",
                &format!("+ .{}  {}", sanitize(label), crate::tr!("diff-cctld-new")),
            ),
            Change::CctldRemoved { label, .. } => paint(
                c,
                "31",
                &format!("- .{}  {}", sanitize(label), crate::tr!("diff-cctld-gone")),
            ),
            Change::CctldChanged {
                label, field, old, new, ..
            } => format!("~ .{}  {field}: {} → {}", sanitize(label), sanitize(old), sanitize(new)),
            Change::ContactAdded { label, person, .. } => paint(
                c,
                "32",
                &format!("+ .{}  {}", sanitize(label), sanitize(&person.describe())),
            ),
            Change::ContactRemoved { label, person, .. } => paint(
                c,
                "31",
                &format!("- .{}  {}", sanitize(label), sanitize(&person.describe())),
            ),
            Change::ContactChanged {
                label,
                person,
                field,
                old,
                new,
                ..
            } => paint(
                c,
                "33",
                &format!(
                    "~ .{}  {}: {field} {} → {}",
                    sanitize(label),
                    sanitize(&person.describe()),
                    none(old),
                    none(new)
                ),
            ),
        };
        out!("{line}");
    }
    Ok(exit::OK)
}
