//! The publisher's journal: for each directory, every serial published from
//! this machine (or imported from a published file), with its `issued`,
//! `expires`, payload hash, Message-ID, signers and the payload itself. It
//! makes a re-send identical, refuses a used serial with other content, and
//! holds the serial and time rules a member would apply. One JSON file,
//! 0600, in the data directory; never replaced silently.

use anyhow::{bail, Context, Result};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The journal's file name in the data directory.
pub const FILE: &str = "publish-journal.json";
const VERSION: u32 = 1;
/// How far `issued` may be ahead of the publisher's clock.
pub const MAX_ISSUED_AHEAD_MINUTES: i64 = 5;
/// How far ahead `expires` may be.
pub const MAX_EXPIRES_DAYS: i64 = 366;
/// The default largest step from the last serial without `--force`.
pub const DEFAULT_STEP: u64 = 12;

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Journal {
    pub version: u32,
    /// Directory name -> what was published for it, by serial.
    pub directories: BTreeMap<String, Vec<Entry>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    /// SHA-256 of the signed payload, lower-case hex, as members record it.
    pub sha256: String,
    pub message_id: Option<String>,
    /// Primary fingerprints of the keys that signed, upper-case hex.
    pub signers: Vec<String>,
    /// When this entry was made, and how ("published", or the file imported).
    pub recorded: DateTime<Utc>,
    pub source: String,
    /// The signed payload, to show what changed and to re-send it.
    pub payload: String,
}

impl Journal {
    pub fn path(data_dir: &Path) -> PathBuf {
        data_dir.join(FILE)
    }

    /// Reads the journal; none yet is an empty one. A file that cannot be
    /// read is an error, never replaced.
    pub fn load(path: &Path) -> Result<Journal> {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Journal {
                    version: VERSION,
                    ..Journal::default()
                })
            }
            Err(e) => {
                return Err(e).with_context(|| crate::tr!("journal-cannot-read", path = path.display().to_string()))
            }
        };
        let j: Journal = serde_json::from_slice(&bytes)
            .with_context(|| crate::tr!("journal-unreadable", path = path.display().to_string()))?;
        if j.version != VERSION {
            bail!(crate::tr!(
                "journal-version",
                path = path.display().to_string(),
                version = j.version.to_string(),
                known = VERSION.to_string()
            ));
        }
        Ok(j)
    }

    /// Writes the journal whole (0600), making the data directory (0700) if needed.
    pub fn save(&self, path: &Path) -> Result<()> {
        if let Some(dir) = path.parent() {
            if !dir.exists() {
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(dir)
                    .with_context(|| crate::tr!("cannot-create", path = dir.display().to_string()))?;
            }
        }
        let mut bytes = serde_json::to_vec_pretty(self)?;
        bytes.push(b'\n');
        crate::atomic::write_private(path, &bytes, true)
    }

    pub fn entries(&self, directory: &str) -> &[Entry] {
        self.directories.get(directory).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The entry with the highest serial.
    pub fn last(&self, directory: &str) -> Option<&Entry> {
        self.entries(directory).iter().max_by_key(|e| e.serial)
    }

    pub fn get(&self, directory: &str, serial: u64) -> Option<&Entry> {
        self.entries(directory).iter().find(|e| e.serial == serial)
    }

    /// Adds an entry, kept in serial order. The caller has checked that no
    /// other entry holds its serial.
    pub fn record(&mut self, directory: &str, entry: Entry) {
        let list = self.directories.entry(directory.to_string()).or_default();
        list.retain(|e| e.serial != entry.serial);
        list.push(entry);
        list.sort_by_key(|e| e.serial);
    }
}

use std::os::unix::fs::DirBuilderExt;

/// Why a new serial cannot be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `issued`, `expires` or their order breaks a rule.
    Time(String),
    /// The serial is out of the journal's order.
    Serial(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Time(s) | Refusal::Serial(s) => f.write_str(s),
        }
    }
}

/// The time rules: `issued` at most 5 minutes ahead of the publisher's
/// clock, `expires` after `issued` and the clock, and at most a year ahead.
pub fn check_times(issued: DateTime<Utc>, expires: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), Refusal> {
    let t = |d: DateTime<Utc>| d.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    if issued > now + Duration::minutes(MAX_ISSUED_AHEAD_MINUTES) {
        return Err(Refusal::Time(crate::tr!(
            "journal-issued-ahead",
            issued = t(issued),
            minutes = MAX_ISSUED_AHEAD_MINUTES,
            now = t(now)
        )));
    }
    if expires <= issued {
        return Err(Refusal::Time(crate::tr!(
            "journal-expires-before",
            expires = t(expires),
            issued = t(issued)
        )));
    }
    if expires <= now {
        return Err(Refusal::Time(crate::tr!(
            "journal-expires-past",
            expires = t(expires),
            now = t(now)
        )));
    }
    if expires > now + Duration::days(MAX_EXPIRES_DAYS) {
        return Err(Refusal::Time(crate::tr!("journal-expires-far", expires = t(expires))));
    }
    Ok(())
}

/// The serial rules for a serial not yet in the journal: above the last
/// one, issued no earlier than it, and at most `step` above it (above 0
/// when the journal is empty) unless forced.
pub fn check_new_serial(
    entries: &[Entry],
    serial: u64,
    issued: DateTime<Utc>,
    step: u64,
    force: bool,
) -> Result<(), Refusal> {
    let last = entries.iter().max_by_key(|e| e.serial);
    let last_serial = last.map_or(0, |e| e.serial);
    if let Some(l) = last {
        if serial < l.serial {
            return Err(Refusal::Serial(crate::tr!(
                "journal-serial-below",
                serial = serial.to_string(),
                last = l.serial.to_string(),
                next = (l.serial + 1).to_string()
            )));
        }
        if issued < l.issued {
            return Err(Refusal::Serial(crate::tr!(
                "journal-issued-before",
                serial = serial.to_string(),
                issued = issued.to_rfc3339(),
                last = l.serial.to_string(),
                last_issued = l.issued.to_rfc3339()
            )));
        }
    }
    if serial - last_serial > step && !force {
        let from = match last {
            Some(l) => crate::tr!("journal-last", serial = l.serial.to_string()),
            None => crate::tr!("journal-empty"),
        };
        return Err(Refusal::Serial(crate::tr!(
            "journal-jump",
            serial = serial.to_string(),
            jump = (serial - last_serial).to_string(),
            from = from,
            step = step.to_string()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn entry(serial: u64, issued: &str) -> Entry {
        Entry {
            serial,
            issued: at(issued),
            expires: at(issued) + Duration::days(45),
            sha256: String::new(),
            message_id: None,
            signers: vec![],
            recorded: at(issued),
            source: "published".into(),
            payload: String::new(),
        }
    }

    #[test]
    fn time_rules() {
        let now = at("2026-11-02T00:00:00Z");
        let cases = [
            ("now, 45 days", "2026-11-02T00:00:00Z", "2026-12-17T00:00:00Z", true),
            ("5 minutes ahead", "2026-11-02T00:05:00Z", "2026-12-17T00:00:00Z", true),
            (
                "5 minutes 1 second ahead",
                "2026-11-02T00:05:01Z",
                "2026-12-17T00:00:00Z",
                false,
            ),
            ("expired", "2026-09-01T00:00:00Z", "2026-10-01T00:00:00Z", false),
            (
                "expires before issued",
                "2026-11-01T00:00:00Z",
                "2026-10-31T00:00:00Z",
                false,
            ),
            ("a year ahead", "2026-11-01T00:00:00Z", "2027-11-02T00:00:00Z", true),
            ("2099", "2026-11-01T00:00:00Z", "2099-01-01T00:00:00Z", false),
        ];
        for (name, issued, expires, ok) in cases {
            assert_eq!(check_times(at(issued), at(expires), now).is_ok(), ok, "{name}");
        }
    }

    #[test]
    fn serial_rules() {
        let j = [entry(118, "2026-10-01T06:00:00Z"), entry(119, "2026-11-01T06:00:00Z")];
        let later = at("2026-11-02T00:00:00Z");
        type Case<'a> = (&'a str, &'a [Entry], u64, DateTime<Utc>, bool, bool);
        let cases: &[Case] = &[
            ("next", &j, 120, later, false, true),
            ("step 12", &j, 131, later, false, true),
            ("step 13", &j, 132, later, false, false),
            ("1190 for 119", &j, 1190, later, false, false),
            ("1190 forced", &j, 1190, later, true, true),
            ("below", &j, 117, later, true, false),
            (
                "issued before the last",
                &j,
                120,
                at("2026-10-15T00:00:00Z"),
                true,
                false,
            ),
            ("empty journal, small", &[], 5, later, false, true),
            ("empty journal, 118", &[], 118, later, false, false),
            ("empty journal, 118 forced", &[], 118, later, true, true),
        ];
        for (name, entries, serial, issued, force, ok) in cases {
            assert_eq!(
                check_new_serial(entries, *serial, *issued, DEFAULT_STEP, *force).is_ok(),
                *ok,
                "{name}"
            );
        }
    }
}
