//! The snapshot document: TOML text in, a checked `Snapshot` out, following
//! every rule of format version 1. Also writes a snapshot back as TOML.

use super::fields::{invisible, DirectoryName, Fingerprint, Phone};
use super::{Detail, Reason, Rejection};
use crate::contact::{Cctld, Contact, Identity, Snapshot};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};
use toml::{Table, Value};

pub const FORMAT: &str = "tldops-snapshot/1";
const FORMAT_PREFIX: &str = "tldops-snapshot/";
pub const MAX_SERIAL: u64 = (1 << 53) - 1;
const MAX_STRING: usize = 256;
const MAX_NOTE: usize = 1024;
const MAX_CCTLDS: usize = 1000;
const MAX_CONTACTS: usize = 10;
const MAX_EMAILS: usize = 5;
const MAX_PHONES: usize = 5;
const MAX_ID: usize = 64;

/// The header fields a roster may leave out, to be supplied by the publisher.
#[derive(Debug, Default, Clone)]
pub struct Header {
    pub directory: Option<String>,
    pub serial: Option<u64>,
    pub issued: Option<DateTime<Utc>>,
    pub expires: Option<DateTime<Utc>>,
}

/// A schema error at `path`: `cctld[0].code: missing`.
fn schema(path: impl Into<String>, what: Detail) -> Rejection {
    Rejection::new(Reason::Schema, at(path.into(), what))
}

/// `what` said of the value at `path`.
pub(super) fn at(path: String, what: Detail) -> Detail {
    crate::detail!("reason-at", path = path, what = what)
}

/// Parses and checks a complete snapshot. `payload` is the verified signed text.
pub fn parse_snapshot(payload: &[u8]) -> Result<Snapshot, Rejection> {
    parse_verified(payload).map(|(s, _)| s)
}

/// Parses and checks a complete snapshot and the handover it may carry
/// (format section 4a).
pub fn parse_verified(payload: &[u8]) -> Result<(Snapshot, Option<super::Rotation>), Rejection> {
    let table = parse_table(payload)?;
    let header = read_header(&table, true)?;
    let cctlds = read_cctlds(&table)?;
    let rotation = super::rotation::read(&table)?;
    Ok((finish(header, cctlds)?, rotation))
}

/// Parses a roster: a snapshot document whose header fields may be missing.
/// Returns the header fields it holds and the checked ccTLDs.
pub fn parse_roster(text: &[u8]) -> Result<(Header, Vec<Cctld>), Rejection> {
    let table = parse_table(text)?;
    let header = read_header(&table, false)?;
    Ok((header, read_cctlds(&table)?))
}

/// Builds a snapshot from a complete header and checked ccTLDs, applying the
/// rules that tie the header together.
pub fn finish(header: Header, cctlds: Vec<Cctld>) -> Result<Snapshot, Rejection> {
    let missing = |k: &str| schema(k, crate::detail!("reason-missing"));
    let snapshot = Snapshot {
        directory: header.directory.ok_or_else(|| missing("directory"))?,
        serial: header.serial.ok_or_else(|| missing("serial"))?,
        issued: header.issued.ok_or_else(|| missing("issued"))?,
        expires: header.expires.ok_or_else(|| missing("expires"))?,
        cctlds,
    };
    if snapshot.expires <= snapshot.issued {
        return Err(schema("expires", crate::detail!("reason-expires-before-issued")));
    }
    Ok(snapshot)
}

fn parse_table(payload: &[u8]) -> Result<Table, Rejection> {
    let text = std::str::from_utf8(payload)
        .map_err(|e| schema("document", crate::detail!("reason-not-utf8", byte = e.valid_up_to())))?;
    text.parse::<Table>().map_err(|e| {
        let msg = e.message().to_string();
        let what = match e.span() {
            Some(s) => {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                crate::detail!("reason-not-toml-at-line", line = line, message = msg)
            }
            None => crate::detail!("reason-not-toml", message = msg),
        };
        schema("document", what)
    })
}

fn read_header(t: &Table, required: bool) -> Result<Header, Rejection> {
    // The format is checked first: a later version is reported as such, not
    // as whatever else it changed.
    match t.get("format") {
        Some(v) => check_format(&string(v, "format", MAX_STRING)?)?,
        None if required => return Err(schema("format", crate::detail!("reason-missing"))),
        None => {}
    }
    let directory = match t.get("directory") {
        None => None,
        Some(v) => {
            let d = string(v, "directory", MAX_STRING)?;
            DirectoryName::parse(&d).map_err(|m| schema("directory", m))?;
            Some(d)
        }
    };
    let serial = match t.get("serial") {
        None => None,
        Some(Value::Integer(n)) if *n >= 1 && (*n as u64) <= MAX_SERIAL => Some(*n as u64),
        Some(Value::Integer(n)) => return Err(schema("serial", crate::detail!("reason-serial-outside", n = *n))),
        Some(_) => return Err(schema("serial", crate::detail!("reason-not-integer"))),
    };
    let issued = t.get("issued").map(|v| datetime(v, "issued")).transpose()?;
    let expires = t.get("expires").map(|v| datetime(v, "expires")).transpose()?;
    if required {
        for (k, present) in [
            ("directory", directory.is_some()),
            ("serial", serial.is_some()),
            ("issued", issued.is_some()),
            ("expires", expires.is_some()),
        ] {
            if !present {
                return Err(schema(k, crate::detail!("reason-missing")));
            }
        }
    }
    Ok(Header {
        directory,
        serial,
        issued,
        expires,
    })
}

/// `tldops-snapshot/1`; a later major version is named, with the fix.
fn check_format(f: &str) -> Result<(), Rejection> {
    if f == FORMAT {
        return Ok(());
    }
    let major = f
        .strip_prefix(FORMAT_PREFIX)
        .map(|v| v.split_once('.').map_or(v, |(major, _)| major))
        .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
        .map(|v| v.trim_start_matches('0'))
        .filter(|v| !v.is_empty() && *v != "1");
    let what = match major {
        Some(_) => crate::detail!("reason-format-later", format = f),
        None => crate::detail!("reason-format-other", format = f, want = FORMAT),
    };
    Err(Rejection::new(Reason::UnsupportedFormat, at("format".into(), what)))
}

fn datetime(v: &Value, path: &str) -> Result<DateTime<Utc>, Rejection> {
    let Value::Datetime(d) = v else {
        return Err(schema(path, crate::detail!("reason-not-datetime")));
    };
    // In TOML only an offset date-time has an offset, and it always has a
    // date and a time.
    if d.offset.is_none() {
        return Err(schema(path, crate::detail!("reason-datetime-incomplete")));
    }
    DateTime::parse_from_rfc3339(&d.to_string())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| schema(path, crate::detail!("reason-invalid-datetime", message = e.to_string())))
}

fn read_cctlds(t: &Table) -> Result<Vec<Cctld>, Rejection> {
    let list = match t.get("cctld") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err(schema("cctld", crate::detail!("reason-not-array-of-tables"))),
        None => return Err(schema("cctld", crate::detail!("reason-missing"))),
    };
    if list.is_empty() || list.len() > MAX_CCTLDS {
        return Err(schema(
            "cctld",
            crate::detail!("reason-entries-between", n = list.len(), max = MAX_CCTLDS),
        ));
    }
    let mut seen = HashSet::new();
    // Identity -> path of the contact that first had it.
    let mut people: HashMap<Identity, String> = HashMap::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let path = format!("cctld[{i}]");
        let Value::Table(ct) = v else {
            return Err(schema(path, crate::detail!("reason-not-table")));
        };
        let code_v = ct
            .get("code")
            .ok_or_else(|| schema(format!("{path}.code"), crate::detail!("reason-missing")))?;
        let raw = string(code_v, &format!("{path}.code"), MAX_STRING)?;
        let (code, label) = normalise_code(&raw).map_err(|e| schema(format!("{path}.code"), e))?;
        if !seen.insert(code.clone()) {
            return Err(schema(
                format!("{path}.code"),
                crate::detail!("reason-code-repeated", code = label),
            ));
        }
        let registry = opt_string(ct, "registry", &path, MAX_STRING)?;
        let emergency_phone = opt_string(ct, "emergency_phone", &path, MAX_STRING)?;
        if let Some(p) = &emergency_phone {
            Phone::check(p).map_err(|e| schema(format!("{path}.emergency_phone"), e))?;
        }
        let contacts = match ct.get("contact") {
            Some(Value::Array(a)) => a,
            Some(_) => {
                return Err(schema(
                    format!("{path}.contact"),
                    crate::detail!("reason-not-array-of-tables"),
                ))
            }
            None => return Err(schema(format!("{path}.contact"), crate::detail!("reason-missing"))),
        };
        if contacts.is_empty() || contacts.len() > MAX_CONTACTS {
            return Err(schema(
                format!("{path}.contact"),
                crate::detail!("reason-entries-between", n = contacts.len(), max = MAX_CONTACTS),
            ));
        }
        let contacts = contacts
            .iter()
            .enumerate()
            .map(|(j, c)| read_contact(c, &format!("{path}.contact[{j}]")))
            .collect::<Result<Vec<_>, _>>()?;
        for (j, c) in contacts.iter().enumerate() {
            let here = format!("{path}.contact[{j}]");
            let identity = c.identity(&code);
            if let Some(first) = people.get(&identity) {
                let at = if c.id.is_some() { format!("{here}.id") } else { here };
                return Err(schema(
                    at,
                    crate::detail!("reason-same-identity", identity = identity.to_string(), first = first),
                ));
            }
            people.insert(identity, here);
        }
        out.push(Cctld {
            code,
            label,
            registry,
            emergency_phone,
            contacts,
        });
    }
    Ok(out)
}

fn read_contact(v: &Value, path: &str) -> Result<Contact, Rejection> {
    let Value::Table(t) = v else {
        return Err(schema(path, crate::detail!("reason-not-table")));
    };
    let name = match t.get("name") {
        Some(v) => string(v, &format!("{path}.name"), MAX_STRING)?,
        None => return Err(schema(format!("{path}.name"), crate::detail!("reason-missing"))),
    };
    if name.is_empty() {
        return Err(schema(format!("{path}.name"), crate::detail!("reason-empty")));
    }
    let email = string_list(t, "email", path, MAX_EMAILS)?;
    if email.is_empty() {
        return Err(schema(
            format!("{path}.email"),
            if t.contains_key("email") {
                crate::detail!("reason-no-address")
            } else {
                crate::detail!("reason-missing")
            },
        ));
    }
    for (k, e) in email.iter().enumerate() {
        check_addr_spec(e).map_err(|m| schema(format!("{path}.email[{k}]"), m))?;
    }
    let phone = string_list(t, "phone", path, MAX_PHONES)?;
    let mobile = string_list(t, "mobile", path, MAX_PHONES)?;
    for (key, list) in [("phone", &phone), ("mobile", &mobile)] {
        for (k, p) in list.iter().enumerate() {
            Phone::check(p).map_err(|m| schema(format!("{path}.{key}[{k}]"), m))?;
        }
    }
    let pgp = match t.get("pgp") {
        None => None,
        Some(v) => {
            let p = format!("{path}.pgp");
            Some(
                Fingerprint::parse(&string(v, &p, MAX_STRING)?)
                    .map_err(|m| schema(p, m))?
                    .hex()
                    .to_string(),
            )
        }
    };
    let id = match t.get("id") {
        None => None,
        Some(v) => {
            let p = format!("{path}.id");
            let id = string(v, &p, MAX_STRING)?;
            check_id(&id).map_err(|m| schema(p, m))?;
            Some(id)
        }
    };
    let languages = string_list(t, "languages", path, usize::MAX)?;
    for (k, l) in languages.iter().enumerate() {
        check_language(l).map_err(|m| schema(format!("{path}.languages[{k}]"), m))?;
    }
    Ok(Contact {
        name,
        role: opt_string(t, "role", path, MAX_STRING)?,
        email,
        phone,
        mobile,
        pgp,
        languages,
        note: opt_string(t, "note", path, MAX_NOTE)?,
        id,
    })
}

/// A string value, trimmed, within `max` characters, free of control and
/// bidirectional override characters.
fn string(v: &Value, path: &str, max: usize) -> Result<String, Rejection> {
    let Value::String(s) = v else {
        return Err(schema(path, crate::detail!("reason-not-string")));
    };
    check_text(s, max).map_err(|m| schema(path, m))?;
    Ok(s.trim().to_string())
}

/// Checks one string against the rules that hold for every value.
pub fn check_text(s: &str, max: usize) -> Result<(), Detail> {
    if let Some(c) = s.chars().find(|c| is_forbidden(*c)) {
        return Err(crate::detail!(
            "reason-forbidden-character",
            code = format!("U+{:04X}", c as u32)
        ));
    }
    let n = s.trim().chars().count();
    if n > max {
        return Err(crate::detail!("reason-length-at-most", n = n, max = max));
    }
    Ok(())
}

/// Control characters (C0, DEL, C1) and the bidirectional overrides and isolates.
pub fn is_forbidden(c: char) -> bool {
    matches!(c as u32, 0x00..=0x1F | 0x7F..=0x9F | 0x202A..=0x202E | 0x2066..=0x2069)
}

fn opt_string(t: &Table, key: &str, path: &str, max: usize) -> Result<Option<String>, Rejection> {
    t.get(key)
        .map(|v| string(v, &format!("{path}.{key}"), max))
        .transpose()
        .map(|o| o.filter(|s| !s.is_empty()))
}

fn string_list(t: &Table, key: &str, path: &str, max: usize) -> Result<Vec<String>, Rejection> {
    let Some(v) = t.get(key) else {
        return Ok(Vec::new());
    };
    let Value::Array(a) = v else {
        return Err(schema(
            format!("{path}.{key}"),
            crate::detail!("reason-not-array-of-strings"),
        ));
    };
    if a.len() > max {
        return Err(schema(
            format!("{path}.{key}"),
            crate::detail!("reason-entries-at-most", n = a.len(), max = max),
        ));
    }
    let mut out = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        let p = format!("{path}.{key}[{i}]");
        let s = string(v, &p, MAX_STRING)?;
        if s.is_empty() {
            return Err(schema(p, crate::detail!("reason-empty")));
        }
        out.push(s);
    }
    Ok(out)
}

/// The secretariat's identifier for a person: 1 to 64 characters of
/// `A-Z a-z 0-9 . _ -`.
pub fn check_id(id: &str) -> Result<(), Detail> {
    let n = id.chars().count();
    if n == 0 || n > MAX_ID {
        return Err(crate::detail!("reason-length-between", n = n, min = 1u8, max = MAX_ID));
    }
    if let Some(c) = id.chars().find(|c| !(c.is_ascii_alphanumeric() || "._-".contains(*c))) {
        return Err(crate::detail!(
            "reason-id-character",
            character = c.escape_debug().to_string()
        ));
    }
    Ok(())
}

/// Turns a ccTLD code into (A-label or ASCII label, display label): two
/// lower-case ASCII letters, or one IDN label written as its A-label or its
/// U-label, both in their one canonical form.
pub fn normalise_code(raw: &str) -> Result<(String, String), Detail> {
    let shown = raw.escape_debug().to_string();
    if raw.starts_with('.') {
        return Err(crate::detail!("reason-code-leading-dot", code = &shown));
    }
    if raw.chars().any(char::is_uppercase) {
        return Err(crate::detail!("reason-code-upper-case", code = &shown));
    }
    if raw.is_ascii() && !raw.starts_with("xn--") {
        if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_lowercase()) {
            return Ok((raw.to_string(), raw.to_string()));
        }
        return Err(crate::detail!("reason-code-not-cctld", code = &shown));
    }
    if raw.contains(['.', '\u{3002}', '\u{ff0e}', '\u{ff61}']) {
        return Err(crate::detail!("reason-code-not-one-label", code = &shown));
    }
    let not_idn = || crate::detail!("reason-code-not-idn", code = &shown);
    let ascii = idna::domain_to_ascii_strict(raw).map_err(|_| not_idn())?;
    let (unicode, res) = idna::domain_to_unicode(&ascii);
    // The label must decode to letters of some script (not to ASCII, not to
    // nothing), come back to the same A-label, and be written in one of its
    // two canonical spellings.
    let canonical = raw == ascii || raw == unicode;
    let round_trip = idna::domain_to_ascii_strict(&unicode).is_ok_and(|a| a == ascii);
    if res.is_err()
        || !ascii.starts_with("xn--")
        || ascii.len() > 63
        || unicode.is_ascii()
        || !unicode.chars().any(char::is_alphabetic)
        || !round_trip
        || !canonical
    {
        return Err(not_idn());
    }
    Ok((ascii, unicode))
}

/// An addr-spec, `local@domain`: a dot-atom or quoted local part of at most
/// 64 octets, and a domain of at least two labels (no address literal).
pub fn check_addr_spec(e: &str) -> Result<(), Detail> {
    let bad = |why: &'static str| {
        crate::detail!(
            "reason-not-mail-address",
            value = e.escape_debug().to_string(),
            why = Detail::new(why)
        )
    };
    let Some((local, domain)) = e.rsplit_once('@') else {
        return Err(bad("reason-mail-no-at"));
    };
    check_local_part(local).map_err(bad)?;
    check_mail_domain(domain).map_err(bad)
}

/// What is wrong with a local part: the id of its words in `reasons.ftl`.
fn check_local_part(local: &str) -> Result<(), &'static str> {
    if local.is_empty() {
        return Err("reason-mail-nothing-before-at");
    }
    if local.len() > 64 {
        return Err("reason-mail-local-too-long");
    }
    if let Some(inner) = local.strip_prefix('"').and_then(|l| l.strip_suffix('"')) {
        // quoted-string: any printable text; `"` and `\` only escaped.
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' if chars.next().is_some() => {}
                '\\' | '"' => return Err("reason-mail-bare-quote"),
                _ => {}
            }
        }
        return Ok(());
    }
    let atext = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+/=?^_`{|}~-".contains(c) || !c.is_ascii();
    if local.split('.').any(|atom| atom.is_empty()) {
        return Err("reason-mail-empty-atom");
    }
    if local
        .chars()
        .any(|c| c != '.' && (!atext(c) || c.is_whitespace() || invisible(c)))
    {
        return Err("reason-mail-local-character");
    }
    Ok(())
}

/// What is wrong with a domain: the id of its words in `reasons.ftl`.
fn check_mail_domain(domain: &str) -> Result<(), &'static str> {
    if domain.is_empty() {
        return Err("reason-mail-nothing-after-at");
    }
    if domain.starts_with('[') {
        return Err("reason-mail-address-literal");
    }
    // The labels as written, then as the DNS sees them.
    if domain.split('.').any(str::is_empty) {
        return Err("reason-mail-empty-label");
    }
    let ascii = idna::domain_to_ascii_strict(domain).map_err(|_| "reason-mail-invalid-domain")?;
    let labels: Vec<&str> = ascii.split('.').collect();
    if labels.len() < 2 {
        return Err("reason-mail-one-label");
    }
    if ascii.len() > 253 {
        return Err("reason-mail-domain-too-long");
    }
    let ldh = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if !labels.iter().all(|l| ldh(l)) {
        return Err("reason-mail-label-characters");
    }
    if labels.last().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
        return Err("reason-mail-numeric-tld");
    }
    Ok(())
}

/// A well-formed BCP 47 language tag (RFC 5646 section 2.1): language,
/// extended languages, script, region, variants, extensions and private use in
/// that order, or private use alone, or one of the irregular grandfathered
/// tags. The language subtags of four letters, reserved, are refused.
pub fn check_language(l: &str) -> Result<(), Detail> {
    if well_formed_tag(&l.to_ascii_lowercase()) {
        Ok(())
    } else {
        Err(crate::detail!(
            "reason-not-language-tag",
            value = l.escape_debug().to_string()
        ))
    }
}

const IRREGULAR_TAGS: &[&str] = &[
    "en-gb-oed",
    "i-ami",
    "i-bnn",
    "i-default",
    "i-enochian",
    "i-hak",
    "i-klingon",
    "i-lux",
    "i-mingo",
    "i-navajo",
    "i-pwn",
    "i-tao",
    "i-tay",
    "i-tsu",
    "sgn-be-fr",
    "sgn-be-nl",
    "sgn-ch-de",
];

fn well_formed_tag(tag: &str) -> bool {
    if IRREGULAR_TAGS.contains(&tag) {
        return true;
    }
    let subtags: Vec<&str> = tag.split('-').collect();
    if subtags
        .iter()
        .any(|s| s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return false;
    }
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let digit = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let mut rest = subtags.as_slice();
    // Takes the next subtag when it has the shape asked for.
    let take = |rest: &mut &[&str], ok: &dyn Fn(&str) -> bool| match rest.split_first() {
        Some((s, tail)) if ok(s) => {
            *rest = tail;
            true
        }
        _ => false,
    };
    if take(&mut rest, &|s| s == "x") {
        return !rest.is_empty();
    }
    let language = rest[0];
    if !take(&mut rest, &|s| alpha(s) && matches!(s.len(), 2 | 3 | 5..=8)) {
        return false;
    }
    if language.len() <= 3 {
        for _ in 0..3 {
            if !take(&mut rest, &|s| s.len() == 3 && alpha(s)) {
                break;
            }
        }
    }
    take(&mut rest, &|s| s.len() == 4 && alpha(s));
    take(&mut rest, &|s| s.len() == 2 && alpha(s) || s.len() == 3 && digit(s));
    let mut variants = HashSet::new();
    while let Some((s, tail)) = rest.split_first() {
        let shape = (5..=8).contains(&s.len()) || s.len() == 4 && s.as_bytes()[0].is_ascii_digit();
        if !shape {
            break;
        }
        if !variants.insert(*s) {
            return false;
        }
        rest = tail;
    }
    let mut singletons = HashSet::new();
    loop {
        let Some((s, tail)) = rest.split_first() else {
            return true;
        };
        if *s == "x" {
            return !tail.is_empty();
        }
        if s.len() != 1 || !singletons.insert(*s) {
            return false;
        }
        let n = tail.iter().take_while(|t| (2..=8).contains(&t.len())).count();
        if n == 0 {
            return false;
        }
        rest = &tail[n..];
    }
}

/// Writes a snapshot as the TOML document that gets signed. No line begins
/// with `-` or `From `, so neither dash-escaping nor mbox quoting touches it.
pub fn to_toml(s: &Snapshot) -> String {
    use std::fmt::Write;
    let q = |v: &str| Value::String(v.to_string()).to_string();
    let list = |v: &[String]| format!("[{}]", v.iter().map(|x| q(x)).collect::<Vec<_>>().join(", "));
    let ts = |t: &DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut o = String::new();
    let _ = writeln!(
        o,
        "# TLD-OPS contact repository: signed snapshot. Read it here, or let tldops import it."
    );
    let _ = writeln!(o, "format = {}", q(FORMAT));
    let _ = writeln!(o, "directory = {}", q(&s.directory));
    let _ = writeln!(o, "serial = {}", s.serial);
    let _ = writeln!(o, "issued = {}", ts(&s.issued));
    let _ = writeln!(o, "expires = {}", ts(&s.expires));
    for c in &s.cctlds {
        let _ = writeln!(o, "\n[[cctld]]\ncode = {}", q(&c.code));
        if let Some(r) = &c.registry {
            let _ = writeln!(o, "registry = {}", q(r));
        }
        if let Some(p) = &c.emergency_phone {
            let _ = writeln!(o, "emergency_phone = {}", q(p));
        }
        for p in &c.contacts {
            let _ = writeln!(o, "\n[[cctld.contact]]\nname = {}", q(&p.name));
            if let Some(r) = &p.role {
                let _ = writeln!(o, "role = {}", q(r));
            }
            let _ = writeln!(o, "email = {}", list(&p.email));
            for (k, v) in [("phone", &p.phone), ("mobile", &p.mobile), ("languages", &p.languages)] {
                if !v.is_empty() {
                    let _ = writeln!(o, "{k} = {}", list(v));
                }
            }
            if let Some(f) = &p.pgp {
                let _ = writeln!(o, "pgp = {}", q(f));
            }
            if let Some(n) = &p.note {
                let _ = writeln!(o, "note = {}", q(n));
            }
            if let Some(id) = &p.id {
                let _ = writeln!(o, "id = {}", q(id));
            }
        }
    }
    o
}

#[cfg(test)]
mod tests;
