//! Pinned keys: which certificate vouches for which directory, by hand or
//! by a signed handover, and which keys no longer vouch for anything.

use super::Store;
use crate::snapshot::rotation::{self, HandPin, Handover, Kept, Replay};
use crate::snapshot::{Eras, Trust};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use sequoia_openpgp::parse::Parse;
use sequoia_openpgp::serialize::SerializeInto;
use sequoia_openpgp::Cert;
use std::collections::{BTreeMap, BTreeSet};

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
                .context(crate::tr!("store-cert-copy-damaged"))?
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
        tx.execute(
            "DELETE FROM distrust WHERE fingerprint = ?1 AND directory = ?2",
            params![fp, directory],
        )?;
        tx.commit()?;
        Ok((merged, added > 0))
    }

    /// Merges an update (a revocation, say) into a stored certificate,
    /// pinning nothing; returns the merged certificate.
    pub fn merge_cert(&self, cert: Cert, now: DateTime<Utc>) -> Result<Cert> {
        let tx = self.begin()?;
        let merged = super::history::keep_cert(&tx, &cert, now)?;
        tx.commit()?;
        Ok(merged)
    }

    /// Unpins a key, for one directory or all: pinned by hand or by a
    /// handover, it vouches for nothing from now on, the past included,
    /// until pinned by hand again. Returns the directories it was taken from.
    pub fn unpin(&self, fingerprint: &str, directory: Option<&str>, now: DateTime<Utc>) -> Result<Vec<String>> {
        let tx = self.begin()?;
        let mut dirs: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT directory FROM pin WHERE fingerprint = ?1
                 UNION SELECT s.directory FROM rotation_key k JOIN snapshot s ON s.id = k.snapshot_id
                       WHERE k.fingerprint = ?1
                 EXCEPT SELECT directory FROM distrust WHERE fingerprint = ?1",
            )?;
            let rows = stmt.query_map([fingerprint], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        dirs.retain(|d| directory.is_none_or(|want| want == d));
        for d in &dirs {
            tx.execute(
                "DELETE FROM pin WHERE fingerprint = ?1 AND directory = ?2",
                params![fingerprint, d],
            )?;
            tx.execute(
                "INSERT OR REPLACE INTO distrust (fingerprint, directory, removed) VALUES (?1, ?2, ?3)",
                params![fingerprint, d, now.to_rfc3339()],
            )?;
        }
        tx.execute(
            "DELETE FROM cert WHERE fingerprint = ?1
               AND NOT EXISTS (SELECT 1 FROM pin WHERE pin.fingerprint = cert.fingerprint)
               AND NOT EXISTS (SELECT 1 FROM rotation_key k WHERE k.fingerprint = cert.fingerprint)",
            [fingerprint],
        )?;
        tx.commit()?;
        dirs.sort();
        Ok(dirs)
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
            let cert = Cert::from_bytes(&bytes)
                .with_context(|| crate::tr!("store-cert-damaged", key = fingerprint.to_string()))?;
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

    /// Everything verification needs to know about trust: every stored
    /// certificate, and each directory's eras of keys as its kept history
    /// makes them.
    pub fn trust(&self, thresholds: &BTreeMap<String, usize>) -> Result<Trust> {
        let ring = Keyring::load(&self.conn)?;
        let mut trust = Trust {
            certs: ring.certs.clone(),
            directories: BTreeMap::new(),
        };
        for d in ring.directories(&self.conn)? {
            let replay = ring.replay(&self.conn, &d, thresholds)?.0;
            trust.directories.insert(d, replay.eras);
        }
        Ok(trust)
    }

    /// The handovers each directory's history has made, oldest first.
    pub fn handovers(&self, thresholds: &BTreeMap<String, usize>) -> Result<Vec<(String, Handover)>> {
        super::history::handovers(&self.conn, thresholds)
    }

    /// Says again which kept snapshots are vouched for, after the keys
    /// changed (a revocation merged, a key removed, a handover kept): the
    /// current snapshot of a directory is its highest one still vouched for.
    /// Returns how many snapshots changed state.
    pub fn reassess(&self, thresholds: &BTreeMap<String, usize>) -> Result<usize> {
        let tx = self.begin()?;
        let n = reassess(&tx, thresholds)?;
        tx.commit()?;
        Ok(n)
    }
}

/// Marks each kept snapshot vouched for or not, by replaying each
/// directory's history; among snapshots of one serial, only the first kept
/// may be vouched for. Returns how many changed.
pub(super) fn reassess(conn: &Connection, thresholds: &BTreeMap<String, usize>) -> Result<usize> {
    let ring = Keyring::load(conn)?;
    let mut changed = 0;
    for d in ring.directories(conn)? {
        let (replay, ids) = ring.replay(conn, &d, thresholds)?;
        let mut taken = BTreeSet::new();
        let mut wanted: Vec<(i64, bool)> = Vec::with_capacity(ids.len());
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_by_key(|&i| ids[i].0);
        for i in order {
            let (id, serial) = ids[i];
            wanted.push((id, replay.vouched[i] && taken.insert(serial)));
        }
        // Clear first, so the one-vouched-per-serial index never sees two.
        for (id, v) in &wanted {
            if !v {
                changed += conn.execute("UPDATE snapshot SET vouched = 0 WHERE id = ?1 AND vouched = 1", [id])?;
            }
        }
        for (id, v) in &wanted {
            if *v {
                changed += conn.execute("UPDATE snapshot SET vouched = 1 WHERE id = ?1 AND vouched = 0", [id])?;
            }
        }
    }
    Ok(changed)
}

/// What the keys are: certificates, keys pinned by hand, and keys that vouch
/// for nothing (revoked as compromised; removed by hand, per directory).
pub(super) struct Keyring {
    certs: Vec<Cert>,
    hand: BTreeMap<String, Vec<HandPin>>,
    compromised: BTreeSet<String>,
    removed: BTreeMap<String, BTreeSet<String>>,
}

impl Keyring {
    pub(super) fn load(conn: &Connection) -> Result<Keyring> {
        let mut certs = Vec::new();
        let mut compromised = BTreeSet::new();
        let mut stmt = conn.prepare("SELECT fingerprint, cert FROM cert ORDER BY fingerprint")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?)))? {
            let (fp, bytes) = row?;
            let cert =
                Cert::from_bytes(&bytes).with_context(|| crate::tr!("store-cert-damaged", key = fp.to_string()))?;
            if rotation::compromised(&cert) {
                compromised.insert(fp);
            }
            certs.push(cert);
        }
        let mut hand: BTreeMap<String, Vec<HandPin>> = BTreeMap::new();
        let mut stmt = conn.prepare("SELECT fingerprint, directory, added FROM pin ORDER BY added, fingerprint")?;
        for row in stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })? {
            let (fingerprint, directory, added) = row?;
            let added = DateTime::parse_from_rfc3339(&added)
                .map(|t| t.with_timezone(&Utc))
                .with_context(|| crate::tr!("store-pin-date-damaged", key = fingerprint.to_string()))?;
            hand.entry(directory).or_default().push(HandPin { fingerprint, added });
        }
        let mut removed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut stmt = conn.prepare("SELECT fingerprint, directory FROM distrust")?;
        for row in stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (fp, d) = row?;
            removed.entry(d).or_default().insert(fp);
        }
        Ok(Keyring {
            certs,
            hand,
            compromised,
            removed,
        })
    }

    /// Directories with a key pinned by hand or a kept handover.
    pub(super) fn directories(&self, conn: &Connection) -> Result<Vec<String>> {
        let mut dirs: BTreeSet<String> = self.hand.keys().cloned().collect();
        let mut stmt =
            conn.prepare("SELECT DISTINCT s.directory FROM rotation r JOIN snapshot s ON s.id = r.snapshot_id")?;
        for d in stmt.query_map([], |r| r.get(0))? {
            dirs.insert(d?);
        }
        Ok(dirs.into_iter().collect())
    }

    /// Replays a directory's kept history; also returns each kept
    /// snapshot's (id, serial), in the replay's order.
    pub(super) fn replay(
        &self,
        conn: &Connection,
        directory: &str,
        thresholds: &BTreeMap<String, usize>,
    ) -> Result<(Replay, Rows)> {
        let (history, ids) = kept_history(conn, directory)?;
        let mut void = self.compromised.clone();
        void.extend(self.removed.get(directory).into_iter().flatten().cloned());
        let hand = self.hand.get(directory).map(Vec::as_slice).unwrap_or(&[]);
        let configured = thresholds.get(directory).copied().unwrap_or(1);
        Ok((rotation::replay(hand, &history, &void, configured), ids))
    }

    /// The eras of a directory, from its kept history and these keys.
    pub(super) fn eras(
        &self,
        conn: &Connection,
        directory: &str,
        thresholds: &BTreeMap<String, usize>,
    ) -> Result<Eras> {
        Ok(self.replay(conn, directory, thresholds)?.0.eras)
    }
}

/// A directory's kept snapshots as the replay needs them, with (id, serial).
/// Each kept snapshot's row id and serial.
type Rows = Vec<(i64, u64)>;

fn kept_history(conn: &Connection, directory: &str) -> Result<(Vec<Kept>, Rows)> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, s.serial, s.signers, s.synced_at, r.next_threshold,
                (SELECT group_concat(fingerprint) FROM rotation_key k WHERE k.snapshot_id = s.id)
         FROM snapshot s LEFT JOIN rotation r ON r.snapshot_id = s.id
         WHERE s.directory = ?1 ORDER BY s.serial, s.id",
    )?;
    let rows = stmt.query_map([directory], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)? as u64,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<i64>>(4)?,
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut history = Vec::new();
    let mut ids = Vec::new();
    for row in rows {
        let (id, serial, signers, synced_at, threshold, keys) = row?;
        let list = |s: &str| -> Vec<String> { s.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect() };
        history.push(Kept {
            serial,
            signers: list(&signers),
            rotation: threshold.map(|t| (list(keys.as_deref().unwrap_or("")), t as usize)),
            synced_at: DateTime::parse_from_rfc3339(&synced_at)
                .map(|t| t.with_timezone(&Utc))
                .with_context(|| {
                    crate::tr!(
                        "store-kept-date-damaged",
                        serial = serial.to_string(),
                        directory = directory.to_string()
                    )
                })?,
        });
        ids.push((id, serial));
    }
    Ok((history, ids))
}
