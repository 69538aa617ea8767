//! Files written whole or not at all, and private to their owner: a
//! temporary file beside the target, created 0600, synced, then renamed.

use anyhow::{bail, Context, Result};
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

/// Whether an output path is `-`, which means standard output.
pub fn is_stdout(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// Writes `bytes` to `path` atomically with mode 0600. Refuses to replace an
/// existing file unless `force`. A target that is not a file (a device such
/// as `/dev/null` or `/dev/stdout`, a named pipe) is written to as it is,
/// never replaced.
/// `-` writes to standard output.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    if is_stdout(path) {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
        out.flush()?;
        return Ok(());
    }
    if let Ok(meta) = fs::metadata(path) {
        let kind = meta.file_type();
        if kind.is_dir() {
            bail!(crate::tr!("atomic-directory", path = path.display().to_string()));
        }
        if !kind.is_file() {
            let mut f = OpenOptions::new()
                .write(true)
                .open(path)
                .with_context(|| crate::tr!("cannot-open", path = path.display().to_string()))?;
            return f
                .write_all(bytes)
                .with_context(|| crate::tr!("cannot-write", path = path.display().to_string()));
        }
    }
    if !force && path.exists() {
        bail!(crate::tr!("atomic-exists", path = path.display().to_string()));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        bail!(crate::tr!(
            "atomic-no-directory",
            path = path.display().to_string(),
            directory = dir.display().to_string()
        ));
    }
    let name = path
        .file_name()
        .with_context(|| crate::tr!("atomic-not-a-name", path = path.display().to_string()))?;
    let tmp = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), std::process::id()));
    let result = (|| -> Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .with_context(|| crate::tr!("cannot-create", path = tmp.display().to_string()))?;
        f.write_all(bytes)
            .with_context(|| crate::tr!("cannot-write", path = tmp.display().to_string()))?;
        f.sync_all()?;
        fs::rename(&tmp, path).with_context(|| crate::tr!("cannot-write", path = path.display().to_string()))?;
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}
