//! The domain types every module speaks: a snapshot of a directory, its ccTLDs
//! and their contacts, already checked against the format. No I/O here.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// A whole directory at one moment, as published by its secretariat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub directory: String,
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub cctlds: Vec<Cctld>,
}

/// One ccTLD and the people who answer for its security.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cctld {
    /// The code as an ASCII label or A-label (`tz`, `xn--p1ai`): the key.
    pub code: String,
    /// The code as people read it: the U-label for an IDN, else the same as `code`.
    pub label: String,
    pub registry: Option<String>,
    pub emergency_phone: Option<String>,
    pub contacts: Vec<Contact>,
}

/// One security contact of a ccTLD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: String,
    pub role: Option<String>,
    pub email: Vec<String>,
    pub phone: Vec<String>,
    pub mobile: Vec<String>,
    /// Upper-case hex without spaces, 40 or 64 digits.
    pub pgp: Option<String>,
    pub languages: Vec<String>,
    pub note: Option<String>,
}

impl Cctld {
    /// `.tz`, or `.рф (xn--p1ai)` for an IDN.
    pub fn display(&self) -> String {
        if self.label != self.code {
            format!(".{} ({})", self.label, self.code)
        } else {
            format!(".{}", self.code)
        }
    }
}

impl Snapshot {
    pub fn contact_count(&self) -> usize {
        self.cctlds.iter().map(|c| c.contacts.len()).sum()
    }
}

/// A fingerprint in groups of four, the way people read them aloud.
pub fn group_fingerprint(hex: &str) -> String {
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
}
