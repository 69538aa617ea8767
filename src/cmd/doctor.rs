//! `tldops doctor`: one screen of what would hurt during an incident, each
//! problem with its fix. Reads everything, changes nothing.

use crate::cli::Cli;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::open_ro;
use crate::error::exit;
use crate::human::stamp;
use crate::term::sanitize;
use anyhow::Result;
use chrono::{DateTime, Duration, Utc};
use sequoia_openpgp::policy::StandardPolicy;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// A pinned key that expires within this many days is a problem now.
const KEY_WARNING_DAYS: i64 = 60;

/// What doctor found: each check's line, and whether it is a problem.
#[derive(Default)]
struct Findings {
    lines: Vec<(bool, String, Option<String>)>,
}

impl Findings {
    fn ok(&mut self, what: impl Into<String>) {
        self.lines.push((false, what.into(), None));
    }

    fn problem(&mut self, what: impl Into<String>, fix: impl Into<String>) {
        self.lines.push((true, what.into(), Some(fix.into())));
    }

    fn print(&self) -> Result<i32> {
        let mut problems = 0;
        for (bad, what, fix) in &self.lines {
            problems += usize::from(*bad);
            out!("{} {}", if *bad { "PROBLEM" } else { "ok     " }, sanitize(what));
            if let Some(fix) = fix {
                out!("        fix: {}", sanitize(fix));
            }
        }
        if problems == 0 {
            out!("all well");
            Ok(exit::OK)
        } else {
            out!("{}", crate::human::plural(problems, "problem", "problems"));
            Ok(exit::NOT_FOUND)
        }
    }
}

pub fn run(cli: &Cli) -> Result<i32> {
    let mut f = Findings::default();
    let config = match Config::resolve(cli) {
        Ok(c) => c,
        Err(e) => {
            // The first line of each cause: TOML's own message spans several.
            let what = e
                .chain()
                .map(|c| c.to_string().lines().next().unwrap_or_default().to_string())
                .collect::<Vec<_>>()
                .join(": ");
            f.problem(
                format!("the config cannot be read: {what}"),
                "correct it (`tldops example-config` prints a commented example)",
            );
            return f.print();
        }
    };
    if config.config_found {
        f.ok(format!("config {} parses", config.config_file.path.display()));
    } else {
        f.ok(format!(
            "no config file at {} (the defaults apply)",
            config.config_file.path.display()
        ));
    }
    if let Some(problem) = &config.sources_problem {
        f.problem(
            problem.clone(),
            "write `sources` as a list of paths (`tldops example-config` prints a commented example)",
        );
    }
    files(&config, &mut f);
    let store = match open_ro(&config) {
        Ok(Some(store)) => store,
        Ok(None) => {
            f.problem(
                format!("no database at {} yet", config.database().display()),
                "pin the secretariat's key (`tldops trust add KEY.asc`), then `tldops sync`",
            );
            return f.print();
        }
        Err(e) => {
            damaged(&config, &mut f, &e);
            return f.print();
        }
    };
    if let Err(e) = database(&config, &store, &mut f) {
        damaged(&config, &mut f, &e);
    }
    f.print()
}

fn damaged(config: &Config, f: &mut Findings, e: &anyhow::Error) {
    f.problem(
        format!("the database cannot be read: {e:#}"),
        format!(
            "move {} aside and sync again from your mail (every snapshot is in it), then pin the keys again",
            config.database().display()
        ),
    );
}

/// Everything the database says: its integrity, keys, snapshots, sources.
fn database(config: &Config, store: &crate::store::Store, f: &mut Findings) -> Result<()> {
    match store.integrity() {
        Ok(problems) if problems.is_empty() => f.ok("database integrity check passes"),
        Ok(problems) => f.problem(
            format!("the database is damaged: {}", problems.join("; ")),
            format!(
                "move {} aside and sync again from your mail (every snapshot is in it)",
                config.database().display()
            ),
        ),
        Err(e) => f.problem(
            format!("the database cannot be checked: {e:#}"),
            format!("move {} aside and sync again", config.database().display()),
        ),
    }
    for line in crate::current::unpinned_config_keys(config, store)? {
        f.problem(line, "pin it, or take it out of the config if it is not expected");
    }
    let trust = store.trust(&config.thresholds)?;
    let pinned = store.pinned()?;
    keys(config, &trust, &pinned, f);
    let current = store.current()?;
    for dir in store.directories()? {
        let name = sanitize(&dir);
        match current.iter().find(|k| k.directory == dir) {
            None => f.problem(
                format!("{name}: no snapshot kept yet"),
                "`tldops sync` your mail folder of the list",
            ),
            Some(k) if k.expires <= config.now => f.problem(
                format!(
                    "{name}: serial {} is STALE since {} ({} days)",
                    k.serial,
                    stamp(k.expires),
                    (config.now - k.expires).num_days()
                ),
                "sync; if the list has mailed nothing newer, ask the secretariat (the data still answers meanwhile)",
            ),
            Some(k) => f.ok(format!(
                "{name}: serial {}, fresh until {} ({} days left)",
                k.serial,
                stamp(k.expires),
                (k.expires - config.now).num_days()
            )),
        }
    }
    let newest: Option<DateTime<Utc>> = current.iter().map(|k| k.issued).max();
    match newest {
        Some(issued) if config.now + Duration::minutes(5) < issued => f.problem(
            format!(
                "this clock ({}) is behind the newest snapshot's issue time ({})",
                stamp(config.now),
                stamp(issued)
            ),
            "set the system clock (staleness and signature times are judged by it)",
        ),
        Some(_) => f.ok("the clock is not behind the newest snapshot"),
        None => {}
    }
    sources(config, store, f)?;
    Ok(())
}

/// The data directory 0700, the database and its companions 0600.
fn files(config: &Config, f: &mut Findings) {
    let mut loose = Vec::new();
    let dir = &config.data_dir.path;
    let mut check = |p: &Path, want: u32| {
        if let Ok(meta) = std::fs::metadata(p) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & !want != 0 {
                loose.push(format!("{} is {mode:o}, not {want:o}", p.display()));
            }
        }
    };
    check(dir, 0o700);
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = config.database().into_os_string();
        p.push(suffix);
        check(Path::new(&p), 0o600);
    }
    if loose.is_empty() {
        f.ok("the data directory and database are private (0700, 0600)");
    } else {
        f.problem(
            format!("contact data readable by others: {}", loose.join("; ")),
            format!("chmod 700 {}; chmod 600 the files in it", dir.display()),
        );
    }
}

/// Each key that vouches now: revoked, expiring soon, unable to sign; and
/// each directory with a single key.
fn keys(config: &Config, trust: &crate::snapshot::Trust, pinned: &[crate::store::PinnedKey], f: &mut Findings) {
    let policy = StandardPolicy::new();
    let soon = config.now + Duration::days(KEY_WARNING_DAYS);
    for k in pinned {
        if crate::snapshot::rotation::compromised(&k.cert) {
            f.problem(
                format!(
                    "key {} is pinned but revoked as compromised: it vouches for nothing",
                    group_fingerprint(&k.fingerprint)
                ),
                format!("`tldops trust remove {}`", k.fingerprint),
            );
        }
    }
    for (dir, eras) in &trust.directories {
        let name = sanitize(dir);
        let era = eras.0.last().expect("eras are never empty");
        for fp in &era.keys {
            let shown = group_fingerprint(fp);
            let Some(cert) = trust.certs.iter().find(|c| c.fingerprint().to_hex() == *fp) else {
                continue;
            };
            let now: std::time::SystemTime = config.now.into();
            match cert.with_policy(&policy, now) {
                Err(e) => f.problem(
                    format!("{name}: key {shown} is not valid now: {e}"),
                    "merge the secretariat's updated certificate (`tldops trust add KEY.asc`)",
                ),
                Ok(vc) => {
                    if let sequoia_openpgp::types::RevocationStatus::Revoked(_) = vc.revocation_status() {
                        f.problem(
                            format!("{name}: key {shown} is revoked"),
                            "pin the key the secretariat announced to replace it, then `tldops trust remove` this one",
                        );
                        continue;
                    }
                    let expiry = vc
                        .keys()
                        .for_signing()
                        .revoked(false)
                        .filter_map(|k| k.key_expiration_time())
                        .chain(vc.primary_key().key_expiration_time())
                        .min();
                    let signing = vc.keys().alive().revoked(false).for_signing().count();
                    if signing == 0 {
                        f.problem(
                            format!("{name}: key {shown} has no signing key alive now"),
                            "merge the secretariat's updated certificate (`tldops trust add KEY.asc`)",
                        );
                    } else if let Some(t) = expiry.map(DateTime::<Utc>::from).filter(|t| *t <= soon) {
                        f.problem(
                            format!("{name}: key {shown} expires {} (within {KEY_WARNING_DAYS} days)", stamp(t)),
                            "ask the secretariat for the extended certificate and merge it (`tldops trust add KEY.asc`)",
                        );
                    } else {
                        f.ok(format!("{name}: key {shown} is valid"));
                    }
                }
            }
        }
        if era.keys.len() == 1 {
            f.problem(
                format!("{name}: only one key is pinned, so a lost or stolen key leaves no one to sign"),
                "pin the secretariat's offline backup key too (`tldops trust add BACKUP.asc`)",
            );
        } else if era.keys.is_empty() {
            f.problem(
                format!("{name}: no key vouches for new snapshots"),
                "pin the key the secretariat announced (`tldops trust add KEY.asc`)",
            );
        }
    }
    if pinned.is_empty() && trust.directories.is_empty() {
        f.problem(
            "no key is pinned, so no snapshot can be trusted",
            "pin the secretariat's key: `tldops trust add KEY.asc`",
        );
    }
}

/// Each configured source exists and held mail at the last sync.
fn sources(config: &Config, store: &crate::store::Store, f: &mut Findings) -> Result<()> {
    if config.sources.is_empty() {
        f.ok("no sources configured (sync reads what it is given)");
    }
    for source in &config.sources {
        let path = Path::new(source);
        let shown = path.display();
        if !path.exists() {
            f.problem(
                format!("source {shown} does not exist"),
                format!("correct `sources` in {}", config.config_file.path.display()),
            );
            continue;
        }
        let key = std::fs::canonicalize(path)
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        match store.source_state(&key)? {
            None => f.problem(format!("source {shown} has never been synced"), "`tldops sync`"),
            Some(state) if holds_no_mail(&state) => f.problem(
                format!("source {shown} held no message at the last sync"),
                "point `sources` at the mbox file or Maildir folder your mail client files the list into",
            ),
            Some(_) => f.ok(format!("source {shown} held mail at the last sync")),
        }
    }
    Ok(())
}

/// An mbox that held no message, or mail directories with no file in them.
fn holds_no_mail(state: &crate::mail::SourceState) -> bool {
    match &state.mbox {
        Some(m) => m.messages == 0,
        None => !state.dirs.iter().any(|d| {
            std::fs::read_dir(&d.path)
                .map(|entries| entries.flatten().any(|e| e.file_type().is_ok_and(|t| t.is_file())))
                .unwrap_or(false)
        }),
    }
}
