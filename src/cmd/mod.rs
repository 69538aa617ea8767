//! One file per subcommand; the only layer that writes to standard output.

/// `println!` that returns a closed pipe as an error (a quiet success at the
/// top) instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?
    }};
}

pub mod completions;
pub mod cosign;
pub mod coverage;
pub mod diff;
pub mod doctor;
pub mod export;
pub mod find;
pub mod history;
pub mod list;
pub mod paths;
pub mod present;
pub mod publish;
pub mod qr;
pub mod route;
pub mod sheet;
pub mod show;
pub mod status;
pub mod sync;
pub mod trust;
pub mod verify;

use crate::config::Config;
use crate::contact::Snapshot;
use crate::error::{exit, Quiet};
use crate::store::{Access, KeptSnapshot, Store};
use crate::term::{paint, sanitize};
use anyhow::Result;
use chrono::{DateTime, Utc};

/// Opens the store to change it.
pub fn open_rw(config: &Config) -> Result<Store> {
    Store::open(&config.database(), Access::ReadWrite)?
        .ok_or_else(|| anyhow::anyhow!("cannot create the database at {}", config.database().display()))
}

/// Opens the store to read it, if there is one.
pub fn open_ro(config: &Config) -> Result<Option<Store>> {
    Store::open(&config.database(), Access::ReadOnly)
}

/// The current snapshot of every directory, loaded to answer from.
pub struct Current {
    pub store: Store,
    pub kept: Vec<KeptSnapshot>,
    pub snapshots: Vec<Snapshot>,
}

impl Current {
    /// Where the answers come from, for JSON output.
    pub fn summary(&self, now: DateTime<Utc>) -> Vec<serde_json::Value> {
        self.kept
            .iter()
            .map(|k| {
                serde_json::json!({
                    "directory": k.directory, "serial": k.serial, "issued": k.issued, "expires": k.expires,
                    "stale": now > k.expires, "signers": k.signers, "sha256": k.sha256,
                })
            })
            .collect()
    }

    /// "TLD-OPS serial 118".
    pub fn names(&self) -> String {
        self.kept
            .iter()
            .map(|k| format!("{} serial {}", sanitize(&k.directory), k.serial))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "No snapshot yet", with the database looked at and why that one, and
/// what to do: the most common first-hour mistake is a different data
/// directory (another `--data-dir`, `TLDOPS_DATA_DIR` unset).
pub fn no_snapshot(config: &Config) -> String {
    format!(
        "no snapshot yet in {} ({}): pin the secretariat's key (`tldops trust add KEY.asc`), then run `tldops sync ~/Mail/tld-ops`",
        config.database().display(),
        config.data_dir_origin()
    )
}

/// Loads the current snapshots, says when they are stale, or says how to get one.
pub fn load_current(config: &Config) -> Result<Current> {
    load_current_some(config, None)
}

/// As `load_current`, with only the given ccTLDs loaded when `only` is set.
pub fn load_current_some(config: &Config, only: Option<&[String]>) -> Result<Current> {
    let current = load_current_silently(config, only).map_err(|e| match e.downcast::<Misuse>() {
        Ok(Misuse(message)) => usage(&message),
        Err(e) => e,
    })?;
    warn_stale(config, &current.kept);
    Ok(current)
}

/// A command-line mistake not yet said: the caller says it where its
/// format wants it, and exits 2.
#[derive(Debug)]
pub struct Misuse(pub String);

impl std::fmt::Display for Misuse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Misuse {}

/// As `load_current_some`, saying nothing on standard error: staleness is
/// the caller's to say, and a wrong `--directory` comes back as `Misuse`.
pub fn load_current_silently(config: &Config, only: Option<&[String]>) -> Result<Current> {
    let Some(store) = open_ro(config)? else {
        anyhow::bail!(no_snapshot(config));
    };
    let mut kept = store.current()?;
    if kept.is_empty() {
        anyhow::bail!(no_snapshot(config));
    }
    if let Some(only) = &config.scope {
        let names: Vec<String> = kept.iter().map(|k| k.directory.clone()).collect();
        kept.retain(|k| k.directory == *only);
        if kept.is_empty() {
            return Err(Misuse(format!(
                "no snapshot of directory `{only}` is kept; the directories kept are {}",
                names.join(", ")
            ))
            .into());
        }
    }
    let snapshots = kept
        .iter()
        .map(|k| store.load_some(k, only))
        .collect::<Result<Vec<_>>>()?;
    Ok(Current { store, kept, snapshots })
}

/// The keys the config expects for a directory that are not pinned for it,
/// each as a sentence with the fix.
pub fn unpinned_config_keys(config: &Config, store: &Store) -> Result<Vec<String>> {
    let pinned = store.pinned()?;
    let mut out = Vec::new();
    for (directory, d) in &config.directories {
        for fp in &d.keys {
            let is_pinned = pinned
                .iter()
                .any(|k| k.fingerprint == *fp && k.directories.iter().any(|x| x == directory));
            if !is_pinned {
                out.push(format!(
                    "{}: key {} is listed in {} but not pinned for it: `tldops trust add KEY.asc --directory {}`",
                    sanitize(directory),
                    crate::contact::group_fingerprint(fp),
                    config.config_file.path.display(),
                    sanitize(directory)
                ));
            }
        }
    }
    Ok(out)
}

/// Reports a usage error and exits 2.
pub fn usage(message: &str) -> anyhow::Error {
    eprintln!("tldops: {}", sanitize(message));
    Quiet(exit::USAGE).into()
}

/// The words of the stale warning, or `None` while the snapshot is fresh.
pub fn stale_line(kept: &KeptSnapshot, now: DateTime<Utc>) -> Option<String> {
    if now <= kept.expires {
        return None;
    }
    let signer = kept.signers.first().map(String::as_str).unwrap_or("?");
    Some(crate::tr!(
        "stale",
        directory = sanitize(&kept.directory),
        serial = kept.serial.to_string(),
        signer = signer,
        expired = stamp(kept.expires),
        ago = age(now - kept.expires)
    ))
}

/// Says on standard error which current snapshots are stale. Every command
/// that reads contacts calls this, and still answers.
pub fn warn_stale(config: &Config, current: &[KeptSnapshot]) {
    for kept in current {
        if let Some(line) = stale_line(kept, config.now) {
            eprintln!("tldops: {}", paint(config.color_err, "1;31", &line));
        }
    }
}

/// A time as people read it in an incident: UTC, to the minute.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// A duration in the largest sensible unit.
pub fn age(d: chrono::Duration) -> String {
    let (days, hours, minutes) = (d.num_days(), d.num_hours(), d.num_minutes());
    match () {
        _ if days >= 2 => crate::tr!("age-days", n = days),
        _ if hours >= 2 => crate::tr!("age-hours", n = hours),
        _ if minutes >= 2 => crate::tr!("age-minutes", n = minutes),
        _ => crate::tr!("age-moments"),
    }
}

/// Numbers with thousands separators, as in "4,210 messages".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 snapshot", "2 snapshots".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_read_well() {
        assert_eq!(super::thousands(4210), "4,210");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_000_000), "1,000,000");
        assert_eq!(super::plural(1, "message", "messages"), "1 message");
    }
}
