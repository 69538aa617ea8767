//! Matching and ranking, apart from storage: a query of words against the
//! ccTLDs and contacts of the current snapshots, accent- and
//! case-insensitive, Latin, Greek and Cyrillic folded to ASCII, other scripts
//! matched in their own letters, phone numbers matched by their digits.

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
    /// A word that is also a ccTLD code (`li`, `مصر`): the ccTLD, or a
    /// whole word of a contact's name; an IDN label also names its
    /// country, so it matches country names as `Native` text does.
    CodeOrWord { code: String, word: String },
    /// Digits of a phone number.
    Digits(String),
    /// Folded text, matched as a substring.
    Text(String),
    /// Text in a script without case, folded in its own letters
    /// ([`fold_native`]) and matched as a substring of text folded alike:
    /// `埃及` finds Egypt, never what its transliteration `ai ji` happens
    /// to be part of (`a sai bai jiang`, Azerbaijan).
    Native(String),
}

#[derive(Debug, Clone)]
pub struct Query {
    tokens: Vec<Token>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    TooLong(usize),
    Empty,
}

/// In the language in use: said to the person who typed the query.
impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            QueryError::TooLong(n) => {
                crate::tr!("search-too-long", length = n.to_string(), max = MAX_QUERY.to_string())
            }
            QueryError::Empty => crate::tr!("search-empty"),
        })
    }
}

impl std::error::Error for QueryError {}

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

/// Whether a word is written (at least partly) in a script that has no case
/// and whose letters have no single Latin reading: Han, kana, Hangul,
/// Arabic, Hebrew, Devanagari, Thai... Latin, Greek, Cyrillic, Armenian and
/// Georgian are folded to ASCII; these are matched in their own letters.
pub fn uncased_script(word: &str) -> bool {
    word.chars().any(|c| {
        c.is_alphabetic()
            && !c.is_lowercase()
            && !c.is_uppercase()
            && c > '\u{058F}'
            && !matches!(c,
                '\u{1C80}'..='\u{1CBF}' // Cyrillic Extended-C, Georgian Extended
                | '\u{1D00}'..='\u{1FFF}' // phonetic extensions, Latin and Greek Extended
                | '\u{2C60}'..='\u{2C7F}' // Latin Extended-C
                | '\u{2DE0}'..='\u{2DFF}' // Cyrillic Extended-A
                | '\u{A640}'..='\u{A69F}' // Cyrillic Extended-B
                | '\u{A720}'..='\u{A7FF}' // Latin Extended-D
                | '\u{AB30}'..='\u{AB6F}' // Latin Extended-E
                | '\u{FF21}'..='\u{FF5A}') // full-width Latin
    })
}

/// Lower case, in the text's own script: punctuation dropped, white space
/// made single, the vowel marks of Arabic and Hebrew dropped and Arabic's
/// variant letters made one (`أ إ آ ٱ` as `ا`, `ى` as `ي`, `ة` as `ه`),
/// as Arabic is searched.
pub fn fold_native(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        let c = match c {
            '\u{0591}'..='\u{05C7}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => continue,
            '\u{06D6}'..='\u{06ED}' | '\u{0640}' => continue,
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c,
        };
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if c.is_whitespace() && !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_string()
}

/// A word or name folded as a query of its script is: [`fold_native`] for
/// a script without case, else [`fold`].
pub fn fold_as_typed(s: &str) -> String {
    if uncased_script(s) {
        fold_native(s)
    } else {
        fold(s)
    }
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
            } else if let Some(code) = known {
                let word = if code.starts_with("xn--") {
                    fold_native(w)
                } else {
                    code.clone()
                };
                tokens.push(Token::CodeOrWord { code, word });
            } else if uncased_script(w) {
                let f = fold_native(w);
                if !f.is_empty() {
                    tokens.push(Token::Native(f));
                }
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
            let (word, native) = match t {
                Token::Cctld(w) | Token::CodeOrWord { code: w, .. } | Token::Text(w) => (w.as_str(), false),
                Token::Native(w) => (w.as_str(), true),
                Token::Digits(_) => continue,
            };
            let fold = |s: &str| if native { fold_native(s) } else { fold(s) };
            if word.len() <= 3 && !native {
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
                            .all_names()
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
/// line. Folded text is made only when a text token asks for it, in ASCII
/// or in its own scripts.
struct Place<'a> {
    cctld: &'a Cctld,
    country: OnceCell<String>,
    other: OnceCell<String>,
    country_native: OnceCell<String>,
    other_native: OnceCell<String>,
}

impl<'a> Place<'a> {
    fn new(cctld: &'a Cctld) -> Place<'a> {
        Place {
            cctld,
            country: OnceCell::new(),
            other: OnceCell::new(),
            country_native: OnceCell::new(),
            other_native: OnceCell::new(),
        }
    }

    /// Every name of the country, folded by `fold`, `|` between names so
    /// that no match straddles two of them.
    fn names<'s>(&'s self, cell: &'s OnceCell<String>, fold: fn(&str) -> String) -> &'s str {
        cell.get_or_init(|| {
            refdata::lookup(&self.cctld.code)
                .map(|r| r.all_names().map(fold).collect::<Vec<_>>().join("|"))
                .unwrap_or_default()
        })
    }

    fn label_and_registry<'s>(&'s self, cell: &'s OnceCell<String>, fold: fn(&str) -> String) -> &'s str {
        cell.get_or_init(|| {
            fold(&format!(
                "{} {}",
                self.cctld.label,
                self.cctld.registry.as_deref().unwrap_or("")
            ))
        })
    }

    fn is_code(&self, t: &Token) -> bool {
        matches!(t, Token::Cctld(k) | Token::CodeOrWord { code: k, .. } if *k == self.cctld.code)
    }

    fn country_matches(&self, t: &Token) -> bool {
        match t {
            Token::Text(w) => self.names(&self.country, fold).contains(w.as_str()),
            Token::Native(w) => self.names(&self.country_native, fold_native).contains(w.as_str()),
            Token::CodeOrWord { code, word } => {
                code.starts_with("xn--") && self.names(&self.country_native, fold_native).contains(word.as_str())
            }
            Token::Cctld(_) | Token::Digits(_) => false,
        }
    }

    fn matches(&self, t: &Token) -> bool {
        match t {
            Token::Cctld(_) => self.is_code(t),
            Token::CodeOrWord { .. } => self.is_code(t) || self.country_matches(t),
            Token::Text(w) => {
                self.country_matches(t) || self.label_and_registry(&self.other, fold).contains(w.as_str())
            }
            Token::Native(w) => {
                self.country_matches(t)
                    || self
                        .label_and_registry(&self.other_native, fold_native)
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
    text_native: OnceCell<String>,
}

impl<'a> Person<'a> {
    fn new(contact: &'a Contact) -> Person<'a> {
        Person {
            contact,
            text: OnceCell::new(),
            text_native: OnceCell::new(),
        }
    }

    /// Name, role, note and addresses, folded by `fold`.
    fn text<'s>(&'s self, cell: &'s OnceCell<String>, fold: fn(&str) -> String) -> &'s str {
        let c = self.contact;
        cell.get_or_init(|| {
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
    }

    fn matches(&self, t: &Token) -> bool {
        let c = self.contact;
        match t {
            Token::Cctld(_) => false,
            Token::CodeOrWord { code, word } if code.starts_with("xn--") => {
                fold_native(&c.name).split(' ').any(|w| w == word)
            }
            Token::CodeOrWord { word, .. } => fold(&c.name).split(' ').any(|w| w == word),
            Token::Text(w) => self.text(&self.text, fold).contains(w.as_str()),
            Token::Native(w) => self.text(&self.text_native, fold_native).contains(w.as_str()),
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
code = "az"
[[cctld.contact]]
name = "Aysel Mammadova"
email = ["aysel@x.example"]
[[cctld]]
code = "eg"
[[cctld.contact]]
name = "عمر حداد"
email = ["omar@x.example"]
[[cctld]]
code = "مصر"
[[cctld.contact]]
name = "سارة الزهراني"
email = ["sara@x.example"]
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
            // Scripts without case are matched in their own letters, never
            // through a transliteration (`埃及` is `ai ji`, part of
            // Azerbaijan's `a sai bai jiang`).
            ("埃及", vec![("eg".into(), 1), ("xn--wgbh1c".into(), 1)]),
            ("阿塞拜疆", vec![("az".into(), 1)]),
            ("أذربيجان", vec![("az".into(), 1)]),
            ("مصر", vec![("xn--wgbh1c".into(), 1), ("eg".into(), 1)]),
            (".مصر", vec![("xn--wgbh1c".into(), 1)]),
            ("مُحَمَّد", vec![("ae".into(), 1)]),
            ("الزهرانى", vec![("xn--wgbh1c".into(), 1)]),
            ("Египет", vec![("eg".into(), 1), ("xn--wgbh1c".into(), 1)]),
            ("egypte", vec![("eg".into(), 1), ("xn--wgbh1c".into(), 1)]),
            ("ai ji", vec![]),
        ];
        for (q, want) in cases {
            assert_eq!(&find(q), want, "query {q:?}");
        }
    }

    #[test]
    fn scripts_with_and_without_case() {
        let cases = [
            ("ascii", "egypt", false),
            ("latin accents", "Égypte", false),
            ("greek", "Ελλάδα", false),
            ("cyrillic", "Египет", false),
            ("armenian", "Հայաստան", false),
            ("georgian", "საქართველო", false),
            ("vietnamese", "Việt Nam", false),
            ("hawaiian okina", "Hawaiʻi", false),
            ("full-width latin", "ＥＧＹＰＴ", false),
            ("digits and punctuation", "+20 (2)", false),
            ("han", "埃及", true),
            ("kana", "エジプト", true),
            ("hangul", "이집트", true),
            ("arabic", "مصر", true),
            ("hebrew", "מצרים", true),
            ("devanagari", "भारत", true),
            ("thai", "ไทย", true),
            ("mixed", "nic埃及", true),
        ];
        for (name, word, want) in cases {
            assert_eq!(uncased_script(word), want, "{name}");
        }
    }

    #[test]
    fn native_folding() {
        let cases = [
            ("han unchanged", "埃及", "埃及"),
            ("arabic vowel marks", "مُحَمَّد", "محمد"),
            ("arabic alef forms", "أإآٱ", "اااا"),
            ("alef maksura and ta marbuta", "مصطفى القاهرة", "مصطفي القاهره"),
            ("tatweel", "مـصـر", "مصر"),
            ("punctuation and spaces", " 中国，  香港 ", "中国 香港"),
            ("latin lowered", "NIC 埃及", "nic 埃及"),
        ];
        for (name, s, want) in cases {
            assert_eq!(fold_native(s), want, "{name}");
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
