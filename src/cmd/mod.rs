//! One file per subcommand; the only layer that writes to standard output.

pub mod paths;
pub mod publish;
pub mod status;
pub mod sync;
pub mod trust;
pub mod verify;

use crate::config::Config;
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

/// The words of the stale warning, or `None` while the snapshot is fresh.
pub fn stale_line(kept: &KeptSnapshot, now: DateTime<Utc>) -> Option<String> {
    if now <= kept.expires {
        return None;
    }
    let signer = kept.signers.first().map(String::as_str).unwrap_or("?");
    Some(format!(
        "STALE: the {} snapshot (serial {}, signed by {}) expired {} ({} ago); answers come from it until a newer one is synced",
        sanitize(&kept.directory),
        kept.serial,
        signer,
        stamp(kept.expires),
        age(now - kept.expires)
    ))
}

/// Says on standard error which current snapshots are stale. Every command
/// that reads contacts calls this, and still answers.
pub fn warn_stale(config: &Config, current: &[KeptSnapshot]) {
    for kept in current {
        if let Some(line) = stale_line(kept, config.now) {
            eprintln!("tldops: {}", paint(config.color, "1;31", &line));
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
        _ if days >= 2 => format!("{days} days"),
        _ if hours >= 2 => format!("{hours} hours"),
        _ if minutes >= 2 => format!("{minutes} minutes"),
        _ => "moments".to_string(),
    }
}

/// Numbers with thousands separators, as in "4,210 messages".
pub fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
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
