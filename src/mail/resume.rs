//! What a sync remembers of a source, so that the next one reads only what
//! is new: how far into an mbox it read (and a digest of the bytes just
//! before, to notice a rewritten file), and per mail directory its
//! modification time and the messages it holds. Plain data: the store keeps
//! it as JSON; any doubt means a full read.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

/// Bytes before the resume point whose digest must still match.
pub const TAIL: u64 = 4096;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceState {
    /// What the state was made under (tldops version, pinned keys): a
    /// different key means a full read, since old mail may now verify.
    pub key: String,
    pub mbox: Option<MboxState>,
    pub dirs: Vec<DirState>,
    /// The messages read by this read of the mail directories (for a
    /// Maildir, the unique part of the name, before the `:` that carries
    /// flags). The store keeps every name read apart from the rest, and is
    /// asked only about the messages of a directory that changed.
    #[serde(skip)]
    pub seen: BTreeSet<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MboxState {
    pub dev: u64,
    pub ino: u64,
    /// Bytes read: the next message starts here.
    pub offset: u64,
    /// SHA-256 of the (up to) [`TAIL`] bytes before `offset`.
    pub tail: String,
    /// Messages read so far, to number the next.
    pub messages: usize,
    /// The file's length when it was read, and the digest of the bytes
    /// before it: when both still hold, nothing was added.
    pub size: u64,
    pub end_tail: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirState {
    pub path: String,
    /// The directory's modification time in nanoseconds; 0 forces a listing.
    pub mtime_ns: i128,
}

impl SourceState {
    pub fn dir(&self, path: &str) -> Option<&DirState> {
        self.dirs.iter().find(|d| d.path == path)
    }
}

/// The digest of the bytes of `file` in `[offset - TAIL, offset)`.
pub fn tail_digest(mut file: &File, offset: u64) -> io::Result<String> {
    let start = offset.saturating_sub(TAIL);
    file.seek(SeekFrom::Start(start))?;
    let mut buf = Vec::with_capacity((offset - start) as usize);
    Read::by_ref(&mut file).take(offset - start).read_to_end(&mut buf)?;
    if (buf.len() as u64) < offset - start {
        return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "file shorter than before"));
    }
    Ok(crate::snapshot::hex(&Sha256::digest(&buf)))
}

/// The part of a mail file name that names the message for good.
pub fn message_name(file_name: &str) -> &str {
    file_name.split(':').next().unwrap_or(file_name)
}

pub fn mtime_ns(meta: &std::fs::Metadata) -> i128 {
    use std::os::unix::fs::MetadataExt;
    meta.mtime() as i128 * 1_000_000_000 + meta.mtime_nsec() as i128
}
