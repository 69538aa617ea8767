//! Pinned keys: which certificate vouches for which directory.

use super::Store;
use crate::snapshot::Trust;
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use sequoia_openpgp::parse::Parse;
use sequoia_openpgp::serialize::SerializeInto;
use sequoia_openpgp::Cert;
use std::collections::BTreeMap;

#[derive(Debug, Clone)]
pub struct PinnedKey {
    pub fingerprint: String,
    pub directories: Vec<String>,
    pub cert: Cert,
}

impl Store {
    /// Stores a certificate (merged into the copy already kept, so a later
    /// revocation takes effect) and pins it for a directory. Returns the
    /// merged certificate and whether the pin is new.
    pub fn pin(&self, cert: Cert, directory: &str, now: DateTime<Utc>) -> Result<(Cert, bool)> {
        let tx = self.begin()?;
        let fp = cert.fingerprint().to_hex();
        let old: Option<Vec<u8>> = tx
            .query_row("SELECT cert FROM cert WHERE fingerprint = ?1", [&fp], |r| r.get(0))
            .optional()?;
        let merged = match old {
            Some(bytes) => Cert::from_bytes(&bytes)
                .context("the stored copy of this certificate is damaged")?
                .merge_public(cert)?,
            None => cert,
        };
        let bytes = merged.to_vec()?;
        let ts = now.to_rfc3339();
        tx.execute(
            "INSERT INTO cert (fingerprint, cert, updated) VALUES (?1, ?2, ?3)
             ON CONFLICT (fingerprint) DO UPDATE SET cert = excluded.cert, updated = excluded.updated",
            params![fp, bytes, ts],
        )?;
        let added = tx.execute(
            "INSERT OR IGNORE INTO pin (fingerprint, directory, added) VALUES (?1, ?2, ?3)",
            params![fp, directory, ts],
        )?;
        tx.commit()?;
        Ok((merged, added > 0))
    }

    /// Unpins a key, for one directory or all. Returns how many pins went.
    pub fn unpin(&self, fingerprint: &str, directory: Option<&str>) -> Result<usize> {
        let tx = self.begin()?;
        let n = match directory {
            Some(d) => tx.execute(
                "DELETE FROM pin WHERE fingerprint = ?1 AND directory = ?2",
                params![fingerprint, d],
            )?,
            None => tx.execute("DELETE FROM pin WHERE fingerprint = ?1", [fingerprint])?,
        };
        tx.execute(
            "DELETE FROM cert WHERE fingerprint = ?1 AND NOT EXISTS (SELECT 1 FROM pin WHERE pin.fingerprint = cert.fingerprint)",
            [fingerprint],
        )?;
        tx.commit()?;
        Ok(n)
    }

    pub fn pinned(&self) -> Result<Vec<PinnedKey>> {
        let mut stmt = self.conn.prepare(
            "SELECT cert.fingerprint, cert.cert, group_concat(pin.directory, char(10))
             FROM cert JOIN pin USING (fingerprint) GROUP BY cert.fingerprint ORDER BY cert.fingerprint",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, String>(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (fingerprint, bytes, dirs) = row?;
            let cert =
                Cert::from_bytes(&bytes).with_context(|| format!("the stored certificate {fingerprint} is damaged"))?;
            let mut directories: Vec<String> = dirs.split('\n').map(str::to_string).collect();
            directories.sort();
            out.push(PinnedKey {
                fingerprint,
                directories,
                cert,
            });
        }
        Ok(out)
    }

    /// Everything verification needs to know about trust.
    pub fn trust(&self, thresholds: &BTreeMap<String, usize>) -> Result<Trust> {
        let mut trust = Trust {
            thresholds: thresholds.clone(),
            ..Trust::default()
        };
        for key in self.pinned()? {
            trust
                .pins
                .insert(key.fingerprint.clone(), key.directories.into_iter().collect());
            trust.certs.push(key.cert);
        }
        Ok(trust)
    }
}
