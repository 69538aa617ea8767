//! Matching and ranking, apart from storage: a query of words against the
//! ccTLDs and contacts of the current snapshots, accent-, case- and
//! script-insensitive, with phone numbers matched by their digits.

use crate::contact::{Cctld, Contact, Snapshot};
use crate::refdata;
use crate::snapshot::fields::Phone;
use std::cell::OnceCell;

/// Longest query accepted, in characters.
pub const MAX_QUERY: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// `.tz`, `.рф`: only a ccTLD.
    Cctld(String),
    /// A word that is also a ccTLD code: the ccTLD, or a whole word of a name.
    CodeOrWord(String),
    /// Digits of a phone number.
    Digits(String),
    /// Folded text, matched as a substring.
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Query {
    tokens: Vec<Token>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the query is {0} characters long; at most {MAX_QUERY} are allowed")]
    TooLong(usize),
    #[error("the query has no letters or digits to search for")]
    Empty,
}

/// Why a ccTLD is in the result, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    ExactCctld,
    Country,
    Other,
}

/// One ccTLD of one directory, with the contacts that matched.
#[derive(Debug, Clone)]
pub struct Hit<'a> {
    pub directory: &'a str,
    pub cctld: &'a Cctld,
    pub contacts: Vec<&'a Contact>,
    pub rank: Rank,
}

/// Lower case, accents and scripts folded to ASCII, punctuation dropped.
pub fn fold(s: &str) -> String {
    let ascii = deunicode::deunicode_with_tofu(s, "");
    let mut out = String::with_capacity(ascii.len());
    let mut space = true;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if c.is_whitespace() && !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_string()
}

/// The digits of a phone number.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether the digits of a query are (part of) a number, as people write
/// and dial it: `+44 20 7946 0000`, `0044 20 7946 0000` and `020 7946 0000`
/// all find `+44 (0)20 7946 0000`, and the other way round.
fn number_matches(query: &str, written: &str) -> bool {
    thread_local! {
        static FORMS: std::cell::RefCell<(String, Vec<String>)> = Default::default();
    }
    let queries = FORMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.0 != query {
            *cache = (query.to_string(), Phone::query_forms(query));
        }
        cache.1.clone()
    });
    let plain = digits(written);
    if queries.iter().any(|q| plain.contains(q.as_str())) {
        return true;
    }
    // Read with the numbering plan only when the written digits did not do.
    let Ok(phone) = Phone::parse(written) else {
        return false;
    };
    let numbers = phone.digit_forms();
    queries.iter().any(|q| numbers.iter().any(|n| n.contains(q.as_str())))
}

fn phone_like(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| c.is_ascii_digit() || "+-.() ".contains(c))
        && w.chars().any(|c| c.is_ascii_digit())
}

/// Turns a user's ccTLD spelling (`.TZ`, `рф`, `xn--p1ai`) into its key.
pub fn cctld_key(word: &str) -> Option<String> {
    let w = word.trim().trim_start_matches('.').to_lowercase();
    if w.is_empty() || w.contains('.') {
        return None;
    }
    if w.len() == 2 && w.bytes().all(|b| b.is_ascii_lowercase()) {
        return Some(w);
    }
    let ascii = idna::domain_to_ascii(&w).ok()?;
    ascii.starts_with("xn--").then_some(ascii)
}

impl Query {
    pub fn parse(words: &[String]) -> Result<Query, QueryError> {
        let len: usize = words.iter().map(|w| w.chars().count()).sum();
        if len > MAX_QUERY {
            return Err(QueryError::TooLong(len));
        }
        let mut tokens = Vec::new();
        let mut phone = String::new();
        for w in words.iter().flat_map(|w| w.split_whitespace()) {
            if phone_like(w) {
                phone.push_str(&digits(w));
                continue;
            }
            if !phone.is_empty() {
                tokens.push(Token::Digits(std::mem::take(&mut phone)));
            }
            let known = cctld_key(w).filter(|k| is_code(k));
            if let Some(k) = cctld_key(w).filter(|_| w.starts_with('.')) {
                tokens.push(Token::Cctld(k));
            } else if let Some(k) = known {
                tokens.push(Token::CodeOrWord(k));
            } else {
                let f = fold(w);
                if !f.is_empty() {
                    tokens.push(Token::Text(f));
                }
            }
        }
        if !phone.is_empty() {
            tokens.push(Token::Digits(phone));
        }
        if tokens.is_empty() {
            return Err(QueryError::Empty);
        }
        Ok(Query { tokens })
    }

    /// The ccTLDs asked for when the query names nothing but ccTLDs with
    /// their dot (`.tz .ke`): then only those need loading.
    pub fn only_cctlds(&self) -> Option<Vec<String>> {
        self.tokens
            .iter()
            .map(|t| match t {
                Token::Cctld(k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    /// Every ccTLD with at least one matching contact, best first.
    pub fn run<'a>(&self, snapshots: &'a [Snapshot]) -> Vec<Hit<'a>> {
        let mut hits = Vec::new();
        for snap in snapshots {
            for cctld in &snap.cctlds {
                let place = Place::new(cctld);
                let contacts: Vec<&Contact> = cctld
                    .contacts
                    .iter()
                    .filter(|c| {
                        let person = Person::new(c);
                        self.tokens.iter().all(|t| place.matches(t) || person.matches(t))
                    })
                    .collect();
                if contacts.is_empty() {
                    continue;
                }
                let rank = if self.tokens.iter().any(|t| place.is_code(t)) {
                    Rank::ExactCctld
                } else if self.tokens.iter().any(|t| place.country_matches(t)) {
                    Rank::Country
                } else {
                    Rank::Other
                };
                hits.push(Hit {
                    directory: &snap.directory,
                    cctld,
                    contacts,
                    rank,
                });
            }
        }
        hits.sort_by(|a, b| (a.rank, &a.cctld.code, a.directory).cmp(&(b.rank, &b.cctld.code, b.directory)));
        hits
    }

    /// Near misses, for "did you mean": ccTLDs one letter off, and names
    /// or countries spelled nearly alike.
    pub fn suggestions(&self, snapshots: &[Snapshot]) -> Vec<String> {
        let mut out: Vec<(f64, String)> = Vec::new();
        for t in &self.tokens {
            let word = match t {
                Token::Cctld(w) | Token::CodeOrWord(w) | Token::Text(w) => w.as_str(),
                Token::Digits(_) => continue,
            };
            if word.len() <= 3 {
                for c in refdata::all() {
                    if c.code.len() == 2 && strsim::levenshtein(c.code, word) == 1 && has_cctld(snapshots, c.code) {
                        out.push((0.9, format!(".{}", c.code)));
                    }
                }
            }
            for snap in snapshots {
                for cctld in &snap.cctlds {
                    if let Some(r) = refdata::lookup(&cctld.code) {
                        let best = r
                            .names
                            .iter()
                            .map(|n| strsim::jaro_winkler(&fold(n), word))
                            .fold(0.0, f64::max);
                        if best > 0.85 {
                            out.push((best, format!(".{} ({})", cctld.label, r.names[0])));
                        }
                    }
                    for c in &cctld.contacts {
                        for part in fold(&c.name).split(' ') {
                            let score = strsim::jaro_winkler(part, word);
                            if score > 0.88 && part != word {
                                out.push((score, c.name.clone()));
                            }
                        }
                    }
                }
            }
        }
        out.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut seen = Vec::new();
        for (_, s) in out {
            if !seen.contains(&s) {
                seen.push(s);
            }
        }
        seen.truncate(5);
        seen
    }
}

fn is_code(key: &str) -> bool {
    refdata::lookup(key).is_some()
}

fn has_cctld(snapshots: &[Snapshot], code: &str) -> bool {
    snapshots.iter().any(|s| s.cctlds.iter().any(|c| c.code == code))
}

/// What a ccTLD offers to match: its code, country names, registry, 24x7
/// line. Folded text is made only when a text token asks for it.
struct Place<'a> {
    cctld: &'a Cctld,
    country: OnceCell<String>,
    other: OnceCell<String>,
}

impl<'a> Place<'a> {
    fn new(cctld: &'a Cctld) -> Place<'a> {
        Place {
            cctld,
            country: OnceCell::new(),
            other: OnceCell::new(),
        }
    }

    fn country(&self) -> &str {
        self.country.get_or_init(|| {
            refdata::lookup(&self.cctld.code)
                .map(|r| fold(&r.names.join(" ")))
                .unwrap_or_default()
        })
    }

    fn is_code(&self, t: &Token) -> bool {
        matches!(t, Token::Cctld(k) | Token::CodeOrWord(k) if *k == self.cctld.code)
    }

    fn country_matches(&self, t: &Token) -> bool {
        matches!(t, Token::Text(w) if self.country().contains(w.as_str()))
    }

    fn matches(&self, t: &Token) -> bool {
        match t {
            Token::Cctld(_) | Token::CodeOrWord(_) => self.is_code(t),
            Token::Text(w) => {
                self.country().contains(w.as_str())
                    || self
                        .other
                        .get_or_init(|| {
                            fold(&format!(
                                "{} {}",
                                self.cctld.label,
                                self.cctld.registry.as_deref().unwrap_or("")
                            ))
                        })
                        .contains(w.as_str())
            }
            Token::Digits(d) => self
                .cctld
                .emergency_phone
                .as_deref()
                .is_some_and(|p| number_matches(d, p)),
        }
    }
}

/// What a contact offers to match: names, role, addresses, notes, numbers.
struct Person<'a> {
    contact: &'a Contact,
    text: OnceCell<String>,
}

impl<'a> Person<'a> {
    fn new(contact: &'a Contact) -> Person<'a> {
        Person {
            contact,
            text: OnceCell::new(),
        }
    }

    fn matches(&self, t: &Token) -> bool {
        let c = self.contact;
        match t {
            Token::Cctld(_) => false,
            Token::CodeOrWord(k) => fold(&c.name).split(' ').any(|w| w == k),
            Token::Text(w) => self
                .text
                .get_or_init(|| {
                    let mut text = String::new();
                    for s in [Some(&c.name), c.role.as_ref(), c.note.as_ref()]
                        .into_iter()
                        .flatten()
                        .chain(&c.email)
                    {
                        text.push_str(&fold(s));
                        text.push(' ');
                    }
                    text
                })
                .contains(w.as_str()),
            Token::Digits(d) => d.len() >= 3 && c.phone.iter().chain(&c.mobile).any(|p| number_matches(d, p)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::schema::parse_snapshot;

    const DOC: &str = r#"
format = "tldops-snapshot/1"
directory = "TLD-OPS"
serial = 1
issued = 2026-11-01T06:00:00Z
expires = 2026-12-15T06:00:00Z
[[cctld]]
code = "tz"
registry = "Tanzania NIC"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
phone = ["+255 22 000 0001"]
[[cctld.contact]]
name = "Neema Otieno"
email = ["neema@nic.tz.example"]
[[cctld]]
code = "рф"
[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@x.example"]
[[cctld]]
code = "ci"
[[cctld.contact]]
name = "Łukasz Øystein Straße"
email = ["l@x.example"]
[[cctld]]
code = "ae"
[[cctld.contact]]
name = "محمد الحسن"
email = ["m@x.example"]
[[cctld]]
code = "li"
[[cctld.contact]]
name = "Anna Muster"
email = ["a@x.example"]
[[cctld]]
code = "cn"
[[cctld.contact]]
name = "Li Wei"
email = ["w@x.example"]
[[cctld]]
code = "uk"
[[cctld.contact]]
name = "Ann Example"
email = ["ann@nic.uk.example"]
phone = ["+44 (0)20 7946 0000"]
[[cctld.contact]]
name = "Bob Example"
email = ["bob@nic.uk.example"]
mobile = ["+44 7911 123456"]
"#;

    fn find(q: &str) -> Vec<(String, usize)> {
        let snaps = vec![parse_snapshot(DOC.as_bytes()).unwrap()];
        let words: Vec<String> = q.split(' ').map(str::to_string).collect();
        let query = Query::parse(&words).unwrap();
        query
            .run(&snaps)
            .iter()
            .map(|h| (h.cctld.code.clone(), h.contacts.len()))
            .collect()
    }

    #[test]
    fn query_forms() {
        let tz = vec![("tz".to_string(), 2)];
        let cases: &[(&str, Vec<(String, usize)>)] = &[
            (".tz", tz.clone()),
            ("TZ", tz.clone()),
            (".рф", vec![("xn--p1ai".into(), 1)]),
            ("xn--p1ai", vec![("xn--p1ai".into(), 1)]),
            ("tanzania", tz.clone()),
            ("Tanzanie", tz.clone()),
            ("cote d'ivoire", vec![("ci".into(), 1)]),
            ("lukasz", vec![("ci".into(), 1)]),
            ("oystein", vec![("ci".into(), 1)]),
            ("strasse", vec![("ci".into(), 1)]),
            ("ivanov", vec![("xn--p1ai".into(), 1)]),
            ("Иванов", vec![("xn--p1ai".into(), 1)]),
            ("محمد", vec![("ae".into(), 1)]),
            ("0001", vec![("tz".into(), 1)]),
            ("+255 22 000 0001", vec![("tz".into(), 1)]),
            ("25522000", vec![("tz".into(), 1)]),
            ("tz amani", vec![("tz".into(), 1)]),
            ("tanzania neema", vec![("tz".into(), 1)]),
            ("amani ivan", vec![]),
            ("li", vec![("li".into(), 1), ("cn".into(), 1)]),
            ("+44 (0)20 7946 0000", vec![("uk".into(), 1)]),
            ("+44 20 7946 0000", vec![("uk".into(), 1)]),
            ("0044 20 7946 0000", vec![("uk".into(), 1)]),
            ("020 7946 0000", vec![("uk".into(), 1)]),
            ("+44 (0)7911 123456", vec![("uk".into(), 1)]),
            ("07911 123456", vec![("uk".into(), 1)]),
            ("0044 (0)7911 123456", vec![("uk".into(), 1)]),
            ("+44 20 7946 0001", vec![]),
        ];
        for (q, want) in cases {
            assert_eq!(&find(q), want, "query {q:?}");
        }
    }

    #[test]
    fn bad_queries() {
        assert_eq!(Query::parse(&["!!! ...".into()]).unwrap_err(), QueryError::Empty);
        assert_eq!(
            Query::parse(&["x".repeat(10_000)]).unwrap_err(),
            QueryError::TooLong(10_000)
        );
    }

    #[test]
    fn near_misses_are_suggested() {
        let snaps = vec![parse_snapshot(DOC.as_bytes()).unwrap()];
        let q = Query::parse(&["tanzanja".into()]).unwrap();
        assert!(q.run(&snaps).is_empty());
        assert_eq!(q.suggestions(&snaps), vec![".tz (Tanzania)".to_string()]);
        let q = Query::parse(&["amanu".into()]).unwrap();
        assert!(q.suggestions(&snaps).contains(&"Amani Mfano".to_string()));
    }
}
