//! What a sync remembers of each source between runs. Losing it costs only
//! a full read, so a state that cannot be read is treated as none.

use super::Store;
use crate::mail::SourceState;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};

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

    /// The messages read from a source's mail directories.
    pub fn source_seen(&self, source: &str) -> Result<std::collections::BTreeSet<String>> {
        if self.schema_version()? < 3 {
            return Ok(Default::default());
        }
        let seen: Option<String> = self
            .conn
            .query_row("SELECT seen FROM source_state WHERE source = ?1", [source], |r| {
                r.get(0)
            })
            .optional()?;
        Ok(seen
            .map(|s| s.split('\n').filter(|n| !n.is_empty()).map(str::to_string).collect())
            .unwrap_or_default())
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
            let seen: Vec<&str> = state.seen.iter().map(String::as_str).collect();
            tx.execute(
                "INSERT INTO source_state (source, state, seen, updated) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (source) DO UPDATE SET state = excluded.state, seen = excluded.seen,
                 updated = excluded.updated",
                params![source, serde_json::to_string(state)?, seen.join("\n"), now],
            )?;
        }
        tx.commit()?;
        Ok(())
    }
}
