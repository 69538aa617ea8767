//! `tldops export`: vCards for phones (one file, or a vdir), CSV and JSON,
//! all contacts or those a query selects, or only what changed.

use crate::cli::{ExportArgs, ExportFormat};
use crate::config::Config;
use crate::contact::Identity;
use crate::current::{load_current, Current};
use crate::diff::{diff, Change};
use crate::error::exit;
use crate::error::usage;
use crate::export::{self, vcard, Entry};
use crate::present::cctld_json;
use crate::selection::select;
use crate::term::sanitize;
use crate::vdir;
use anyhow::Result;
use std::collections::HashSet;
use std::io::Write;

pub fn run(config: &Config, args: &ExportArgs) -> Result<i32> {
    if args.dir.is_some() && args.changed_since.is_some() {
        return Err(usage(&crate::tr!("export-dir-changed-since")));
    }
    let current = load_current(config)?;
    let mut entries = select(&current, &args.query)?;
    if let Some(since) = args.changed_since {
        entries = changed_since(&current, entries, since)?;
    }
    if entries.is_empty() {
        eprintln!(
            "tldops: {}",
            if args.query.is_empty() {
                crate::tr!("export-nothing")
            } else {
                crate::tr!("export-nothing-matches")
            }
        );
        return Ok(exit::NOT_FOUND);
    }
    if args.dir.is_some() && !matches!(args.format, ExportFormat::Vcard3 | ExportFormat::Vcard4) {
        return Err(usage(&crate::tr!("export-dir-vcard")));
    }
    let version = match args.format {
        ExportFormat::Vcard4 => vcard::Version::V4,
        _ => vcard::Version::V3,
    };
    if let Some(dir) = &args.dir {
        return write_vdir(dir, &current, &entries, version, args.force);
    }
    if args.excel && args.format != ExportFormat::Csv {
        return Err(usage(&crate::tr!("export-excel-csv")));
    }
    let (text, what) = match args.format {
        ExportFormat::Vcard3 | ExportFormat::Vcard4 => {
            let s: String = entries
                .iter()
                .map(|e| vcard::write(&vcard::card(e, version), version))
                .collect();
            (
                s,
                crate::tr!("export-cards", count = entries.len(), version = version.name()),
            )
        }
        ExportFormat::Csv => (
            // Excel reads a CSV as the Windows code page unless it starts
            // with a byte-order mark.
            format!(
                "{}{}",
                if args.excel { "\u{feff}" } else { "" },
                export::csv::write(&entries, args.raw)
            ),
            crate::tr!("export-rows", count = entries.len()),
        ),
        ExportFormat::Json => {
            let results: Vec<_> = crate::export::by_cctld(&entries)
                .map(|g| {
                    let people: Vec<_> = g.iter().map(|e| e.contact).collect();
                    cctld_json(g[0].directory, g[0].cctld, &people, config.now)
                })
                .collect();
            let v = serde_json::json!({"snapshots": current.summary(config.now), "results": results});
            (
                serde_json::to_string_pretty(&v)? + "\n",
                crate::tr!("export-contacts", count = entries.len()),
            )
        }
    };
    match args.output.as_deref().filter(|p| !crate::atomic::is_stdout(p)) {
        Some(path) => {
            crate::atomic::write_private(path, text.as_bytes(), args.force)?;
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "export-wrote",
                    what = what,
                    bytes = text.len(),
                    path = path.display().to_string()
                )
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            eprintln!(
                "tldops: {}",
                crate::tr!("export-wrote-stdout", what = what, bytes = text.len())
            );
        }
    }
    Ok(exit::OK)
}

/// One `<uid>.vcf` per person, each written atomically and 0600; the
/// directory kept a mirror of the selection (see [`crate::vdir`]).
fn write_vdir(
    dir: &std::path::Path,
    current: &Current,
    entries: &[Entry<'_>],
    version: vcard::Version,
    force: bool,
) -> Result<i32> {
    let mut entries = entries.to_vec();
    settle(current, &mut entries, version)?;
    let cards: Vec<vdir::Card> = entries
        .iter()
        .map(|e| vdir::Card {
            uid: e.uid(),
            legacy_uid: e.legacy_uid(),
            who: format!("{} ({})", e.contact.name, e.dotted()),
            text: vcard::write(&vcard::card(e, version), version),
        })
        .collect();
    let directories: Vec<&str> = current.kept.iter().map(|k| k.directory.as_str()).collect();
    let r = vdir::mirror(dir, &cards, &directories, force)?;
    eprintln!(
        "tldops: {}",
        crate::tr!(
            "export-vdir",
            directory = dir.display().to_string(),
            cards = crate::tr!("export-cards", count = r.present(), version = version.name()),
            added = r.added,
            updated = r.updated,
            removed = r.removed,
            unchanged = r.unchanged,
            renamed = if r.renamed > 0 {
                crate::tr!("export-vdir-renamed", count = r.renamed)
            } else {
                String::new()
            },
            bytes = r.bytes
        )
    );
    if !r.skipped.is_empty() {
        let names: Vec<String> = r
            .skipped
            .iter()
            .take(10)
            .map(|(name, why)| format!("{} ({why})", sanitize(name)))
            .collect();
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "export-vdir-left-alone",
                count = r.skipped.len(),
                names = names.join(", "),
                more = if r.skipped.len() > 10 {
                    crate::tr!("export-and-more", count = r.skipped.len() - 10)
                } else {
                    String::new()
                }
            )
        );
    }
    if !r.failed.is_empty() {
        for (name, who, why) in &r.failed {
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "export-vdir-failed-card",
                    name = sanitize(name),
                    who = sanitize(who),
                    error = sanitize(why)
                )
            );
        }
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "export-vdir-failed",
                count = r.failed.len(),
                directory = dir.display().to_string()
            )
        );
        return Ok(exit::FAILURE);
    }
    Ok(exit::OK)
}

/// Dates each card by the oldest kept snapshot since which it reads the same
/// (its `REV` and the serial in its `NOTE`), rather than by the current one,
/// so a person who did not change keeps the very same card from month to
/// month and a synced phone sees no change.
fn settle(current: &Current, entries: &mut [Entry<'_>], version: vcard::Version) -> Result<()> {
    let undated = |e: &Entry<'_>| {
        let e = Entry {
            serial: 0,
            issued: chrono::DateTime::UNIX_EPOCH,
            ..*e
        };
        vcard::write(&vcard::card(&e, version), version)
    };
    for kept in &current.kept {
        let mut open: Vec<(usize, String)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.directory == kept.directory)
            .map(|(i, e)| (i, undated(e)))
            .collect();
        let history = current.store.history(&kept.directory)?;
        for older in history.iter().rev().filter(|h| h.serial < kept.serial) {
            if open.is_empty() {
                break;
            }
            let snap = current.store.load(older)?;
            open.retain(|(i, text)| {
                let e = &entries[*i];
                let id = e.contact.identity(&e.cctld.code);
                let same = snap
                    .cctlds
                    .iter()
                    .find(|c| c.code == e.cctld.code)
                    .and_then(|c| c.contacts.iter().find(|p| p.identity(&c.code) == id).map(|p| (c, p)))
                    .is_some_and(|(c, p)| {
                        undated(&Entry {
                            cctld: c,
                            contact: p,
                            ..*e
                        }) == *text
                    });
                if same {
                    entries[*i].serial = older.serial;
                    entries[*i].issued = older.issued;
                }
                same
            });
        }
    }
    Ok(())
}

/// Keeps only people added or changed since `serial`; says who went away.
fn changed_since<'a>(current: &'a Current, entries: Vec<Entry<'a>>, serial: u64) -> Result<Vec<Entry<'a>>> {
    let mut wanted: HashSet<(String, String, Identity)> = HashSet::new();
    for (kept, snap) in current.kept.iter().zip(&current.snapshots) {
        let Some(old) = current.store.kept(&kept.directory, serial)? else {
            let serials: Vec<String> = current
                .store
                .history(&kept.directory)?
                .iter()
                .map(|h| h.serial.to_string())
                .collect();
            return Err(usage(&crate::tr!(
                "export-no-such-serial",
                directory = kept.directory.as_str(),
                serial = serial.to_string(),
                kept = serials.join(", ")
            )));
        };
        let old = current.store.load(&old)?;
        let mut removed = Vec::new();
        for ch in diff(&old, snap) {
            match ch {
                Change::ContactAdded { code, person, .. } | Change::ContactChanged { code, person, .. } => {
                    wanted.insert((kept.directory.clone(), code, person.identity));
                }
                Change::ContactRemoved { label, person, .. } => removed.push(person.describe_in(&format!(".{label}"))),
                _ => {}
            }
        }
        if !removed.is_empty() {
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "export-people-left",
                    count = removed.len(),
                    serial = serial.to_string(),
                    names = sanitize(&removed.join(", "))
                )
            );
        }
    }
    Ok(entries
        .into_iter()
        .filter(|e| {
            wanted.contains(&(
                e.directory.to_string(),
                e.cctld.code.clone(),
                e.contact.identity(&e.cctld.code),
            ))
        })
        .collect())
}
