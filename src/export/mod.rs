//! Exports: vCard 3.0 and 4.0, CSV, JSON and QR codes, as plain functions
//! over the selected contacts. Byte-exact and escaped for their own format;
//! never sanitised for a terminal.

pub mod csv;
pub mod qr;
pub mod uid;
pub mod vcard;

use crate::contact::{Cctld, Contact};
use chrono::{DateTime, Utc};

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
    /// the next (the contact's identity), so a re-import updates.
    pub fn uid(&self) -> String {
        uid::of(self.directory, &self.contact.identity(&self.cctld.code))
    }

    /// The UID an older tldops gave this person's card.
    pub fn legacy_uid(&self) -> String {
        uid::legacy(self.directory, &self.cctld.code, &self.contact.name)
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
