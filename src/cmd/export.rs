//! `tldops export`: vCards for phones (one file, or a vdir), CSV and JSON,
//! all contacts or those a query selects, or only what changed.

use super::present::cctld_json;
use super::{load_current, plural, thousands, usage, Current};
use crate::cli::{ExportArgs, ExportFormat};
use crate::config::Config;
use crate::contact::Identity;
use crate::diff::{diff, Change};
use crate::error::exit;
use crate::export::{self, vcard, Entry};
use crate::search::Query;
use crate::term::sanitize;
use anyhow::{bail, Context, Result};
use std::collections::HashSet;
use std::io::Write;
use std::os::unix::fs::DirBuilderExt;

/// The people the arguments select, in directory and ccTLD order.
pub fn select<'a>(current: &'a Current, words: &[String]) -> Result<Vec<Entry<'a>>> {
    let mut out = Vec::new();
    let pair =
        |k: &'a crate::store::KeptSnapshot, c: &'a crate::contact::Cctld, p: &'a crate::contact::Contact| Entry {
            directory: &k.directory,
            serial: k.serial,
            issued: k.issued,
            cctld: c,
            contact: p,
        };
    if words.is_empty() {
        for (k, s) in current.kept.iter().zip(&current.snapshots) {
            for c in &s.cctlds {
                out.extend(c.contacts.iter().map(|p| pair(k, c, p)));
            }
        }
        return Ok(out);
    }
    let query = Query::parse(words).map_err(|e| usage(&e.to_string()))?;
    for hit in query.run(&current.snapshots) {
        let k = current
            .kept
            .iter()
            .find(|k| k.directory == hit.directory)
            .context("internal: hit without snapshot")?;
        out.extend(hit.contacts.iter().map(|p| pair(k, hit.cctld, p)));
    }
    Ok(out)
}

pub fn run(config: &Config, args: &ExportArgs) -> Result<i32> {
    let current = load_current(config)?;
    let mut entries = select(&current, &args.query)?;
    if let Some(since) = args.changed_since {
        entries = changed_since(&current, entries, since)?;
    }
    if entries.is_empty() {
        eprintln!(
            "tldops: nothing to export{}",
            if args.query.is_empty() {
                ""
            } else {
                ": nothing matches the query"
            }
        );
        return Ok(exit::NOT_FOUND);
    }
    if args.dir.is_some() && !matches!(args.format, ExportFormat::Vcard3 | ExportFormat::Vcard4) {
        return Err(usage(
            "--dir writes one vCard per file: use it with --format vcard3 or vcard4",
        ));
    }
    let version = match args.format {
        ExportFormat::Vcard4 => vcard::Version::V4,
        _ => vcard::Version::V3,
    };
    if let Some(dir) = &args.dir {
        return write_vdir(dir, &entries, version, args.force);
    }
    let (text, what) = match args.format {
        ExportFormat::Vcard3 | ExportFormat::Vcard4 => {
            let s: String = entries
                .iter()
                .map(|e| vcard::write(&vcard::card(e, version), version))
                .collect();
            (
                s,
                format!("{} ({})", plural(entries.len(), "card", "cards"), version.name()),
            )
        }
        ExportFormat::Csv => (
            export::csv::write(&entries, args.raw),
            plural(entries.len(), "row", "rows"),
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
                plural(entries.len(), "contact", "contacts"),
            )
        }
    };
    match &args.output {
        Some(path) => {
            crate::atomic::write_private(path, text.as_bytes(), args.force)?;
            eprintln!(
                "tldops: wrote {what}, {} bytes, to {}",
                thousands(text.len()),
                path.display()
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            eprintln!(
                "tldops: wrote {what}, {} bytes, to standard output",
                thousands(text.len())
            );
        }
    }
    Ok(exit::OK)
}

/// One `<uid>.vcf` per person, each written atomically and 0600.
fn write_vdir(dir: &std::path::Path, entries: &[Entry<'_>], version: vcard::Version, force: bool) -> Result<i32> {
    if !dir.exists() {
        let parent = dir
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        if !parent.is_dir() {
            bail!(
                "cannot write into {}: directory {} does not exist",
                dir.display(),
                parent.display()
            );
        }
        std::fs::DirBuilder::new()
            .mode(0o700)
            .create(dir)
            .with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let files: Vec<(std::path::PathBuf, String)> = entries
        .iter()
        .map(|e| {
            (
                dir.join(format!("{}.vcf", e.uid())),
                vcard::write(&vcard::card(e, version), version),
            )
        })
        .collect();
    if !force {
        if let Some((p, _)) = files.iter().find(|(p, _)| p.exists()) {
            bail!(
                "{} already exists: pass --force to replace the cards in {}",
                p.display(),
                dir.display()
            );
        }
    }
    // Counted as they reach the disk, distinct files only.
    let mut written = std::collections::BTreeSet::new();
    let mut bytes = 0;
    for (path, text) in &files {
        crate::atomic::write_private(path, text.as_bytes(), true)?;
        if written.insert(path) {
            bytes += text.len();
        }
    }
    eprintln!(
        "tldops: wrote {} ({}), {} bytes, to {}",
        plural(written.len(), "card", "cards"),
        version.name(),
        thousands(bytes),
        dir.display()
    );
    Ok(exit::OK)
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
            return Err(usage(&format!(
                "{} has no kept snapshot with serial {serial} (kept: {})",
                kept.directory,
                serials.join(", ")
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
                "tldops: {} since serial {serial}, to delete by hand: {}",
                plural(removed.len(), "person left", "people left"),
                sanitize(&removed.join(", "))
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
