//! The rules of a snapshot document, each held at its edge.

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
        (
            "format v2",
            with("snapshot/1\"", "snapshot/2\""),
            Reason::UnsupportedFormat,
            "upgrade",
        ),
        (
            "format other",
            with("tldops-snapshot/1", "other"),
            Reason::UnsupportedFormat,
            "other",
        ),
        (
            "serial zero",
            with("serial = 118", "serial = 0"),
            Reason::Schema,
            "serial",
        ),
        (
            "serial huge",
            with("serial = 118", "serial = 9007199254740992"),
            Reason::Schema,
            "serial",
        ),
        (
            "serial string",
            with("serial = 118", "serial = \"118\""),
            Reason::Schema,
            "serial",
        ),
        (
            "local time",
            with("issued = 2026-11-01T06:00:00Z", "issued = 2026-11-01T06:00:00"),
            Reason::Schema,
            "issued",
        ),
        (
            "expires before",
            with("expires = 2026-12-15", "expires = 2026-10-15"),
            Reason::Schema,
            "expires",
        ),
        (
            "no directory",
            with("directory = \"TLD-OPS\"", ""),
            Reason::Schema,
            "directory",
        ),
        (
            "long directory",
            with("\"TLD-OPS\"", &format!("\"{}\"", "d".repeat(65))),
            Reason::Schema,
            "directory",
        ),
        (
            "dot code",
            with("code = \"tz\"", "code = \".tz\""),
            Reason::Schema,
            "cctld[0].code",
        ),
        (
            "upper code",
            with("code = \"tz\"", "code = \"TZ\""),
            Reason::Schema,
            "cctld[0].code",
        ),
        (
            "dup idn",
            with(
                "code = \"рф\"",
                "code = \"xn--p1ai\"\n[[cctld.contact]]\nname=\"x\"\nemail=[\"a@b.example\"]\n[[cctld]]\ncode = \"рф\"",
            ),
            Reason::Schema,
            "cctld[2].code",
        ),
        (
            "bad email",
            with("amani@nic.tz.example", "amani at nic"),
            Reason::Schema,
            "cctld[0].contact[0].email[0]",
        ),
        (
            "no email",
            with("email = [\"ivan@cctld.ru.example\"]", ""),
            Reason::Schema,
            "cctld[1].contact[0].email",
        ),
        (
            "bad phone",
            with("+255 22 000 0001", "0022 000 0001"),
            Reason::Schema,
            "cctld[0].contact[0].phone[0]",
        ),
        (
            "letters in phone",
            with("+255 22 000 0001", "+255 22 CALL"),
            Reason::Schema,
            "phone[0]",
        ),
        (
            "bad pgp",
            with("0123 4567 89AB", "0123 4567 89AG"),
            Reason::Schema,
            "cctld[0].contact[0].pgp",
        ),
        (
            "bad language",
            with("\"pt-BR\"", "\"portuguese of brazil\""),
            Reason::Schema,
            "languages[2]",
        ),
        (
            "newline",
            with("Head of security", "Head\\nof security"),
            Reason::Schema,
            "cctld[0].contact[0].role",
        ),
        (
            "bidi override",
            with("Head of security", "Head \u{202E}of security"),
            Reason::Schema,
            "U+202E",
        ),
        (
            "C1 control",
            with("Head of security", "Head \u{85}of"),
            Reason::Schema,
            "U+0085",
        ),
        (
            "too long",
            with("Head of security", &"x".repeat(257)),
            Reason::Schema,
            "at most 256",
        ),
        (
            "duplicate key",
            with("serial = 118", "serial = 118\nserial = 119"),
            Reason::Schema,
            "TOML",
        ),
        (
            "no contacts",
            with(
                "[[cctld.contact]]\nname = \"Иван Иванов\"\nemail = [\"ivan@cctld.ru.example\"]",
                "",
            ),
            Reason::Schema,
            "cctld[1].contact",
        ),
    ];
    for (name, text, reason, needle) in cases {
        let err = parse_snapshot(text.as_bytes()).expect_err(name);
        assert_eq!(err.reason, *reason, "{name}: {err}");
        assert!(
            err.detail.to_string().contains(needle),
            "{name}: `{}` lacks `{needle}`",
            err.detail
        );
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
        .to_string()
        .contains("cctld[1].contact"));
}

#[test]
fn phone_and_language_shapes() {
    for ok in ["+1 202 555 0100", "+44 (0)20 7946 0000", "+255.22.000.0001"] {
        assert!(Phone::check(ok).is_ok(), "{ok}");
    }
    for bad in ["+", "+ 1", "255 22", "+1 202 555 0100 ext 5", "+1 (202", "+1 202-"] {
        assert!(Phone::check(bad).is_err(), "{bad}");
    }
    for ok in ["fr", "ar", "pt-BR", "zh-Hant-TW", "sr-Latn"] {
        assert!(check_language(ok).is_ok(), "{ok}");
    }
    for bad in ["", "f", "english!", "pt-", "abcd"] {
        assert!(check_language(bad).is_err(), "{bad}");
    }
}

// A document built value by value, and edited at a path, so that each case
// below changes exactly one value of an otherwise good snapshot.

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

fn list<S: AsRef<str>>(v: impl IntoIterator<Item = S>) -> Value {
    Value::Array(v.into_iter().map(|x| s(x.as_ref())).collect())
}

fn table(pairs: Vec<(&str, Value)>) -> Value {
    Value::Table(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

fn datetime(text: &str) -> Value {
    Value::Datetime(text.parse().unwrap())
}

fn contact(name: &str, email: &str) -> Value {
    table(vec![("name", s(name)), ("email", list([email]))])
}

/// `n` contacts with distinct names and addresses.
fn contacts(n: usize) -> Value {
    Value::Array(
        (0..n)
            .map(|i| contact(&format!("Person {i}"), &format!("p{i}@nic.tz.example")))
            .collect(),
    )
}

/// `n` distinct ccTLD codes: every pair of ASCII letters, then pairs of
/// Cyrillic letters (each a well-formed IDN label).
fn codes(n: usize) -> Vec<String> {
    let ascii = ('a'..='z').flat_map(|a| ('a'..='z').map(move |b| format!("{a}{b}")));
    let cyrillic = ('а'..='я').flat_map(|a| ('а'..='я').map(move |b| format!("{a}{b}")));
    ascii.chain(cyrillic).take(n).collect()
}

fn cctlds(n: usize) -> Value {
    Value::Array(
        codes(n)
            .iter()
            .map(|c| table(vec![("code", s(c)), ("contact", contacts(1))]))
            .collect(),
    )
}

/// A good snapshot using every key once: `cctld[0]` is `.tz` with two
/// contacts, `cctld[1]` is `.рф` with one.
fn doc() -> Table {
    let amani = table(vec![
        ("name", s("Amani Mfano")),
        ("role", s("Head of security")),
        ("email", list(["amani@nic.tz.example", "security@nic.tz.example"])),
        ("phone", list(["+255 22 000 0001"])),
        ("mobile", list(["+255 700 000 001"])),
        ("pgp", s("0123456789ABCDEF0123456789ABCDEF01234567")),
        ("languages", list(["sw", "en"])),
        ("note", s("Reachable 07:00-19:00 local time.")),
        ("id", s("tz-0001")),
    ]);
    let tz = table(vec![
        ("code", s("tz")),
        ("registry", s("Tanzania Network Information Centre")),
        ("emergency_phone", s("+255 22 000 0000")),
        (
            "contact",
            Value::Array(vec![amani, contact("Neema Juma", "neema@nic.tz.example")]),
        ),
    ]);
    let rf = table(vec![
        ("code", s("рф")),
        (
            "contact",
            Value::Array(vec![contact("Иван Иванов", "ivan@cctld.ru.example")]),
        ),
    ]);
    let Value::Table(t) = table(vec![
        ("format", s(FORMAT)),
        ("directory", s("TLD-OPS")),
        ("serial", Value::Integer(118)),
        ("issued", datetime("2026-11-01T06:00:00Z")),
        ("expires", datetime("2026-12-15T06:00:00Z")),
        ("cctld", Value::Array(vec![tz, rf])),
    ]) else {
        unreachable!()
    };
    t
}

/// Sets (or, with `None`, removes) the value at `path`, such as
/// `cctld[0].contact[1].email[0]`. An index one past the end appends.
fn set(doc: &mut Table, path: &str, value: Option<Value>) {
    fn split(seg: &str) -> (&str, Option<usize>) {
        match seg.split_once('[') {
            Some((k, i)) => (k, Some(i.trim_end_matches(']').parse().unwrap())),
            None => (seg, None),
        }
    }
    let mut segs: Vec<&str> = path.split('.').collect();
    let last = segs.pop().unwrap();
    let mut t = doc;
    for seg in segs {
        let (k, i) = split(seg);
        let mut v = t.get_mut(k).unwrap_or_else(|| panic!("no {k} in {path}"));
        if let Some(i) = i {
            v = &mut v.as_array_mut().unwrap()[i];
        }
        t = v.as_table_mut().unwrap();
    }
    let (k, i) = split(last);
    match (i, value) {
        (None, Some(v)) => {
            t.insert(k.to_string(), v);
        }
        (None, None) => {
            t.remove(k);
        }
        (Some(i), v) => {
            let a = t.get_mut(k).unwrap().as_array_mut().unwrap();
            match v {
                Some(v) if i == a.len() => a.push(v),
                Some(v) => a[i] = v,
                None => {
                    a.remove(i);
                }
            }
        }
    }
}

/// One value changed; `at` is `None` when the snapshot must pass, or the
/// reason and the path that the rejection must name.
struct Case {
    name: &'static str,
    path: &'static str,
    value: Option<Value>,
    at: Option<(Reason, &'static str)>,
}

fn ok(name: &'static str, path: &'static str, value: Value) -> Case {
    Case {
        name,
        path,
        value: Some(value),
        at: None,
    }
}

fn bad(name: &'static str, path: &'static str, value: Value, at: &'static str) -> Case {
    Case {
        name,
        path,
        value: Some(value),
        at: Some((Reason::Schema, at)),
    }
}

fn gone(name: &'static str, path: &'static str, at: &'static str) -> Case {
    Case {
        name,
        path,
        value: None,
        at: Some((Reason::Schema, at)),
    }
}

fn run(cases: Vec<Case>) {
    let mut failures = Vec::new();
    for c in cases {
        let mut d = doc();
        set(&mut d, c.path, c.value);
        let text = d.to_string();
        match (parse_snapshot(text.as_bytes()), c.at) {
            (Ok(_), None) => {}
            (Ok(_), Some((reason, at))) => failures.push(format!("{}: accepted; expected {reason} at {at}", c.name)),
            (Err(e), None) => failures.push(format!("{}: rejected: {e}", c.name)),
            (Err(e), Some((reason, at))) => {
                if e.reason != reason || !e.detail.to_string().starts_with(&format!("{at}: ")) {
                    failures.push(format!("{}: expected {reason} at {at}, got {e}", c.name));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const MAX: i64 = (1 << 53) - 1;

#[test]
fn the_document_built_here_is_good() {
    let s = parse_snapshot(doc().to_string().as_bytes()).unwrap();
    assert_eq!(s.contact_count(), 3);
    assert_eq!(s.cctlds[0].contacts[0].id.as_deref(), Some("tz-0001"));
}

#[test]
fn top_level_rules_at_their_edges() {
    run(vec![
        gone("format missing", "format", "format"),
        ok("format with spaces around", "format", s("  tldops-snapshot/1 ")),
        bad("format not a string", "format", Value::Integer(1), "format"),
        bad("format with a newline", "format", s("tldops-snapshot/1\n"), "format"),
        ok("directory of 64", "directory", s(&"d".repeat(64))),
        ok("directory of 64 non-ASCII", "directory", s(&"é".repeat(64))),
        ok("directory of 1", "directory", s("d")),
        ok("directory with inner space", "directory", s("TLD OPS")),
        bad("directory of 65", "directory", s(&"d".repeat(65)), "directory"),
        bad(
            "directory of 65 non-ASCII",
            "directory",
            s(&"é".repeat(65)),
            "directory",
        ),
        bad("directory empty", "directory", s(""), "directory"),
        bad("directory blank", "directory", s("   "), "directory"),
        bad("directory zero-width", "directory", s("TLD\u{200b}OPS"), "directory"),
        bad("directory no-break space", "directory", s("TLD\u{a0}OPS"), "directory"),
        bad("directory soft hyphen", "directory", s("TLD\u{ad}OPS"), "directory"),
        bad("directory not a string", "directory", Value::Integer(1), "directory"),
        gone("directory missing", "directory", "directory"),
        ok("serial 1", "serial", Value::Integer(1)),
        ok("serial 2^53-1", "serial", Value::Integer(MAX)),
        bad("serial 0", "serial", Value::Integer(0), "serial"),
        bad("serial -1", "serial", Value::Integer(-1), "serial"),
        bad("serial 2^53", "serial", Value::Integer(MAX + 1), "serial"),
        bad("serial i64::MIN", "serial", Value::Integer(i64::MIN), "serial"),
        bad("serial a string", "serial", s("118"), "serial"),
        bad("serial a float", "serial", Value::Float(118.0), "serial"),
        gone("serial missing", "serial", "serial"),
        ok(
            "expires one second after issued",
            "expires",
            datetime("2026-11-01T06:00:01Z"),
        ),
        ok(
            "expires in another offset",
            "expires",
            datetime("2026-11-01T09:00:01+03:00"),
        ),
        bad(
            "expires at issued",
            "expires",
            datetime("2026-11-01T06:00:00Z"),
            "expires",
        ),
        bad(
            "expires at issued, another offset",
            "expires",
            datetime("2026-11-01T09:00:00+03:00"),
            "expires",
        ),
        bad(
            "expires before issued",
            "expires",
            datetime("2026-10-01T06:00:00Z"),
            "expires",
        ),
        bad(
            "expires a local date-time",
            "expires",
            datetime("2026-12-15T06:00:00"),
            "expires",
        ),
        bad(
            "issued a local date-time",
            "issued",
            datetime("2026-11-01T06:00:00"),
            "issued",
        ),
        bad("issued a date", "issued", datetime("2026-11-01"), "issued"),
        bad("issued a time", "issued", datetime("06:00:00"), "issued"),
        bad("issued a string", "issued", s("2026-11-01T06:00:00Z"), "issued"),
        gone("issued missing", "issued", "issued"),
        gone("expires missing", "expires", "expires"),
        ok("1,000 ccTLDs", "cctld", cctlds(1000)),
        ok("one ccTLD", "cctld", cctlds(1)),
        bad("1,001 ccTLDs", "cctld", cctlds(1001), "cctld"),
        bad("no ccTLD", "cctld", cctlds(0), "cctld"),
        bad("cctld a table", "cctld", table(vec![("code", s("tz"))]), "cctld"),
        bad("cctld entry a string", "cctld[0]", s("tz"), "cctld[0]"),
        gone("cctld missing", "cctld", "cctld"),
        ok(
            "unknown keys ignored",
            "future",
            table(vec![("x", Value::Boolean(true))]),
        ),
        ok("unknown key of any type", "cctld[0].future", Value::Float(1.5)),
        ok(
            "unknown contact key",
            "cctld[0].contact[0].future",
            Value::Array(vec![]),
        ),
    ]);
}

#[test]
fn a_later_major_format_is_named_and_upgrading_is_the_fix() {
    for (f, later) in [
        ("tldops-snapshot/2", true),
        ("tldops-snapshot/10", true),
        ("tldops-snapshot/2.1", true),
        ("tldops-snapshot/1.1", false),
        ("tldops-snapshot/0", false),
        ("tldops-snapshot/", false),
        ("tldops-snapshot/x", false),
        ("other", false),
    ] {
        let mut d = doc();
        set(&mut d, "format", Some(s(f)));
        let e = parse_snapshot(d.to_string().as_bytes()).unwrap_err();
        assert_eq!(e.reason, Reason::UnsupportedFormat, "{f}: {e}");
        assert!(e.detail.to_string().starts_with("format: "), "{f}: {e}");
        assert!(e.detail.to_string().contains(&format!("`{f}`")), "{f}: {e}");
        assert_eq!(e.detail.to_string().contains("upgrade tldops"), later, "{f}: {e}");
    }
    // A roster may leave the format out; one that names a later one is refused.
    let mut d = doc();
    d.remove("format");
    assert!(parse_roster(d.to_string().as_bytes()).is_ok());
    set(&mut d, "format", Some(s("tldops-snapshot/2")));
    assert_eq!(
        parse_roster(d.to_string().as_bytes()).unwrap_err().reason,
        Reason::UnsupportedFormat
    );
}

#[test]
fn cctld_rules_at_their_edges() {
    run(vec![
        ok("two letters", "cctld[0].code", s("ad")),
        ok("code with spaces around", "cctld[0].code", s(" ad ")),
        ok("A-label", "cctld[1].code", s("xn--p1ai")),
        ok("U-label", "cctld[1].code", s("срб")),
        ok("A-label of срб", "cctld[1].code", s("xn--90a3ac")),
        ok("Devanagari U-label", "cctld[1].code", s("भारत")),
        ok("Tamil U-label", "cctld[1].code", s("இந்தியா")),
        ok("Arabic U-label", "cctld[1].code", s("مصر")),
        ok("Chinese U-label", "cctld[1].code", s("中国")),
        bad("three letters", "cctld[0].code", s("com"), "cctld[0].code"),
        bad("one letter", "cctld[0].code", s("t"), "cctld[0].code"),
        bad("letter and digit", "cctld[0].code", s("t1"), "cctld[0].code"),
        bad("two digits", "cctld[0].code", s("12"), "cctld[0].code"),
        bad("empty", "cctld[0].code", s(""), "cctld[0].code"),
        bad("upper case", "cctld[0].code", s("TZ"), "cctld[0].code"),
        bad("leading dot", "cctld[0].code", s(".tz"), "cctld[0].code"),
        bad("two labels", "cctld[0].code", s("co.tz"), "cctld[0].code"),
        bad("inner space", "cctld[0].code", s("t z"), "cctld[0].code"),
        bad("fullwidth letters", "cctld[0].code", s("ｔｚ"), "cctld[0].code"),
        bad("bare xn--", "cctld[1].code", s("xn--"), "cctld[1].code"),
        bad("A-label of ASCII", "cctld[1].code", s("xn--abc-"), "cctld[1].code"),
        bad(
            "A-label not punycode",
            "cctld[1].code",
            s("xn--99999999"),
            "cctld[1].code",
        ),
        bad(
            "A-label with a trailing hyphen",
            "cctld[1].code",
            s("xn--p1ai-"),
            "cctld[1].code",
        ),
        bad("A-label in upper case", "cctld[1].code", s("XN--P1AI"), "cctld[1].code"),
        bad("A-label of a symbol", "cctld[1].code", s("xn--ls8h"), "cctld[1].code"),
        bad("U-label in upper case", "cctld[1].code", s("РФ"), "cctld[1].code"),
        bad("U-label of two labels", "cctld[1].code", s("рф。рф"), "cctld[1].code"),
        bad("U-label of a digit", "cctld[1].code", s("٣"), "cctld[1].code"),
        bad("U-label not canonical", "cctld[1].code", s("ｒф"), "cctld[1].code"),
        bad(
            "A-label over 63",
            "cctld[1].code",
            s(&format!("xn--{}", "a".repeat(60))),
            "cctld[1].code",
        ),
        bad("code a number", "cctld[0].code", Value::Integer(1), "cctld[0].code"),
        gone("code missing", "cctld[0].code", "cctld[0].code"),
        bad("code twice", "cctld[1].code", s("tz"), "cctld[1].code"),
        bad("code twice as A-label", "cctld[0].code", s("xn--p1ai"), "cctld[1].code"),
        ok("registry of 256", "cctld[0].registry", s(&"r".repeat(256))),
        bad(
            "registry of 257",
            "cctld[0].registry",
            s(&"r".repeat(257)),
            "cctld[0].registry",
        ),
        ok("emergency phone", "cctld[0].emergency_phone", s("+1 (202) 555-0100")),
        bad(
            "emergency phone national",
            "cctld[0].emergency_phone",
            s("022 000 0000"),
            "cctld[0].emergency_phone",
        ),
        ok("10 contacts", "cctld[0].contact", contacts(10)),
        ok("1 contact", "cctld[0].contact", contacts(1)),
        bad("11 contacts", "cctld[0].contact", contacts(11), "cctld[0].contact"),
        bad("no contact", "cctld[0].contact", contacts(0), "cctld[0].contact"),
        bad("contact a string", "cctld[0].contact", s("x"), "cctld[0].contact"),
        bad(
            "contact entry a string",
            "cctld[0].contact[1]",
            s("x"),
            "cctld[0].contact[1]",
        ),
        gone("contact missing", "cctld[1].contact", "cctld[1].contact"),
    ]);
}

fn emails(n: usize) -> Value {
    list((0..n).map(|i| format!("a{i}@nic.tz.example")))
}

fn phones(n: usize) -> Value {
    list((0..n).map(|i| format!("+255 22 000 000{i}")))
}

#[test]
fn contact_rules_at_their_edges() {
    run(vec![
        gone("name missing", "cctld[0].contact[0].name", "cctld[0].contact[0].name"),
        bad(
            "name empty",
            "cctld[0].contact[0].name",
            s(""),
            "cctld[0].contact[0].name",
        ),
        bad(
            "name blank",
            "cctld[0].contact[0].name",
            s(" \u{3000} "),
            "cctld[0].contact[0].name",
        ),
        bad(
            "name a list",
            "cctld[0].contact[0].name",
            list(["a"]),
            "cctld[0].contact[0].name",
        ),
        ok("5 e-mails", "cctld[0].contact[0].email", emails(5)),
        ok("1 e-mail", "cctld[0].contact[0].email", emails(1)),
        bad(
            "6 e-mails",
            "cctld[0].contact[0].email",
            emails(6),
            "cctld[0].contact[0].email",
        ),
        bad(
            "no e-mail",
            "cctld[0].contact[0].email",
            emails(0),
            "cctld[0].contact[0].email",
        ),
        gone(
            "e-mail missing",
            "cctld[0].contact[0].email",
            "cctld[0].contact[0].email",
        ),
        bad(
            "e-mail a string",
            "cctld[0].contact[0].email",
            s("a@nic.tz.example"),
            "cctld[0].contact[0].email",
        ),
        bad(
            "e-mail entry a number",
            "cctld[0].contact[0].email[1]",
            Value::Integer(1),
            "cctld[0].contact[0].email[1]",
        ),
        bad(
            "e-mail entry empty",
            "cctld[0].contact[0].email[1]",
            s(" "),
            "cctld[0].contact[0].email[1]",
        ),
        bad(
            "second e-mail bad",
            "cctld[0].contact[0].email[1]",
            s("security"),
            "cctld[0].contact[0].email[1]",
        ),
        bad(
            "e-mail of another contact",
            "cctld[1].contact[0].email[0]",
            s("@"),
            "cctld[1].contact[0].email[0]",
        ),
        ok("5 phones", "cctld[0].contact[0].phone", phones(5)),
        bad(
            "6 phones",
            "cctld[0].contact[0].phone",
            phones(6),
            "cctld[0].contact[0].phone",
        ),
        ok("5 mobiles", "cctld[0].contact[0].mobile", phones(5)),
        bad(
            "6 mobiles",
            "cctld[0].contact[0].mobile",
            phones(6),
            "cctld[0].contact[0].mobile",
        ),
        ok("no phone", "cctld[0].contact[0].phone", phones(0)),
        bad(
            "phone a string",
            "cctld[0].contact[0].phone",
            s("+1 202 555 0100"),
            "cctld[0].contact[0].phone",
        ),
        bad(
            "phone national",
            "cctld[0].contact[0].phone[0]",
            s("022 000 0001"),
            "cctld[0].contact[0].phone[0]",
        ),
        bad(
            "mobile with letters",
            "cctld[0].contact[0].mobile[1]",
            s("+255 CALL ME"),
            "cctld[0].contact[0].mobile[1]",
        ),
        ok("role of 256", "cctld[0].contact[0].role", s(&"r".repeat(256))),
        bad(
            "role of 257",
            "cctld[0].contact[0].role",
            s(&"r".repeat(257)),
            "cctld[0].contact[0].role",
        ),
        ok("note of 1,024", "cctld[0].contact[0].note", s(&"n".repeat(1024))),
        ok(
            "note of 1,024 non-ASCII",
            "cctld[0].contact[0].note",
            s(&"ñ".repeat(1024)),
        ),
        bad(
            "note of 1,025",
            "cctld[0].contact[0].note",
            s(&"n".repeat(1025)),
            "cctld[0].contact[0].note",
        ),
        ok("name of 256", "cctld[0].contact[0].name", s(&"n".repeat(256))),
        ok("name of 256 non-ASCII", "cctld[0].contact[0].name", s(&"ß".repeat(256))),
        ok(
            "name of 256 and spaces",
            "cctld[0].contact[0].name",
            s(&format!("  {}  ", "n".repeat(256))),
        ),
        bad(
            "name of 257",
            "cctld[0].contact[0].name",
            s(&"n".repeat(257)),
            "cctld[0].contact[0].name",
        ),
        bad(
            "name of 257 non-ASCII",
            "cctld[0].contact[0].name",
            s(&"ß".repeat(257)),
            "cctld[0].contact[0].name",
        ),
        bad(
            "language tag with an underscore",
            "cctld[0].contact[0].languages[1]",
            s("en_GB"),
            "cctld[0].contact[0].languages[1]",
        ),
        ok("many languages", "cctld[0].contact[0].languages", list(["en"; 30])),
        bad(
            "languages a string",
            "cctld[0].contact[0].languages",
            s("en"),
            "cctld[0].contact[0].languages",
        ),
        bad(
            "language empty",
            "cctld[0].contact[0].languages[0]",
            s(""),
            "cctld[0].contact[0].languages[0]",
        ),
    ]);
}

#[test]
fn fingerprints_at_their_edges() {
    const P: &str = "cctld[0].contact[0].pgp";
    let hex = |n: usize| "0123456789ABCDEF".chars().cycle().take(n).collect::<String>();
    run(vec![
        ok("40 hex", P, s(&hex(40))),
        ok("64 hex", P, s(&hex(64))),
        ok(
            "40 lower-case hex in groups",
            P,
            s("0123 4567 89ab cdef 0123  4567 89ab cdef 0123 4567"),
        ),
        bad("39 hex", P, s(&hex(39)), P),
        bad("41 hex", P, s(&hex(41)), P),
        bad("63 hex", P, s(&hex(63)), P),
        bad("65 hex", P, s(&hex(65)), P),
        bad("16-hex key ID", P, s(&hex(16)), P),
        bad("0x prefix", P, s(&format!("0x{}", hex(40))), P),
        bad("not hex", P, s(&format!("G{}", hex(39))), P),
        bad("empty", P, s(""), P),
        bad("a number", P, Value::Integer(1), P),
    ]);
    let mut d = doc();
    set(&mut d, P, Some(s("0123 4567 89ab cdef 0123  4567 89ab cdef 0123 4567")));
    let snap = parse_snapshot(d.to_string().as_bytes()).unwrap();
    assert_eq!(
        snap.cctlds[0].contacts[0].pgp.as_deref(),
        Some("0123456789ABCDEF0123456789ABCDEF01234567")
    );
}

#[test]
fn ids_at_their_edges() {
    const I: &str = "cctld[0].contact[0].id";
    run(vec![
        ok("1 character", I, s("a")),
        ok("64 characters", I, s(&"a".repeat(64))),
        ok("every allowed character", I, s("AZaz09._-")),
        ok("spaces around", I, s(" tz-1 ")),
        bad("65 characters", I, s(&"a".repeat(65)), I),
        bad("empty", I, s(""), I),
        bad("blank", I, s("  "), I),
        bad("inner space", I, s("tz 1"), I),
        bad("slash", I, s("tz/1"), I),
        bad("colon", I, s("tz:1"), I),
        bad("non-ASCII letter", I, s("tzé"), I),
        bad("a number", I, Value::Integer(1), I),
    ]);
}

#[test]
fn every_string_rule_at_its_edges() {
    const R: &str = "cctld[0].contact[0].role";
    let with = |c: char| s(&format!("Head{c}of security"));
    let mut cases = Vec::new();
    for (name, c) in [
        ("U+0000", '\u{0}'),
        ("U+0009 tab", '\t'),
        ("U+000A LF", '\n'),
        ("U+000D CR", '\r'),
        ("U+001F", '\u{1f}'),
        ("U+007F", '\u{7f}'),
        ("U+0080", '\u{80}'),
        ("U+0085", '\u{85}'),
        ("U+009F", '\u{9f}'),
        ("U+202A", '\u{202a}'),
        ("U+202E", '\u{202e}'),
        ("U+2066", '\u{2066}'),
        ("U+2069", '\u{2069}'),
    ] {
        cases.push(bad(name, R, with(c), R));
    }
    for (name, c) in [
        ("U+0020", ' '),
        ("U+007E", '~'),
        ("U+00A0", '\u{a0}'),
        ("U+2029", '\u{2029}'),
        ("U+202F", '\u{202f}'),
        ("U+2065", '\u{2065}'),
        ("U+206A", '\u{206a}'),
        ("Arabic", 'ع'),
        ("Hebrew", 'ש'),
    ] {
        cases.push(ok(name, R, with(c)));
    }
    cases.push(bad(
        "bidi in a name",
        "cctld[1].contact[0].name",
        s("Иван\u{202e}"),
        "cctld[1].contact[0].name",
    ));
    cases.push(bad(
        "LF in an e-mail",
        "cctld[1].contact[0].email[0]",
        s("ivan@cctld.ru.example\n"),
        "cctld[1].contact[0].email[0]",
    ));
    cases.push(bad("LF in a code", "cctld[0].code", s("tz\n"), "cctld[0].code"));
    cases.push(bad(
        "LF in a registry",
        "cctld[0].registry",
        s("a\nb"),
        "cctld[0].registry",
    ));
    cases.push(bad(
        "LF in a note",
        "cctld[0].contact[0].note",
        s("a\nb"),
        "cctld[0].contact[0].note",
    ));
    cases.push(bad(
        "LF in an id",
        "cctld[0].contact[0].id",
        s("a\nb"),
        "cctld[0].contact[0].id",
    ));
    cases.push(bad(
        "LF in a fingerprint",
        "cctld[0].contact[0].pgp",
        s("\n0123456789ABCDEF0123456789ABCDEF01234567"),
        "cctld[0].contact[0].pgp",
    ));
    cases.push(bad(
        "LF in a language",
        "cctld[0].contact[0].languages[0]",
        s("en\n"),
        "cctld[0].contact[0].languages[0]",
    ));
    cases.push(bad(
        "LF in a phone",
        "cctld[0].contact[0].phone[0]",
        s("+1 202\n555"),
        "cctld[0].contact[0].phone[0]",
    ));
    run(cases);

    // Values are kept without the white space around them.
    let mut d = doc();
    set(
        &mut d,
        "cctld[0].contact[0].name",
        Some(s("\u{3000} Amani Mfano \u{a0}")),
    );
    set(
        &mut d,
        "cctld[0].contact[0].email[0]",
        Some(s(" amani@nic.tz.example ")),
    );
    set(&mut d, "cctld[0].contact[0].role", Some(s("  ")));
    let snap = parse_snapshot(d.to_string().as_bytes()).unwrap();
    let c = &snap.cctlds[0].contacts[0];
    assert_eq!(c.name, "Amani Mfano");
    assert_eq!(c.email[0], "amani@nic.tz.example");
    assert_eq!(c.role, None);
}

#[test]
fn addr_spec_shapes() {
    let local64 = format!("{}@x.example", "l".repeat(64));
    let local65 = format!("{}@x.example", "l".repeat(65));
    let label63 = format!("a@{}.example", "d".repeat(63));
    let label64 = format!("a@{}.example", "d".repeat(64));
    let domain = |last: usize| format!("a@{}.{}.example", vec!["d".repeat(63); 3].join("."), "d".repeat(last));
    let (domain253, domain254) = (domain(53), domain(54));
    assert_eq!(domain253.len() - 2, 253);
    let good = [
        "a@b.example",
        "first.last+tag@nic.tz.example",
        "o'brien@nic.ie.example",
        "x!#$%&'*/=?^_`{|}~-y@x.example",
        "\"a b\"@x.example",
        "\"a\\\"b\"@x.example",
        "ünï@x.example",
        "ivan@пример.рф",
        "a@x.xn--p1ai",
        "a@1.2.example",
        "a@B.EXAMPLE",
        &local64,
        &label63,
        &domain253,
    ];
    for e in good {
        assert!(check_addr_spec(e).is_ok(), "{e}: {:?}", check_addr_spec(e));
    }
    let bad = [
        ("no @", "a"),
        ("only @", "@"),
        ("no local part", "@x.example"),
        ("no domain", "a@"),
        ("one-label domain", "a@localhost"),
        ("two @", "a@@x.example"),
        ("@ in an unquoted local part", "a@b@x.example"),
        ("space in the local part", "a b@x.example"),
        ("two dots", "a..b@x.example"),
        ("leading dot", ".a@x.example"),
        ("trailing dot before @", "a.@x.example"),
        ("parenthesis", "a(b)@x.example"),
        ("comma", "a,b@x.example"),
        ("unclosed quote", "\"a@x.example"),
        ("bare quote inside quotes", "\"a\"b\"@x.example"),
        ("empty label", "a@x..example"),
        ("trailing dot", "a@x.example."),
        ("leading hyphen", "a@-x.example"),
        ("trailing hyphen", "a@x-.example"),
        ("underscore", "a@x_y.example"),
        ("address literal", "a@[192.0.2.1]"),
        ("numeric TLD", "a@x.123"),
        ("space in the domain", "a@x .example"),
        ("local part over 64", &local65),
        ("label over 63", &label64),
        ("domain over 253", &domain254),
    ];
    for (name, e) in bad {
        assert!(check_addr_spec(e).is_err(), "{name}: `{e}` accepted");
    }
}

#[test]
fn language_tag_shapes() {
    let good = [
        "fr",
        "ar",
        "sw",
        "pt-BR",
        "zh-Hant-TW",
        "sr-Latn",
        "es-419",
        "de-CH-1901",
        "sl-rozaj-biske",
        "zh-yue-HK",
        "zh-min-nan",
        "en-a-bbb-x-a-ccc",
        "en-US-u-islamcal",
        "x-whatever",
        "qaa-Qaaa-QM-x-southern",
        "i-klingon",
        "en-GB-oed",
        "art-lojban",
        "haw",
        "frenchy",
    ];
    for l in good {
        assert!(check_language(l).is_ok(), "{l}");
    }
    let bad = [
        "",
        "f",
        "english!",
        "pt-",
        "-pt",
        "pt--BR",
        "abcd",
        "x",
        "i",
        "i-foo",
        "x-",
        "en-x",
        "en-a",
        "en-a-x-foo",
        "de-419-DE",
        "en-US-US",
        "de-1901-1901",
        "en-a-bbb-a-ccc",
        "abcdefghi",
        "en-abcdefghi",
        "1a",
        "pt_BR",
        "pt BR",
        "en-1",
        "ar-aaa-bbb-ccc-ddd",
    ];
    for l in bad {
        assert!(check_language(l).is_err(), "{l}");
    }
}

#[test]
fn contact_identity_is_unique_in_a_directory() {
    let namesake = |email: &str| contact("Neema Juma", email);
    let with_id =
        |name: &str, email: &str, id: &str| table(vec![("name", s(name)), ("email", list([email])), ("id", s(id))]);
    run(vec![
        bad(
            "same name, same first e-mail",
            "cctld[0].contact[2]",
            namesake("neema@nic.tz.example"),
            "cctld[0].contact[2]",
        ),
        bad(
            "same folded name, same folded e-mail",
            "cctld[0].contact[2]",
            contact("  NEEMA  júma ", "Neema@NIC.tz.example"),
            "cctld[0].contact[2]",
        ),
        bad(
            "duplicate earlier than the first",
            "cctld[0].contact[0]",
            namesake("neema@nic.tz.example"),
            "cctld[0].contact[1]",
        ),
        ok(
            "namesakes with other e-mails",
            "cctld[0].contact[2]",
            namesake("juma@nic.tz.example"),
        ),
        ok(
            "same first e-mail, another name",
            "cctld[0].contact[2]",
            contact("Neema Mushi", "neema@nic.tz.example"),
        ),
        ok(
            "same second e-mail",
            "cctld[0].contact[2]",
            table(vec![
                ("name", s("Neema Mushi")),
                ("email", list(["mushi@nic.tz.example", "security@nic.tz.example"])),
            ]),
        ),
        ok(
            "namesake in another ccTLD",
            "cctld[1].contact[1]",
            namesake("neema@nic.tz.example"),
        ),
        ok(
            "namesakes told apart by their ids",
            "cctld[0].contact[2]",
            with_id("Neema Juma", "neema@nic.tz.example", "tz-0002"),
        ),
        bad(
            "an id twice in one ccTLD",
            "cctld[0].contact[2]",
            with_id("Someone Else", "else@nic.tz.example", "tz-0001"),
            "cctld[0].contact[2].id",
        ),
        bad(
            "an id twice in the directory",
            "cctld[1].contact[1]",
            with_id("Someone Else", "else@nic.tz.example", "tz-0001"),
            "cctld[1].contact[1].id",
        ),
        ok(
            "ids differ only in case",
            "cctld[1].contact[1]",
            with_id("Someone Else", "else@nic.tz.example", "TZ-0001"),
        ),
    ]);
    // A roster is held to the same rule.
    let mut d = doc();
    set(&mut d, "cctld[0].contact[2]", Some(namesake("neema@nic.tz.example")));
    let e = parse_roster(d.to_string().as_bytes()).unwrap_err();
    assert!(e.detail.to_string().starts_with("cctld[0].contact[2]: "), "{e}");
    assert!(e.detail.to_string().contains("cctld[0].contact[1]"), "{e}");
}

#[test]
fn ids_survive_the_round_trip() {
    let s = parse_snapshot(doc().to_string().as_bytes()).unwrap();
    let again = parse_snapshot(to_toml(&s).as_bytes()).unwrap();
    assert_eq!(again, s);
    assert_eq!(again.cctlds[0].contacts[0].id.as_deref(), Some("tz-0001"));
}

#[test]
fn every_cctld_of_the_root_zone_is_a_code_in_both_spellings() {
    let mut failures = Vec::new();
    for r in crate::refdata::all() {
        for spelling in [r.code, r.label] {
            match normalise_code(spelling) {
                Ok((code, label)) if code == r.code && label == r.label => {}
                other => failures.push(format!("{spelling}: {other:?}")),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_date_time_without_an_offset_is_named_as_such() {
    for (name, v) in [
        ("local date-time", "2026-11-01T06:00:00"),
        ("date", "2026-11-01"),
        ("time", "06:00:00"),
    ] {
        let mut d = doc();
        set(&mut d, "issued", Some(datetime(v)));
        let e = parse_snapshot(d.to_string().as_bytes()).unwrap_err();
        assert!(
            e.detail
                .to_string()
                .starts_with("issued: must be an offset date-time with a date, a time and an offset"),
            "{name}: {e}"
        );
    }
}

#[test]
fn a_toml_error_names_its_line() {
    let text = "format = \"tldops-snapshot/1\"\ndirectory = \"TLD-OPS\"\nserial = = 1\n";
    let e = parse_snapshot(text.as_bytes()).unwrap_err();
    assert_eq!(e.reason, Reason::Schema);
    assert!(
        e.detail.to_string().starts_with("document: not valid TOML at line 3:"),
        "{e}"
    );
}
