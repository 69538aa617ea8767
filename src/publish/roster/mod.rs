//! Rosters as a secretariat keeps them: the snapshot document in TOML
//! (header fields optional), or a spreadsheet saved as CSV with one row per
//! contact. Every problem is reported at once, by 1-based line, ccTLD,
//! contact and field; a key or column the format does not name is an error
//! here (a reader ignores it, but for the publisher it is a typo that would
//! lose data). The values are checked with the format's own rules.

use crate::cli::RosterFormat;
use crate::contact::{Cctld, Contact, Identity};
use crate::snapshot::schema::{self, Header};
use std::collections::HashMap;

mod csv_file;
mod toml_file;

const MAX_STRING: usize = 256;
const MAX_NOTE: usize = 1024;
const MAX_CCTLDS: usize = 1000;
const MAX_CONTACTS: usize = 10;
const MAX_EMAILS: usize = 5;
const MAX_PHONES: usize = 5;

/// The keys of a roster, by level, in the order the template shows them.
pub const TOP_KEYS: &[&str] = &["format", "directory", "serial", "issued", "expires", "cctld"];
pub const CCTLD_KEYS: &[&str] = &["code", "registry", "emergency_phone", "contact"];
pub const CONTACT_KEYS: &[&str] = &[
    "name",
    "role",
    "email",
    "phone",
    "mobile",
    "pgp",
    "languages",
    "note",
    "id",
];
/// The CSV columns: the ccTLD's, then the contact's.
pub const CSV_COLUMNS: &[&str] = &[
    "code",
    "registry",
    "emergency_phone",
    "name",
    "role",
    "email",
    "phone",
    "mobile",
    "pgp",
    "languages",
    "note",
    "id",
];
const LISTS: &[&str] = &["email", "phone", "mobile", "languages"];

/// One thing wrong (or worth a warning) in a roster.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based; 0 when it concerns the whole roster.
    pub line: usize,
    /// `.tz`, `.tz, Amani Mfano`, or empty for the header.
    pub who: String,
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}", crate::tr!("roster-line", line = self.line.to_string()))?;
        }
        if !self.who.is_empty() {
            write!(f, "{}", crate::tr!("roster-part", part = self.who.as_str()))?;
        }
        if !self.field.is_empty() {
            write!(f, "{}", crate::tr!("roster-part", part = self.field.as_str()))?;
        }
        f.write_str(&self.message)
    }
}

/// A roster read and checked.
#[derive(Debug)]
pub struct Roster {
    pub header: Header,
    pub cctlds: Vec<Cctld>,
    pub warnings: Vec<Problem>,
}

/// Which format a roster file is in: as asked, else by its extension.
pub fn format_of(path: &std::path::Path, asked: Option<RosterFormat>) -> RosterFormat {
    asked.unwrap_or_else(|| match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("csv") => RosterFormat::Csv,
        _ => RosterFormat::Toml,
    })
}

/// Reads a roster: the checked ccTLDs and warnings, or every problem found.
pub fn read(bytes: &[u8], format: RosterFormat) -> Result<Roster, Vec<Problem>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut c = Checker::default();
    let (header, raw) = match format {
        RosterFormat::Toml => toml_file::roster(bytes, &mut c),
        RosterFormat::Csv => (Header::default(), csv_file::roster(bytes, &mut c)),
    };
    let cctlds = c.cctlds(&raw);
    if c.errors.is_empty() {
        Ok(Roster {
            header,
            cctlds,
            warnings: c.warnings,
        })
    } else {
        Err(c.errors)
    }
}

/// A value as the roster gave it.
#[derive(Debug, Clone)]
enum Val {
    Text(String),
    List(Vec<String>),
    /// Something else: what it is, for the message.
    Wrong(String),
}

#[derive(Debug, Clone)]
struct Field {
    key: String,
    line: usize,
    val: Val,
}

#[derive(Debug, Default, Clone)]
struct Table {
    line: usize,
    fields: Vec<Field>,
}

impl Table {
    fn get(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }
}

#[derive(Debug, Default)]
struct RawCctld {
    table: Table,
    contacts: Vec<Table>,
}

#[derive(Default)]
struct Checker {
    errors: Vec<Problem>,
    warnings: Vec<Problem>,
}

impl Checker {
    fn error(&mut self, line: usize, who: &str, field: &str, message: impl Into<String>) {
        self.errors.push(Problem {
            line,
            who: who.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    fn warn(&mut self, line: usize, who: &str, field: &str, message: impl Into<String>) {
        self.warnings.push(Problem {
            line,
            who: who.to_string(),
            field: field.to_string(),
            message: message.into(),
        });
    }

    /// Every key of a table must be one the format names.
    fn known_keys(&mut self, t: &Table, known: &[&str], who: &str, what: &str) {
        for f in &t.fields {
            if !known.contains(&f.key.as_str()) {
                let hint = suggest(&f.key, known)
                    .map(|k| crate::tr!("roster-did-you-mean", key = k))
                    .unwrap_or_else(|| crate::tr!("roster-has-keys", what = what, keys = known.join(", ")));
                let key = f.key.escape_debug().to_string();
                let message = if what == "column" {
                    crate::tr!("roster-unknown-column", column = key, hint = hint)
                } else {
                    crate::tr!("roster-unknown-key", key = key, hint = hint)
                };
                self.error(f.line, who, "", message);
            }
        }
    }

    /// One string value: trimmed, within `max`, no forbidden character. A
    /// line break in a note becomes a space, with a warning.
    fn text(&mut self, f: &Field, who: &str, max: usize) -> Option<String> {
        let s = match &f.val {
            Val::Text(s) => s.clone(),
            Val::List(_) => {
                self.error(f.line, who, &f.key, crate::tr!("roster-single"));
                return None;
            }
            Val::Wrong(what) => {
                self.error(
                    f.line,
                    who,
                    &f.key,
                    crate::tr!("roster-not-string", what = what.as_str()),
                );
                return None;
            }
        };
        let s = if s.contains(['\n', '\r']) {
            if f.key == "note" {
                self.warn(f.line, who, &f.key, crate::tr!("roster-line-break-note"));
                s.replace("\r\n", " ").replace(['\n', '\r'], " ")
            } else {
                self.error(f.line, who, &f.key, crate::tr!("roster-line-break"));
                return None;
            }
        } else {
            s
        };
        match schema::check_text(&s, max) {
            Ok(()) => Some(s.trim().to_string()),
            Err(m) => {
                self.error(f.line, who, &f.key, m);
                None
            }
        }
    }

    /// An optional single value; empty means absent.
    fn opt_text(&mut self, t: &Table, key: &str, who: &str, max: usize) -> Result<Option<String>, ()> {
        match t.get(key) {
            None => Ok(None),
            Some(f) => self.text(f, who, max).map(|s| (!s.is_empty()).then_some(s)).ok_or(()),
        }
    }

    /// A list of values, at most `max`, each checked by `check`.
    fn list(
        &mut self,
        t: &Table,
        key: &str,
        who: &str,
        max: usize,
        check: fn(&str) -> Result<(), crate::snapshot::Detail>,
    ) -> Result<Vec<String>, ()> {
        let Some(f) = t.get(key) else { return Ok(Vec::new()) };
        let items = match &f.val {
            Val::List(v) => v.clone(),
            Val::Text(_) => {
                self.error(f.line, who, key, crate::tr!("roster-must-be-list", key = key));
                return Err(());
            }
            Val::Wrong(what) => {
                self.error(f.line, who, key, crate::tr!("roster-not-strings", what = what.as_str()));
                return Err(());
            }
        };
        if items.len() > max {
            self.error(
                f.line,
                who,
                key,
                crate::tr!("roster-too-many", count = items.len(), max = max),
            );
            return Err(());
        }
        let mut out = Vec::new();
        let mut ok = true;
        for item in items {
            let one = Field {
                key: key.to_string(),
                line: f.line,
                val: Val::Text(item),
            };
            match self.text(&one, who, MAX_STRING) {
                Some(s) if s.is_empty() => {
                    self.error(f.line, who, key, crate::tr!("roster-empty-value"));
                    ok = false;
                }
                Some(s) => match check(&s) {
                    Ok(()) => out.push(s),
                    Err(m) => {
                        self.error(f.line, who, key, m);
                        ok = false;
                    }
                },
                None => ok = false,
            }
        }
        if ok {
            Ok(out)
        } else {
            Err(())
        }
    }

    fn contact(&mut self, t: &Table, label: &str) -> Option<Contact> {
        let shown = match t.get("name").map(|f| &f.val) {
            Some(Val::Text(n)) if !n.trim().is_empty() => n.trim().to_string(),
            _ => crate::tr!("roster-no-name"),
        };
        let who = format!(".{label}, {}", crate::term::sanitize(&shown));
        self.known_keys(t, CONTACT_KEYS, &who, "contact");
        let before = self.errors.len();
        let name = match t.get("name") {
            None => {
                self.error(t.line, &who, "name", crate::tr!("roster-missing"));
                None
            }
            Some(f) => match self.text(f, &who, MAX_STRING) {
                Some(n) if n.is_empty() => {
                    self.error(f.line, &who, "name", crate::tr!("roster-is-empty"));
                    None
                }
                n => n,
            },
        };
        let email = self.list(t, "email", &who, MAX_EMAILS, schema::check_addr_spec);
        if let Ok(e) = &email {
            if e.is_empty() {
                self.error(t.line, &who, "email", crate::tr!("roster-no-email"));
            }
        }
        let phone = self.list(t, "phone", &who, MAX_PHONES, crate::snapshot::fields::Phone::check);
        let mobile = self.list(t, "mobile", &who, MAX_PHONES, crate::snapshot::fields::Phone::check);
        let languages = self.list(t, "languages", &who, usize::MAX, schema::check_language);
        let role = self.opt_text(t, "role", &who, MAX_STRING);
        let note = self.opt_text(t, "note", &who, MAX_NOTE);
        let pgp = match self.opt_text(t, "pgp", &who, MAX_STRING) {
            Ok(Some(p)) => match crate::snapshot::fields::Fingerprint::parse(&p) {
                Ok(fp) => Ok(Some(fp.hex().to_string())),
                Err(m) => {
                    self.error(t.get("pgp").map_or(t.line, |f| f.line), &who, "pgp", m);
                    Err(())
                }
            },
            other => other,
        };
        let id = match self.opt_text(t, "id", &who, MAX_STRING) {
            Ok(Some(i)) => match schema::check_id(&i) {
                Ok(()) => Ok(Some(i)),
                Err(m) => {
                    self.error(t.get("id").map_or(t.line, |f| f.line), &who, "id", m);
                    Err(())
                }
            },
            other => other,
        };
        if self.errors.len() > before {
            return None;
        }
        Some(Contact {
            name: name?,
            role: role.ok()?,
            email: email.ok()?,
            phone: phone.ok()?,
            mobile: mobile.ok()?,
            pgp: pgp.ok()?,
            languages: languages.ok()?,
            note: note.ok()?,
            id: id.ok()?,
        })
    }

    /// Checks every ccTLD and contact, then the rules across them: codes
    /// once, identities once, the counts.
    fn cctlds(&mut self, raw: &[RawCctld]) -> Vec<Cctld> {
        if raw.is_empty() && self.errors.is_empty() {
            self.error(0, "", "", crate::tr!("roster-no-cctld"));
        }
        if raw.len() > MAX_CCTLDS {
            self.error(
                0,
                "",
                "",
                crate::tr!("roster-too-many-cctlds", count = raw.len(), max = MAX_CCTLDS),
            );
        }
        let mut codes: HashMap<String, usize> = HashMap::new();
        // Identity -> (line, who) of the first contact that had it.
        let mut people: HashMap<Identity, (usize, String)> = HashMap::new();
        let mut out = Vec::new();
        for rc in raw {
            let t = &rc.table;
            let code_field = t.get("code");
            let shown = match code_field.map(|f| &f.val) {
                Some(Val::Text(c)) => format!(".{}", crate::term::sanitize(c.trim())),
                _ => crate::tr!("roster-no-code"),
            };
            self.known_keys(t, CCTLD_KEYS, &shown, "ccTLD");
            let (code, label) = match code_field {
                None => {
                    self.error(t.line, &shown, "code", crate::tr!("roster-missing"));
                    continue;
                }
                Some(f) => match self.text(f, &shown, MAX_STRING) {
                    None => continue,
                    Some(c) => match schema::normalise_code(&c) {
                        Ok(x) => x,
                        Err(m) => {
                            self.error(f.line, &shown, "code", m);
                            continue;
                        }
                    },
                },
            };
            let who = format!(".{label}");
            let line = code_field.map_or(t.line, |f| f.line);
            if let Some(first) = codes.get(&code) {
                self.error(line, &who, "code", crate::tr!("roster-again", line = first.to_string()));
                continue;
            }
            codes.insert(code.clone(), line);
            let registry = self.opt_text(t, "registry", &who, MAX_STRING);
            let emergency_phone = match self.opt_text(t, "emergency_phone", &who, MAX_STRING) {
                Ok(Some(p)) => match crate::snapshot::fields::Phone::check(&p) {
                    Ok(()) => Ok(Some(p)),
                    Err(m) => {
                        self.error(
                            t.get("emergency_phone").map_or(t.line, |f| f.line),
                            &who,
                            "emergency_phone",
                            m,
                        );
                        Err(())
                    }
                },
                other => other,
            };
            if rc.contacts.is_empty() || rc.contacts.len() > MAX_CONTACTS {
                self.error(
                    line,
                    &who,
                    "contact",
                    crate::tr!("roster-contacts", count = rc.contacts.len(), max = MAX_CONTACTS),
                );
            }
            let mut contacts = Vec::new();
            for ct in &rc.contacts {
                let Some(c) = self.contact(ct, &label) else { continue };
                let identity = c.identity(&code);
                let here = format!(".{label}, {}", crate::term::sanitize(&c.name));
                if let Some((first_line, first)) = people.get(&identity) {
                    let field = if c.id.is_some() { "id" } else { "" };
                    self.error(
                        ct.line,
                        &here,
                        field,
                        crate::tr!(
                            "roster-same-identity",
                            identity = crate::term::sanitize(&identity.to_string()),
                            first = first.as_str(),
                            line = first_line.to_string()
                        ),
                    );
                    continue;
                }
                people.insert(identity, (ct.line, here));
                contacts.push(c);
            }
            if let (Ok(registry), Ok(emergency_phone)) = (registry, emergency_phone) {
                out.push(Cctld {
                    code,
                    label,
                    registry,
                    emergency_phone,
                    contacts,
                });
            }
        }
        out
    }
}

/// The known key closest to an unknown one, when it is close.
fn suggest(key: &str, known: &[&str]) -> Option<&'static str> {
    let norm: String = key
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == '-' || c == ' ' { '_' } else { c })
        .collect();
    let all: Vec<&'static str> = TOP_KEYS
        .iter()
        .chain(CCTLD_KEYS)
        .chain(CONTACT_KEYS)
        .copied()
        .filter(|k| known.contains(k))
        .collect();
    all.iter()
        .map(|k| (strsim::damerau_levenshtein(&norm, k), *k))
        .filter(|(d, k)| *d <= 2.min(k.len() / 2))
        .min()
        .map(|(_, k)| k)
}

/// `tldops publish --template toml`.
pub const TEMPLATE_TOML: &str = include_str!("../../../data/roster-template.toml");
/// `tldops publish --template csv`.
pub const TEMPLATE_CSV: &str = include_str!("../../../data/roster-template.csv");

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(format: RosterFormat, text: &str) -> Vec<String> {
        match read(text.as_bytes(), format) {
            Ok(r) => panic!("accepted: {r:?}"),
            Err(e) => e.iter().map(|p| p.to_string()).collect(),
        }
    }

    #[test]
    fn templates_read_as_they_are() {
        for (f, t) in [(RosterFormat::Toml, TEMPLATE_TOML), (RosterFormat::Csv, TEMPLATE_CSV)] {
            let r = read(t.as_bytes(), f).unwrap_or_else(|e| panic!("{f:?}: {e:?}"));
            assert!(!r.cctlds.is_empty());
        }
    }

    #[test]
    fn toml_problems_come_all_at_once_by_line() {
        let text = "directory = \"TLD-OPS\"\n\n[[cctld]]\ncode = \"tz\"\nemergency-phone = \"+255 1\"\n\n[[cctld.contact]]\nname = \"Amani\"\nemial = [\"a@x.example\"]\nphone = [\"0700\"]\n\n[[cctld.contact]]\nname = \"Neema\"\nemail = [\"n(at)x\"]\n";
        let e = errors(RosterFormat::Toml, text);
        let want = [
            "line 5: .tz: unknown key `emergency-phone`: did you mean `emergency_phone`?",
            "line 9: .tz, Amani: unknown key `emial`: did you mean `email`?",
            "line 7: .tz, Amani: email: missing: every contact needs an e-mail address",
            "line 10: .tz, Amani: phone: `0700` is not an international number: it must start with +",
            "line 14: .tz, Neema: email: `n(at)x` is not an e-mail address (local@domain): it has no @",
        ];
        for w in want {
            assert!(e.iter().any(|x| x == w), "missing {w:?} in {e:#?}");
        }
        assert_eq!(e.len(), want.len(), "{e:#?}");
    }

    #[test]
    fn csv_cases() {
        let head = "code,registry,name,email,phone,note,id\n";
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "unknown column",
                "code,name,email,emergency-phone\ntz,A,a@x.example,+1 1\n",
                &["line 1: unknown column `emergency-phone`: did you mean `emergency_phone`?"],
            ),
            (
                "missing column",
                "code,name\ntz,A\n",
                &["line 1: no `email` column"],
            ),
            (
                "registry disagrees",
                "code,registry,name,email\ntz,R1,A,a@x.example\ntz,R2,B,b@x.example\n",
                &["line 3: .tz: registry: `R2` differs from `R1` at line 2: give it once, or the same on every row"],
            ),
            (
                "namesakes",
                "code,name,email\ntz,Neema Juma,n@x.example\nke,X,x@x.example\ntz,neema juma,N@x.example\n",
                &["line 4: .tz, neema juma: has the same identity (`neema juma` <n@x.example> in .tz) as .tz, Neema Juma at line 2: two people may share a name, never an identity; give each an `id`, or tell them apart by their first e-mail"],
            ),
            (
                "ids clash",
                "code,name,email,id\ntz,A,a@x.example,p-1\nke,B,b@x.example,p-1\n",
                &["line 3: .ke, B: id: has the same identity (id `p-1`) as .tz, A at line 2: two people may share a name, never an identity; give each an `id`, or tell them apart by their first e-mail"],
            ),
            (
                "line break outside a note",
                "code,name,email\ntz,\"A\nB\",a@x.example\n",
                &["line 2: .tz, A\\u{a}B: name: holds a line break; only a note may (it becomes a space)"],
            ),
            (
                "too many cells",
                "code,name,email\ntz,A,a@x.example,extra\n",
                &["line 2: has 4 cells; the header row names 3"],
            ),
            (
                "bad code and bad phone at once",
                "code,name,email,phone\nTZ,A,a@x.example,+1 1\nke,B,b@x.example,0700;+254 1\n",
                &[
                    "line 2: .TZ: code: `TZ` must be lower case",
                    "line 3: .ke, B: phone: `0700` is not an international number: it must start with +",
                ],
            ),
        ];
        for (name, text, want) in cases {
            let e = errors(RosterFormat::Csv, text);
            assert_eq!(&e, want, "{name}");
        }
        let _ = head;
    }

    #[test]
    fn csv_lists_bom_notes_and_ids_come_through() {
        let text = "\u{feff}Code,Name,Email,Mobile,Languages,Note,ID\r\ntz,Amani,a@x.example; b@x.example,+255 1;,sw;en,\"call\r\nfirst\",tz-1\r\n,,,,,,\r\n";
        let r = read(text.as_bytes(), RosterFormat::Csv).unwrap();
        let c = &r.cctlds[0].contacts[0];
        assert_eq!(c.email, ["a@x.example", "b@x.example"]);
        assert_eq!(c.mobile, ["+255 1"]);
        assert_eq!(c.languages, ["sw", "en"]);
        assert_eq!(c.note.as_deref(), Some("call first"));
        assert_eq!(c.id.as_deref(), Some("tz-1"));
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(
            r.warnings[0].to_string(),
            "line 2: .tz, Amani: note: a line break became a space"
        );
    }
}
