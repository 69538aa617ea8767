//! The current snapshot of each directory, loaded to answer from, and what
//! is said when there is none or it is stale.

use crate::config::Config;
use crate::contact::Snapshot;
use crate::error::Misuse;
use crate::human::{age, stamp};
use crate::store::{Access, KeptSnapshot, Store};
use crate::term::{paint, sanitize};
use anyhow::Result;
use chrono::{DateTime, Utc};

/// Opens the store to change it.
pub fn open_rw(config: &Config) -> Result<Store> {
    Store::open(&config.database(), Access::ReadWrite)?.ok_or_else(|| {
        anyhow::anyhow!(crate::tr!(
            "error-database-create",
            path = config.database().display().to_string()
        ))
    })
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
            .map(|k| {
                crate::tr!(
                    "find-snapshot-name",
                    directory = sanitize(&k.directory),
                    serial = k.serial.to_string()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "No snapshot yet", with the database looked at and why that one, and
/// what to do: the most common first-hour mistake is a different data
/// directory (another `--data-dir`, `TLDOPS_DATA_DIR` unset).
pub fn no_snapshot(config: &Config) -> String {
    crate::tr!(
        "no-snapshot-yet",
        path = config.database().display().to_string(),
        origin = config.data_dir_origin()
    )
}

/// Loads the current snapshots, says when they are stale, or says how to get one.
pub fn load_current(config: &Config) -> Result<Current> {
    load_current_some(config, None)
}

/// As `load_current`, with only the given ccTLDs loaded when `only` is set.
pub fn load_current_some(config: &Config, only: Option<&[String]>) -> Result<Current> {
    let current = load_current_silently(config, only)?;
    warn_stale(config, &current.kept);
    Ok(current)
}

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
            return Err(Misuse(crate::tr!(
                "no-snapshot-of-directory",
                directory = only.as_str(),
                kept = names.join(", ")
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
                out.push(crate::tr!(
                    "config-key-not-pinned",
                    directory = sanitize(directory),
                    key = crate::contact::group_fingerprint(fp),
                    path = config.config_file.path.display().to_string()
                ));
            }
        }
    }
    Ok(out)
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
