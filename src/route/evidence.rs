//! One piece of evidence: a domain or host name, a URL or an e-mail address,
//! refanged, checked label by label and reduced to its top-level domain.

use crate::i18n::Lang;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::net::IpAddr;

/// Longest URL kept, in octets; a longer one is skipped with that reason.
pub const MAX_URL: usize = 4096;
/// Longest e-mail local part (RFC 5321).
const MAX_LOCAL: usize = 64;

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Domain,
    Url,
    Email,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Domain => "domain",
            Kind::Url => "url",
            Kind::Email => "email",
        }
    }
}

/// A checked item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: Kind,
    /// The normal form, refanged: host names in lower-case ASCII (A-labels)
    /// without a trailing dot; a URL as the `url` crate writes it (without
    /// the `http://` it was given when it had no scheme).
    pub text: String,
    /// The host in A-labels, or an IP address.
    pub host: String,
    /// The host with its IDN labels as U-labels, when it has any.
    pub unicode: Option<String>,
    /// The top-level domain (ASCII label or A-label); `None` for an IP address.
    pub tld: Option<String>,
}

impl Item {
    pub fn as_ref(&self) -> ItemRef<'_> {
        ItemRef {
            kind: self.kind,
            text: &self.text,
            host: &self.host,
            unicode: self.unicode.as_deref(),
            tld: self.tld.as_deref(),
        }
    }
}

/// An item, borrowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub host: &'a str,
    pub unicode: Option<&'a str>,
    pub tld: Option<&'a str>,
}

impl ItemRef<'_> {
    pub fn to_item(self) -> Item {
        Item {
            kind: self.kind,
            text: self.text.to_string(),
            host: self.host.to_string(),
            unicode: self.unicode.map(str::to_string),
            tld: self.tld.map(str::to_string),
        }
    }
}

/// Why something that looks like a domain, URL or address is not one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Invalid {
    EmptyLabel,
    LabelTooLong(usize),
    NameTooLong(usize),
    Hyphen(String),
    Punycode(String),
    Character(char),
    Idn,
    LocalPart,
    TooLong(usize),
    Url(String),
}

/// In English: the words of the JSON answers, the same in every language.
impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.explain(Lang::En))
    }
}

impl Invalid {
    /// Says why, for people, in `lang`. Lengths are given as written here,
    /// as the English has always given them.
    pub fn explain(&self, lang: Lang) -> String {
        match self {
            Invalid::EmptyLabel => crate::tr!(lang => "route-invalid-empty-label"),
            Invalid::LabelTooLong(n) => crate::tr!(lang => "route-invalid-label-too-long", octets = n.to_string()),
            Invalid::NameTooLong(n) => crate::tr!(lang => "route-invalid-name-too-long", octets = n.to_string()),
            Invalid::Hyphen(l) => crate::tr!(lang => "route-invalid-hyphen", label = l.as_str()),
            Invalid::Punycode(l) => crate::tr!(lang => "route-invalid-punycode", label = l.as_str()),
            Invalid::Character(c) => crate::tr!(lang => "route-invalid-character", character = format!("{c:?}")),
            Invalid::Idn => crate::tr!(lang => "route-invalid-idn"),
            Invalid::LocalPart => crate::tr!(lang => "route-invalid-local-part"),
            Invalid::TooLong(n) => crate::tr!(
                lang => "route-invalid-too-long",
                octets = n.to_string(),
                max = MAX_URL.to_string()
            ),
            Invalid::Url(e) => crate::tr!(lang => "route-invalid-url", error = e.as_str()),
        }
    }

    /// A stable code for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Invalid::EmptyLabel => "empty-label",
            Invalid::LabelTooLong(_) => "label-too-long",
            Invalid::NameTooLong(_) => "name-too-long",
            Invalid::Hyphen(_) => "hyphen",
            Invalid::Punycode(_) => "punycode",
            Invalid::Character(_) => "character",
            Invalid::Idn => "idn",
            Invalid::LocalPart => "local-part",
            Invalid::TooLong(_) => "too-long",
            Invalid::Url(_) => "url",
        }
    }
}

/// A checked host name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Host {
    /// Lower-case ASCII, IDN labels as A-labels, no trailing dot.
    pub ascii: String,
    /// With U-labels, when an IDN label is present.
    pub unicode: Option<String>,
}

impl Host {
    pub fn tld(&self) -> &str {
        self.ascii.rsplit('.').next().unwrap_or("")
    }
}

fn is_xn(label: &str) -> bool {
    label
        .as_bytes()
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
}

/// Checks a host name (ASCII, A-labels or U-labels, one trailing dot
/// allowed) and gives its normal forms, or the first reason it is invalid.
pub fn check_host(raw: &str) -> Result<Host, Invalid> {
    let s = raw.strip_suffix('.').unwrap_or(raw);
    if s.is_empty() || s.starts_with('.') || s.ends_with('.') || s.as_bytes().windows(2).any(|w| w == b"..") {
        return Err(Invalid::EmptyLabel);
    }
    plain_host(s).unwrap_or_else(|| any_host(s))
}

/// `check_host` for any name with no empty label. IDNA processing costs
/// far more than a lookup, and the same few IDN names come back line after
/// line in a log or a feed: each thread remembers the last ones it read,
/// in a table hashed with foldhash, seeded at random for each process (at
/// most `REMEMBERED` names, which bounds what keys chosen to collide could
/// cost).
fn any_host(s: &str) -> Result<Host, Invalid> {
    /// Names remembered by a thread; past this, it starts again.
    const REMEMBERED: usize = 16 * 1024;
    thread_local! {
        static KNOWN: RefCell<HashMap<Box<str>, Result<Host, Invalid>, foldhash::fast::RandomState>> =
            RefCell::new(HashMap::default());
    }
    if s.len() > 4 * 253 {
        return read_any_host(s);
    }
    KNOWN.with_borrow_mut(|known| {
        if let Some(r) = known.get(s) {
            return r.clone();
        }
        let r = read_any_host(s);
        if known.len() >= REMEMBERED {
            known.clear();
        }
        known.insert(s.into(), r.clone());
        r
    })
}

fn read_any_host(s: &str) -> Result<Host, Invalid> {
    let ascii = if s.is_ascii() && !s.split('.').any(is_xn) {
        if let Some(c) = s
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        {
            return Err(Invalid::Character(c));
        }
        s.to_ascii_lowercase()
    } else {
        match idna::domain_to_ascii(s) {
            Ok(a) => a,
            Err(_) => {
                // Name the label at fault.
                for label in s.split('.') {
                    if is_xn(label) && idna::domain_to_ascii(label).is_err() {
                        return Err(Invalid::Punycode(label.to_string()));
                    }
                    if let Some(c) = label
                        .chars()
                        .find(|c| c.is_ascii() && !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
                    {
                        return Err(Invalid::Character(c));
                    }
                }
                return Err(Invalid::Idn);
            }
        }
    };
    for label in ascii.split('.') {
        if label.is_empty() {
            return Err(Invalid::EmptyLabel);
        }
        if label.len() > 63 {
            return Err(Invalid::LabelTooLong(label.len()));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(Invalid::Hyphen(label.to_string()));
        }
    }
    if ascii.len() > 253 {
        return Err(Invalid::NameTooLong(ascii.len()));
    }
    let unicode = if ascii.split('.').any(is_xn) {
        let (u, r) = idna::domain_to_unicode(&ascii);
        if r.is_err() {
            let bad = ascii
                .split('.')
                .find(|l| is_xn(l) && idna::domain_to_unicode(l).1.is_err());
            return Err(Invalid::Punycode(bad.unwrap_or(&ascii).to_string()));
        }
        (u != ascii).then_some(u)
    } else {
        None
    };
    Ok(Host { ascii, unicode })
}

/// `check_host` for the common case, in one pass over the octets: a name
/// of ASCII letters, digits, `-`, `_` and dots, without an A-label, with no
/// empty label. `None` for any other name, which the general path reads.
fn plain_host(s: &str) -> Option<Result<Host, Invalid>> {
    let b = s.as_bytes();
    // The first character that may not stand in a name, and the first
    // label at fault: the general path reports them in that order.
    let (mut character, mut label_fault) = (None, None);
    let mut start = 0;
    for i in 0..=b.len() {
        let c = b.get(i).copied().unwrap_or(b'.');
        if c == b'.' {
            let label = &b[start..i];
            if label.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"xn--")) {
                return None;
            }
            if label_fault.is_none() {
                if label.len() > 63 {
                    label_fault = Some(Invalid::LabelTooLong(label.len()));
                } else if label.first() == Some(&b'-') || label.last() == Some(&b'-') {
                    label_fault = Some(Invalid::Hyphen(String::from_utf8_lossy(label).to_ascii_lowercase()));
                }
            }
            start = i + 1;
        } else if !c.is_ascii() {
            return None;
        } else if character.is_none() && !(c.is_ascii_alphanumeric() || c == b'-' || c == b'_') {
            character = Some(char::from(c));
        }
    }
    if let Some(c) = character {
        return Some(Err(Invalid::Character(c)));
    }
    if let Some(fault) = label_fault {
        return Some(Err(fault));
    }
    if s.len() > 253 {
        return Some(Err(Invalid::NameTooLong(s.len())));
    }
    Some(Ok(Host {
        ascii: s.to_ascii_lowercase(),
        unicode: None,
    }))
}

/// A domain or host name on its own (`bank.co.tz`, `пример.рф.`).
pub fn domain(raw: &str) -> Result<Item, Invalid> {
    let host = check_host(raw)?;
    Ok(Item {
        kind: Kind::Domain,
        text: host.ascii.clone(),
        tld: Some(host.tld().to_string()),
        host: host.ascii,
        unicode: host.unicode,
    })
}

/// An e-mail address: the local part as written, the domain checked.
pub fn email(raw: &str) -> Result<Item, Invalid> {
    let raw = raw.strip_prefix("mailto:").unwrap_or(raw);
    let (local, domain) = raw.rsplit_once('@').ok_or(Invalid::LocalPart)?;
    if local.is_empty() || local.len() > MAX_LOCAL {
        return Err(Invalid::LocalPart);
    }
    let host = check_host(domain)?;
    Ok(Item {
        kind: Kind::Email,
        text: format!("{local}@{}", host.ascii),
        tld: Some(host.tld().to_string()),
        host: host.ascii,
        unicode: host.unicode.map(|u| format!("{local}@{u}")),
    })
}

/// The host part of a URL as written: after the scheme and user
/// information, before the port, path, query or fragment.
fn raw_host(raw: &str) -> &str {
    let rest = scheme_end(raw).map_or(raw, |p| &raw[p + 3..]);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.starts_with('[') {
        return host.split_inclusive(']').next().unwrap_or(host);
    }
    host.split(':').next().unwrap_or(host)
}

/// A URL, with or without its scheme (`www.bank.tz/login` is read as http).
pub fn url(raw: &str) -> Result<Item, Invalid> {
    if raw.len() > MAX_URL {
        return Err(Invalid::TooLong(raw.len()));
    }
    let schemeless = scheme_end(raw).is_none();
    let parsed = if schemeless {
        url::Url::parse(&format!("http://{raw}"))
    } else {
        url::Url::parse(raw)
    };
    let parsed = match parsed {
        Ok(u) => u,
        Err(e) => {
            let h = raw_host(raw);
            if !h.starts_with('[') {
                check_host(h)?;
            }
            return Err(Invalid::Url(e.to_string()));
        }
    };
    let (host, unicode, tld) = match parsed.host() {
        Some(url::Host::Domain(d)) => {
            // The url crate does not hold labels to DNS lengths; check_host does.
            let h = check_host(d)?;
            let tld = h.tld().to_string();
            (h.ascii, h.unicode, Some(tld))
        }
        Some(url::Host::Ipv4(a)) => (a.to_string(), None, None),
        Some(url::Host::Ipv6(a)) => (a.to_string(), None, None),
        None => return Err(Invalid::Url("no host".into())),
    };
    // The serialisation the URL holds, taken rather than formatted again.
    let mut text = String::from(parsed);
    if schemeless {
        text = text.trim_start_matches("http://").to_string();
    }
    Ok(Item {
        kind: Kind::Url,
        text,
        host,
        unicode,
        tld,
    })
}

/// An IP address on its own is not routed, but is reported as found.
pub fn ip(raw: &str) -> Option<Item> {
    // Most names are not addresses: say so before parsing, which costs more.
    if !raw.bytes().all(|b| b.is_ascii_hexdigit() || b == b'.' || b == b':') {
        return None;
    }
    let a: IpAddr = raw.parse().ok()?;
    let text = match a {
        // As `Display` writes it, without the formatting machinery.
        IpAddr::V4(v4) => {
            let mut t = String::with_capacity(15);
            for (n, o) in v4.octets().into_iter().enumerate() {
                if n > 0 {
                    t.push('.');
                }
                if o >= 100 {
                    t.push(char::from(b'0' + o / 100));
                }
                if o >= 10 {
                    t.push(char::from(b'0' + o / 10 % 10));
                }
                t.push(char::from(b'0' + o % 10));
            }
            t
        }
        IpAddr::V6(_) => a.to_string(),
    };
    Some(Item {
        kind: Kind::Domain,
        host: text.clone(),
        text,
        unicode: None,
        tld: None,
    })
}

/// Whether `c` may stand in a host name as people write one: letters,
/// digits and marks (the vowel signs of Indic scripts are marks), `-`, `.`
/// and `_`.
pub fn host_char(c: char) -> bool {
    use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};
    c.is_alphanumeric()
        || matches!(c, '-' | '.' | '_')
        || (!c.is_ascii() && c.general_category_group() == GeneralCategoryGroup::Mark)
}

/// Whether every character of `s` is a `host_char`. The Unicode tables
/// behind `host_char` cost a search for each character, and a feed repeats
/// the few scripts it is written in: each thread remembers its judgement of
/// the last non-ASCII characters it met, 256 of them, by their low bits.
fn host_chars(s: &str) -> bool {
    thread_local! {
        /// A character and its judgement, `c << 1 | yes`: never 0 for a
        /// non-ASCII character, so an empty slot matches none.
        static JUDGED: RefCell<[u32; 256]> = const { RefCell::new([0; 256]) };
    }
    if s.is_ascii() {
        return s
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'));
    }
    JUDGED.with_borrow_mut(|judged| {
        s.chars().all(|c| {
            if c.is_ascii() {
                return host_char(c);
            }
            let slot = &mut judged[c as usize & 0xFF];
            if *slot >> 1 == c as u32 {
                return *slot & 1 == 1;
            }
            let yes = host_char(c);
            *slot = (c as u32) << 1 | u32::from(yes);
            yes
        })
    })
}

/// Where the first `://` of `s` stands. Most pieces of a line are short:
/// looking for each colon costs less than setting up a substring search.
pub fn scheme_end(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memchr_iter(b':', b).find(|&i| b[i + 1..].starts_with(b"//"))
}

/// A URL found in text, from its scheme's first letter to before a quote
/// or angle bracket (`href="http://x.tz/">` is `http://x.tz/`): linkify,
/// with some scripts in the host, takes in what stands around it.
pub fn trim_url(s: &str) -> &str {
    let b = s.as_bytes();
    let s = match scheme_end(s) {
        Some(p) => {
            // The scheme: ASCII letters, digits, `+`, `-` and `.` before `://`.
            let start = b[..p]
                .iter()
                .rposition(|c| !(c.is_ascii_alphanumeric() || matches!(c, b'+' | b'-' | b'.')))
                .map_or(0, |i| i + 1);
            &s[start..]
        }
        None => s,
    };
    let end = s
        .bytes()
        .position(|c| matches!(c, b'"' | b'<' | b'>' | b'`'))
        .unwrap_or(s.len());
    &s[..end]
}

/// What a user typed, read as one piece of evidence: `None` when it does not
/// look like a domain, URL or address at all (then it is a search word).
pub fn read_one(word: &str) -> Option<Result<Item, Invalid>> {
    let text = refang(word.trim());
    let text = text.trim_matches(|c: char| "<>()\"'`,;".contains(c));
    if scheme_end(text).is_some() {
        return Some(url(trim_url(text)));
    }
    if let Some((_, domain)) = text.rsplit_once('@') {
        let dotted = domain.contains('.') && !domain.starts_with('.') && host_chars(domain);
        if !dotted {
            return None;
        }
        // An address outside the root zone is still an address; an invalid
        // one is reported only when it looks like a real domain.
        return match email(text) {
            Ok(item) => Some(Ok(item)),
            Err(why) => looks_like_domain(domain).then_some(Err(why)),
        };
    }
    if text.contains(['/', ':']) {
        return looks_like_domain(raw_host(text)).then(|| url(text));
    }
    looks_like_domain(text).then(|| domain(text))
}

/// A dotted name whose last label is a TLD of the root zone (or an A-label),
/// made of host characters: what is worth checking, and reporting when invalid.
pub fn looks_like_domain(s: &str) -> bool {
    let s = s.strip_suffix('.').unwrap_or(s);
    let plain = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_');
    if s.starts_with('.') || !s.contains('.') {
        return false;
    }
    if !s.bytes().all(plain) && !host_chars(s) {
        return false;
    }
    let last = s.rsplit('.').next().unwrap_or("");
    if is_xn(last) {
        return true;
    }
    let code = if last.is_ascii() {
        if last.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(last.to_ascii_lowercase())
        } else {
            Cow::Borrowed(last)
        }
    } else if let Some(kind) = crate::refdata::tld_kind_of_label(last) {
        return !matches!(kind, crate::refdata::TldKind::NotInRootZone);
    } else {
        match idna::domain_to_ascii(last) {
            Ok(c) => Cow::Owned(c),
            Err(_) => return false,
        }
    };
    !matches!(crate::refdata::tld_kind(&code), crate::refdata::TldKind::NotInRootZone)
}

/// The usual ways of defanging, and what each stands for.
const PATTERNS: [(&str, &str); 16] = [
    ("[.]", "."),
    ("(.)", "."),
    ("{.}", "."),
    ("[dot]", "."),
    ("(dot)", "."),
    ("{dot}", "."),
    ("[@]", "@"),
    ("(@)", "@"),
    ("{@}", "@"),
    ("[at]", "@"),
    ("(at)", "@"),
    ("[://]", "://"),
    ("[:]", ":"),
    ("[/]", "/"),
    ("hxxp", "http"),
    ("fxp", "ftp"),
];

/// Undoes the usual defanging: `hxxp`, `hxxps`, `fxp`, `[.]`, `(.)`,
/// `{.}`, `[dot]`, `(dot)`, `[@]`, `(@)`, `[at]`, `[:]`, `[://]`, `[/]`.
/// Borrows when there is nothing to undo.
pub fn refang(s: &str) -> Cow<'_, str> {
    /// The octets a defanging opens with.
    const OPENS: [bool; 256] = {
        let mut t = [false; 256];
        let opens = b"[({hHfF";
        let mut k = 0;
        while k < opens.len() {
            t[opens[k] as usize] = true;
            k += 1;
        }
        t
    };
    let b = s.as_bytes();
    // Most lines hold no defanging: the places one could open are found
    // with vector searches first, and the line is read octet by octet only
    // when there is one.
    let bracket = |i: usize| {
        matches!(
            b.get(i + 1),
            Some(b'.' | b'd' | b'D' | b'@' | b'a' | b'A' | b':' | b'/')
        )
    };
    let scheme = |i: usize| i > 0 && matches!(b[i - 1], b'h' | b'H' | b'f' | b'F');
    if !memchr::memchr3_iter(b'[', b'(', b'{', b).any(bracket) && !memchr::memchr2_iter(b'x', b'X', b).any(scheme) {
        return Cow::Borrowed(s);
    }
    let mut out = String::new();
    let (mut copied, mut i) = (0, 0);
    while let Some(k) = b[i..].iter().position(|&c| OPENS[usize::from(c)]) {
        i += k;
        // A bracket opens a pattern before `.`, `d`, `@`, `a`, `:` or `/`;
        // `h` or `f` before an `x` (hxxp, fxp). Only those places are read.
        let next = b.get(i + 1).copied().unwrap_or(0);
        let opens = match b[i] {
            b'[' | b'(' | b'{' => matches!(next, b'.' | b'd' | b'D' | b'@' | b'a' | b'A' | b':' | b'/'),
            _ => matches!(next, b'x' | b'X'),
        };
        match opens.then(|| defanged_at(b, i)).flatten() {
            Some((p, rep)) => {
                if out.capacity() == 0 {
                    out.reserve(s.len());
                }
                out.push_str(&s[copied..i]);
                out.push_str(rep);
                copied = i + p;
                i = copied;
            }
            None => i += 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// The defanging that stands at `b[i..]`, if one does: its length and
/// what it stands for.
fn defanged_at(b: &[u8], i: usize) -> Option<(usize, &'static str)> {
    PATTERNS.iter().find_map(|(pat, rep)| {
        let p = pat.as_bytes();
        if !b[i..].get(..p.len()).is_some_and(|w| w.eq_ignore_ascii_case(p)) {
            return None;
        }
        // A defanged scheme stands at a word's start and is followed by `:`, `[` or `s`.
        let scheme = p[0] == b'h' || p[0] == b'f';
        let ok = !scheme
            || ((i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && matches!(b.get(i + p.len()), Some(b':' | b'[' | b's' | b'S')));
        ok.then_some((p.len(), *rep))
    })
}

/// Writes an item so that no mail client or chat turns it into a link:
/// `hxxps://login.bank.co[.]tz/verify`, `bank[.]co[.]tz`, `abuse[@]bank[.]tz`.
pub fn defang(item: ItemRef<'_>) -> String {
    let host_dots = |h: &str| h.replace('.', "[.]");
    match item.kind {
        Kind::Domain => host_dots(item.text),
        Kind::Email => match item.text.rsplit_once('@') {
            Some((l, d)) => format!("{l}[@]{}", host_dots(d)),
            None => item.text.to_string(),
        },
        Kind::Url => {
            let (scheme, rest) = match item.text.split_once("://") {
                Some((s, r)) => (Some(s), r),
                None => (None, item.text),
            };
            let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
            let (authority, tail) = rest.split_at(end);
            let scheme = scheme.map(|s| match s {
                "http" => "hxxp".to_string(),
                "https" => "hxxps".to_string(),
                "ftp" => "fxp".to_string(),
                s => s.to_string(),
            });
            let body = format!("{}{tail}", host_dots(authority));
            match scheme {
                Some(s) => format!("{s}://{body}"),
                None => body,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An IPv4 address is written as the standard library writes it.
    #[test]
    fn ipv4_addresses_are_written_as_display_does() {
        for o in 0..=255u8 {
            let a = std::net::Ipv4Addr::new(o, 255 - o, 0, o / 3);
            let item = ip(&a.to_string()).unwrap();
            assert_eq!(item.text, a.to_string());
            assert_eq!(item.host, a.to_string());
        }
        assert_eq!(ip("2001:DB8::1").unwrap().text, "2001:db8::1");
        assert_eq!(ip("bank.tz"), None);
    }

    /// `refang` answers as the plainest reading does: at every place, in
    /// turn, try every pattern.
    /// The characters a thread remembers are judged as `host_char` judges
    /// them, whatever came before: every character, then characters that
    /// share their low bits one after the other.
    #[test]
    fn remembered_characters_are_judged_as_host_char_does() {
        for u in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("a{c}");
            assert_eq!(host_chars(&s), host_char(c), "U+{u:04X}");
            assert_eq!(host_chars(&s), host_char(c), "U+{u:04X}, again");
        }
        let same_slot: Vec<char> = (0..0x3000u32)
            .step_by(256)
            .filter_map(|u| char::from_u32(u + 0x2C))
            .collect();
        for _ in 0..3 {
            for c in &same_slot {
                assert_eq!(host_chars(&c.to_string()), host_char(*c), "{c:?}");
            }
        }
        assert!(host_chars("пример.рф") && !host_chars("x\u{2028}.рф") && !host_chars("a b"));
    }

    #[test]
    fn the_scheme_ends_where_a_substring_search_finds_it() {
        for s in crate::testing::every_string(&[":", "/", "a", "://", "é"], 5) {
            assert_eq!(scheme_end(&s), s.find("://"), "{s:?}");
        }
    }

    #[test]
    fn refanging_reads_every_place() {
        fn plain(s: &str) -> String {
            let b = s.as_bytes();
            let (mut out, mut i) = (String::new(), 0);
            'at: while i < b.len() {
                for (pat, rep) in PATTERNS {
                    let p = pat.as_bytes();
                    let scheme = p[0] == b'h' || p[0] == b'f';
                    if b.len() - i >= p.len()
                        && b[i..i + p.len()].eq_ignore_ascii_case(p)
                        && (!scheme
                            || ((i == 0 || !b[i - 1].is_ascii_alphanumeric())
                                && matches!(b.get(i + p.len()), Some(b':' | b'[' | b's' | b'S'))))
                    {
                        out.push_str(rep);
                        i += p.len();
                        continue 'at;
                    }
                }
                let c = s[i..].chars().next().unwrap_or_default();
                out.push(c);
                i += c.len_utf8();
            }
            out
        }
        let pieces = [
            "[.]", "(", "[", "hxxps", "HXXP", "fxp", "x", "h", ":", "s", "[dot]", "(at)", "é", "a", " ", "{@}",
            "[://]", "]",
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let s = format!("{a}{b}{c}{a}");
                    assert_eq!(refang(&s), plain(&s), "{s:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 5000);
    }

    /// The fast path for plain ASCII names answers as the general one does,
    /// error for error, over names built from every piece that matters.
    #[test]
    fn plain_names_are_read_as_any_name_is() {
        let pieces = [
            "a",
            "Bank",
            "-x",
            "x-",
            "xn--p1ai",
            "XN--80ak6aa92e",
            "xn-a",
            "b_c",
            "0",
            "é",
            "a b",
            "a/b",
            "a:",
            &"l".repeat(63),
            &"m".repeat(64),
        ];
        let mut names = Vec::new();
        for a in pieces {
            for b in pieces {
                names.push(format!("{a}.{b}"));
                for c in ["tz", "TZ", "-", &"n".repeat(200)] {
                    names.push(format!("{a}.{b}.{c}"));
                }
            }
        }
        let mut plain = 0;
        for name in &names {
            if let Some(fast) = plain_host(name) {
                plain += 1;
                assert_eq!(fast, any_host(name), "{name}");
            }
        }
        assert!(plain > names.len() / 2, "{plain} of {}", names.len());
    }

    #[test]
    fn refanging() {
        let cases = [
            ("nothing to do", "bank.co.tz", "bank.co.tz"),
            ("brackets", "bank.co[.]tz", "bank.co.tz"),
            ("parentheses", "bank(.)co(.)tz", "bank.co.tz"),
            ("braces", "bank{.}tz", "bank.tz"),
            ("dot word", "bank[dot]co[DOT]tz", "bank.co.tz"),
            ("at", "abuse[@]bank[.]tz", "abuse@bank.tz"),
            ("at word", "abuse[at]bank(dot)tz", "abuse@bank.tz"),
            (
                "hxxps",
                "hxxps://login.bank.co[.]tz/verify",
                "https://login.bank.co.tz/verify",
            ),
            ("upper hxxp", "hXXp://x[.]tz", "http://x.tz"),
            ("colon", "hxxps[:]//x[.]tz", "https://x.tz"),
            ("scheme separator", "hxxps[://]x[.]tz", "https://x.tz"),
            ("fxp", "fxp://files[.]tz", "ftp://files.tz"),
            ("hxxp inside a word stays", "ahxxp:", "ahxxp:"),
            ("plain brackets stay", "[note] (see)", "[note] (see)"),
            ("non-ascii kept", "пример[.]рф «x»", "пример.рф «x»"),
        ];
        for (name, input, want) in cases {
            assert_eq!(refang(input), want, "{name}");
        }
        assert!(matches!(refang("a [b] c"), Cow::Borrowed(_)));
    }

    #[test]
    fn hosts() {
        let ok = [
            ("ascii", "bank.co.tz", "bank.co.tz", None),
            ("case", "Bank.CO.Tz", "bank.co.tz", None),
            ("trailing dot", "bank.co.tz.", "bank.co.tz", None),
            ("u-label", "пример.рф", "xn--e1afmkfd.xn--p1ai", Some("пример.рф")),
            (
                "a-label",
                "xn--e1afmkfd.xn--p1ai",
                "xn--e1afmkfd.xn--p1ai",
                Some("пример.рф"),
            ),
            ("underscore", "_dmarc.bank.tz", "_dmarc.bank.tz", None),
            (
                "multi-byte label of four octets or more",
                "bank.ଭାରତ",
                "bank.xn--3hcrj9c",
                Some("bank.ଭାରତ"),
            ),
        ];
        for (name, input, ascii, unicode) in ok {
            let h = check_host(input).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!((h.ascii.as_str(), h.unicode.as_deref()), (ascii, unicode), "{name}");
        }
        let long = format!("{}.tz", "a".repeat(64));
        let too_long = format!("{}tz", "abcdefghi.".repeat(26));
        let bad = [
            ("empty label", "bank..co.tz", Invalid::EmptyLabel),
            ("leading dot", ".bank.tz", Invalid::EmptyLabel),
            ("two trailing dots", "bank.tz..", Invalid::EmptyLabel),
            ("label over 63", long.as_str(), Invalid::LabelTooLong(64)),
            ("name over 253", too_long.as_str(), Invalid::NameTooLong(262)),
            ("bad punycode", "xn--zz.tz", Invalid::Punycode("xn--zz".into())),
            ("hyphen", "bank-.tz", Invalid::Hyphen("bank-".into())),
            ("character", "ba!nk.tz", Invalid::Character('!')),
        ];
        for (name, input, want) in bad {
            assert_eq!(check_host(input), Err(want), "{name}");
        }
    }

    #[test]
    fn items_and_their_tld() {
        let cases = [
            ("domain", "bank.co.tz", Kind::Domain, "bank.co.tz", Some("tz")),
            (
                "defanged url",
                "hxxps://login.bank.co[.]tz/verify",
                Kind::Url,
                "https://login.bank.co.tz/verify",
                Some("tz"),
            ),
            (
                "url with port",
                "https://Bank.tz:8443/a?b=1",
                Kind::Url,
                "https://bank.tz:8443/a?b=1",
                Some("tz"),
            ),
            (
                "idn url",
                "http://пример.рф/",
                Kind::Url,
                "http://xn--e1afmkfd.xn--p1ai/",
                Some("xn--p1ai"),
            ),
            ("email", "Abuse@Bank.TZ", Kind::Email, "Abuse@bank.tz", Some("tz")),
            (
                "defanged email",
                "abuse[@]bank[.]tz",
                Kind::Email,
                "abuse@bank.tz",
                Some("tz"),
            ),
            ("generic", "google.com", Kind::Domain, "google.com", Some("com")),
            ("url ip", "http://192.0.2.1/x", Kind::Url, "http://192.0.2.1/x", None),
            (
                "schemeless url",
                "www.bank.tz/login",
                Kind::Url,
                "www.bank.tz/login",
                Some("tz"),
            ),
        ];
        for (name, input, kind, text, tld) in cases {
            let item = read_one(input).unwrap_or_else(|| panic!("{name}: not read")).unwrap();
            assert_eq!(
                (item.kind, item.text.as_str(), item.tld.as_deref()),
                (kind, text, tld),
                "{name}"
            );
        }
        for word in ["tanzania", "amani@nic", ".tz", "e.g.", "report.pdf", "+255 22", "1.2.3"] {
            assert!(read_one(word).is_none(), "{word}");
        }
        assert_eq!(read_one("bank..co.tz"), Some(Err(Invalid::EmptyLabel)));
    }

    #[test]
    fn defanged_items_refang_to_themselves() {
        for input in [
            "https://login.bank.co.tz/verify?a=b.c",
            "http://bank.tz:8080/",
            "bank.co.tz",
            "abuse@bank.tz",
            "ftp://files.tz/a.txt",
            "www.bank.tz/login",
        ] {
            let item = read_one(input).unwrap().unwrap();
            let d = defang(item.as_ref());
            assert!(!d.contains("http") && !d.contains(".tz"), "{d}");
            assert_eq!(read_one(&d).unwrap().unwrap(), item, "{d}");
        }
    }
}
