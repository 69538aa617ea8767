//! Exports: vCard 3.0 and 4.0, CSV, JSON and QR codes, as plain functions
//! over the selected contacts. Byte-exact and escaped for their own format;
//! never sanitised for a terminal.

pub mod csv;
pub mod qr;
pub mod vcard;

use crate::contact::{Cctld, Contact};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// The entries grouped by directory and ccTLD, in their order.
pub fn by_cctld<'e, 'a>(entries: &'e [Entry<'a>]) -> impl Iterator<Item = &'e [Entry<'a>]> {
    entries.chunk_by(|a, b| a.directory == b.directory && a.cctld.code == b.cctld.code)
}

/// One person to export, with what a card needs to know about where they sit.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub directory: &'a str,
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub cctld: &'a Cctld,
    pub contact: &'a Contact,
}

impl Entry<'_> {
    /// A UID that stays the same for the same person from one snapshot to
    /// the next (directory, ccTLD and folded name), so a re-import updates.
    pub fn uid(&self) -> String {
        let mut h = Sha256::new();
        for part in [self.directory, &self.cctld.code, &crate::diff::identity(self.contact)] {
            h.update(part.as_bytes());
            h.update([0]);
        }
        let b = h.finalize();
        let mut u = [0u8; 16];
        u.copy_from_slice(&b[..16]);
        u[6] = (u[6] & 0x0f) | 0x80; // version 8: name-based, custom hash
        u[8] = (u[8] & 0x3f) | 0x80; // RFC 9562 variant
        let x = crate::snapshot::hex(&u);
        format!("{}-{}-{}-{}-{}", &x[..8], &x[8..12], &x[12..16], &x[16..20], &x[20..])
    }

    /// The country or territory's English name, if known.
    pub fn country(&self) -> Option<&'static str> {
        crate::refdata::country(&self.cctld.code)
    }

    /// `.tz` or `.рф`.
    pub fn dotted(&self) -> String {
        format!(".{}", self.cctld.label)
    }
}
