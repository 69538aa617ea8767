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
        let (problem, ok) = (crate::tr!("doctor-problem"), crate::tr!("doctor-ok"));
        let width = problem.chars().count().max(ok.chars().count());
        for (bad, what, fix) in &self.lines {
            problems += usize::from(*bad);
            let mark = if *bad { &problem } else { &ok };
            out!("{mark:<width$} {}", sanitize(what));
            if let Some(fix) = fix {
                out!("{:width$} {}", "", crate::tr!("doctor-fix", fix = sanitize(fix)));
            }
        }
        if problems == 0 {
            out!("{}", crate::tr!("doctor-all-well"));
            Ok(exit::OK)
        } else {
            out!("{}", crate::tr!("doctor-problems", count = problems));
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
            let what = crate::error::causes(
                e.chain()
                    .map(|c| c.to_string().lines().next().unwrap_or_default().to_string()),
            );
            f.problem(
                crate::tr!("doctor-config-unreadable", problem = what),
                crate::tr!("doctor-config-unreadable-fix"),
            );
            return f.print();
        }
    };
    if config.config_found {
        f.ok(crate::tr!(
            "doctor-config-parses",
            path = shown(&config.config_file.path)
        ));
    } else {
        f.ok(crate::tr!("doctor-config-none", path = shown(&config.config_file.path)));
    }
    if let Some(problem) = &config.sources_problem {
        f.problem(problem.clone(), crate::tr!("doctor-sources-fix"));
    }
    files(&config, &mut f);
    let store = match open_ro(&config) {
        Ok(Some(store)) => store,
        Ok(None) => {
            f.problem(
                crate::tr!("doctor-no-database", path = shown(&config.database())),
                crate::tr!("doctor-no-database-fix"),
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
        crate::tr!("doctor-database-unreadable", problem = format!("{e:#}")),
        crate::tr!("doctor-database-unreadable-fix", path = shown(&config.database())),
    );
}

/// Everything the database says: its integrity, keys, snapshots, sources.
fn database(config: &Config, store: &crate::store::Store, f: &mut Findings) -> Result<()> {
    match store.integrity() {
        Ok(problems) if problems.is_empty() => f.ok(crate::tr!("doctor-integrity")),
        Ok(problems) => f.problem(
            crate::tr!("doctor-damaged", problems = problems.join("; ")),
            crate::tr!("doctor-damaged-fix", path = shown(&config.database())),
        ),
        Err(e) => f.problem(
            crate::tr!("doctor-unchecked", problem = format!("{e:#}")),
            crate::tr!("doctor-unchecked-fix", path = shown(&config.database())),
        ),
    }
    for line in crate::current::unpinned_config_keys(config, store)? {
        f.problem(line, crate::tr!("doctor-config-key-fix"));
    }
    let trust = store.trust(&config.thresholds)?;
    let pinned = store.pinned()?;
    keys(config, &trust, &pinned, f);
    let current = store.current()?;
    for dir in store.directories()? {
        let name = sanitize(&dir);
        match current.iter().find(|k| k.directory == dir) {
            None => f.problem(
                crate::tr!("doctor-no-snapshot", directory = name.as_str()),
                crate::tr!("doctor-no-snapshot-fix"),
            ),
            Some(k) if k.expires <= config.now => f.problem(
                crate::tr!(
                    "doctor-stale",
                    directory = name.as_str(),
                    serial = k.serial.to_string(),
                    since = stamp(k.expires),
                    days = (config.now - k.expires).num_days()
                ),
                crate::tr!("doctor-stale-fix"),
            ),
            Some(k) => f.ok(crate::tr!(
                "doctor-fresh",
                directory = name.as_str(),
                serial = k.serial.to_string(),
                until = stamp(k.expires),
                days = (k.expires - config.now).num_days()
            )),
        }
    }
    let newest: Option<DateTime<Utc>> = current.iter().map(|k| k.issued).max();
    match newest {
        Some(issued) if config.now + Duration::minutes(5) < issued => f.problem(
            crate::tr!("doctor-clock-behind", now = stamp(config.now), issued = stamp(issued)),
            crate::tr!("doctor-clock-behind-fix"),
        ),
        Some(_) => f.ok(crate::tr!("doctor-clock")),
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
                loose.push(crate::tr!(
                    "doctor-mode",
                    path = shown(p),
                    mode = format!("{mode:o}"),
                    want = format!("{want:o}")
                ));
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
        f.ok(crate::tr!("doctor-private"));
    } else {
        f.problem(
            crate::tr!("doctor-loose", files = loose.join("; ")),
            crate::tr!("doctor-loose-fix", path = shown(dir)),
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
                crate::tr!("doctor-key-compromised", key = group_fingerprint(&k.fingerprint)),
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
                    crate::tr!(
                        "doctor-key-invalid",
                        directory = name.as_str(),
                        key = shown.as_str(),
                        problem = e.to_string()
                    ),
                    crate::tr!("doctor-key-merge-fix"),
                ),
                Ok(vc) => {
                    if let sequoia_openpgp::types::RevocationStatus::Revoked(_) = vc.revocation_status() {
                        f.problem(
                            crate::tr!("doctor-key-revoked", directory = name.as_str(), key = shown.as_str()),
                            crate::tr!("doctor-key-revoked-fix"),
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
                            crate::tr!(
                                "doctor-key-cannot-sign",
                                directory = name.as_str(),
                                key = shown.as_str()
                            ),
                            crate::tr!("doctor-key-merge-fix"),
                        );
                    } else if let Some(t) = expiry.map(DateTime::<Utc>::from).filter(|t| *t <= soon) {
                        f.problem(
                            crate::tr!(
                                "doctor-key-expires",
                                directory = name.as_str(),
                                key = shown.as_str(),
                                expires = stamp(t),
                                days = KEY_WARNING_DAYS
                            ),
                            crate::tr!("doctor-key-expires-fix"),
                        );
                    } else {
                        f.ok(crate::tr!(
                            "doctor-key-valid",
                            directory = name.as_str(),
                            key = shown.as_str()
                        ));
                    }
                }
            }
        }
        if era.keys.len() == 1 {
            f.problem(
                crate::tr!("doctor-one-key", directory = name.as_str()),
                crate::tr!("doctor-one-key-fix"),
            );
        } else if era.keys.is_empty() {
            f.problem(
                crate::tr!("doctor-no-key-vouches", directory = name.as_str()),
                crate::tr!("doctor-no-key-vouches-fix"),
            );
        }
    }
    if pinned.is_empty() && trust.directories.is_empty() {
        f.problem(crate::tr!("doctor-no-key"), crate::tr!("doctor-no-key-fix"));
    }
}

/// Each configured source exists and held mail at the last sync.
fn sources(config: &Config, store: &crate::store::Store, f: &mut Findings) -> Result<()> {
    if config.sources.is_empty() {
        f.ok(crate::tr!("doctor-no-sources"));
    }
    for source in &config.sources {
        let path = Path::new(source);
        let shown = shown(path);
        if !path.exists() {
            f.problem(
                crate::tr!("doctor-source-missing", source = shown.as_str()),
                crate::tr!(
                    "doctor-source-missing-fix",
                    path = self::shown(&config.config_file.path)
                ),
            );
            continue;
        }
        let key = std::fs::canonicalize(path)
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        match store.source_state(&key)? {
            None => f.problem(
                crate::tr!("doctor-source-never", source = shown.as_str()),
                "`tldops sync`",
            ),
            Some(state) if holds_no_mail(&state) => f.problem(
                crate::tr!("doctor-source-empty", source = shown.as_str()),
                crate::tr!("doctor-source-empty-fix"),
            ),
            Some(_) => f.ok(crate::tr!("doctor-source-mail", source = shown.as_str())),
        }
    }
    Ok(())
}

/// A path as a message shows it.
fn shown(p: &Path) -> String {
    p.display().to_string()
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
