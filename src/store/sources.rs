//! What a sync remembers of each source between runs. Losing it costs only
//! a full read, so a state that cannot be read is treated as none.

use super::Store;
use crate::mail::SourceState;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};
use std::collections::BTreeSet;

impl Store {
    /// The state the last sync left for a source, if any.
    pub fn source_state(&self, source: &str) -> Result<Option<SourceState>> {
        if self.schema_version()? < 3 {
            return Ok(None);
        }
        let json: Option<String> = self
            .conn
            .query_row("SELECT state FROM source_state WHERE source = ?1", [source], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
    }

    /// Which of `names` were read from a source's mail directories before.
    /// A few are looked up one by one; many, by reading the whole list once.
    pub fn known_names(&self, source: &str, names: &[String]) -> Result<BTreeSet<String>> {
        const ONE_BY_ONE: usize = 256;
        if self.schema_version()? < 3 || names.is_empty() {
            return Ok(BTreeSet::new());
        }
        if names.len() <= ONE_BY_ONE {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT 1 FROM source_seen WHERE source = ?1 AND name = ?2")?;
            let mut out = BTreeSet::new();
            for n in names {
                if stmt.exists(params![source, n])? {
                    out.insert(n.clone());
                }
            }
            return Ok(out);
        }
        let mut stmt = self.conn.prepare("SELECT name FROM source_seen WHERE source = ?1")?;
        let all: std::collections::HashSet<String> = stmt
            .query_map([source], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(names.iter().filter(|n| all.contains(*n)).cloned().collect())
    }

    /// Keeps the states of the sources just read, in one transaction. Called
    /// after the snapshots they held are stored, so a sync that dies before
    /// reads them again.
    pub fn keep_source_states(&self, states: &[(String, SourceState)], now: DateTime<Utc>) -> Result<()> {
        if states.is_empty() {
            return Ok(());
        }
        let now = now.to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.begin()?;
        for (source, state) in states {
            tx.execute(
                "INSERT INTO source_state (source, state, updated) VALUES (?1, ?2, ?3)
                 ON CONFLICT (source) DO UPDATE SET state = excluded.state, updated = excluded.updated",
                params![source, serde_json::to_string(state)?, now],
            )?;
            let mut add = tx.prepare_cached("INSERT OR IGNORE INTO source_seen (source, name) VALUES (?1, ?2)")?;
            for name in &state.seen {
                add.execute(params![source, name])?;
            }
        }
        tx.commit()?;
        Ok(())
    }
}
