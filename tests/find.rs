//! Finding people: every query form, the table, JSON, mutt and aerc shapes,
//! sanitising, staleness, coverage, history and diff, through the binary.

mod common;

use common::{publish_and_sync, Env};
use serde_json::Value;

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
registry = "Tanzania Network Information Centre (fictional)"
emergency_phone = "+255 22 000 0000"
[[cctld.contact]]
name = "Amani Mfano"
role = "Head of security"
email = ["amani@nic.tz.example", "security@nic.tz.example"]
phone = ["+255 22 000 0001"]
mobile = ["+255 700 000 001"]
pgp = "0123456789ABCDEF0123456789ABCDEF01234567"
languages = ["sw", "en"]
[[cctld.contact]]
name = "Neema Otieno"
email = ["neema@nic.tz.example"]

[[cctld]]
code = "рф"
[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@cctld.xn--p1ai.example"]
mobile = ["+7 900 000 0002"]

[[cctld]]
code = "ci"
[[cctld.contact]]
name = "Aïssatou Koné"
email = ["aissatou@nic.ci.example"]

[[cctld]]
code = "pl"
[[cctld.contact]]
name = "Łukasz Wiśniewski"
email = ["lukasz@dns.pl.example"]

[[cctld]]
code = "no"
[[cctld.contact]]
name = "Øystein Ødegård"
email = ["oystein@norid.no.example"]

[[cctld]]
code = "ae"
[[cctld.contact]]
name = "محمد الحسن"
email = ["m.alhassan@nic.ae.example"]

[[cctld]]
code = "tv"
[[cctld.contact]]
name = "Sione Tupou"
email = ["sione@nic.tv.example"]
note = "Mallory\u200F was here\uFEFF"
"#;

fn directory() -> Env {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 10, "2026-11-01T06:00:00Z").ok();
    env
}

fn codes(env: &Env, query: &[&str]) -> (i32, Vec<String>) {
    let mut args = vec!["find", "--json"];
    args.extend_from_slice(query);
    let r = env.run(&args);
    let v: Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{query:?}: {e}: {} {}", r.stdout, r.stderr));
    (
        r.code,
        v["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["code"].as_str().unwrap().to_string())
            .collect(),
    )
}

#[test]
fn every_query_form_finds_the_right_cctld() {
    let env = directory();
    let cases: &[(&[&str], &[&str])] = &[
        (&[".tz"], &["tz"]),
        (&["tz"], &["tz"]),
        (&["TZ"], &["tz"]),
        (&[".рф"], &["xn--p1ai"]),
        (&["рф"], &["xn--p1ai"]),
        (&["xn--p1ai"], &["xn--p1ai"]),
        (&["tanzania"], &["tz"]),
        (&["Tanzanie"], &["tz"]),
        (&["cote", "d'ivoire"], &["ci"]),
        (&["Côte d’Ivoire"], &["ci"]),
        (&["russie"], &["xn--p1ai"]),
        (&["lukasz"], &["pl"]),
        (&["oystein"], &["no"]),
        (&["ivanov"], &["xn--p1ai"]),
        (&["Иванов"], &["xn--p1ai"]),
        (&["محمد"], &["ae"]),
        (&["0001"], &["tz"]),
        (&["+255", "22", "000", "0001"], &["tz"]),
        (&["25522000"], &["tz"]),
        (&["+7 900 000"], &["xn--p1ai"]),
        (&["amani@nic"], &["tz"]),
        (&["head", "of", "security"], &["tz"]),
        (&["tz", "neema"], &["tz"]),
    ];
    for (q, want) in cases {
        let (code, got) = codes(&env, q);
        assert_eq!(code, 0, "{q:?}");
        assert_eq!(&got, want, "{q:?}");
    }
    // AND narrows to the person.
    let r = env.run(&["find", "--json", "tanzania", "neema"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["results"][0]["contacts"].as_array().unwrap().len(), 1);
    assert_eq!(v["results"][0]["contacts"][0]["name"], "Neema Otieno");
}

#[test]
fn an_exact_cctld_comes_first() {
    let env = directory();
    // "no" is Norway's code and a word in nobody's name; "tv" matches .tv exactly.
    let (_, got) = codes(&env, &["no"]);
    assert_eq!(got[0], "no");
}

#[test]
fn nothing_found_suggests_and_exits_1() {
    let env = directory();
    let r = env.run(&["find", "tanzanja"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("nothing matches `tanzanja`") && r.stderr.contains("did you mean .tz (Tanzania)?"),
        "{}",
        r.stderr
    );
    // A ccTLD of the root zone that nobody answers for is said to be so,
    // rather than taken for a typo of another.
    let r = env.run(&["find", ".tw"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("Taiwan (.tw) is in the root zone but has no contact"),
        "{}",
        r.stderr
    );
}

#[test]
fn bad_queries_get_clear_words_and_exit_codes() {
    let env = directory();
    for (q, code, words) in [
        ("!!! ???", 2, "no letters or digits"),
        (&*"x".repeat(10_000), 2, "at most 256"),
        ("東京", 1, "nothing matches"),
    ] {
        let r = env.run(&["find", q]);
        assert_eq!(r.code, code, "{}", r.stderr);
        assert!(r.stderr.contains(words), "{}", r.stderr);
    }
    let fresh = Env::new();
    let r = fresh.run(&["find", ".tz"]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("no snapshot yet") && r.stderr.contains("tldops sync"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_table_groups_by_cctld_with_the_local_time() {
    let env = directory();
    let mut c = env.command();
    let out = c.args(["find", ".tz"]).env("COLUMNS", "120").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        ".tz  Tanzania · Tanzania Network Information Centre (fictional)"
    );
    // 2026-11-02T00:00Z is 03:00 in Dar es Salaam.
    assert_eq!(
        lines[1],
        "  24x7 +255 22 000 0000 · it is 03:00 in Dar es Salaam (UTC+03:00)"
    );
    for want in [
        "Amani Mfano",
        "Head of security",
        "office +255 22 000 0001",
        "mobile +255 700 000 001",
        "0123 4567 89AB CDEF 0123",
        "sw, en",
        "Neema Otieno",
    ] {
        assert!(text.contains(want), "missing {want}:\n{text}");
    }
    assert!(lines.iter().all(|l| l.chars().count() <= 120), "{text}");
    assert!(!text.contains('\x1b'), "colour on a pipe");
    let narrow = env
        .command()
        .args(["find", ".tz"])
        .env("COLUMNS", "80")
        .output()
        .unwrap();
    let narrow = String::from_utf8(narrow.stdout).unwrap();
    assert!(narrow.lines().all(|l| l.chars().count() <= 80), "{narrow}");
    assert!(
        narrow.contains("office +255 22 000 0001"),
        "a number was split:\n{narrow}"
    );
    let coloured = env
        .command()
        .args(["--color", "always", "find", ".tz"])
        .output()
        .unwrap();
    assert!(String::from_utf8(coloured.stdout).unwrap().contains("\x1b[1m.tz"));
}

#[test]
fn json_has_the_documented_shape() {
    let env = directory();
    let r = env.run(&["find", "--format", "json", ".tz"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let snap = &v["snapshots"][0];
    assert_eq!(
        (
            snap["directory"].as_str(),
            snap["serial"].as_u64(),
            snap["stale"].as_bool()
        ),
        (Some("TLD-OPS"), Some(10), Some(false))
    );
    assert_eq!(snap["sha256"].as_str().unwrap().len(), 64);
    let hit = &v["results"][0];
    for key in [
        "directory",
        "code",
        "label",
        "territory",
        "country",
        "region",
        "time_zone",
        "utc_offset",
        "local_time",
        "registry",
        "emergency_phone",
        "contacts",
    ] {
        assert!(hit.get(key).is_some(), "missing {key}");
    }
    assert_eq!(hit["country"]["fr"], "Tanzanie");
    assert_eq!(hit["region"], "Africa");
    assert_eq!(hit["local_time"], "2026-11-02T03:00:00+03:00");
    let c = &hit["contacts"][0];
    assert_eq!(
        c["email"],
        serde_json::json!(["amani@nic.tz.example", "security@nic.tz.example"])
    );
    assert_eq!(c["mobile"], serde_json::json!(["+255 700 000 001"]));
    assert_eq!(c["pgp"], "0123456789ABCDEF0123456789ABCDEF01234567");
    assert_eq!(hit["contacts"][1]["role"], Value::Null);
}

#[test]
fn mutt_and_aerc_get_one_line_per_address() {
    let env = directory();
    let r = env.run(&["find", "--format", "mutt", "tz"]);
    r.ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines[0], "tldops: 3 addresses from TLD-OPS serial 10");
    assert_eq!(
        &lines[1..],
        [
            "amani@nic.tz.example\tAmani Mfano\t.tz Head of security",
            "security@nic.tz.example\tAmani Mfano\t.tz Head of security",
            "neema@nic.tz.example\tNeema Otieno\t.tz"
        ]
    );
    let r = env.run(&["find", "--format", "aerc", "ivanov"]);
    assert_eq!(r.stdout, "ivan@cctld.xn--p1ai.example\tИван Иванов\n");
}

#[test]
fn address_book_formats_say_everything_on_stdout_and_nothing_on_stderr() {
    let mut env = directory();
    // No match: the message line says so, exit 1.
    let r = env.run(&["find", "--format", "mutt", "zzyzx"]);
    assert_eq!((r.code, r.stderr.as_str()), (1, ""), "{}", r.stdout);
    assert_eq!(r.stdout, "tldops: no match for `zzyzx` in TLD-OPS serial 10\n");
    let r = env.run(&["find", "--format", "aerc", "zzyzx"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (1, "", ""));
    // Stale: on the message line, never on standard error.
    env.now = "2027-02-01T00:00:00Z".into();
    let r = env.run(&["find", "--format", "mutt", "neema"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{}", r.stdout);
    assert_eq!(
        r.stdout,
        "tldops: 1 address from TLD-OPS serial 10, STALE since 2026-12-16\nneema@nic.tz.example\tNeema Otieno\t.tz\n"
    );
    let r = env.run(&["find", "--format", "aerc", "neema"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (0, "neema@nic.tz.example\tNeema Otieno\n", "")
    );
    // No snapshot, a wrong directory, a broken config: still one line on stdout.
    let empty = Env::new();
    let r = empty.run(&["find", "--format", "mutt", "tz"]);
    assert_eq!((r.code, r.stderr.as_str()), (6, ""), "{}", r.stdout);
    assert!(
        r.stdout.starts_with("tldops: no snapshot yet") && r.stdout.lines().count() == 1,
        "{}",
        r.stdout
    );
    let r = env.run(&["find", "--format", "mutt", "--directory", "NOPE", "tz"]);
    assert_eq!((r.code, r.stderr.as_str()), (2, ""), "{}", r.stdout);
    assert!(
        r.stdout.starts_with("tldops: no snapshot of directory `NOPE`"),
        "{}",
        r.stdout
    );
    let r = env.run_with_env(&["find", "--format", "mutt", "tz"], &[("TLDOPS_NOW", "yesterday")]);
    assert_eq!((r.code, r.stderr.as_str()), (6, ""), "{}", r.stdout);
    assert!(r.stdout.contains("TLDOPS_NOW=`yesterday`"), "{}", r.stdout);
}

#[test]
fn invisible_and_format_characters_are_shown_escaped() {
    let env = directory();
    let r = env.run(&["find", "sione"]);
    r.ok();
    assert!(r.stdout.contains("Mallory\\u{200f} was here\\u{feff}"), "{}", r.stdout);
    assert!(!r.stdout.contains('\u{200F}'));
    // Exports stay byte-exact.
    let r = env.run(&["find", "--json", "sione"]);
    assert!(r.stdout.contains("Mallory\u{200F} was here\u{FEFF}"), "{}", r.stdout);
}

#[test]
fn a_stale_directory_still_answers_and_warns() {
    let mut env = directory();
    env.now = "2027-02-01T00:00:00Z".into();
    let r = env.run(&["find", ".tz"]);
    r.ok();
    assert!(r.stdout.contains("Amani Mfano"));
    assert!(
        r.stderr.contains("STALE: the TLD-OPS snapshot (serial 10")
            && r.stderr.contains("expired 2026-12-16 06:00 UTC"),
        "{}",
        r.stderr
    );
    for cmd in [&["list"][..], &["show", "tz"], &["coverage"]] {
        assert!(env.run(cmd).stderr.contains("STALE"), "{cmd:?}");
    }
}

#[test]
fn show_gives_one_cctld_with_its_history() {
    let env = directory();
    let changed = ROSTER.replace("+255 700 000 001", "+255 700 000 999");
    publish_and_sync(&env, &changed, 11, "2026-11-01T12:00:00Z").ok();
    let r = env.run(&["show", "--json", ".TZ"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let c = &v["results"][0]["contacts"];
    assert_eq!(
        (
            c[0]["first_seen"]["serial"].as_u64(),
            c[0]["last_changed"]["serial"].as_u64()
        ),
        (Some(10), Some(11))
    );
    assert_eq!(
        (
            c[1]["first_seen"]["serial"].as_u64(),
            c[1]["last_changed"]["serial"].as_u64()
        ),
        (Some(10), Some(10))
    );
    let r = env.run(&["show", "ao"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("coverage"), "{}", r.stderr);
}

#[test]
fn list_and_coverage_by_region() {
    let env = directory();
    let r = env.run(&["list", "--region", "africa"]);
    r.ok();
    assert!(
        r.stdout.starts_with("Africa (2)\n") && r.stdout.contains(".ci") && r.stdout.contains(".tz"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains(".pl"));
    let r = env.run(&["coverage", "--json"]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["covered"], 7);
    let africa = v["regions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["region"] == "Africa")
        .unwrap();
    assert_eq!(africa["covered"], 2);
    let missing: Vec<&str> = africa["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["code"].as_str().unwrap())
        .collect();
    assert!(missing.contains(&"ao") && missing.contains(&"ke") && !missing.contains(&"tz"));
    let r = env.run(&["coverage", "--region", "mars"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("[possible values: africa, ap, europe, lac, na]"),
        "{}",
        r.stderr
    );
}

#[test]
fn diff_and_history_across_three_snapshots() {
    let env = directory();
    // A second address swapped: the same person (same name, same first address), changed.
    let second = ROSTER.replace("security@nic.tz.example", "security@attacker.example").replace("[[cctld]]\ncode = \"tv\"", "[[cctld]]\ncode = \"ke\"\n[[cctld.contact]]\nname = \"Wanjiku Njoroge\"\nemail = [\"w@kenic.ke.example\"]\n\n[[cctld]]\ncode = \"tv\"");
    let r = publish_and_sync(&env, &second, 11, "2026-11-01T12:00:00Z");
    r.ok();
    assert!(
        r.stderr
            .contains("since serial 10: 1 contacts added, 0 removed, 1 changed"),
        "{}",
        r.stderr
    );
    let third = second.replace(
        "name = \"Neema Otieno\"\nemail = [\"neema@nic.tz.example\"]\n",
        "name = \"Neema Otieno\"\nemail = [\"neema@nic.tz.example\"]\nrole = \"CSIRT lead\"\n",
    );
    let third = third.replacen("[[cctld]]\ncode = \"pl\"\n[[cctld.contact]]\nname = \"Łukasz Wiśniewski\"\nemail = [\"lukasz@dns.pl.example\"]\n", "", 1);
    publish_and_sync(&env, &third, 12, "2026-11-02T00:00:00Z").ok();
    // Default: the one before the current against the current.
    let r = env.run(&["diff"]);
    r.ok();
    assert!(
        r.stdout
            .starts_with("TLD-OPS serial 11 → 12: 0 added, 1 removed, 1 changed"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("~ .tz  Neema Otieno (CSIRT lead, neema@nic.tz.example): role (none) → CSIRT lead"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("- .pl  ccTLD gone") && r.stdout.contains("- .pl  Łukasz Wiśniewski (lukasz@dns.pl.example)"),
        "{}",
        r.stdout
    );
    let r = env.run(&["diff", "--json", "10", "12"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["counts"], serde_json::json!({"added": 1, "removed": 1, "changed": 2}));
    assert!(v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["change"] == "contact_changed"
            && c["field"] == "email"
            && c["new"] == "amani@nic.tz.example, security@attacker.example"
            && c["role"] == "Head of security"
            && c["email"] == "amani@nic.tz.example"));
    let r = env.run(&["diff", "10", "99"]);
    assert_eq!(r.code, 2);
    let r = env.run(&["history"]);
    r.ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[1].contains("serial 10") && lines[1].contains("first kept"),
        "{}",
        r.stdout
    );
    assert!(
        lines[2].contains("serial 11") && lines[2].ends_with("+1 -0 ~1"),
        "{}",
        r.stdout
    );
    assert!(
        lines[3].contains("serial 12") && lines[3].ends_with("+0 -1 ~1"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_closed_pipe_is_a_quiet_success() {
    let env = directory();
    let mut child = env
        .command()
        .args(["coverage"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}
