//! Exports checked by clients tldops did not write: calcard and Python's
//! vobject parse every card, khard lists a vdir, zbarimg decodes QR codes.

mod common;

use common::{publish_and_sync, s, tool, Env};
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
registry = "Tanzania NIC; \"fictional\", of course"
emergency_phone = "+255 22 000 0000"
[[cctld.contact]]
name = "Amani Mfano, Jr."
role = "Head of security; CSIRT"
email = ["amani@nic.tz.example"]
phone = ["+255 22 000 0001"]
mobile = ["+255 700 000 001"]
pgp = "0123456789ABCDEF0123456789ABCDEF01234567"
languages = ["sw", "en"]
note = "Backslash \\ and \"quotes\"; semicolons, commas: all literal."
[[cctld.contact]]
name = "Neema Otieno"
email = ["neema@nic.tz.example"]

[[cctld]]
code = "ae"
[[cctld.contact]]
name = "محمد الحسن"
role = "رئيس الأمن"
email = ["m.alhassan@nic.ae.example"]
mobile = ["+971 50 000 0001"]

[[cctld]]
code = "рф"
[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@cctld.xn--p1ai.example"]
note = "NNNN"
"#;

fn directory() -> Env {
    let env = Env::pinned();
    let long = "Ж".repeat(300);
    publish_and_sync(&env, &ROSTER.replace("NNNN", &long), 20, "2026-11-01T06:00:00Z").ok();
    env
}

/// Every physical line of a vCard file is at most 75 octets and ends in CRLF.
fn assert_folded(text: &str) {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
}

fn vobject_names(path: &std::path::Path) -> Vec<String> {
    let script = r#"
import sys, vobject
text = open(sys.argv[1], encoding="utf-8").read()
for card in vobject.readComponents(text, validate=True):
    emails = [e.value for e in card.contents.get("email", [])]
    tels = [t.value for t in card.contents.get("tel", [])]
    print("\t".join([card.fn.value, card.uid.value, card.org.value[0], ",".join(emails), ",".join(tels), card.note.value]))
"#;
    let out = Command::new(tool("python"))
        .args(["-c", script, s(path)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "vobject failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn both_vcard_versions_round_trip_through_two_parsers() {
    let env = directory();
    for (format, version) in [("vcard3", "3.0"), ("vcard4", "4.0")] {
        let out = env.path(&format!("all-{format}.vcf"));
        let r = env.run(&["export", "--format", format, "-o", s(&out)]);
        r.ok();
        assert!(
            r.stderr.contains("wrote 4 cards") && r.stderr.contains(s(&out)),
            "{}",
            r.stderr
        );
        let text = std::fs::read_to_string(&out).unwrap();
        assert_folded(&text);
        assert_eq!(text.matches(&format!("VERSION:{version}\r\n")).count(), 4);
        assert!(!text.contains("PHOTO"));
        // calcard parses every card back to the same values.
        let cards: Vec<&str> = text.split_inclusive("END:VCARD\r\n").collect();
        assert_eq!(cards.len(), 4);
        let amani = calcard::vcard::VCard::parse(cards[0]).unwrap();
        let fn_ = amani
            .entries
            .iter()
            .find(|e| e.name == calcard::vcard::VCardProperty::Fn)
            .unwrap();
        assert_eq!(fn_.values[0].as_text(), Some("Amani Mfano, Jr."));
        let note = amani
            .entries
            .iter()
            .find(|e| e.name == calcard::vcard::VCardProperty::Note)
            .unwrap();
        assert!(note.values[0]
            .as_text()
            .unwrap()
            .contains("Backslash \\ and \"quotes\"; semicolons, commas: all literal."));
        for c in &cards {
            calcard::vcard::VCard::parse(c).unwrap_or_else(|e| panic!("calcard: {e:?} in {c}"));
        }
        // Python's vobject, which khard uses, parses them too.
        let rows = vobject_names(&out);
        assert_eq!(rows.len(), 4, "{rows:?}");
        let amani: Vec<&str> = rows[0].split('\t').collect();
        assert_eq!(amani[0], "Amani Mfano, Jr.");
        assert!(amani[1].starts_with("urn:uuid:"));
        assert_eq!(amani[2], "TLD-OPS .tz (Tanzania)");
        assert_eq!(amani[3], "amani@nic.tz.example");
        assert_eq!(amani[4], "+255 22 000 0001,+255 700 000 001,+255 22 000 0000");
        assert!(
            amani[5].contains("PGP fingerprint: 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567"),
            "{}",
            amani[5]
        );
        assert!(amani[5].contains("snapshot serial 20"), "{}", amani[5]);
        let arabic: Vec<&str> = rows[2].split('\t').collect();
        assert_eq!(arabic[0], "محمد الحسن");
        let long: Vec<&str> = rows[3].split('\t').collect();
        assert!(long[5].contains(&"Ж".repeat(300)), "a character was split in folding");
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn the_phone_card_has_what_phones_need() {
    let env = directory();
    let r = env.run(&["export", ".tz", "amani"]);
    r.ok();
    let card = r.stdout;
    for line in [
        "VERSION:3.0",
        "FN:Amani Mfano\\, Jr.",
        "ORG:TLD-OPS .tz (Tanzania);Tanzania NIC\\; \"fictional\"\\, of course",
        "TITLE:Head of security\\; CSIRT",
        "EMAIL;TYPE=INTERNET,WORK:amani@nic.tz.example",
        "TEL;TYPE=WORK,VOICE:+255 22 000 0001",
        "TEL;TYPE=CELL:+255 700 000 001",
        "item1.TEL;TYPE=WORK,VOICE:+255 22 000 0000",
        "item1.X-ABLabel:.tz 24x7 registry line",
        "CATEGORIES:TLD-OPS,.tz",
        "REV:20261101T060000Z",
    ] {
        assert!(card.contains(&format!("{line}\r\n")), "missing {line}:\n{card}");
    }
}

#[test]
fn uids_stay_the_same_from_one_snapshot_to_the_next() {
    let env = directory();
    let uids = |env: &Env| -> Vec<String> {
        let r = env.run(&["export"]);
        r.stdout
            .lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect()
    };
    let before = uids(&env);
    let changed = ROSTER
        .replace("NNNN", "short")
        .replace("+255 700 000 001", "+255 700 000 999");
    publish_and_sync(&env, &changed, 21, "2026-11-01T12:00:00Z").ok();
    let after = uids(&env);
    assert_eq!(before, after);
    assert_eq!(before.iter().collect::<std::collections::HashSet<_>>().len(), 4);
}

#[test]
fn a_delta_holds_only_who_was_added_or_changed() {
    let env = directory();
    let next = ROSTER
        .replace("NNNN", "short")
        .replace("+255 700 000 001", "+255 700 000 999")
        .replace("[[cctld.contact]]\nname = \"Neema Otieno\"\nemail = [\"neema@nic.tz.example\"]\n", "")
        .replace("[[cctld]]\ncode = \"ae\"", "[[cctld]]\ncode = \"ke\"\n[[cctld.contact]]\nname = \"Wanjiku Njoroge\"\nemail = [\"w@kenic.ke.example\"]\n\n[[cctld]]\ncode = \"ae\"");
    publish_and_sync(&env, &next, 21, "2026-11-01T12:00:00Z").ok();
    let r = env.run(&["export", "--changed-since", "20"]);
    r.ok();
    let names: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with("FN")).collect();
    // Amani's mobile changed; Иван's note changed; Wanjiku is new.
    assert_eq!(
        names,
        [
            "FN:Amani Mfano\\, Jr.",
            "FN:Wanjiku Njoroge",
            "FN;CHARSET=UTF-8:Иван Иванов"
        ],
        "{}",
        r.stdout
    );
    assert!(
        r.stderr
            .contains("1 person left since serial 20, to delete by hand: Neema Otieno (.tz, neema@nic.tz.example)"),
        "{}",
        r.stderr
    );
    let r = env.run(&["export", "--changed-since", "7"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no kept snapshot with serial 7 (kept: 20, 21)"),
        "{}",
        r.stderr
    );
}

#[test]
fn khard_lists_every_card_of_a_vdir() {
    let env = directory();
    let dir = env.path("contacts");
    env.run(&["export", "--dir", s(&dir)]).ok();
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(files.len(), 4);
    for f in &files {
        assert_eq!(std::fs::metadata(f).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(f.extension().unwrap(), "vcf");
    }
    let conf = env.write(
        "khard.conf",
        format!("[addressbooks]\n[[tldops]]\npath = {}\n\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n", dir.display()).as_bytes(),
    );
    let out = Command::new(tool("khard"))
        .args(["-c", s(&conf), "list", "--parsable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "khard: {}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.lines().count(), 4, "{listed}");
    for name in ["Amani Mfano, Jr.", "Neema Otieno", "محمد الحسن", "Иван Иванов"] {
        assert!(listed.contains(name), "khard misses {name}: {listed}");
    }
    let out = Command::new(tool("khard"))
        .args(["-c", s(&conf), "email", "--parsable", "neema"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("neema@nic.tz.example\tNeema Otieno"));
    // The same cards again: a mirror, nothing to do and no flag needed.
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert!(
        r.stderr.contains("0 added, 0 updated, 0 removed, 4 left alone"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 4);
    // A delta makes no mirror.
    let r = env.run(&["export", "--dir", s(&dir), "--changed-since", "20"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn csv_is_spreadsheet_safe_unless_raw() {
    let env = Env::pinned();
    let hostile = [
        "[[cctld]]",
        "code = \"tz\"",
        "registry = '=HYPERLINK(\"http://evil.example\",\"click\")'",
        "emergency_phone = \"+255 22 000 0000\"",
        "[[cctld.contact]]",
        "name = \"@SUM(1+1)\"",
        "role = \"-2+3\"",
        "email = [\"amani@nic.tz.example\"]",
        "phone = [\"+255 22 000 0001\", \"+255 22 000 0002\"]",
        "note = \"+cmd|' /C calc'!A0, \\\"quoted\\\"\"",
    ]
    .join("\n");
    publish_and_sync(&env, &hostile, 1, "2026-11-01T06:00:00Z").ok();
    let r = env.run(&["export", "--format", "csv"]);
    r.ok();
    let lines: Vec<&str> = r.stdout.split("\r\n").collect();
    assert!(lines[0].starts_with("directory,serial,cctld,cctld_label,country,region,registry,emergency_phone,name,role,email,phone,mobile,pgp,languages,note"));
    let row = lines[1];
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","),
        "{row}"
    );
    assert!(row.contains(",'@SUM(1+1),'-2+3,"), "{row}");
    assert!(
        row.contains(",+255 22 000 0000,"),
        "the 24x7 number must stay dialable: {row}"
    );
    assert!(row.contains(",+255 22 000 0001; +255 22 000 0002,"), "{row}");
    assert!(row.ends_with(",\"'+cmd|' /C calc'!A0, \"\"quoted\"\"\""), "{row}");
    // Every cell a spreadsheet would run starts with a quote now: parse it back.
    let out = Command::new("python3")
        .args(["-c", "import csv,sys; rows=list(csv.reader(open(sys.argv[1], newline=''))); print(len(rows), len(rows[1])); [print(c) for c in rows[1]]", "/dev/stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(r.stdout.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    let parsed = String::from_utf8(out.stdout).unwrap();
    assert!(parsed.starts_with("2 16\n"), "{parsed}");
    for cell in parsed.lines().skip(1) {
        assert!(
            !(cell.starts_with(['=', '@', '-']) || cell.starts_with('+') && cell.contains(char::is_alphabetic)),
            "unsafe cell {cell}"
        );
    }
    let raw = env.run(&["export", "--format", "csv", "--raw"]);
    assert!(raw.stdout.contains(",@SUM(1+1),-2+3,"), "{}", raw.stdout);
}

#[test]
fn json_export_has_the_find_shape() {
    let env = directory();
    let a = env.run(&["export", "--format", "json", ".tz"]);
    let b = env.run(&["find", "--json", ".tz"]);
    a.ok();
    b.ok();
    assert_eq!(a.stdout, b.stdout);
    // The same, and the right thing: .tz and its two people.
    let v: serde_json::Value = serde_json::from_str(&a.stdout).unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{}", a.stdout);
    assert_eq!(results[0]["code"], "tz", "{}", a.stdout);
    let names: Vec<&str> = results[0]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Amani Mfano, Jr.", "Neema Otieno"]);
}

#[test]
fn a_qr_code_decodes_to_the_card_we_meant() {
    let env = directory();
    let png = env.path("amani.png");
    let r = env.run(&["qr", "amani", "--format", "png", "-o", s(&png)]);
    r.ok();
    assert_eq!(std::fs::metadata(&png).unwrap().permissions().mode() & 0o777, 0o600);
    let out = Command::new(tool("zbarimg"))
        .args(["--raw", "-q", s(&png)])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "zbarimg: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let decoded = String::from_utf8(out.stdout).unwrap();
    let want = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Amani Mfano\\, Jr.\r\nN:Amani Mfano\\, Jr.;;;;\r\nORG:TLD-OPS .tz\r\nTEL;TYPE=CELL:+255 700 000 001\r\nTEL;TYPE=WORK:+255 22 000 0001\r\nEMAIL:amani@nic.tz.example\r\nEND:VCARD\r\n";
    assert_eq!(decoded.trim_end_matches('\n'), want.trim_end_matches('\n'));
    // A whole ccTLD as one card, with its 24x7 line, each item labelled with
    // whose it is and what kind. (Without Amani's office line, so it fits.)
    let smaller = ROSTER
        .replace("NNNN", "short")
        .replace("phone = [\"+255 22 000 0001\"]\n", "");
    publish_and_sync(&env, &smaller, 21, "2026-11-01T12:00:00Z").ok();
    let png = env.path("tz.png");
    env.run(&["qr", ".tz", "--format", "png", "-o", s(&png)]).ok();
    let out = Command::new(tool("zbarimg"))
        .args(["--raw", "-q", s(&png)])
        .output()
        .unwrap();
    let decoded = String::from_utf8(out.stdout).unwrap();
    assert!(
        decoded.contains("FN:TLD-OPS .tz\r\n")
            && decoded.contains("item1.X-ABLabel:24x7\r\n")
            && decoded.contains("item2.TEL:+255 700 000 001\r\nitem2.X-ABLabel:Amani Mfano\\, Jr.\\, mobile\r\n")
            && decoded.contains("item4.EMAIL:neema@nic.tz.example\r\nitem4.X-ABLabel:Neema Otieno\\, e-mail\r\n"),
        "{decoded}"
    );
    // SVG and the terminal form.
    let svg = env.path("a.svg");
    env.run(&["qr", "amani", "--format", "svg", "-o", s(&svg)]).ok();
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    let t = env.run(&["qr", "amani"]);
    t.ok();
    assert!(
        t.stdout.contains('█') && t.stderr.contains("point a phone camera"),
        "{}",
        t.stderr
    );
}

#[test]
fn a_qr_code_too_big_or_too_broad_is_refused() {
    let env = directory();
    let r = env.run(&["qr", "example"]);
    assert_eq!(r.code, 2);
    // Who matched where, so the next query can name one.
    for line in [
        "the query matches people in 3 ccTLDs:",
        "  .tz: Amani Mfano, Jr. (Head of security; CSIRT); Neema Otieno\n",
        "  .ae: محمد الحسن (رئيس الأمن)\n",
        "  .рф: Иван Иванов\n",
        "narrow the query",
    ] {
        assert!(r.stderr.contains(line), "{line}: {}", r.stderr);
    }
    let r = env.run(&["qr", "nothing-like-this"]);
    assert_eq!(r.code, 1);
    let r = env.run(&["qr", "amani", "--format", "png"]);
    assert_eq!(r.code, 2);
}

#[test]
fn nothing_is_written_when_nothing_matches_or_the_path_is_wrong() {
    let env = directory();
    let out = env.path("none.vcf");
    let r = env.run(&["export", "zzzzzz", "-o", s(&out)]);
    assert_eq!(r.code, 1);
    assert!(!out.exists());
    let r = env.run(&["export", "-o", s(&env.path("missing/dir/x.vcf"))]);
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
    env.write("exists.vcf", b"keep me");
    let r = env.run(&["export", "-o", s(&env.path("exists.vcf"))]);
    assert_eq!(r.code, 6);
    assert_eq!(std::fs::read(env.path("exists.vcf")).unwrap(), b"keep me");
}

#[test]
fn a_cctld_too_big_for_one_code_gets_one_per_person_each_labelled() {
    let env = Env::pinned();
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    // The terminal: each code under a line saying whose card it holds.
    let r = env.run(&["qr", ".tz"]);
    r.ok();
    assert!(
        r.stderr
            .contains("3 people of .tz are too much for one code that scans reliably: 3 codes, one per person"),
        "{}",
        r.stderr
    );
    for label in [
        "1. Baraka Kiprono (CSIRT lead), .tz\n",
        "2. Hamisi Wanjiku (Incident response), .tz\n",
        "3. Upendo Kiprono (Security officer), .tz\n",
    ] {
        assert!(r.stdout.contains(label), "{label}");
    }
    // Files: one per person, numbered, each decoding to that person's card,
    // each stating a print size of at least 2.5 cm.
    let png = env.path("tz.png");
    let r = env.run(&["qr", ".tz", "--format", "png", "-o", s(&png)]);
    r.ok();
    for (n, name) in [(1, "Baraka Kiprono"), (2, "Hamisi Wanjiku"), (3, "Upendo Kiprono")] {
        let file = env.path(&format!("tz-{n}.png"));
        assert!(
            r.stderr.contains(&format!("for {name} (")) && r.stderr.contains(s(&file)),
            "{}",
            r.stderr
        );
        let out = Command::new(tool("zbarimg"))
            .args(["--raw", "-q", s(&file)])
            .output()
            .unwrap();
        let decoded = String::from_utf8(out.stdout).unwrap();
        assert!(decoded.contains(&format!("FN:{name}\r\n")), "{n}: {decoded}");
        assert!(decoded.contains("ORG:TLD-OPS .tz\r\n"), "{n}: {decoded}");
        let bytes = std::fs::read(&file).unwrap();
        let at = bytes.windows(4).position(|w| w == b"pHYs").expect("a pHYs chunk");
        let per_metre = u32::from_be_bytes(bytes[at + 4..at + 8].try_into().unwrap()) as f64;
        let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap()) as f64;
        assert_eq!(bytes[at + 12], 1, "in pixels per metre");
        assert!(width / per_metre >= 0.025, "{n}: {} mm", width / per_metre * 1000.0);
    }
    assert!(!png.exists());
    // Written again, nothing is overwritten without --force.
    let r = env.run(&["qr", ".tz", "--format", "svg", "-o", s(&env.path("tz.svg"))]);
    r.ok();
    let svg = std::fs::read_to_string(env.path("tz-2.svg")).unwrap();
    assert!(
        svg.contains("<title>Card of Hamisi Wanjiku (Incident response), .tz</title>"),
        "{svg}"
    );
    let width_mm: f64 = svg
        .split("width=\"")
        .nth(1)
        .unwrap()
        .split("mm")
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(width_mm >= 25.0, "{width_mm}");
    let r = env.run(&["qr", ".tz", "--format", "svg", "-o", s(&env.path("tz.svg"))]);
    assert_eq!(r.code, 6, "{}", r.stderr);
}

/// Reads the sample's signed roster with Python's own TOML parser, then every
/// export of it with a parser tldops did not write (vobject for vCard 3.0
/// and 4.0, khard for the vdir, the csv module, the json module), and
/// compares each field of each person with the roster. Prints the
/// differences, one a line.
const EVERY_FIELD: &str = r#"
import sys, csv, json, tomllib, subprocess, vobject
roster, v3, v4, table, js, khard, conf = sys.argv[1:8]
problems = []
def same(fmt, who, field, got, want):
    if got != want:
        problems.append(f"{fmt} {who} {field}: {got!r} != {want!r}")
def fp(s):
    return s.replace(" ", "").upper() if s else None
people = []
for c in tomllib.load(open(roster, "rb"))["cctld"]:
    for p in c["contact"]:
        people.append((c, p))
def key(emails):
    return emails[0].strip().lower()

# JSON, as any program reads it.
seen = {}
for c in json.load(open(js, encoding="utf-8"))["results"]:
    for p in c["contacts"]:
        seen[key(p["email"])] = (c, p)
for c, p in people:
    who = key(p["email"])
    if who not in seen:
        problems.append(f"json lost {who}"); continue
    jc, jp = seen[who]
    for f in ["name", "role", "note"]:
        same("json", who, f, jp[f], p.get(f))
    for f in ["email", "phone", "mobile", "languages"]:
        same("json", who, f, jp[f], p.get(f, []))
    same("json", who, "pgp", fp(jp["pgp"]), fp(p.get("pgp")))
    same("json", who, "registry", jc["registry"], c.get("registry"))
    same("json", who, "emergency_phone", jc["emergency_phone"], c.get("emergency_phone"))

# CSV, through Python's csv module.
rows = {key(r["email"].split("; ")): r for r in csv.DictReader(open(table, encoding="utf-8", newline=""))}
split = lambda s: s.split("; ") if s else []
for c, p in people:
    who = key(p["email"])
    r = rows.get(who)
    if r is None:
        problems.append(f"csv lost {who}"); continue
    for f in ["name", "role", "note"]:
        same("csv", who, f, r[f], p.get(f, ""))
    for f in ["email", "phone", "mobile", "languages"]:
        same("csv", who, f, split(r[f]), p.get(f, []))
    same("csv", who, "pgp", fp(r["pgp"]), fp(p.get("pgp")))
    same("csv", who, "registry", r["registry"], c.get("registry", ""))
    same("csv", who, "emergency_phone", r["emergency_phone"], c.get("emergency_phone", ""))

# vCard 3.0 and 4.0, through vobject (what khard uses).
for fmt, path in [("vcard3", v3), ("vcard4", v4)]:
    cards = {}
    for card in vobject.readComponents(open(path, encoding="utf-8").read(), validate=True):
        cards[key([e.value for e in card.contents["email"]])] = card
    for c, p in people:
        who = key(p["email"])
        card = cards.get(who)
        if card is None:
            problems.append(f"{fmt} lost {who}"); continue
        same(fmt, who, "name", card.fn.value, p["name"])
        same(fmt, who, "role", card.title.value if "title" in card.contents else None, p.get("role"))
        same(fmt, who, "email", [e.value for e in card.contents["email"]], p["email"])
        tels = card.contents.get("tel", [])
        def kind(t):
            types = [x.upper() for x in t.params.get("TYPE", [])]
            return "mobile" if "CELL" in types else ("24x7" if t.group else "phone")
        for k, f in [("phone", "phone"), ("mobile", "mobile")]:
            same(fmt, who, f, [t.value for t in tels if kind(t) == k], p.get(f, []))
        same(fmt, who, "emergency_phone", [t.value for t in tels if kind(t) == "24x7"], [c["emergency_phone"]] if "emergency_phone" in c else [])
        note = card.note.value
        if "note" in p and p["note"] not in note:
            problems.append(f"{fmt} {who} note lost: {note!r}")
        if p.get("languages") and f"Languages: {', '.join(p['languages'])}." not in note:
            problems.append(f"{fmt} {who} languages lost: {note!r}")
        if "pgp" in p:
            grouped = " ".join(fp(p["pgp"])[i:i + 4] for i in range(0, len(fp(p["pgp"])), 4))
            if f"PGP fingerprint: {grouped}." not in note:
                problems.append(f"{fmt} {who} pgp lost from the note")
            if fmt == "vcard4":
                same(fmt, who, "pgp key", card.key.value, "openpgp4fpr:" + fp(p["pgp"]))
        org = card.org.value
        same(fmt, who, "registry", org[1] if len(org) > 1 and org[1] else None, c.get("registry"))

# khard, reading the vdir: every address and number, with whose it is.
def listed(what):
    out = subprocess.run([khard, "-c", conf, what, "--parsable", ""], capture_output=True, text=True, check=True).stdout
    return {tuple(l.split("\t")[:2]) for l in out.splitlines() if l}
emails, phones = listed("email"), listed("phone")
for c, p in people:
    for e in p["email"]:
        if (e, p["name"]) not in emails:
            problems.append(f"khard lost {e} of {p['name']}")
    for n in p.get("phone", []) + p.get("mobile", []):
        if (n, p["name"]) not in phones:
            problems.append(f"khard lost {n} of {p['name']}")
print(len(people), "people")
for x in problems:
    print(x)
"#;

#[test]
fn every_field_of_every_sample_contact_survives_every_export() {
    let env = Env::pinned();
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    let out = |name: &str| env.path(name);
    for (format, file) in [("vcard3", "all3.vcf"), ("vcard4", "all4.vcf"), ("json", "all.json")] {
        env.run(&["export", "--format", format, "-o", s(&out(file))]).ok();
    }
    env.run(&["export", "--format", "csv", "--raw", "-o", s(&out("all.csv"))])
        .ok();
    let dir = out("vdir");
    env.run(&["export", "--dir", s(&dir)]).ok();
    let conf = env.write(
        "khard.conf",
        format!("[addressbooks]\n[[tldops]]\npath = {}\n\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n", dir.display()).as_bytes(),
    );
    let roster = common::root().join("data/sample/roster-118.toml");
    let r = Command::new(tool("python"))
        .args(["-c", EVERY_FIELD, s(&roster)])
        .args(
            [out("all3.vcf"), out("all4.vcf"), out("all.csv"), out("all.json")]
                .iter()
                .map(|p| s(p)),
        )
        .args([s(&tool("khard")), s(&conf)])
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let report = String::from_utf8(r.stdout).unwrap();
    assert_eq!(report, "340 people\n", "fields lost or changed:\n{report}");
}

#[test]
fn writing_to_a_device_or_a_pipe_never_replaces_it() {
    use std::os::unix::fs::FileTypeExt;
    let env = directory();
    let fifo = env.path("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let (tx, rx) = std::sync::mpsc::channel();
    {
        let fifo = fifo.clone();
        // Never joined: were the pipe replaced, this reader would wait forever.
        std::thread::spawn(move || tx.send(std::fs::read(fifo).unwrap()));
    }
    let r = env.run(&["export", "--format", "csv", "-o", common::s(&fifo), "--force"]);
    r.ok();
    assert!(
        std::fs::metadata(&fifo).unwrap().file_type().is_fifo(),
        "the pipe is still a pipe, not a file put in its place"
    );
    let got = rx.recv_timeout(std::time::Duration::from_secs(60)).unwrap();
    assert!(
        String::from_utf8_lossy(&got).contains("Amani"),
        "the pipe's reader got the export"
    );
    // And a directory is named, not written over.
    let r = env.run(&["export", "-o", common::s(&env.path("data")), "--force"]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("is a directory"), "{}", r.stderr);
}
