//! The only module that speaks SQL: the database file, its schema and
//! migrations, pinned keys, and the history of verified snapshots.

mod history;
mod rejected;
mod sources;
mod trust;

pub use history::{Appearance, Applied, KeptSnapshot, Outcome, Provenance};
pub use rejected::{KeptRejection, NewRejection};
pub use trust::PinnedKey;

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::fs::{self, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Each entry upgrades the schema by one version; the index + 1 is the version.
const MIGRATIONS: &[&str] = &[
    include_str!("schema.sql"),
    include_str!("rejected.sql"),
    include_str!("sources.sql"),
    include_str!("contact_id.sql"),
    include_str!("rotation.sql"),
    include_str!("words.sql"),
];

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// Whether a command may change the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    ReadOnly,
    ReadWrite,
}

impl Store {
    /// Opens the database. Read-write creates it (directory 0700, files 0600)
    /// and brings its schema up to date; read-only returns `Ok(None)` when
    /// there is no database yet.
    pub fn open(path: &Path, access: Access) -> Result<Option<Store>> {
        if access == Access::ReadOnly && !path.exists() {
            return Ok(None);
        }
        if access == Access::ReadWrite {
            prepare_files(path)?;
        }
        let flags = match access {
            Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
            Access::ReadWrite => OpenFlags::SQLITE_OPEN_READ_WRITE,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags)
            .with_context(|| crate::tr!("store-cannot-open", path = path.display().to_string()))?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.check_version()?;
        if access == Access::ReadOnly && store.schema_version()? < MIGRATIONS.len() {
            // A database from an older tldops: bring it up to date if it may
            // be written, so readers see what a sync would; else read it as it is.
            drop(store);
            if let Ok(Some(upgraded)) = Store::open(path, Access::ReadWrite) {
                return Ok(Some(upgraded));
            }
            let conn = Connection::open_with_flags(path, flags)
                .with_context(|| crate::tr!("store-cannot-open", path = path.display().to_string()))?;
            conn.busy_timeout(Duration::from_secs(5))?;
            return Ok(Some(Store {
                conn,
                path: path.to_path_buf(),
            }));
        }
        if access == Access::ReadWrite {
            store
                .conn
                .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
                .with_context(|| crate::tr!("store-cannot-set-up", path = path.display().to_string()))?;
            // A migration may rebuild a table that others refer to: the
            // references are checked once it is done, then enforced. (The
            // setting cannot change inside a transaction, and SQLite as
            // built here enforces them by default.)
            store.conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
            store.migrate()?;
            store.conn.execute_batch("PRAGMA foreign_keys = ON;")?;
            restrict_files(path);
        }
        Ok(Some(store))
    }

    /// What SQLite's integrity check finds wrong; empty when all is well.
    pub fn integrity(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        let found: Vec<String> = rows.collect::<rusqlite::Result<_>>()?;
        Ok(found.into_iter().filter(|l| l != "ok").collect())
    }

    /// The contact `id` column, or NULL in a database too old to have it
    /// that could not be upgraded (read-only).
    fn contact_id_column(&self, table: &str) -> String {
        match self.schema_version() {
            Ok(v) if v < 4 => "NULL".into(),
            _ => format!("{table}id"),
        }
    }

    pub fn schema_version(&self) -> Result<usize> {
        let v: i64 = self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(v as usize)
    }

    fn check_version(&self) -> Result<()> {
        let v = self
            .schema_version()
            .with_context(|| crate::tr!("store-not-tldops", path = self.path.display().to_string()))?;
        if v > MIGRATIONS.len() {
            bail!(crate::tr!(
                "store-newer",
                path = self.path.display().to_string(),
                schema = v,
                known = MIGRATIONS.len()
            ));
        }
        Ok(())
    }

    fn migrate(&self) -> Result<()> {
        let tx = self.begin()?;
        let from: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            tx.execute_batch(sql)
                .and_then(|()| after_migration(&tx, i + 1))
                .with_context(|| {
                    crate::tr!(
                        "store-migrating",
                        path = self.path.display().to_string(),
                        schema = i + 1
                    )
                })?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        let broken: Option<String> = tx.query_row("PRAGMA foreign_key_check", [], |r| r.get(0)).optional()?;
        if let Some(table) = broken {
            bail!(crate::tr!(
                "store-migration-broken",
                path = self.path.display().to_string(),
                table = table
            ));
        }
        tx.commit()?;
        Ok(())
    }

    /// A write transaction that takes the lock at once, so a busy timeout works.
    fn begin(&self) -> Result<rusqlite::Transaction<'_>> {
        rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .with_context(|| crate::tr!("store-locked", path = self.path.display().to_string()))
    }
}

/// What a migration needs beyond its SQL, by the schema version it makes.
fn after_migration(tx: &rusqlite::Transaction<'_>, version: usize) -> rusqlite::Result<()> {
    match version {
        4 => history::fill_contact_ids(tx),
        _ => Ok(()),
    }
}

/// Creates the data directory 0700 and the database file 0600 before SQLite
/// touches them, whatever the umask.
fn prepare_files(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .with_context(|| crate::tr!("store-cannot-create-dir", path = dir.display().to_string()))?;
            let _ = fs::set_permissions(dir, fs::Permissions::from_mode(0o700));
        }
    }
    if !path.exists() {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(path)
            .with_context(|| crate::tr!("store-cannot-create", path = path.display().to_string()))?;
    }
    restrict_files(path);
    Ok(())
}

/// Keeps the database and its WAL and shared-memory files private.
fn restrict_files(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        let p = PathBuf::from(p);
        if let Ok(meta) = fs::metadata(&p) {
            if meta.permissions().mode() & 0o077 != 0 {
                let _ = fs::set_permissions(&p, fs::Permissions::from_mode(0o600));
            }
        }
    }
}
