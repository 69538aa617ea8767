//! Verified snapshots kept as history, with their provenance, contacts and
//! the rules that hold between snapshots of one directory: equivocation and
//! serials out of step with `issued`.

use super::trust::{reassess, Keyring};
use super::Store;
use crate::contact::{Cctld, Contact, Snapshot};
use crate::snapshot::rotation::Handover;
use crate::snapshot::{Arg, Queued, Reason, Rejection};
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row, Transaction};
use sequoia_openpgp::serialize::SerializeInto;
use std::collections::BTreeMap;

/// Where a snapshot was found. Headers are kept to show, never trusted.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub source: String,
    pub message_id: Option<String>,
    pub mail_date: Option<String>,
    pub mail_from: Option<String>,
}

/// What happened to one verified snapshot.
#[derive(Debug, Clone)]
pub enum Applied {
    New,
    Known,
    Rejected(Rejection),
}

/// One ccTLD's contacts in one kept snapshot: (serial, issued, contacts).
pub type Appearance = (u64, DateTime<Utc>, Vec<Contact>);

/// A kept snapshot's header and provenance.
#[derive(Debug, Clone, serde::Serialize)]
pub struct KeptSnapshot {
    #[serde(skip)]
    pub id: i64,
    pub directory: String,
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub sha256: String,
    pub signers: Vec<String>,
    pub signed_at: DateTime<Utc>,
    pub carrier: String,
    pub source: String,
    pub message_id: Option<String>,
    pub mail_date: Option<String>,
    pub mail_from: Option<String>,
    pub synced_at: DateTime<Utc>,
    pub cctlds: usize,
    pub contacts: usize,
    /// False once a key it needed was revoked as compromised or removed:
    /// kept as history, never current.
    pub vouched: bool,
}

const KEPT_COLUMNS: &str = "id, directory, serial, issued, expires, sha256, signers, signed_at, carrier, source, message_id, mail_date, mail_from, synced_at, cctld_count, contact_count, vouched";

fn time(r: &Row<'_>, i: usize) -> rusqlite::Result<DateTime<Utc>> {
    let s: String = r.get(i)?;
    DateTime::parse_from_rfc3339(&s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e)))
}

fn kept(r: &Row<'_>) -> rusqlite::Result<KeptSnapshot> {
    let signers: String = r.get(6)?;
    Ok(KeptSnapshot {
        id: r.get(0)?,
        directory: r.get(1)?,
        serial: r.get::<_, i64>(2)? as u64,
        issued: time(r, 3)?,
        expires: time(r, 4)?,
        sha256: r.get(5)?,
        signers: signers
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        signed_at: time(r, 7)?,
        carrier: r.get(8)?,
        source: r.get(9)?,
        message_id: r.get(10)?,
        mail_date: r.get(11)?,
        mail_from: r.get(12)?,
        synced_at: time(r, 13)?,
        cctlds: r.get::<_, i64>(14)? as usize,
        contacts: r.get::<_, i64>(15)? as usize,
        vouched: r.get(16)?,
    })
}

/// Lists are stored joined by U+001F (unit separator), which a verified
/// value can never contain.
const SEPARATOR: char = '\u{1f}';

fn join_list(v: &[String]) -> String {
    v.join(&SEPARATOR.to_string())
}

fn split_list(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(SEPARATOR).map(str::to_string).collect()
    }
}

/// A contact from columns name, role, email, phone, mobile, pgp, languages, note, id starting at `i`.
fn contact(r: &Row<'_>, i: usize) -> rusqlite::Result<Contact> {
    let list = |j: usize| -> rusqlite::Result<Vec<String>> { Ok(split_list(&r.get::<_, String>(i + j)?)) };
    Ok(Contact {
        name: r.get(i)?,
        role: r.get(i + 1)?,
        email: list(2)?,
        phone: list(3)?,
        mobile: list(4)?,
        pgp: r.get(i + 5)?,
        languages: list(6)?,
        note: r.get(i + 7)?,
        id: r.get(i + 8)?,
    })
}

/// Judges a snapshot against those already kept for its directory and still
/// vouched for: equivocation, and serials out of step with `issued`.
fn judge(tx: &Transaction<'_>, v: &Queued) -> Result<Applied> {
    let s = v;
    let known: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM snapshot WHERE directory = ?1 AND serial = ?2 AND sha256 = ?3)",
        params![s.directory, s.serial as i64, v.sha256],
        |r| r.get(0),
    )?;
    if known {
        return Ok(Applied::Known);
    }
    let same: Option<String> = tx
        .query_row(
            "SELECT sha256 FROM snapshot WHERE directory = ?1 AND serial = ?2 AND vouched = 1",
            params![s.directory, s.serial as i64],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(sha) = same {
        return Ok(Applied::Rejected(Rejection::new(
            Reason::Equivocation,
            crate::detail!(
                "reason-equivocation",
                serial = s.serial,
                directory = &s.directory,
                here = &v.sha256,
                kept = sha
            ),
        )));
    }
    let issued = s.issued.to_rfc3339();
    let clash: Option<(i64, String)> = tx
        .query_row(
            "SELECT serial, issued FROM snapshot WHERE directory = ?1 AND vouched = 1
               AND ((serial < ?2 AND issued > ?3) OR (serial > ?2 AND issued < ?3))
             ORDER BY serial LIMIT 1",
            params![s.directory, s.serial as i64, issued],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((serial, other_issued)) = clash {
        return Ok(Applied::Rejected(Rejection::new(
            Reason::OutOfStep,
            crate::detail!(
                "reason-out-of-step",
                serial = s.serial,
                issued = issued,
                kept = serial,
                kept_issued = other_issued
            ),
        )));
    }
    Ok(Applied::New)
}

/// Whether the keys that signed a snapshot still vouch for its serial, now
/// that the snapshots before it in this sync are kept (a handover among them
/// retires keys).
fn vouches(
    tx: &Transaction<'_>,
    ring: &Keyring,
    v: &Queued,
    thresholds: &BTreeMap<String, usize>,
) -> Result<Option<Rejection>> {
    let s = v;
    let eras = ring.eras(tx, &s.directory, thresholds)?;
    let era = eras.at(s.serial);
    let signed = v.signers.iter().filter(|fp| era.keys.contains(*fp)).count();
    if signed >= era.threshold {
        return Ok(None);
    }
    let retired = v
        .signers
        .iter()
        .find_map(|fp| eras.retired_before(fp, s.serial).map(|at| (fp, at)));
    Ok(Some(match retired {
        Some((fp, at)) => Rejection::new(
            Reason::Rotation,
            crate::detail!(
                "reason-key-retired",
                key = fp,
                at = at,
                directory = s.directory.escape_debug().to_string(),
                serial = s.serial
            ),
        ),
        None => Rejection::new(
            Reason::Threshold,
            crate::detail!(
                "reason-threshold-now",
                signed = Arg::Count(signed),
                serial = s.serial,
                directory = s.directory.escape_debug().to_string(),
                needs = era.threshold
            ),
        ),
    }))
}

/// What a sync's snapshots did: a verdict for each, in the order given, and
/// the handovers they made.
pub struct Outcome {
    pub applied: Vec<Applied>,
    pub handovers: Vec<(String, Handover)>,
}

impl Store {
    /// Applies verified snapshots in one transaction: all of them are judged
    /// and stored, or (on any database error) none. They are judged in serial
    /// order (in the order given among equal serials), so the order they
    /// arrived in changes nothing; each is judged with the keys that the
    /// handovers kept before it make. The verdicts come back in the order
    /// given.
    pub fn apply(
        &self,
        items: &[(Queued, Provenance)],
        thresholds: &BTreeMap<String, usize>,
        now: DateTime<Utc>,
    ) -> Result<Outcome> {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| items[i].0.serial);
        let tx = self.begin()?;
        let before = handovers(&tx, thresholds)?;
        let mut ring = Keyring::load(&tx)?;
        #[cfg(debug_assertions)]
        let mut written = 0usize;
        let mut out = Vec::with_capacity(items.len());
        for i in order {
            let (v, prov) = &items[i];
            let applied = match vouches(&tx, &ring, v, thresholds)? {
                Some(r) => Applied::Rejected(r),
                None => judge(&tx, v)?,
            };
            if matches!(applied, Applied::New) {
                insert(&tx, v, prov, now)?;
                if v.rotation.is_some() {
                    ring = Keyring::load(&tx)?;
                }
                #[cfg(debug_assertions)]
                {
                    written += 1;
                    abort_if_asked(written);
                }
            }
            out.push((i, applied));
        }
        reassess(&tx, thresholds)?;
        let after = handovers(&tx, thresholds)?;
        tx.commit().with_context(|| crate::tr!("store-cannot-commit"))?;
        out.sort_by_key(|(i, _)| *i);
        Ok(Outcome {
            applied: out.into_iter().map(|(_, applied)| applied).collect(),
            handovers: after.into_iter().filter(|h| !before.contains(h)).collect(),
        })
    }

    /// Judges a snapshot against the kept history without storing it.
    pub fn check(&self, v: &Queued) -> Result<Applied> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Deferred)?;
        let r = judge(&tx, v);
        tx.rollback()?;
        r
    }

    /// The current snapshot (highest serial still vouched for) of each directory.
    pub fn current(&self) -> Result<Vec<KeptSnapshot>> {
        let sql = format!(
            "SELECT {KEPT_COLUMNS} FROM snapshot s WHERE vouched = 1
               AND serial = (SELECT max(serial) FROM snapshot t WHERE t.directory = s.directory AND t.vouched = 1)
             ORDER BY directory"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([], kept)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every kept snapshot of a directory, oldest serial first.
    pub fn history(&self, directory: &str) -> Result<Vec<KeptSnapshot>> {
        let sql = format!("SELECT {KEPT_COLUMNS} FROM snapshot WHERE directory = ?1 ORDER BY serial, id");
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map([directory], kept)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Directories with a pinned key or a kept snapshot.
    pub fn directories(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT directory FROM pin UNION SELECT directory FROM snapshot ORDER BY 1")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every kept record of one ccTLD's contacts: (serial, issued, contacts), oldest first.
    pub fn cctld_history(&self, directory: &str, code: &str) -> Result<Vec<Appearance>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT s.serial, s.issued, c.name, c.role, c.email, c.phone, c.mobile, c.pgp, c.languages, c.note, {}
             FROM contact c JOIN snapshot s ON s.id = c.snapshot_id
             WHERE s.directory = ?1 AND c.code = ?2 ORDER BY s.serial, c.position",
            self.contact_id_column("c.")
        ))?;
        let rows = stmt.query_map(params![directory, code], |r| {
            Ok((r.get::<_, i64>(0)? as u64, time(r, 1)?, contact(r, 2)?))
        })?;
        let mut out: Vec<Appearance> = Vec::new();
        for row in rows {
            let (serial, issued, c) = row?;
            match out.last_mut() {
                Some(last) if last.0 == serial => last.2.push(c),
                _ => out.push((serial, issued, vec![c])),
            }
        }
        Ok(out)
    }

    /// A kept snapshot of a directory by serial: the one vouched for, if any.
    pub fn kept(&self, directory: &str, serial: u64) -> Result<Option<KeptSnapshot>> {
        let sql = format!(
            "SELECT {KEPT_COLUMNS} FROM snapshot WHERE directory = ?1 AND serial = ?2 ORDER BY vouched DESC, id LIMIT 1"
        );
        Ok(self
            .conn
            .query_row(&sql, params![directory, serial as i64], kept)
            .optional()?)
    }

    /// Loads the contacts of a kept snapshot.
    pub fn load(&self, kept: &KeptSnapshot) -> Result<Snapshot> {
        self.load_some(kept, None)
    }

    /// Loads a kept snapshot, or only the given ccTLDs of it (A-labels).
    pub fn load_some(&self, kept: &KeptSnapshot, only: Option<&[String]>) -> Result<Snapshot> {
        // Parameter 1 is the snapshot; the listed codes, if any, follow it.
        let filter = match only {
            None => String::new(),
            Some(codes) => format!("AND code IN ({})", vec!["?"; codes.len()].join(", ")),
        };
        let values: Vec<&dyn rusqlite::ToSql> = std::iter::once(&kept.id as &dyn rusqlite::ToSql)
            .chain(only.into_iter().flatten().map(|c| c as _))
            .collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT code, label, registry, emergency_phone FROM cctld WHERE snapshot_id = ?1 {filter} ORDER BY position"
        ))?;
        let mut cctlds: Vec<Cctld> = Vec::with_capacity(kept.cctlds);
        for row in stmt.query_map(values.as_slice(), |r| {
            Ok(Cctld {
                code: r.get(0)?,
                label: r.get(1)?,
                registry: r.get(2)?,
                emergency_phone: r.get(3)?,
                contacts: Vec::new(),
            })
        })? {
            cctlds.push(row?);
        }
        let index: std::collections::HashMap<String, usize> =
            cctlds.iter().enumerate().map(|(i, c)| (c.code.clone(), i)).collect();
        let mut stmt = self.conn.prepare(&format!(
            "SELECT code, name, role, email, phone, mobile, pgp, languages, note, {} FROM contact
             WHERE snapshot_id = ?1 {filter} ORDER BY code, position",
            self.contact_id_column("")
        ))?;
        let rows = stmt.query_map(values.as_slice(), |r| Ok((r.get::<_, String>(0)?, contact(r, 1)?)))?;
        for row in rows {
            let (code, contact) = row?;
            if let Some(i) = index.get(&code) {
                cctlds[*i].contacts.push(contact);
            }
        }
        Ok(Snapshot {
            directory: kept.directory.clone(),
            serial: kept.serial,
            issued: kept.issued,
            expires: kept.expires,
            cctlds,
        })
    }
}

/// Debug builds only, for the test that a sync killed while it writes leaves
/// all or nothing: `TLDOPS_TEST_ABORT_AFTER_INSERTS=N` aborts the process
/// inside the transaction once N snapshots are written, as a kill would.
#[cfg(debug_assertions)]
fn abort_if_asked(written: usize) {
    let asked = std::env::var("TLDOPS_TEST_ABORT_AFTER_INSERTS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok());
    if asked == Some(written) {
        eprintln!("tldops: aborting inside the transaction after writing {written} snapshots, as asked");
        std::process::abort();
    }
}

fn insert(tx: &Transaction<'_>, v: &Queued, prov: &Provenance, now: DateTime<Utc>) -> Result<()> {
    let s = v;
    let snapshot = v.snapshot().with_context(|| {
        crate::tr!(
            "store-reads-otherwise",
            serial = v.serial.to_string(),
            directory = v.directory.as_str()
        )
    })?;
    tx.execute(
        "INSERT INTO snapshot (directory, serial, issued, expires, sha256, payload, signers, signed_at, carrier,
                               source, message_id, mail_date, mail_from, synced_at, cctld_count, contact_count)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            s.directory,
            s.serial as i64,
            s.issued.to_rfc3339(),
            s.expires.to_rfc3339(),
            v.sha256,
            v.payload,
            v.signers.join(","),
            v.signed_at.to_rfc3339(),
            v.carrier.name(),
            prov.source,
            prov.message_id,
            prov.mail_date,
            prov.mail_from,
            now.to_rfc3339(),
            v.cctlds as i64,
            v.contacts as i64,
        ],
    )?;
    let id = tx.last_insert_rowid();
    if let Some(r) = &v.rotation {
        tx.execute(
            "INSERT INTO rotation (snapshot_id, next_threshold) VALUES (?1, ?2)",
            params![id, r.next_threshold as i64],
        )?;
        for (fp, cert) in r.next_keys.iter().zip(&r.certs) {
            tx.execute(
                "INSERT INTO rotation_key (snapshot_id, fingerprint) VALUES (?1, ?2)",
                params![id, fp],
            )?;
            keep_cert(tx, cert, now)?;
        }
    }
    let mut cctld = tx.prepare_cached(
        "INSERT INTO cctld (snapshot_id, position, code, label, registry, emergency_phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut contact = tx.prepare_cached(
        "INSERT INTO contact (snapshot_id, code, position, name, role, email, phone, mobile, pgp, languages, note, id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    let json = |v: &Vec<String>| join_list(v);
    for (i, c) in snapshot.cctlds.iter().enumerate() {
        cctld.execute(params![id, i as i64, c.code, c.label, c.registry, c.emergency_phone])?;
        for (j, p) in c.contacts.iter().enumerate() {
            contact.execute(params![
                id,
                c.code,
                j as i64,
                p.name,
                p.role,
                json(&p.email),
                json(&p.phone),
                json(&p.mobile),
                p.pgp,
                json(&p.languages),
                p.note,
                p.id
            ])?;
        }
    }
    Ok(())
}

/// Keeps a certificate a handover carried, merged into any copy already
/// kept, so a revocation merged by hand is never lost.
pub(super) fn keep_cert(
    tx: &Transaction<'_>,
    cert: &sequoia_openpgp::Cert,
    now: DateTime<Utc>,
) -> Result<sequoia_openpgp::Cert> {
    use sequoia_openpgp::parse::Parse;
    let fp = cert.fingerprint().to_hex();
    let old: Option<Vec<u8>> = tx
        .query_row("SELECT cert FROM cert WHERE fingerprint = ?1", [&fp], |r| r.get(0))
        .optional()?;
    let merged = match old {
        Some(bytes) => sequoia_openpgp::Cert::from_bytes(&bytes)
            .with_context(|| crate::tr!("store-cert-damaged", key = fp.to_string()))?
            .merge_public(cert.clone())?,
        None => cert.clone(),
    };
    tx.execute(
        "INSERT INTO cert (fingerprint, cert, updated) VALUES (?1, ?2, ?3)
         ON CONFLICT (fingerprint) DO UPDATE SET cert = excluded.cert, updated = excluded.updated",
        params![fp, merged.to_vec()?, now.to_rfc3339()],
    )?;
    Ok(merged)
}

/// Every handover the kept history makes, by directory.
pub(super) fn handovers(
    tx: &rusqlite::Connection,
    thresholds: &BTreeMap<String, usize>,
) -> Result<Vec<(String, Handover)>> {
    let ring = Keyring::load(tx)?;
    let mut out = Vec::new();
    for d in ring.directories(tx)? {
        for h in ring.replay(tx, &d, thresholds)?.0.handovers {
            out.push((d.clone(), h));
        }
    }
    Ok(out)
}

/// Fills in the `id` of contacts kept before the column existed, from their
/// snapshot's signed payload. A payload that no longer parses (a rule grew
/// stricter since) keeps its contacts without `id`, as they were.
pub(super) fn fill_contact_ids(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    let mut payloads = tx.prepare("SELECT id, payload FROM snapshot ORDER BY id")?;
    let rows = payloads.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?)))?;
    let mut update = tx.prepare("UPDATE contact SET id = ?4 WHERE snapshot_id = ?1 AND code = ?2 AND position = ?3")?;
    for row in rows {
        let (snapshot_id, payload) = row?;
        let Ok(snapshot) = crate::snapshot::schema::parse_snapshot(&payload) else {
            continue;
        };
        for c in &snapshot.cctlds {
            for (j, p) in c.contacts.iter().enumerate() {
                if p.id.is_some() {
                    update.execute(params![snapshot_id, c.code, j as i64, p.id])?;
                }
            }
        }
    }
    Ok(())
}
