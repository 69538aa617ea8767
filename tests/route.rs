//! Routing evidence through the binary: every form `find` and `route`
//! understand, a mixed feed of thousands of lines with known answers,
//! generic and uncovered TLDs, hostile input, and mail drafts read back by
//! Python's `email` package and opened by neomutt in tmux.

mod common;

use common::{publish_and_sync, read_drafts, root, s, tool, Env, Run};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
registry = "Tanzania Network Information Centre (fictional)"
emergency_phone = "+255 22 000 0000"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example", "security@nic.tz.example"]
phone = ["+255 22 000 0001"]
[[cctld.contact]]
name = "Neema \"N\" Otieno"
email = ["neema@nic.tz.example"]

[[cctld]]
code = "рф"
[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@cctld.xn--p1ai.example"]

[[cctld]]
code = "ke"
[[cctld.contact]]
name = "Wanjiku Njoroge"
email = ["w@kenic.ke.example"]
"#;

fn directory() -> Env {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 10, "2026-11-01T06:00:00Z").ok();
    env
}

fn route_json(env: &Env, input: &[u8]) -> (i32, Value) {
    let r = env.run_with_stdin(&["route", "--json"], Some(input));
    let v = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r.code, v)
}

/// (ccTLD code, item) for every item routed to a ccTLD, with or without contacts.
fn placed(v: &Value) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for section in ["cctlds", "no_contact"] {
        for g in v[section].as_array().unwrap() {
            for i in g["items"].as_array().unwrap() {
                out.insert((
                    g["code"].as_str().unwrap().to_string(),
                    i["item"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    out
}

fn pairs(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn every_evidence_form_is_routed_to_its_cctld() {
    let env = directory();
    let cases: &[(&str, &str, &str, &str)] = &[
        // (name, line, ccTLD, item)
        ("domain", "phishing on bank.co.tz today", "tz", "bank.co.tz"),
        ("host with trailing dot", "NS ns2.nic.bank.tz.", "tz", "ns2.nic.bank.tz"),
        ("upper case", "BANK.CO.TZ", "tz", "bank.co.tz"),
        (
            "url with port and path",
            "see https://login.bank.co.tz:8443/verify?id=7#x",
            "tz",
            "https://login.bank.co.tz:8443/verify?id=7#x",
        ),
        ("url without scheme", "www.bank.tz/login", "tz", "www.bank.tz/login"),
        ("e-mail", "From: Fraud <fraud@bank.co.ke>", "ke", "fraud@bank.co.ke"),
        ("mailto", "mailto:fraud@bank.co.ke", "ke", "fraud@bank.co.ke"),
        (
            "hxxp and [.]",
            "hxxps://login.bank.co[.]tz/verify",
            "tz",
            "https://login.bank.co.tz/verify",
        ),
        ("(.)", "bank(.)co(.)tz", "tz", "bank.co.tz"),
        ("[dot]", "bank[dot]co[dot]tz", "tz", "bank.co.tz"),
        ("[@]", "fraud[@]bank[.]co[.]ke", "ke", "fraud@bank.co.ke"),
        ("hxxp[:]//", "hxxp[:]//evil[.]ke/x", "ke", "http://evil.ke/x"),
        ("u-label", "пример.рф", "xn--p1ai", "xn--e1afmkfd.xn--p1ai"),
        ("a-label", "xn--e1afmkfd.xn--p1ai", "xn--p1ai", "xn--e1afmkfd.xn--p1ai"),
        (
            "idn url",
            "http://пример.рф/путь",
            "xn--p1ai",
            "http://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C",
        ),
        ("idn under an ascii cctld", "bücher.co.tz", "tz", "xn--bcher-kva.co.tz"),
        ("uncovered cctld", "evil.co.km", "km", "evil.co.km"),
    ];
    for (name, line, cctld, item) in cases {
        let (code, v) = route_json(&env, line.as_bytes());
        assert_eq!(code, 0, "{name}");
        assert_eq!(placed(&v), pairs(&[(cctld, item)]), "{name}: {v}");
    }
    // One feed with all of them: each item once, under its ccTLD.
    let feed: String = cases.iter().map(|c| format!("{}\n", c.1)).collect();
    let (_, v) = route_json(&env, feed.as_bytes());
    let want: BTreeSet<(String, String)> = cases.iter().map(|c| (c.2.to_string(), c.3.to_string())).collect();
    assert_eq!(placed(&v), want);
    let tz = &v["cctlds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["code"] == "tz")
        .unwrap()["items"];
    let items: Vec<&str> = tz
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["item"].as_str().unwrap())
        .collect();
    let mut sorted = items.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(items, sorted, "sorted and de-duplicated");
    assert_eq!(v["no_contact"][0]["code"], "km");
}

#[test]
fn find_reads_evidence_as_its_tld() {
    let env = directory();
    for q in [
        "bank.co.tz",
        "bank.co.tz.",
        "BANK.co.TZ",
        "https://login.bank.co.tz:8443/verify",
        "hxxps://login.bank.co[.]tz/verify",
        "bank(.)co(.)tz",
        "bank[dot]co[dot]tz",
        "fraud@bank.co.tz",
        "fraud[@]bank[.]co[.]tz",
    ] {
        let r = env.run(&["find", q]);
        r.ok();
        let host = if q.starts_with("BANK") { "bank.co.tz" } else { "" };
        let first = r.stdout.lines().next().unwrap();
        assert!(
            first.ends_with(" is under .tz") && first.contains(host),
            "{q}: {}",
            r.stdout
        );
        assert!(
            r.stdout.contains("Amani Mfano") && r.stdout.contains("24x7 +255 22 000 0000"),
            "{q}"
        );
    }
    for (q, host) in [
        ("пример.рф", "пример.рф"),
        ("xn--e1afmkfd.xn--p1ai", "пример.рф"),
        ("http://пример.рф/", "пример.рф"),
    ] {
        let r = env.run(&["find", q]);
        r.ok();
        assert!(
            r.stdout.starts_with(&format!("{host} is under .рф (xn--p1ai)\n")),
            "{q}: {}",
            r.stdout
        );
    }
    // JSON says what the query was read as.
    let r = env.run(&["find", "--json", "hxxps://bank.co[.]tz/x"]);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["evidence"]["tld"], "tz");
    assert_eq!(v["evidence"]["item"], "https://bank.co.tz/x");
    assert_eq!(v["results"][0]["code"], "tz");
    // Generic, infrastructure, uncovered, invalid.
    let r = env.run(&["find", "google.com"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("`.com` is a generic TLD: not in TLD-OPS"),
        "{}",
        r.stderr
    );
    let r = env.run(&["find", "hxxps://shop.example[.]bank/x"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("`.bank` is a generic TLD"), "{}", r.stderr);
    let r = env.run(&["find", "1.2.0.192.in-addr.arpa"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("`.arpa` is the infrastructure TLD"), "{}", r.stderr);
    let r = env.run(&["find", "evil.co.km"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("evil.co.km is under .km, in Comoros, which has no contact in TLD-OPS: see `tldops coverage`"),
        "{}",
        r.stderr
    );
    let r = env.run(&["find", "bank..co.tz"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("empty label"), "{}", r.stderr);
    let r = env.run(&["find", "xn--zz.tz"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("invalid punycode"), "{}", r.stderr);
    // A contact's own address in a test domain is still found as words.
    let r = env.run(&["find", "--format", "aerc", "amani@nic.tz.example"]);
    r.ok();
    assert_eq!(
        r.stdout,
        "amani@nic.tz.example\tAmani Mfano\nsecurity@nic.tz.example\tAmani Mfano\n"
    );
    let r = env.run(&["find", "nobody@nowhere.example"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("`.example` is not a top-level domain of the root zone"),
        "{}",
        r.stderr
    );
}

#[test]
fn route_text_lists_contacts_then_items_then_the_rest() {
    let env = directory();
    let input = "bank.co.tz\nhxxp://bank.co[.]tz/a\nbank.co.tz\ngoogle.com\nevil.km\nhttp://intranet.corp/x\n192.0.2.7\nbank..co.tz\n";
    let r = env.run_with_stdin(&["route"], Some(input.as_bytes()));
    r.ok();
    let out = &r.stdout;
    let at = |s: &str| out.find(s).unwrap_or_else(|| panic!("{s:?} not in\n{out}"));
    // 24x7 line first, then the contacts, then the items, sorted, once each.
    assert!(at(".tz  Tanzania") < at("24x7 +255 22 000 0000"));
    assert!(at("24x7") < at("Amani Mfano"));
    assert!(at("Amani Mfano") < at("2 items under .tz:\n  bank.co.tz\n  http://bank.co.tz/a\n"));
    assert!(
        at("2 items under .tz")
            < at("No contact in TLD-OPS for 1 ccTLD (see `tldops coverage`):\n  .km  Comoros: 1 item\n    evil.km\n")
    );
    assert!(at("No contact") < at("Under no ccTLD (3 items):"));
    assert!(
        out.contains("  `.com` is a generic TLD: not in TLD-OPS\n    google.com\n"),
        "{out}"
    );
    assert!(
        out.contains("  `.corp` is not a top-level domain of the root zone\n    http://intranet.corp/x\n"),
        "{out}"
    );
    assert!(out.contains("    192.0.2.7\n"), "{out}");
    assert!(
        out.ends_with("Skipped, not valid (1):\n  bank..co.tz: empty label\n"),
        "{out}"
    );
    assert!(
        r.stderr
            .contains("8 lines: 3 items under 2 ccTLDs (1 with contacts), 3 under no ccTLD, 1 skipped"),
        "{}",
        r.stderr
    );
}

#[test]
fn json_is_written_as_it_is_made_and_reads_as_the_pretty_printed_document() {
    let env = directory();
    let input = "bank.co.tz abuse@bank.tz hxxps://login.bank.co[.]tz/x пример.рф\n\
                 evil.km google.com http://intranet.corp/ 192.0.2.7 bank..co.tz\n";
    let r = env.run_with_stdin(&["route", "--json"], Some(input.as_bytes()));
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    // Keys by name at every level, as a JSON value built whole writes them.
    assert_eq!(r.stdout, format!("{}\n", serde_json::to_string_pretty(&v).unwrap()));
    assert_eq!(v["items"], 8);
    assert_eq!(v["items_seen"], 8);
    assert_eq!(v["not_listed"], 0);
    assert_eq!(v["cctlds"][0]["items"][0]["item"], "abuse@bank.tz");
    assert_eq!(v["cctlds"][0]["directories"][0]["code"], "tz");
    assert_eq!(v["unmatched"][0]["reason"], "ip-address");
    assert_eq!(v["skipped"][0]["reason"], "empty-label");
}

#[test]
fn text_output_escapes_what_is_not_printable_ascii_and_only_that() {
    let env = directory();
    let input = "a\u{202e}b@bank.tz http://bad-.tz/\u{202e}x plain.tz https://bank.tz/~a?b=1&c=%20\n";
    let r = env.run_with_stdin(&["route"], Some(input.as_bytes()));
    r.ok();
    terminal_safe(&r);
    assert!(!r.stdout.contains('\u{202e}'), "{}", r.stdout);
    assert!(r.stdout.contains("  a\\u{202e}b@bank.tz\n"), "{}", r.stdout);
    assert!(r.stdout.contains("  http://bad-.tz/\\u{202e}x: "), "{}", r.stdout);
    assert!(
        r.stdout.contains("  https://bank.tz/~a?b=1&c=%20\n  plain.tz\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn files_are_read_in_turn_and_a_missing_one_is_named() {
    let env = directory();
    let a = env.write("a.txt", b"bank.co.tz\n");
    let b = env.write("b.csv", b"id,url\n1,hxxp://evil[.]ke/\n");
    let r = env.run(&["route", "--json", s(&a), s(&b)]);
    r.ok();
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(placed(&v), pairs(&[("tz", "bank.co.tz"), ("ke", "http://evil.ke/")]));
    assert_eq!(v["lines"], 3);
    let r = env.run(&["route", s(&a), "missing.txt"]);
    assert_eq!(r.code, 5);
    assert!(r.stderr.contains("cannot read missing.txt"), "{}", r.stderr);
    assert!(r.stdout.contains("bank.co.tz"));
    let r = env.run(&["route", s(env.dir.path())]);
    assert_eq!(r.code, 5);
    assert!(r.stderr.contains("is a directory"), "{}", r.stderr);
}

#[test]
fn nothing_recognisable_exits_1_and_invalid_items_are_skipped_with_a_reason() {
    let env = directory();
    let r = env.run_with_stdin(&["route"], Some(b"hello world\nno names here, v1.2 and report.pdf\n"));
    assert_eq!(r.code, 1);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr.contains("no domain, URL or address found in 2 lines"),
        "{}",
        r.stderr
    );
    let long = format!("x.{}.tz", "a".repeat(64));
    let input = format!("bank..co.tz\n{long}\nxn--zz.tz\nhxxp://bad-.tz/\n");
    let (code, v) = route_json(&env, input.as_bytes());
    assert_eq!(code, 1);
    let skipped: BTreeMap<String, String> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["text"].as_str().unwrap().to_string(),
                s["reason"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: BTreeMap<String, String> = [
        ("bank..co.tz", "empty-label"),
        (long.as_str(), "label-too-long"),
        ("xn--zz.tz", "punycode"),
        ("http://bad-.tz/", "hyphen"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(skipped, want);
    assert!(placed(&v).is_empty());
}

#[test]
fn csv_gives_the_same_grouping() {
    let env = directory();
    let r = env.run_with_stdin(
        &["route", "--format", "csv"],
        Some(b"bank.co.tz =cmd.tz\ngoogle.com\nevil.km\nbank..tz\n"),
    );
    r.ok();
    let lines: Vec<&str> = r.stdout.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "status,cctld,cctld_label,country,kind,item,host,tld,reason,to"
    );
    assert!(
        lines.contains(
            &"contact,tz,tz,Tanzania,domain,bank.co.tz,bank.co.tz,tz,,amani@nic.tz.example; neema@nic.tz.example"
        ),
        "{}",
        r.stdout
    );
    assert!(
        lines.contains(&"contact,tz,tz,Tanzania,domain,cmd.tz,cmd.tz,tz,,amani@nic.tz.example; neema@nic.tz.example"),
        "{}",
        r.stdout
    );
    assert!(
        lines.contains(&"no-contact,km,km,Comoros,domain,evil.km,evil.km,km,,"),
        "{}",
        r.stdout
    );
    assert!(
        lines.contains(&"unmatched,,,,domain,google.com,google.com,com,generic,"),
        "{}",
        r.stdout
    );
    assert!(lines.contains(&"skipped,,,,,bank..tz,,,empty-label,"), "{}", r.stdout);
}

/// A deterministic stream of numbers (a linear congruential generator).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

#[test]
fn a_mixed_feed_of_thousands_of_lines_gets_known_answers() {
    // The directory is the sample's: 192 ccTLDs with contacts, the rest of the root zone without.
    let env = Env::pinned();
    env.run(&["sync", s(&root().join("data/sample/tld-ops.mbox"))]).ok();
    let cov: Value = serde_json::from_str(&env.run(&["coverage", "--json"]).stdout).unwrap();
    let missing: BTreeSet<String> = cov["regions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["missing"].as_array().unwrap().iter())
        .map(|m| m["code"].as_str().unwrap().to_string())
        .collect();
    let table = std::fs::read_to_string(root().join("data/reference/cctlds.tsv")).unwrap();
    let cctlds: Vec<(String, String)> = table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let mut f = l.split('\t');
            (f.next().unwrap().to_string(), f.next().unwrap().to_string())
        })
        .collect();
    let generic = ["com", "org", "net", "bank", "xn--11b4c3d"];
    let mut rng = Lcg(15);
    let (mut feed, mut want_placed, mut want_unmatched, mut want_skipped) =
        (String::new(), BTreeSet::new(), BTreeSet::new(), BTreeSet::new());
    for n in 0..6000 {
        let (code, label) = &cctlds[rng.next(cctlds.len())];
        let name = format!("site{}", rng.next(400));
        let host = format!("{name}.{code}");
        let shown = format!("{name}.{label}");
        let noise = ["", "2026-11-02T00:00:00Z ", "alert: ", "\"", "id=42;"][rng.next(5)];
        let line = match rng.next(12) {
            0 => {
                want_placed.insert((code.clone(), host.clone()));
                format!("{noise}phishing domain {shown} reported")
            }
            1 => {
                want_placed.insert((code.clone(), format!("https://login.{host}/verify?n={n}")));
                format!("{noise}hxxps://login.{}/verify?n={n}", host.replace('.', "[.]"))
            }
            2 => {
                want_placed.insert((code.clone(), format!("abuse@{host}")));
                format!("{noise}contact abuse[@]{} now", host.replace('.', "(.)"))
            }
            3 => {
                want_placed.insert((code.clone(), format!("ns{}.{host}", n % 3)));
                format!("{noise}NS ns{}.{}. TTL 3600", n % 3, shown.to_uppercase())
            }
            4 => {
                want_placed.insert((code.clone(), format!("http://{host}:8080/a/b")));
                format!("{noise}<a href=\"http://{shown}:8080/a/b\">x</a>")
            }
            5 => {
                let g = generic[rng.next(generic.len())];
                want_unmatched.insert(format!("{name}.{g}"));
                format!("{noise}benign {name}.{g} lookup")
            }
            6 => {
                want_skipped.insert(format!("{name}..{code}"));
                format!("{noise}typo {name}..{code} here")
            }
            7 => "nothing to see in this line, version 1.2 of report.pdf".to_string(),
            8 => {
                want_placed.insert((code.clone(), host.clone()));
                format!("{noise}\u{1b}[31mwarning\u{1b}[0m for {}", host.replace('.', "[dot]"))
            }
            9 => {
                want_placed.insert((code.clone(), format!("www.{host}/path")));
                format!("{noise}see www.{shown}/path, ok")
            }
            10 => {
                want_unmatched.insert(format!("http://{name}.intranet.corp/x"));
                format!("{noise}http://{name}.intranet.corp/x")
            }
            _ => "ordinary prose without a name in it".to_string(),
        };
        feed.push_str(&line);
        feed.push('\n');
    }
    let (code, v) = route_json(&env, feed.as_bytes());
    assert_eq!(code, 0);
    assert_eq!(v["lines"], 6000);
    let got = placed(&v);
    let missed: Vec<_> = want_placed.difference(&got).collect();
    let extra: Vec<_> = got.difference(&want_placed).collect();
    assert!(
        missed.is_empty() && extra.is_empty(),
        "missed {missed:?}\nextra {extra:?}"
    );
    for section in ["cctlds", "no_contact"] {
        for g in v[section].as_array().unwrap() {
            let code = g["code"].as_str().unwrap();
            assert_eq!(section == "no_contact", missing.contains(code), "{code} in {section}");
            if section == "cctlds" {
                assert!(!g["directories"][0]["contacts"].as_array().unwrap().is_empty());
            }
        }
    }
    let unmatched: BTreeSet<String> = v["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["item"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(unmatched, want_unmatched);
    let skipped: BTreeSet<String> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(skipped, want_skipped);
}

/// No byte a terminal would act on: only printable text, new lines and
/// (inside tables) box drawing.
fn terminal_safe(r: &Run) {
    for (name, text) in [("stdout", &r.stdout.replace("\r\n", "\n")), ("stderr", &r.stderr)] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{name} holds a raw control character: {text:?}"
        );
    }
}

#[test]
fn hostile_input_never_breaks_it_and_never_reaches_the_terminal_raw() {
    let env = directory();
    // A huge line without a line end, a name at each end.
    let mut huge = b"start.tz ".to_vec();
    huge.extend(std::iter::repeat_n(b'x', 20 << 20));
    huge.extend_from_slice(b" end.tz");
    let (code, v) = route_json(&env, &huge);
    assert_eq!(code, 0);
    assert_eq!(placed(&v), pairs(&[("tz", "end.tz"), ("tz", "start.tz")]));
    // Invalid UTF-8, control characters, escape sequences, NUL, bidi overrides.
    let mut nasty = Vec::new();
    nasty.extend_from_slice(b"\xff\xfe evil\x1b[2J.tz \x1b]0;owned\x07 bad\x00name.ke \xc3\x28 x\xe2\x80\xaey.tz\n");
    nasty.extend_from_slice(b"hxxps://a[.]tz/\x1b[31m\x9b2J \r\x08\x08ok.tz\n");
    nasty.extend_from_slice("xn--zz.tz\u{202e}.evil.tz 💥.tz\n".as_bytes());
    for args in [&["route"][..], &["route", "--format", "csv"][..]] {
        let r = env.run_with_stdin(args, Some(&nasty));
        assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
        terminal_safe(&r);
    }
    let (_, v) = route_json(&env, &nasty);
    for (_, item) in placed(&v) {
        assert!(item.chars().all(|c| c.is_ascii_graphic()), "{item:?}");
    }
    // Random binary.
    let mut rng = Lcg(7);
    let binary: Vec<u8> = (0..2_000_000).map(|_| rng.next(256) as u8).collect();
    let r = env.run_with_stdin(&["route"], Some(&binary));
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    terminal_safe(&r);
}

fn mode(p: &std::path::Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

const EVIDENCE: &str = "hxxps://login.bank.co[.]tz/verify\nabuse@bank.tz\nhttp://пример.рф/x\nevil.km\n";

#[test]
fn drafts_read_back_with_the_right_recipients_and_items() {
    let env = directory();
    let dir = env.path("drafts");
    let r = env.run_with_stdin(&["route", "--drafts", s(&dir)], Some(EVIDENCE.as_bytes()));
    r.ok();
    assert!(r.stderr.contains("wrote 2 drafts"), "{}", r.stderr);
    assert_eq!(mode(&dir), 0o700);
    for f in ["tz.eml", "xn--p1ai.eml"] {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    assert!(!dir.join("km.eml").exists(), "no contact, no draft");
    let v = read_drafts(&dir);
    let tz = &v["tz.eml"];
    assert_eq!(
        tz["to"],
        serde_json::json!([
            ["Amani Mfano", "amani@nic.tz.example"],
            ["Neema \"N\" Otieno", "neema@nic.tz.example"]
        ])
    );
    assert_eq!(
        tz["subject"],
        "[TLD-OPS] 2 items under .tz (Tanzania) for your attention"
    );
    assert_eq!(
        (tz["type"].as_str(), tz["charset"].as_str()),
        (Some("text/plain"), Some("utf-8"))
    );
    let body = tz["body"].as_str().unwrap();
    assert!(
        body.contains("    abuse[@]bank[.]tz\n    hxxps://login[.]bank[.]co[.]tz/verify\n"),
        "{body}"
    );
    assert!(!body.contains("https://") && !body.contains("bank.tz"), "{body}");
    let rf = &v["xn--p1ai.eml"];
    assert_eq!(
        rf["to"],
        serde_json::json!([["Иван Иванов", "ivan@cctld.xn--p1ai.example"]])
    );
    assert_eq!(rf["subject"], "[TLD-OPS] 1 item under .рф (Russia) for your attention");
    assert!(rf["body"]
        .as_str()
        .unwrap()
        .contains("    hxxp://xn--e1afmkfd[.]xn--p1ai/x\n"));
    // The raw headers are ASCII: the Cyrillic is in RFC 2047 encoded words.
    let raw = std::fs::read_to_string(dir.join("xn--p1ai.eml")).unwrap();
    let head = raw.split("\n\n").next().unwrap();
    assert!(head.is_ascii() && head.contains("=?UTF-8?B?"), "{head}");
}

#[test]
fn drafts_are_never_overwritten_without_force() {
    let env = directory();
    let dir = env.path("drafts");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    std::fs::write(dir.join("tz.eml"), "edited by hand").unwrap();
    let r = env.run_with_stdin(&["route", "--drafts", s(&dir)], Some(EVIDENCE.as_bytes()));
    r.ok();
    assert!(
        r.stderr.contains("kept 1 draft that already exists in") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_to_string(dir.join("tz.eml")).unwrap(), "edited by hand");
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
    assert_eq!(mode(&dir.join("xn--p1ai.eml")), 0o600);
    let r = env.run_with_stdin(&["route", "--drafts", s(&dir), "--force"], Some(EVIDENCE.as_bytes()));
    r.ok();
    assert!(std::fs::read_to_string(dir.join("tz.eml"))
        .unwrap()
        .starts_with("To: Amani Mfano"));
    assert_eq!(mode(&dir.join("tz.eml")), 0o600);
    assert_eq!(std::fs::read_to_string(dir.join("notes.txt")).unwrap(), "mine");
}

#[test]
fn a_template_gives_the_wording() {
    let env = directory();
    let dir = env.path("drafts");
    let t = env.write(
        "template.txt",
        "Subject: Incident 2026-117: {count} for {code} ({country}, {directory})\n\nBonjour équipe {cctld},\n\n * {items}\n\n{{fin}}\n".as_bytes(),
    );
    let r = env.run_with_stdin(
        &["route", "--drafts", s(&dir), "--template", s(&t)],
        Some(EVIDENCE.as_bytes()),
    );
    r.ok();
    let v = read_drafts(&dir);
    assert_eq!(
        v["tz.eml"]["subject"],
        "Incident 2026-117: 2 for tz (Tanzania, TLD-OPS)"
    );
    assert_eq!(
        v["tz.eml"]["body"],
        "Bonjour équipe .tz,\n\n * abuse[@]bank[.]tz\n * hxxps://login[.]bank[.]co[.]tz/verify\n\n{fin}\n"
    );
    for (text, words) in [
        ("Subject: {nope}\n\n{items}\n", "unknown placeholder `{nope}`"),
        ("Hello {items}\n", "must begin with a `Subject:` line"),
        ("Subject: x\n\nno list\n", "has no {items}"),
    ] {
        let bad = env.write("bad.txt", text.as_bytes());
        let r = env.run_with_stdin(&["route", "--drafts", s(&dir), "--template", s(&bad)], Some(b"a.tz\n"));
        assert_eq!(r.code, 2, "{text}");
        assert!(r.stderr.contains(words), "{}", r.stderr);
    }
    let r = env.run_with_stdin(&["route", "--template", s(&t)], Some(b"a.tz\n"));
    assert_eq!(r.code, 2, "--template needs --drafts");
}

#[test]
fn neomutt_opens_a_draft_with_its_recipients() {
    let (neomutt, tmux) = (tool("neomutt"), tool("tmux"));
    let env = directory();
    let dir = env.path("drafts");
    env.run_with_stdin(&["route", "--drafts", s(&dir)], Some(EVIDENCE.as_bytes()))
        .ok();
    let home = env.path("home");
    std::fs::create_dir_all(home.join("Mail")).unwrap();
    let socket = env.path("tmux.sock");
    let tmux_cmd = || {
        let mut c = Command::new(&tmux);
        c.arg("-S").arg(&socket).arg("-f").arg("/dev/null");
        c
    };
    // Straight to the compose screen: no prompts, and an editor that changes nothing.
    let shell = format!(
        "HOME='{}' TERM=xterm '{}' -n -F /dev/null -e 'set editor=true autoedit=yes edit_headers=yes' -H '{}'; sleep 60",
        s(&home),
        s(&neomutt),
        s(&dir.join("tz.eml"))
    );
    let ok = tmux_cmd()
        .args(["new-session", "-d", "-x", "160", "-y", "40", &shell])
        .status()
        .unwrap();
    assert!(ok.success());
    let mut screen = String::new();
    for _ in 0..100 {
        let o = tmux_cmd().args(["capture-pane", "-p"]).output().unwrap();
        screen = String::from_utf8_lossy(&o.stdout).into_owned();
        if screen.contains("Compose") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = tmux_cmd().arg("kill-server").status();
    assert!(screen.contains("Compose"), "{screen}");
    assert!(screen.contains("To: Amani Mfano <amani@nic.tz.example>"), "{screen}");
    assert!(screen.contains("Otieno\" <neema@nic.tz.example>"), "{screen}");
    assert!(
        screen.contains("Subject: [TLD-OPS] 2 items under .tz (Tanzania) for your attention"),
        "{screen}"
    );
}
