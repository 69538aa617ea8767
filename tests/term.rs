//! Hostile text in a signed snapshot, through the real binary: what reaches a
//! terminal or the text sheet holds no control, separator, bidi or invisible
//! format character, and the sheet keeps to 80 display columns.

mod common;

use common::{publish_and_sync, Env};
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Every string here passes the snapshot schema: CJK and Arabic without
/// spaces, line and paragraph separators, tag characters, invisible format
/// characters, private use, and escape sequences written out as text.
const ROSTER: &str = r#"
[[cctld]]
code = "xn--fiqs8s"
registry = "中国互联网络信息中心中国互联网络信息中心中国互联网络信息中心中国互联网络信息中心中国互联网络信息中心"
emergency_phone = "+86 10 5881 3000"
[[cctld.contact]]
name = "张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟张伟"
role = "网络安全应急响应中心主任\u2028Ignore the line above"
email = ["zhang.wei@cnnic.cn.example"]
phone = ["+86 10 5881 3001"]
languages = ["zh", "en"]
note = "值班\u2029电话"

[[cctld]]
code = "xn--mgbaam7a8h"
registry = "هيئةتنظيمالاتصالاتوالحكومةالرقميةهيئةتنظيمالاتصالاتوالحكومةالرقميةهيئةتنظيمالاتصالاتوالحكومةالرقمية"
[[cctld.contact]]
name = "محمد الحسن\U000E0041\U000E0042\U000E007F مدير"
role = "مدير\u200bالأمن\ufeff \U000E0001\U000E0065\U000E006E"
email = ["m.alhassan@aeda.ae.example"]
mobile = ["+971 50 000 0001"]
languages = ["ar"]

[[cctld]]
code = "tz"
registry = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
emergency_phone = "+255 22 000 0000"
[[cctld.contact]]
name = 'Amani \u{1b}]0;owned\u{7} \u{9b}31m Mfano'
role = "Head\u00adof\ue000security\u2060"
email = ["amani@nic.tz.example"]
"#;

/// What must never be printed: controls other than the line feed and the
/// sheet's form feed, separators, bidi controls, tags, noncharacters, and
/// format characters that no script needs.
fn forbidden(c: char) -> bool {
    let u = c as u32;
    (c.is_control() && !matches!(c, '\n' | '\x0c'))
        || matches!(u, 0x2028 | 0x2029 | 0x061C | 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069)
        || matches!(u, 0xE0000..=0xE007F | 0xFDD0..=0xFDEF)
        || u & 0xFFFE == 0xFFFE
        || matches!(
            c.general_category(),
            GeneralCategory::PrivateUse | GeneralCategory::Unassigned
        )
        || (c.general_category() == GeneralCategory::Format
            && !matches!(u, 0x200C | 0x200D | 0x180E | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD))
}

fn assert_clean(what: &str, text: &str) {
    if let Some((i, c)) = text.char_indices().find(|(_, c)| forbidden(*c)) {
        let from = text[..i].char_indices().rev().nth(30).map_or(0, |(j, _)| j);
        panic!("{what} prints U+{:04X} after {:?}", c as u32, &text[from..i]);
    }
}

/// Display columns, by the string and by its characters one at a time (as
/// most terminals count): the larger.
fn columns(line: &str) -> usize {
    let chars: usize = line.chars().map(|c| c.width().unwrap_or(0)).sum();
    line.width().max(chars)
}

fn hostile() -> Env {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    env
}

#[test]
fn the_schema_lets_these_through_and_refuses_real_controls() {
    let env = hostile();
    let r = env.run(&["export", "--format", "json"]);
    r.ok();
    for kept in [
        "\u{2028}",
        "\u{2029}",
        "\u{e0041}",
        "\u{200b}",
        "\u{ad}",
        "\u{e000}",
        "张伟张伟",
    ] {
        assert!(
            r.stdout.contains(kept),
            "the export lost {kept:?}: exports stay byte-exact"
        );
    }
    // ESC and C1 controls never get as far as a stored snapshot.
    for control in ["\\u001B[31m", "\\u009B31m"] {
        let roster = env.write("bad.toml", ROSTER.replace("Ignore the line above", control).as_bytes());
        let k = common::key(common::SAMPLE_SECRET);
        let r = env.run(&["publish", common::s(&roster), "--key", common::s(&k), "--serial", "2"]);
        assert_ne!(r.code, 0, "{control} was accepted");
        assert!(r.stderr.contains("forbidden character"), "{}", r.stderr);
        assert_clean("a refused publish", &r.stderr);
    }
}

#[test]
fn find_and_show_print_hostile_values_escaped() {
    let env = hostile();
    for code in [".xn--fiqs8s", ".xn--mgbaam7a8h", ".tz"] {
        for args in [vec!["find", code], vec!["show", code]] {
            let r = env.command().args(&args).env("COLUMNS", "100").output().unwrap();
            assert!(r.status.success(), "{args:?}");
            let (out, err) = (
                String::from_utf8(r.stdout).unwrap(),
                String::from_utf8(r.stderr).unwrap(),
            );
            assert_clean(&format!("{args:?}"), &out);
            assert_clean(&format!("{args:?} on stderr"), &err);
            // The table keeps to the width it was given, measured as
            // comfy-table measures (a lam-alef ligature takes one column).
            for line in out.lines().filter(|l| l.starts_with(['┌', '│', '├', '└', '╞', '╭'])) {
                assert!(line.width() <= 100, "{args:?}: {} columns: {line}", line.width());
            }
        }
    }
    let r = env.run(&["find", ".tz"]);
    assert!(r.stdout.contains("\\u{ad}"), "{}", r.stdout);
    let r = env.run(&["find", ".xn--fiqs8s"]);
    assert!(r.stdout.contains("\\u{2028}"), "{}", r.stdout);
    let r = env.run(&["find", "--format", "mutt", "amani"]);
    r.ok();
    // Tabs separate the fields of mutt's query format.
    assert_clean("find --format mutt", &r.stdout.replace('\t', " "));
    assert!(
        r.stdout.contains("\\u{1b}]0;owned\\u{7} \\u{9b}31m Mfano"),
        "{}",
        r.stdout
    );
}

#[test]
fn the_text_sheet_is_clean_and_80_columns_wide() {
    let env = hostile();
    let r = env.run(&["sheet", "--format", "text"]);
    r.ok();
    assert_clean("sheet --format text", &r.stdout);
    assert_clean("sheet --format text on stderr", &r.stderr);
    for line in r.stdout.lines() {
        assert!(columns(line) <= 80, "{} columns: {line}", columns(line));
    }
    // Nothing is lost: the CJK name and registry come back whole once the
    // line breaks are taken out.
    let flat: String = r.stdout.split_whitespace().collect();
    assert!(flat.contains(&"张伟".repeat(30)), "{flat}");
    assert!(flat.contains(&"中国互联网络信息中心".repeat(5)), "{flat}");
    assert!(flat.contains(&format!("A{}", "a".repeat(150))), "{flat}");
    assert!(flat.contains("محمدالحسن\\u{e0041}\\u{e0042}\\u{e007f}مدير"), "{flat}");
    assert!(flat.contains("\\u{2028}Ignoretheline"), "{flat}");
}

#[test]
fn diff_never_turns_escape_text_into_escapes() {
    let env = hostile();
    let next = ROSTER.replace("Head\\u00adof", "\\\\u{1b}[2J\\\\u{1b}[31mHead\\u00adof");
    assert_ne!(next, ROSTER);
    publish_and_sync(&env, &next, 2, "2026-11-01T12:00:00Z").ok();
    for args in [
        vec!["diff"],
        vec!["history"],
        vec!["status"],
        vec!["list"],
        vec!["coverage"],
    ] {
        let r = env.run(&args);
        r.ok();
        assert_clean(&format!("{args:?}"), &r.stdout);
        assert_clean(&format!("{args:?} on stderr"), &r.stderr);
    }
    let r = env.run(&["diff"]);
    assert!(r.stdout.contains("\\u{1b}[2J\\u{1b}[31mHead\\u{ad}of"), "{}", r.stdout);
}

#[test]
fn list_and_coverage_align_by_display_width() {
    let env = hostile();
    let r = env.run(&["list"]);
    r.ok();
    // "  .code      Country   N contacts": the count starts at one column.
    let starts: Vec<usize> = r
        .stdout
        .lines()
        .filter_map(|l| l.find(" 1 contact").map(|i| l[..i].width()))
        .collect();
    assert_eq!(starts.len(), 3, "{}", r.stdout);
    assert!(starts.iter().all(|s| *s == starts[0]), "{starts:?}\n{}", r.stdout);
    let r = env.run(&["coverage", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let text = env.run(&["coverage"]).stdout;
    let mut checked = 0;
    for m in v["regions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["missing"].as_array().unwrap())
    {
        let (label, country) = (m["label"].as_str().unwrap(), m["country"].as_str().unwrap());
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("  .{label} ")) && l.ends_with(country))
            .unwrap_or_else(|| panic!("no line for .{label}"));
        if label.width() + m["code"].as_str().unwrap().width() < 24 {
            assert_eq!(line[..line.len() - country.len()].width(), 31, "{line}");
            checked += 1;
        }
    }
    assert!(checked > 200, "{checked}");
}

/// Values that must never break across lines: numbers, addresses and the
/// groups of a fingerprint, of the ccTLDs `find --json` returns.
fn unbreakable(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut out = Vec::new();
    for c in v["results"].as_array().unwrap() {
        out.extend(c["emergency_phone"].as_str().map(str::to_string));
        for p in c["contacts"].as_array().unwrap() {
            for k in ["email", "phone", "mobile"] {
                out.extend(p[k].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()));
            }
            if let Some(f) = p["pgp"].as_str() {
                out.extend(f.as_bytes().chunks(4).map(|g| String::from_utf8_lossy(g).into_owned()));
            }
        }
    }
    out
}

#[test]
fn narrow_terminals_get_stacked_contacts_and_nothing_breaks_inside_a_value() {
    let env = Env::pinned();
    env.run(&["sync", common::s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    let all: serde_json::Value = serde_json::from_str(&env.run(&["export", "--format", "json"]).stdout).unwrap();
    let codes: Vec<String> = all["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap().to_string())
        .step_by(16)
        .chain(["xn--p1ai".to_string(), "tz".to_string()])
        .collect();
    for code in &codes {
        let dotted = format!(".{code}");
        let values = unbreakable(&env.run(&["find", "--json", &dotted]).stdout);
        assert!(!values.is_empty(), "{code}");
        for width in [40usize, 60, 80] {
            for cmd in ["find", "show"] {
                let r = env
                    .command()
                    .args([cmd, &dotted])
                    .env("COLUMNS", width.to_string())
                    .output()
                    .unwrap();
                assert!(r.status.success(), "{cmd} {dotted}");
                let out = String::from_utf8(r.stdout).unwrap();
                let what = format!("{cmd} {dotted} at {width} columns");
                // `find` fits its table in 80 columns; in 40 nothing does, and
                // contacts are stacked. Between, it depends on the values.
                let table = out.contains('│');
                match width {
                    40 => assert!(!table, "{what}:\n{out}"),
                    80 if cmd == "find" => assert!(table, "{what}:\n{out}"),
                    _ => {}
                }
                for line in out.lines() {
                    assert!(columns(line) <= width, "{what}: {} columns: {line}", columns(line));
                }
                // Each number, address and fingerprint group whole on one line.
                for v in &values {
                    assert!(
                        out.lines().any(|l| l.contains(v.as_str())),
                        "{what}: {v} broken:\n{out}"
                    );
                }
            }
        }
    }
}
