//! Messages rejected before: a rejection is alarmed once; later syncs that
//! meet the same message again count it quietly, and `status` lists them.

use super::Store;
use anyhow::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, OptionalExtension};

/// One kept rejection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptRejection {
    pub message_sha256: String,
    pub reason: String,
    /// In English.
    pub detail: String,
    /// The detail as a message id and its arguments (JSON), to be said in
    /// the reader's language; `None` for a rejection kept before there were.
    pub words: Option<String>,
    pub source: String,
    pub message_id: Option<String>,
    pub first_seen: String,
    pub last_seen: String,
    pub times: i64,
}

/// A rejection to keep: the message's digest, and what was wrong with it.
pub struct NewRejection<'a> {
    pub message_sha256: &'a str,
    pub reason: &'a str,
    pub detail: &'a str,
    pub words: &'a str,
    pub source: &'a str,
    pub message_id: Option<&'a str>,
}

impl Store {
    /// Keeps the rejections of one sync in one transaction. Returns, for
    /// each, whether it was rejected before (already kept).
    pub fn keep_rejections(&self, list: &[NewRejection<'_>], now: DateTime<Utc>) -> Result<Vec<bool>> {
        let now = now.to_rfc3339_opts(SecondsFormat::Secs, true);
        let tx = self.begin()?;
        let mut before = Vec::with_capacity(list.len());
        for r in list {
            let known: Option<i64> = tx
                .query_row(
                    "SELECT times FROM rejected WHERE message_sha256 = ?1",
                    [r.message_sha256],
                    |row| row.get(0),
                )
                .optional()?;
            if known.is_some() {
                tx.execute(
                    "UPDATE rejected SET last_seen = ?2, times = times + 1 WHERE message_sha256 = ?1",
                    params![r.message_sha256, now],
                )?;
            } else {
                tx.execute(
                    "INSERT INTO rejected (message_sha256, reason, detail, words, source, message_id, first_seen, last_seen, times)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1)",
                    params![r.message_sha256, r.reason, r.detail, r.words, r.source, r.message_id, now],
                )?;
            }
            before.push(known.is_some());
        }
        tx.commit()?;
        Ok(before)
    }

    /// Every kept rejection, the latest first.
    pub fn rejections(&self) -> Result<Vec<KeptRejection>> {
        // A database not yet upgraded (opened read-only) has none.
        if self.schema_version()? < 2 {
            return Ok(Vec::new());
        }
        let words = if self.schema_version()? < 6 { "NULL" } else { "words" };
        let mut stmt = self.conn.prepare(&format!(
            "SELECT message_sha256, reason, detail, source, message_id, first_seen, last_seen, times, {words}
             FROM rejected ORDER BY first_seen DESC, message_sha256"
        ))?;
        let rows = stmt.query_map([], |r| {
            Ok(KeptRejection {
                message_sha256: r.get(0)?,
                reason: r.get(1)?,
                detail: r.get(2)?,
                source: r.get(3)?,
                message_id: r.get(4)?,
                first_seen: r.get(5)?,
                last_seen: r.get(6)?,
                times: r.get(7)?,
                words: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
