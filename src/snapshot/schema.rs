//! The snapshot document: TOML text in, a checked `Snapshot` out, following
//! every rule of format version 1. Also writes a snapshot back as TOML.

use super::{Reason, Rejection};
use crate::contact::{Cctld, Contact, Snapshot};
use chrono::{DateTime, Utc};
use std::collections::HashSet;
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
const MAX_LANGUAGES: usize = 20;

/// The header fields a roster may leave out, to be supplied by the publisher.
#[derive(Debug, Default, Clone)]
pub struct Header {
    pub directory: Option<String>,
    pub serial: Option<u64>,
    pub issued: Option<DateTime<Utc>>,
    pub expires: Option<DateTime<Utc>>,
}

fn schema(path: impl Into<String>, what: impl std::fmt::Display) -> Rejection {
    Rejection::new(Reason::Schema, format!("{}: {what}", path.into()))
}

/// Parses and checks a complete snapshot. `payload` is the verified signed text.
pub fn parse_snapshot(payload: &[u8]) -> Result<Snapshot, Rejection> {
    let table = parse_table(payload)?;
    let header = read_header(&table, true)?;
    let cctlds = read_cctlds(&table)?;
    finish(header, cctlds)
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
    let missing = |k: &str| schema(k, "missing");
    let snapshot = Snapshot {
        directory: header.directory.ok_or_else(|| missing("directory"))?,
        serial: header.serial.ok_or_else(|| missing("serial"))?,
        issued: header.issued.ok_or_else(|| missing("issued"))?,
        expires: header.expires.ok_or_else(|| missing("expires"))?,
        cctlds,
    };
    if snapshot.expires <= snapshot.issued {
        return Err(schema("expires", "must be later than `issued`"));
    }
    Ok(snapshot)
}

fn parse_table(payload: &[u8]) -> Result<Table, Rejection> {
    let text = std::str::from_utf8(payload)
        .map_err(|e| schema("document", format!("not valid UTF-8 (at byte {})", e.valid_up_to())))?;
    text.parse::<Table>().map_err(|e| {
        let msg = e.message().to_string();
        let at = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!(" at line {line}")
            })
            .unwrap_or_default();
        schema("document", format!("not valid TOML{at}: {msg}"))
    })
}

fn read_header(t: &Table, required: bool) -> Result<Header, Rejection> {
    // The format is checked first: a later version is reported as such, not
    // as whatever else it changed.
    match t.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => {
            let later = f
                .strip_prefix(FORMAT_PREFIX)
                .and_then(|v| v.parse::<u32>().ok())
                .filter(|v| *v > 1);
            let detail = match later {
                Some(_) => format!("the snapshot is in format `{f}`, which this tldops does not read: upgrade tldops"),
                None => format!("format `{}` is not `{FORMAT}`", f.escape_debug()),
            };
            return Err(Rejection::new(Reason::UnsupportedFormat, detail));
        }
        Some(_) => return Err(schema("format", "must be a string")),
        None if required => return Err(schema("format", "missing")),
        None => {}
    }
    let directory = match t.get("directory") {
        None => None,
        Some(v) => {
            let d = string(v, "directory", MAX_STRING)?;
            if d.is_empty() || d.chars().count() > 64 {
                return Err(schema("directory", "must be 1 to 64 characters"));
            }
            if d.chars().any(|c| c.is_whitespace() && c != ' ') {
                return Err(schema("directory", "must be printable characters"));
            }
            Some(d)
        }
    };
    let serial = match t.get("serial") {
        None => None,
        Some(Value::Integer(n)) if *n >= 1 && (*n as u64) <= MAX_SERIAL => Some(*n as u64),
        Some(Value::Integer(n)) => return Err(schema("serial", format!("{n} is outside 1 to 2^53-1"))),
        Some(_) => return Err(schema("serial", "must be an integer")),
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
                return Err(schema(k, "missing"));
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

fn datetime(v: &Value, path: &str) -> Result<DateTime<Utc>, Rejection> {
    let Value::Datetime(d) = v else {
        return Err(schema(path, "must be an offset date-time (2026-11-01T06:00:00Z)"));
    };
    if d.date.is_none() || d.time.is_none() || d.offset.is_none() {
        return Err(schema(
            path,
            "must be an offset date-time with a date, a time and an offset",
        ));
    }
    DateTime::parse_from_rfc3339(&d.to_string())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| schema(path, format!("not a valid date-time: {e}")))
}

fn read_cctlds(t: &Table) -> Result<Vec<Cctld>, Rejection> {
    let list = match t.get("cctld") {
        Some(Value::Array(a)) => a,
        Some(_) => return Err(schema("cctld", "must be an array of tables")),
        None => return Err(schema("cctld", "missing")),
    };
    if list.is_empty() || list.len() > MAX_CCTLDS {
        return Err(schema(
            "cctld",
            format!("holds {} entries; 1 to {MAX_CCTLDS} allowed", list.len()),
        ));
    }
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(list.len());
    for (i, v) in list.iter().enumerate() {
        let path = format!("cctld[{i}]");
        let Value::Table(ct) = v else {
            return Err(schema(path, "must be a table"));
        };
        let code_v = ct
            .get("code")
            .ok_or_else(|| schema(format!("{path}.code"), "missing"))?;
        let raw = string(code_v, &format!("{path}.code"), MAX_STRING)?;
        let (code, label) = normalise_code(&raw).map_err(|e| schema(format!("{path}.code"), e))?;
        if !seen.insert(code.clone()) {
            return Err(schema(
                format!("{path}.code"),
                format!("`{label}` appears more than once"),
            ));
        }
        let registry = opt_string(ct, "registry", &path, MAX_STRING)?;
        let emergency_phone = opt_string(ct, "emergency_phone", &path, MAX_STRING)?;
        if let Some(p) = &emergency_phone {
            check_phone(p).map_err(|e| schema(format!("{path}.emergency_phone"), e))?;
        }
        let contacts = match ct.get("contact") {
            Some(Value::Array(a)) => a,
            Some(_) => return Err(schema(format!("{path}.contact"), "must be an array of tables")),
            None => return Err(schema(format!("{path}.contact"), "missing")),
        };
        if contacts.is_empty() || contacts.len() > MAX_CONTACTS {
            return Err(schema(
                format!("{path}.contact"),
                format!("holds {} entries; 1 to {MAX_CONTACTS} allowed", contacts.len()),
            ));
        }
        let contacts = contacts
            .iter()
            .enumerate()
            .map(|(j, c)| read_contact(c, &format!("{path}.contact[{j}]")))
            .collect::<Result<Vec<_>, _>>()?;
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
        return Err(schema(path, "must be a table"));
    };
    let name = match t.get("name") {
        Some(v) => string(v, &format!("{path}.name"), MAX_STRING)?,
        None => return Err(schema(format!("{path}.name"), "missing")),
    };
    if name.is_empty() {
        return Err(schema(format!("{path}.name"), "is empty"));
    }
    let email = string_list(t, "email", path, MAX_EMAILS)?;
    if email.is_empty() {
        return Err(schema(
            format!("{path}.email"),
            if t.contains_key("email") {
                "holds no address; 1 to 5 allowed"
            } else {
                "missing"
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
            check_phone(p).map_err(|m| schema(format!("{path}.{key}[{k}]"), m))?;
        }
    }
    let pgp = match opt_string(t, "pgp", path, MAX_STRING)? {
        None => None,
        Some(p) => Some(normalise_fingerprint(&p).map_err(|m| schema(format!("{path}.pgp"), m))?),
    };
    let languages = string_list(t, "languages", path, MAX_LANGUAGES)?;
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
    })
}

/// A string value, trimmed, within `max` characters, free of control and
/// bidirectional override characters.
fn string(v: &Value, path: &str, max: usize) -> Result<String, Rejection> {
    let Value::String(s) = v else {
        return Err(schema(path, "must be a string"));
    };
    check_text(s, max).map_err(|m| schema(path, m))?;
    Ok(s.trim().to_string())
}

/// Checks one string against the rules that hold for every value.
pub fn check_text(s: &str, max: usize) -> Result<(), String> {
    if let Some(c) = s.chars().find(|c| is_forbidden(*c)) {
        return Err(format!("contains the forbidden character U+{:04X}", c as u32));
    }
    let n = s.trim().chars().count();
    if n > max {
        return Err(format!("is {n} characters long; at most {max} allowed"));
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
        return Err(schema(format!("{path}.{key}"), "must be an array of strings"));
    };
    if a.len() > max {
        return Err(schema(
            format!("{path}.{key}"),
            format!("holds {} entries; at most {max} allowed", a.len()),
        ));
    }
    let mut out = Vec::with_capacity(a.len());
    for (i, v) in a.iter().enumerate() {
        let p = format!("{path}.{key}[{i}]");
        let s = string(v, &p, MAX_STRING)?;
        if s.is_empty() {
            return Err(schema(p, "is empty"));
        }
        out.push(s);
    }
    Ok(out)
}

/// Turns a ccTLD code into (A-label or ASCII label, display label).
pub fn normalise_code(raw: &str) -> Result<(String, String), String> {
    if raw.starts_with('.') {
        return Err(format!("`{raw}` must be written without a leading dot"));
    }
    if raw.chars().any(|c| c.is_uppercase()) {
        return Err(format!("`{raw}` must be lower case"));
    }
    if raw.is_ascii() && !raw.starts_with("xn--") {
        if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_lowercase()) {
            return Ok((raw.to_string(), raw.to_string()));
        }
        return Err(format!("`{raw}` is not a ccTLD: two letters, or an IDN"));
    }
    if raw.contains('.') {
        return Err(format!("`{raw}` is not a single label"));
    }
    let ascii =
        idna::domain_to_ascii_strict(raw).map_err(|_| format!("`{}` is not a valid IDN label", raw.escape_debug()))?;
    let (unicode, res) = idna::domain_to_unicode(&ascii);
    if res.is_err() || !ascii.starts_with("xn--") {
        return Err(format!("`{}` is not a valid IDN label", raw.escape_debug()));
    }
    Ok((ascii, unicode))
}

/// `local@domain`, with a dotted domain and no white space.
pub fn check_addr_spec(e: &str) -> Result<(), String> {
    let bad = || format!("`{}` is not an e-mail address (local@domain)", e.escape_debug());
    let (local, domain) = e.rsplit_once('@').ok_or_else(bad)?;
    if local.is_empty() || domain.is_empty() || e.chars().any(char::is_whitespace) {
        return Err(bad());
    }
    if local.contains('@') && !(local.starts_with('"') && local.ends_with('"')) {
        return Err(bad());
    }
    let labels_ok = domain
        .split('.')
        .all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'))
        && domain.contains('.');
    let literal = domain.starts_with('[') && domain.ends_with(']');
    if !(labels_ok || literal) || domain.chars().any(|c| "()<>,;:\\\"".contains(c)) {
        return Err(bad());
    }
    Ok(())
}

/// International form: `+`, then digits, with spaces, dots, dashes or
/// parentheses between them.
pub fn check_phone(p: &str) -> Result<(), String> {
    let bad = |why: &str| format!("`{}` is not an international number: {why}", p.escape_debug());
    let Some(rest) = p.strip_prefix('+') else {
        return Err(bad("it must start with +"));
    };
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c == '(') {
        return Err(bad("digits must follow the +"));
    }
    if let Some(c) = rest.chars().find(|c| !(c.is_ascii_digit() || " .-()".contains(*c))) {
        return Err(bad(&format!("`{}` is not allowed", c.escape_debug())));
    }
    if !rest.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return Err(bad("it must end with a digit"));
    }
    let mut depth = 0i32;
    for c in rest.chars() {
        depth += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        if !(0..=1).contains(&depth) {
            return Err(bad("unbalanced parentheses"));
        }
    }
    if depth != 0 {
        return Err(bad("unbalanced parentheses"));
    }
    Ok(())
}

/// 40 (v4) or 64 (v6) hex digits, spaces ignored; returned in upper case.
pub fn normalise_fingerprint(p: &str) -> Result<String, String> {
    let hex: String = p.chars().filter(|c| *c != ' ').collect();
    if !(hex.len() == 40 || hex.len() == 64) || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!(
            "`{}` is not an OpenPGP fingerprint (40 or 64 hex digits)",
            p.escape_debug()
        ));
    }
    Ok(hex.to_ascii_uppercase())
}

/// The shape of a BCP 47 tag: a 2-3 letter language (or `x`/`i`), then
/// subtags of 1-8 letters or digits.
pub fn check_language(l: &str) -> Result<(), String> {
    let bad = || format!("`{}` is not a BCP 47 language tag", l.escape_debug());
    let mut parts = l.split('-');
    let first = parts.next().unwrap_or("");
    let lang_ok = ((2..=3).contains(&first.len()) || (5..=8).contains(&first.len()) || first == "x" || first == "i")
        && first.chars().all(|c| c.is_ascii_alphabetic());
    if !lang_ok {
        return Err(bad());
    }
    if parts.any(|p| p.is_empty() || p.len() > 8 || !p.chars().all(|c| c.is_ascii_alphanumeric())) {
        return Err(bad());
    }
    Ok(())
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
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
format = "tldops-snapshot/1"
directory = "TLD-OPS"
serial = 118
issued = 2026-11-01T06:00:00Z
expires = 2026-12-15T06:00:00Z
future_key = "ignored"

[[cctld]]
code = "tz"
registry = "Tanzania Network Information Centre"
emergency_phone = "+255 22 000 0000"

[[cctld.contact]]
name = "  Amani Mfano "
role = "Head of security"
email = ["amani@nic.tz.example"]
phone = ["+255 22 000 0001"]
mobile = ["+255 (0) 700-000.001"]
pgp = "0123 4567 89AB CDEF 0123  4567 89ab cdef 0123 4567"
languages = ["sw", "en", "pt-BR"]

[[cctld]]
code = "рф"

[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@cctld.ru.example"]
"#;

    fn with(from: &str, to: &str) -> String {
        assert!(GOOD.contains(from), "fixture lacks {from}");
        GOOD.replacen(from, to, 1)
    }

    #[test]
    fn good_snapshot_parses_and_normalises() {
        let s = parse_snapshot(GOOD.as_bytes()).unwrap();
        assert_eq!(s.serial, 118);
        assert_eq!(s.cctlds[0].contacts[0].name, "Amani Mfano");
        assert_eq!(
            s.cctlds[0].contacts[0].pgp.as_deref(),
            Some("0123456789ABCDEF0123456789ABCDEF01234567")
        );
        assert_eq!(s.cctlds[1].code, "xn--p1ai");
        assert_eq!(s.cctlds[1].label, "рф");
        assert_eq!(s.contact_count(), 2);
    }

    #[test]
    fn round_trips_through_to_toml() {
        let s = parse_snapshot(GOOD.as_bytes()).unwrap();
        let text = to_toml(&s);
        assert!(!text.lines().any(|l| l.starts_with('-') || l.starts_with("From ")));
        assert_eq!(parse_snapshot(text.as_bytes()).unwrap(), s);
    }

    #[test]
    fn rejects_each_rule_with_its_path() {
        let cases: &[(&str, String, Reason, &str)] = &[
            ("format v2", with("snapshot/1\"", "snapshot/2\""), Reason::UnsupportedFormat, "upgrade"),
            ("format other", with("tldops-snapshot/1", "other"), Reason::UnsupportedFormat, "other"),
            ("serial zero", with("serial = 118", "serial = 0"), Reason::Schema, "serial"),
            ("serial huge", with("serial = 118", "serial = 9007199254740992"), Reason::Schema, "serial"),
            ("serial string", with("serial = 118", "serial = \"118\""), Reason::Schema, "serial"),
            ("local time", with("issued = 2026-11-01T06:00:00Z", "issued = 2026-11-01T06:00:00"), Reason::Schema, "issued"),
            ("expires before", with("expires = 2026-12-15", "expires = 2026-10-15"), Reason::Schema, "expires"),
            ("no directory", with("directory = \"TLD-OPS\"", ""), Reason::Schema, "directory"),
            ("long directory", with("\"TLD-OPS\"", &format!("\"{}\"", "d".repeat(65))), Reason::Schema, "directory"),
            ("dot code", with("code = \"tz\"", "code = \".tz\""), Reason::Schema, "cctld[0].code"),
            ("upper code", with("code = \"tz\"", "code = \"TZ\""), Reason::Schema, "cctld[0].code"),
            ("dup idn", with("code = \"рф\"", "code = \"xn--p1ai\"\n[[cctld.contact]]\nname=\"x\"\nemail=[\"a@b.example\"]\n[[cctld]]\ncode = \"рф\""), Reason::Schema, "cctld[2].code"),
            ("bad email", with("amani@nic.tz.example", "amani at nic"), Reason::Schema, "cctld[0].contact[0].email[0]"),
            ("no email", with("email = [\"ivan@cctld.ru.example\"]", ""), Reason::Schema, "cctld[1].contact[0].email"),
            ("bad phone", with("+255 22 000 0001", "0022 000 0001"), Reason::Schema, "cctld[0].contact[0].phone[0]"),
            ("letters in phone", with("+255 22 000 0001", "+255 22 CALL"), Reason::Schema, "phone[0]"),
            ("bad pgp", with("0123 4567 89AB", "0123 4567 89AG"), Reason::Schema, "cctld[0].contact[0].pgp"),
            ("bad language", with("\"pt-BR\"", "\"portuguese of brazil\""), Reason::Schema, "languages[2]"),
            ("newline", with("Head of security", "Head\\nof security"), Reason::Schema, "cctld[0].contact[0].role"),
            ("bidi override", with("Head of security", "Head \u{202E}of security"), Reason::Schema, "U+202E"),
            ("C1 control", with("Head of security", "Head \u{85}of"), Reason::Schema, "U+0085"),
            ("too long", with("Head of security", &"x".repeat(257)), Reason::Schema, "at most 256"),
            ("duplicate key", with("serial = 118", "serial = 118\nserial = 119"), Reason::Schema, "TOML"),
            ("no contacts", with("[[cctld.contact]]\nname = \"Иван Иванов\"\nemail = [\"ivan@cctld.ru.example\"]", ""), Reason::Schema, "cctld[1].contact"),
        ];
        for (name, text, reason, needle) in cases {
            let err = parse_snapshot(text.as_bytes()).expect_err(name);
            assert_eq!(err.reason, *reason, "{name}: {err}");
            assert!(err.detail.contains(needle), "{name}: `{}` lacks `{needle}`", err.detail);
        }
    }

    #[test]
    fn rejects_invalid_utf8_and_too_many_contacts() {
        let mut bytes = GOOD.as_bytes().to_vec();
        bytes.extend_from_slice(b"\n# \xff\n");
        assert_eq!(parse_snapshot(&bytes).unwrap_err().reason, Reason::Schema);
        let eleven = "\n[[cctld.contact]]\nname=\"x\"\nemail=[\"a@b.example\"]".repeat(10);
        let text = format!("{GOOD}{eleven}");
        assert!(parse_snapshot(text.as_bytes())
            .unwrap_err()
            .detail
            .contains("cctld[1].contact"));
    }

    #[test]
    fn phone_and_language_shapes() {
        for ok in ["+1 202 555 0100", "+44 (0)20 7946 0000", "+255.22.000.0001"] {
            assert!(check_phone(ok).is_ok(), "{ok}");
        }
        for bad in ["+", "+ 1", "255 22", "+1 202 555 0100 ext 5", "+1 (202", "+1 202-"] {
            assert!(check_phone(bad).is_err(), "{bad}");
        }
        for ok in ["fr", "ar", "pt-BR", "zh-Hant-TW", "sr-Latn"] {
            assert!(check_language(ok).is_ok(), "{ok}");
        }
        for bad in ["", "f", "english!", "pt-", "abcd"] {
            assert!(check_language(bad).is_err(), "{bad}");
        }
    }
}
