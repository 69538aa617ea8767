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
    /// The secretariat's stable identifier for this person, if it gives one.
    pub id: Option<String>,
}

/// What ties a contact to itself across snapshots: the secretariat's `id`
/// when it has one, otherwise its ccTLD, folded name and folded first e-mail.
/// Unique within a directory.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Identity {
    Id(String),
    Derived {
        /// The ccTLD's key (`tz`, `xn--p1ai`).
        cctld: String,
        /// The name as [`crate::search::fold`] folds it.
        name: String,
        /// The first e-mail address, trimmed and in lower case.
        email: String,
    },
}

impl Identity {
    /// One line that differs whenever the identities differ, for hashing into
    /// a card's UID or keeping in a column. The parts are joined by U+001F,
    /// which no checked value holds.
    pub fn key(&self) -> String {
        match self {
            Identity::Id(id) => format!("id\u{1f}{id}"),
            Identity::Derived { cctld, name, email } => format!("{cctld}\u{1f}{name}\u{1f}{email}"),
        }
    }
}

impl std::fmt::Display for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Identity::Id(id) => write!(f, "id `{id}`"),
            Identity::Derived { cctld, name, email } => write!(f, "`{name}` <{email}> in .{cctld}"),
        }
    }
}

impl Contact {
    /// This contact's identity within the ccTLD whose key (`tz`, `xn--p1ai`)
    /// is `cctld`. The one place that says what makes two contacts the same
    /// person.
    pub fn identity(&self, cctld: &str) -> Identity {
        match &self.id {
            Some(id) => Identity::Id(id.clone()),
            None => Identity::Derived {
                cctld: cctld.to_string(),
                name: crate::search::fold(&self.name),
                email: self.email.first().map(|e| e.trim().to_lowercase()).unwrap_or_default(),
            },
        }
    }
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
    crate::snapshot::fields::group(hex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, email: &[&str], id: Option<&str>) -> Contact {
        Contact {
            name: name.into(),
            role: None,
            email: email.iter().map(|e| e.to_string()).collect(),
            phone: vec![],
            mobile: vec![],
            pgp: None,
            languages: vec![],
            note: None,
            id: id.map(str::to_string),
        }
    }

    #[test]
    fn identity_is_the_id_or_the_cctld_folded_name_and_first_email() {
        let derived = |cctld: &str, name: &str, email: &str| Identity::Derived {
            cctld: cctld.into(),
            name: name.into(),
            email: email.into(),
        };
        let cases = [
            (
                "id wins",
                person("Amani Mfano", &["a@x.example"], Some("tz-1")),
                Identity::Id("tz-1".into()),
            ),
            (
                "id kept as written",
                person("A", &["a@x.example"], Some("TZ-1")),
                Identity::Id("TZ-1".into()),
            ),
            (
                "name folded",
                person("  José  NÚÑEZ-Pérez ", &["jose@x.example"], None),
                derived("tz", "jose nunezperez", "jose@x.example"),
            ),
            (
                "first e-mail only, folded",
                person("Amani", &[" Amani@NIC.tz.example ", "security@x.example"], None),
                derived("tz", "amani", "amani@nic.tz.example"),
            ),
            (
                "non-Latin name",
                person("Иван Иванов", &["ivan@x.example"], None),
                derived("tz", "ivan ivanov", "ivan@x.example"),
            ),
        ];
        for (name, c, want) in cases {
            assert_eq!(c.identity("tz"), want, "{name}");
        }
    }

    #[test]
    fn identities_differ_where_people_do() {
        let a = person("Neema Juma", &["neema@x.example"], None);
        let b = person("Neema Juma", &["juma@x.example"], None);
        assert_ne!(a.identity("tz"), b.identity("tz"));
        assert_ne!(a.identity("tz"), a.identity("ke"));
        assert_eq!(
            a.identity("tz"),
            person("neema juma", &["NEEMA@x.example"], None).identity("tz")
        );
        let keys = [
            a.identity("tz").key(),
            b.identity("tz").key(),
            a.identity("ke").key(),
            Identity::Id("tz".into()).key(),
        ];
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k:?}");
        }
    }
}
