//! The secretariat's side: `tldops publish` makes mailings that tldops and
//! GnuPG both verify, and refuses rosters that break the format.

mod common;

use base64::Engine;
use common::{key, s, Env, LIST, SAMPLE_CERT, SAMPLE_SECRET};
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
mobile = ["+255 700 000 001"]

[[cctld]]
code = "xn--mgbaam7a8h"
[[cctld.contact]]
name = "محمد الحسن"
email = ["m.alhassan@nic.ae.example"]
"#;

fn publish(env: &Env, extra: &[&str]) -> common::Run {
    let roster = env.write("roster.toml", ROSTER.as_bytes());
    let mut args = vec!["publish", s(&roster)];
    let k = key(SAMPLE_SECRET);
    args.extend_from_slice(&[
        "--key",
        s(&k),
        "--serial",
        "7",
        "--issued",
        "2026-11-01T06:00:00Z",
        "--to",
        LIST,
    ]);
    args.extend_from_slice(extra);
    env.run(&args)
}

fn gpg(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new("gpg")
        .arg("--homedir")
        .arg(home)
        .args(["--batch", "--faked-system-time", "20261102T000000!"])
        .args(args)
        .output()
        .expect("GnuPG (gpg) must be installed to run this test")
}

fn gpg_home(env: &Env) -> std::path::PathBuf {
    let home = env.path("gnupg");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
    assert!(gpg(&home, &["--import", s(&key(SAMPLE_CERT))]).status.success());
    home
}

#[test]
fn an_inline_mailing_has_the_headers_a_mail_server_needs() {
    let env = Env::pinned();
    let r = publish(&env, &[]);
    r.ok();
    let mail = &r.stdout;
    for h in [
        "From: \"TLD-OPS Secretariat (FICTIONAL SAMPLE KEY, NOT REAL)\"\n <secretariat@tld-ops.example>\n",
        "To: TLD-OPS <tld-ops@lists.tld-ops.example>\n",
        "Subject: [TLD-OPS] Contact repository, serial 7\n",
        // The time of sending, not `issued`.
        "Date: Mon, 2 Nov 2026 00:00:00 +0000\n",
        "Message-ID: <tldops.tld-ops.7.20261101T060000Z@tld-ops.example>\n",
        "MIME-Version: 1.0\n",
        "Content-Type: text/plain; charset=utf-8\n",
        "Content-Transfer-Encoding: quoted-printable\n",
    ] {
        assert!(mail.contains(h), "missing {h:?} in\n{mail}");
    }
    assert!(mail.lines().all(|l| l.len() <= 78), "a line is too long for mail");
    let p = env.write("7.eml", mail.as_bytes());
    let v = env.run(&["sync", s(&p)]);
    v.ok();
    assert!(v.stderr.contains("serial 7, 2 ccTLDs, 2 contacts"), "{}", v.stderr);
}

#[test]
fn gnupg_verifies_what_tldops_signs() {
    let env = Env::pinned();
    let home = gpg_home(&env);
    // The bare cleartext file.
    let out = env.path("snapshot-7.toml.asc");
    publish(&env, &["--carrier", "file", "-o", s(&out)]).ok();
    let v = gpg(&home, &["--verify", s(&out)]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    assert!(String::from_utf8_lossy(&v.stderr).contains("Good signature"));
    // The PGP/MIME mail: the signature covers the first part with CRLF ends.
    let mail = publish(&env, &["--carrier", "pgp-mime"]).stdout;
    let boundary = mail
        .split("boundary=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    let parts: Vec<&str> = mail.split(&format!("\n--{boundary}")).collect();
    let signed = parts[1].trim_start_matches('\n').replace('\n', "\r\n");
    let sig = parts[2].split_once("\n\n").unwrap().1;
    env.write("part.txt", signed.as_bytes());
    env.write("part.sig", sig.as_bytes());
    let v = gpg(&home, &["--verify", s(&env.path("part.sig")), s(&env.path("part.txt"))]);
    assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stderr));
    let p = env.write("mime.eml", mail.as_bytes());
    env.run(&["sync", s(&p)]).ok();
}

#[test]
fn output_files_are_private_and_never_silently_replaced() {
    let env = Env::pinned();
    let out = env.path("out.eml");
    publish(&env, &["-o", s(&out)]).ok();
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    let before = std::fs::read(&out).unwrap();
    let r = publish(&env, &["-o", s(&out), "--serial", "8"]);
    // clap rejects the repeated --serial before anything is written.
    assert_eq!(r.code, 2);
    let r = publish(&env, &["-o", s(&out)]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("already exists") && r.stderr.contains("--force"),
        "{}",
        r.stderr
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
    publish(&env, &["-o", s(&out), "--force", "--carrier", "pgp-mime"]).ok();
    assert_ne!(std::fs::read(&out).unwrap(), before);
    let r = publish(&env, &["-o", s(&env.path("no/such/dir/out.eml"))]);
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("does not exist"), "{}", r.stderr);
}

#[test]
fn a_roster_that_breaks_the_format_is_refused_with_its_line() {
    let env = Env::pinned();
    let cases: &[(&str, &str)] = &[
        ("bad email", "amani@nic.tz.example\"]", "amani(at)nic\"]"),
        ("bad phone", "+255 700 000 001", "0700 000 001"),
        ("duplicate", "code = \"xn--mgbaam7a8h\"", "code = \"tz\""),
    ]
    .iter()
    .map(|(a, b, c)| (*a, ROSTER.replacen(b, c, 1)))
    .map(|(name, text)| {
        let p = env.write("bad.toml", text.as_bytes());
        let r = env.run(&["publish", s(&p), "--key", s(&key(SAMPLE_SECRET)), "--serial", "1"]);
        assert_eq!(r.code, 7, "{name}");
        assert!(r.stderr.contains("bad.toml: line "), "{name}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{name}: something was written");
        (name, "")
    })
    .collect::<Vec<_>>();
    assert_eq!(cases.len(), 3);
    // Header fields in the roster must agree with the flags.
    let p = env.write("with-header.toml", format!("serial = 5\n{ROSTER}").as_bytes());
    let r = env.run(&["publish", s(&p), "--key", s(&key(SAMPLE_SECRET)), "--serial", "6"]);
    assert_eq!(r.code, 7);
    assert!(r.stderr.contains("says serial 5"), "{}", r.stderr);
}

#[test]
fn a_protected_key_takes_its_passphrase_from_a_file() {
    let env = Env::new();
    env.run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-protected.cert.asc"))])
        .ok();
    let roster = env.write("roster.toml", ROSTER.as_bytes());
    let k = key("FICTIONAL-TEST-KEY-protected.secret.asc");
    let good = key("FICTIONAL-TEST-KEY-protected.passphrase.txt");
    let out = env.path("p.eml");
    let base = [
        "publish",
        s(&roster),
        "--key",
        s(&k),
        "--serial",
        "3",
        "--issued",
        "2026-11-01T06:00:00Z",
        "--to",
        LIST,
    ];
    let wrong = env.write("wrong.txt", b"not it\n");
    let r = env.run(&[&base[..], &["--passphrase-file", s(&wrong), "-o", s(&out)]].concat());
    assert_eq!(r.code, 7);
    assert!(r.stderr.contains("wrong passphrase"), "{}", r.stderr);
    assert!(!out.exists());
    env.run(&[&base[..], &["--passphrase-file", s(&good), "-o", s(&out)]].concat())
        .ok();
    env.run(&["sync", s(&out)]).ok();
}

/// Publishes `roster` as `serial` with the sample key and no --issued, to
/// `name`; returns the run.
fn send(env: &Env, roster: &str, serial: &str, name: &str, extra: &[&str]) -> common::Run {
    let p = env.write("send.toml", roster.as_bytes());
    let out = env.path(name);
    let k = key(SAMPLE_SECRET);
    let mut args = vec![
        "publish",
        s(&p),
        "--key",
        s(&k),
        "--serial",
        serial,
        "--to",
        LIST,
        "-o",
        s(&out),
    ];
    args.extend_from_slice(extra);
    env.run(&args)
}

fn header(mail: &str, name: &str) -> String {
    mail.lines()
        .find(|l| l.starts_with(&format!("{name}: ")))
        .unwrap_or_else(|| panic!("no {name} in\n{mail}"))
        .to_string()
}

#[test]
fn a_resend_is_the_same_snapshot_and_members_see_it_as_already_known() {
    let mut env = Env::pinned();
    send(&env, ROSTER, "7", "first.eml", &[]).ok();
    env.run(&["sync", s(&env.path("first.eml"))]).ok();
    // A day later, the other carrier: a bounce, or a second try.
    env.now = "2026-11-03T00:00:00Z".to_string();
    let r = send(&env, ROSTER, "7", "again.eml", &["--carrier", "pgp-mime"]);
    r.ok();
    assert!(r.stderr.contains("sending it again, identical"), "{}", r.stderr);
    let first = std::fs::read_to_string(env.path("first.eml")).unwrap();
    let again = std::fs::read_to_string(env.path("again.eml")).unwrap();
    assert_eq!(header(&first, "Message-ID"), header(&again, "Message-ID"));
    let v = env.run(&["sync", s(&env.path("again.eml"))]);
    v.ok();
    assert!(v.stderr.contains("1 already known, 0 rejected"), "{}", v.stderr);
    let j: serde_json::Value =
        serde_json::from_slice(&std::fs::read(env.data_dir().join("publish-journal.json")).unwrap()).unwrap();
    let entries = j["directories"]["TLD-OPS"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["serial"], 7);
    assert_eq!(entries[0]["issued"], "2026-11-02T00:00:00Z");
    assert_eq!(entries[0]["signers"][0], "BF036CF30FB1C4D0D5BDCE2712479753134F6951");
    let mode = std::fs::metadata(env.data_dir().join("publish-journal.json"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn another_roster_under_a_used_serial_is_refused_with_what_changed() {
    let env = Env::pinned();
    send(&env, ROSTER, "7", "first.eml", &[]).ok();
    let changed = ROSTER.replace("+255 700 000 001", "+255 700 000 999");
    let r = send(&env, &changed, "7", "second.eml", &[]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("would be equivocation"), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "tldops:   ~ .tz Amani Mfano (amani@nic.tz.example) mobile: `+255 700 000 001` -> `+255 700 000 999`\n"
        ),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("use serial 8"), "{}", r.stderr);
    assert!(!env.path("second.eml").exists());
    // The same roster with another --issued is another document too.
    let r = send(&env, ROSTER, "7", "third.eml", &["--issued", "2026-11-01T00:00:00Z"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("issued: 2026-11-02T00:00:00+00:00 -> 2026-11-01T00:00:00+00:00"),
        "{}",
        r.stderr
    );
    send(&env, &changed, "8", "second.eml", &[]).ok();
}

#[test]
fn serials_and_times_a_member_would_trip_on_are_refused_with_the_reason() {
    let cases: &[(&str, &str, &[&str], &str)] = &[
        ("1190 for 119", "1190", &[], "serial 1190 jumps by 1183"),
        ("the last serial there is", "9007199254740991", &[], "jumps by"),
        ("past 2^53-1", "9007199254740992", &["--force"], "outside 1 to 2^53-1"),
        ("below the last", "6", &["--force"], "below serial 7 already published"),
        (
            "issued ahead",
            "8",
            &["--issued", "2026-11-02T00:10:00Z"],
            "more than 5 minutes ahead",
        ),
        (
            "already expired",
            "8",
            &["--issued", "2026-09-01T00:00:00Z", "--expires", "2026-10-01T00:00:00Z"],
            "is already past",
        ),
        (
            "2099",
            "8",
            &["--expires", "2099-01-01T00:00:00Z"],
            "more than a year ahead",
        ),
        (
            "issued before the last",
            "8",
            &["--issued", "2026-10-01T00:00:00Z"],
            "before serial 7",
        ),
    ];
    for (name, serial, extra, want) in cases {
        let env = Env::pinned();
        send(&env, ROSTER, "7", "first.eml", &[]).ok();
        let before = std::fs::read(env.data_dir().join("publish-journal.json")).unwrap();
        let r = send(&env, ROSTER, serial, "out.eml", extra);
        assert_eq!(r.code, 7, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{name}: {}", r.stderr);
        assert!(r.stderr.contains("refused"), "{name}: {}", r.stderr);
        assert!(!env.path("out.eml").exists(), "{name}: something was written");
        let after = std::fs::read(env.data_dir().join("publish-journal.json")).unwrap();
        assert_eq!(before, after, "{name}: the journal changed");
    }
    // A step above the limit is allowed when meant.
    let env = Env::pinned();
    send(&env, ROSTER, "7", "first.eml", &[]).ok();
    send(&env, ROSTER, "1190", "out.eml", &["--force"]).ok();
    // The step comes from the config.
    let env = Env::pinned();
    env.write("config/config.toml", b"[directory.\"TLD-OPS\"]\nserial_step = 2\n");
    send(&env, ROSTER, "2", "a.eml", &[]).ok();
    let r = send(&env, ROSTER, "5", "b.eml", &[]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("at most 2 without it"), "{}", r.stderr);
}

#[test]
fn a_key_not_valid_when_issued_is_refused_before_anything_is_written() {
    // The test keys were made on 2025-01-01.
    let env = Env::pinned();
    let r = send(
        &env,
        ROSTER,
        "7",
        "out.eml",
        &["--issued", "2024-12-01T00:00:00Z", "--expires", "2026-12-01T00:00:00Z"],
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("not valid at 2024-12-01"), "{}", r.stderr);
    assert!(!env.path("out.eml").exists());
    assert!(!env.data_dir().join("publish-journal.json").exists());
}

#[test]
fn a_second_machine_takes_its_journal_from_the_last_mailing() {
    let first = Env::pinned();
    send(&first, ROSTER, "7", "7.eml", &["--carrier", "pgp-mime"]).ok();
    let mail = std::fs::read(first.path("7.eml")).unwrap();
    let second = Env::pinned();
    let p = second.write("7.eml", &mail);
    let r = second.run(&["publish", "--journal-from", s(&p)]);
    r.ok();
    assert!(r.stderr.contains("recorded serial 7 of TLD-OPS"), "{}", r.stderr);
    // Again: nothing changes.
    let r = second.run(&["publish", "--journal-from", s(&p)]);
    r.ok();
    assert!(r.stderr.contains("already in the journal"), "{}", r.stderr);
    // The second machine knows serial 7: a re-send is identical, another roster is refused.
    let changed = ROSTER.replace("+255 700 000 001", "+255 700 000 999");
    assert_eq!(send(&second, &changed, "7", "x.eml", &[]).code, 4);
    let r = send(&second, ROSTER, "7", "again.eml", &["--carrier", "pgp-mime"]);
    r.ok();
    let again = std::fs::read_to_string(second.path("again.eml")).unwrap();
    let mail = String::from_utf8(mail).unwrap();
    assert_eq!(header(&mail, "Message-ID"), header(&again, "Message-ID"));
    send(&second, &changed, "8", "8.eml", &[]).ok();
    // A file that disagrees with the journal is reported, and the journal kept.
    let other = Env::pinned();
    send(&other, &changed, "8", "8.eml", &["--issued", "2026-11-01T00:00:00Z"]).ok();
    let before = std::fs::read(second.data_dir().join("publish-journal.json")).unwrap();
    let p = second.write("other-8.eml", &std::fs::read(other.path("8.eml")).unwrap());
    let r = second.run(&["publish", "--journal-from", s(&p)]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("the journal is left as it is"), "{}", r.stderr);
    assert_eq!(
        before,
        std::fs::read(second.data_dir().join("publish-journal.json")).unwrap()
    );
    // A file no pinned key signed is not taken.
    let stranger = Env::new();
    let p = stranger.write("7.eml", mail.as_bytes());
    let r = stranger.run(&["publish", "--journal-from", s(&p)]);
    assert_eq!(r.code, 7, "{}", r.stderr);
}

#[test]
fn the_templates_publish_as_they_are_and_ids_come_through() {
    for (format, name) in [("toml", "roster.toml"), ("csv", "roster.csv")] {
        let env = Env::pinned();
        let t = env.run(&["publish", "--template", format]);
        t.ok();
        let p = env.write(name, t.stdout.as_bytes());
        let out = env.path("snapshot.toml.asc");
        let k = key(SAMPLE_SECRET);
        env.run(&[
            "publish",
            s(&p),
            "--key",
            s(&k),
            "--serial",
            "1",
            "--carrier",
            "file",
            "-o",
            s(&out),
        ])
        .ok();
        let signed = std::fs::read_to_string(&out).unwrap();
        assert!(signed.contains("id = \"tz-amani\""), "{format}: {signed}");
        let v = env.run(&["sync", s(&out)]);
        v.ok();
        let want = if format == "csv" {
            "1 ccTLD, 2 contacts"
        } else {
            "1 ccTLD, 1 contact)"
        };
        assert!(v.stderr.contains(want), "{format}: {}", v.stderr);
    }
}

#[test]
fn a_spreadsheet_saved_as_csv_is_a_roster() {
    let env = Env::pinned();
    // As Excel saves "CSV UTF-8": a BOM, CRLF, a header in its own words,
    // quoted cells, a line break in a note, `;` between values, empty rows.
    let csv = "\u{feff}Code,Registry,Emergency_Phone,Name,Role,Email,Phone,Mobile,PGP,Languages,Note,ID\r\n\
tz,Tanzania NIC,+255 22 000 0000,Amani Mfano,Head of security,amani@nic.tz.example,+255 22 000 0001,+255 700 000 001,,sw;en,\"Call first\r\nthen e-mail\",tz-1\r\n\
tz,,,Neema Otieno,,neema@nic.tz.example; csirt@nic.tz.example,,,,,,tz-2\r\n\
рф,,,Иван Иванов,,ivan@cctld.xn--p1ai.example,,+7 900 000 0001,,ru,,\r\n\
,,,,,,,,,,,\r\n";
    let p = env.write("members.csv", csv.as_bytes());
    let out = env.path("out.toml.asc");
    let k = key(SAMPLE_SECRET);
    let r = env.run(&[
        "publish",
        s(&p),
        "--key",
        s(&k),
        "--serial",
        "1",
        "--carrier",
        "file",
        "-o",
        s(&out),
    ]);
    r.ok();
    assert!(
        r.stderr.contains("warning: ")
            && r.stderr
                .contains("line 2: .tz, Amani Mfano: note: a line break became a space"),
        "{}",
        r.stderr
    );
    let signed = std::fs::read_to_string(&out).unwrap();
    assert!(signed.contains("note = \"Call first then e-mail\""), "{signed}");
    assert!(
        signed.contains("email = [\"neema@nic.tz.example\", \"csirt@nic.tz.example\"]"),
        "{signed}"
    );
    let v = env.run(&["sync", s(&out)]);
    v.ok();
    assert!(v.stderr.contains("serial 1, 2 ccTLDs, 3 contacts"), "{}", v.stderr);
}

#[test]
fn every_roster_problem_is_reported_at_once_with_its_line() {
    let env = Env::pinned();
    let k = key(SAMPLE_SECRET);
    let toml = "[[cctld]]\ncode = \"tz\"\nemergency-phone = \"+255 22 000 0000\"\n\n[[cctld.contact]]\nname = \"Amani Mfano\"\nemial = [\"amani@nic.tz.example\"]\nmobile = [\"0700 000 001\"]\n\n[[cctld.contact]]\nname = \"Neema Juma\"\nemail = [\"neema@nic.tz.example\"]\n\n[[cctld.contact]]\nname = \"Neema  JUMA\"\nemail = [\"Neema@nic.tz.example\"]\n";
    let csv = "code,name,email,emergency phone,fax\ntz,Amani,amani@nic.tz.example,,\n";
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "roster.toml",
            toml,
            &[
                "roster.toml: line 3: .tz: unknown key `emergency-phone`: did you mean `emergency_phone`?",
                "roster.toml: line 7: .tz, Amani Mfano: unknown key `emial`: did you mean `email`?",
                "roster.toml: line 5: .tz, Amani Mfano: email: missing",
                "roster.toml: line 8: .tz, Amani Mfano: mobile: `0700 000 001` is not an international number",
                "roster.toml: line 14: .tz, Neema  JUMA: has the same identity (`neema juma` <neema@nic.tz.example> in .tz) as .tz, Neema Juma at line 10",
                "roster.toml: 5 problems; nothing was signed",
            ],
        ),
        (
            "roster.csv",
            csv,
            &[
                "roster.csv: line 1: unknown column `emergency phone`: did you mean `emergency_phone`?",
                "roster.csv: line 1: unknown column `fax` (the columns are code, registry,",
                "roster.csv: 2 problems; nothing was signed",
            ],
        ),
    ];
    for (name, text, want) in cases {
        let p = env.write(name, text.as_bytes());
        let out = env.path("out.eml");
        let r = env.run(&["publish", s(&p), "--key", s(&k), "--serial", "1", "-o", s(&out)]);
        assert_eq!(r.code, 7, "{name}: {}", r.stderr);
        for w in *want {
            assert!(r.stderr.contains(w), "{name}: missing {w:?} in\n{}", r.stderr);
        }
        assert!(!out.exists());
        assert!(!env.data_dir().join("publish-journal.json").exists());
    }
}

const SECOND_CERT: &str = "FICTIONAL-TEST-KEY-second.cert.asc";
const SECOND_SECRET: &str = "FICTIONAL-TEST-KEY-second.secret.asc";

/// A member who pins both keys and wants both to sign.
fn two_key_member() -> Env {
    let env = Env::pinned();
    env.run(&["trust", "add", s(&key(SECOND_CERT))]).ok();
    env.write("config/config.toml", b"[directory.\"TLD-OPS\"]\nthreshold = 2\n");
    env
}

/// GnuPG's verdict on a bare file or on a PGP/MIME mail's signed part.
fn gpg_verify(env: &Env, home: &std::path::Path, file: &std::path::Path, pgp_mime: bool) -> String {
    let v = if pgp_mime {
        let mail = std::fs::read_to_string(file).unwrap();
        let boundary = mail
            .split("boundary=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let parts: Vec<&str> = mail.split(&format!("\n--{boundary}")).collect();
        let signed = parts[1].trim_start_matches('\n').replace('\n', "\r\n");
        let sig = parts[2].split_once("\n\n").unwrap().1;
        env.write("part.txt", signed.as_bytes());
        env.write("part.sig", sig.as_bytes());
        gpg(home, &["--verify", s(&env.path("part.sig")), s(&env.path("part.txt"))])
    } else {
        gpg(home, &["--verify", s(file)])
    };
    let err = String::from_utf8_lossy(&v.stderr).into_owned();
    assert!(v.status.success(), "{err}");
    err
}

#[test]
fn two_staff_sign_together_or_one_after_the_other() {
    let env = two_key_member();
    let home = gpg_home(&env);
    assert!(gpg(&home, &["--import", s(&key(SECOND_CERT))]).status.success());
    let (a, b) = (key(SAMPLE_SECRET), key(SECOND_SECRET));
    for carrier in ["file", "pgp-mime", "inline"] {
        // Both keys at once.
        let both = env.path(&format!("both-{carrier}"));
        send(
            &env,
            ROSTER,
            "7",
            &format!("both-{carrier}"),
            &["--key", s(&b), "--carrier", carrier],
        )
        .ok();
        let _ = &both;
        // One key, then the other on its own machine.
        let one = env.path(&format!("one-{carrier}"));
        let signer = Env::new();
        let r = signer.write("roster.toml", ROSTER.as_bytes());
        let mut args = vec!["publish", s(&r), "--key", s(&a), "--serial", "7", "--carrier", carrier];
        args.extend_from_slice(&["--issued", "2026-11-02T00:00:00Z", "--to", LIST, "-o", s(&one)]);
        signer.run(&args).ok();
        // A member who wants both rejects it with one.
        let r = env.run(&["verify", s(&one)]);
        assert_eq!(r.code, 3, "{carrier}: {}", r.stderr);
        assert!(
            r.stdout.contains("THRESHOLD") || r.stderr.contains("THRESHOLD"),
            "{carrier}: {} {}",
            r.stdout,
            r.stderr
        );
        let before = std::fs::read(&one).unwrap();
        let cosigner = Env::new();
        let c = cosigner.run(&["cosign", s(&one), "--key", s(&b)]);
        c.ok();
        assert!(c.stderr.contains("added a signature by"), "{}", c.stderr);
        let after = std::fs::read(&one).unwrap();
        assert_ne!(before, after);
        // Not a byte of the signed text changed: the same payload, the same headers.
        let sha = |p: &std::path::Path| {
            let r = env.run(&["verify", "--json", s(p)]);
            let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
            v[0]["sha256"].as_str().map(str::to_string)
        };
        assert_eq!(sha(&one), sha(&both), "{carrier}");
        let head = |b: &[u8]| String::from_utf8_lossy(b).split("\n\n").next().unwrap().to_string();
        if carrier != "file" {
            assert_eq!(head(&before), head(&after), "{carrier}: the headers changed");
        }
        if carrier == "pgp-mime" {
            let part = |b: &[u8]| {
                String::from_utf8_lossy(b)
                    .split("-----BEGIN PGP SIGNATURE-----")
                    .next()
                    .unwrap()
                    .to_string()
            };
            assert_eq!(part(&before), part(&after), "{carrier}: the signed part changed");
        }
        // Cosigning twice with one key is refused.
        let r = cosigner.run(&["cosign", s(&one), "--key", s(&b)]);
        assert_eq!(r.code, 7, "{}", r.stderr);
        assert!(r.stderr.contains("already signed by"), "{}", r.stderr);
        // GnuPG sees both signatures, on both ways of making them.
        for f in [&one, &both] {
            if carrier == "inline" {
                continue;
            }
            let err = gpg_verify(&env, &home, f, carrier == "pgp-mime");
            assert_eq!(err.matches("Good signature").count(), 2, "{carrier}: {err}");
            assert!(
                err.contains("FICTIONAL SAMPLE KEY") && err.contains("Second Signer (FICTIONAL TEST KEY)"),
                "{err}"
            );
        }
        let r = env.run(&["verify", s(&one)]);
        r.ok();
    }
    // The member with threshold 2 takes the cosigned mail.
    let v = env.run(&["sync", s(&env.path("one-pgp-mime"))]);
    v.ok();
    assert!(v.stderr.contains("1 new snapshot"), "{}", v.stderr);
}

#[test]
fn an_inline_mail_cosigned_keeps_its_body_for_gnupg_too() {
    let env = Env::pinned();
    let home = gpg_home(&env);
    assert!(gpg(&home, &["--import", s(&key(SECOND_CERT))]).status.success());
    for encoding in ["quoted-printable", "base64"] {
        let name = format!("inline-{encoding}.eml");
        send(&env, ROSTER, "7", &name, &["--transfer-encoding", encoding]).ok();
        let p = env.path(&name);
        env.run(&["cosign", s(&p), "--key", s(&key(SECOND_SECRET))]).ok();
        // What a mail client shows and GnuPG checks: the decoded body.
        let mail = std::fs::read(&p).unwrap();
        let msg = mail_parser::MessageParser::default().parse(&mail).unwrap();
        let body = msg.body_text(0).unwrap().into_owned();
        let f = env.write("body.asc", body.as_bytes());
        let err = gpg_verify(&env, &home, &f, false);
        assert_eq!(err.matches("Good signature").count(), 2, "{encoding}: {err}");
    }
}

#[test]
fn an_rsa_secret_key_never_signs() {
    let env = Env::pinned();
    let home = gpg_home(&env);
    let made = gpg(
        &home,
        &[
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--quick-gen-key",
            "RSA Staff <rsa@tld-ops.example>",
            "rsa2048",
            "sign",
            "never",
        ],
    );
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let secret = gpg(
        &home,
        &[
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--armor",
            "--export-secret-keys",
            "rsa@tld-ops.example",
        ],
    );
    let k = env.write("rsa.secret.asc", &secret.stdout);
    let p = env.write("roster.toml", ROSTER.as_bytes());
    let out = env.path("out.eml");
    let r = env.run(&[
        "publish",
        s(&p),
        "--key",
        s(&k),
        "--serial",
        "1",
        "--to",
        LIST,
        "-o",
        s(&out),
    ]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("is RSA") && r.stderr.contains("Ed25519"),
        "{}",
        r.stderr
    );
    assert!(!out.exists());
    send(&env, ROSTER, "1", "good.eml", &[]).ok();
    let r = env.run(&["cosign", s(&env.path("good.eml")), "--key", s(&k)]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("is RSA"), "{}", r.stderr);
    stop_agent(&home);
}

#[test]
fn a_dry_run_shows_what_members_will_see_change_and_writes_nothing() {
    let env = Env::pinned();
    send(&env, ROSTER, "7", "7.eml", &[]).ok();
    let journal = std::fs::read(env.data_dir().join("publish-journal.json")).unwrap();
    let next = ROSTER
        .replace("+255 700 000 001", "+255 700 000 999")
        .replace("email = [\"m.alhassan@nic.ae.example\"]", "email = [\"mohamed@nic.ae.example\"]")
        + "\n[[cctld]]\ncode = \"ke\"\nemergency_phone = \"+254 20 000 0000\"\n[[cctld.contact]]\nname = \"Wanjiku Njoroge\"\nemail = [\"w@kenic.ke.example\"]\nmobile = [\"+254 700 000 001\"]\n";
    let p = env.write("next.toml", next.as_bytes());
    let r = env.run(&["publish", s(&p), "--serial", "8", "--dry-run"]);
    r.ok();
    for want in [
        "Dry run: serial 8 of TLD-OPS, issued 2026-11-02 00:00 UTC, expires 2026-12-17 00:00 UTC (45 days from now): 3 ccTLDs, 3 contacts. Nothing signed or written.",
        // A new first e-mail without an `id` is a new identity: one removal
        // and one addition, as the warning below says.
        "What members will see change since serial 7 (issued 2026-11-02 00:00 UTC): 2 added, 1 removed, 1 changed",
        "  ~ .tz Amani Mfano (amani@nic.tz.example) mobile: `+255 700 000 001` -> `+255 700 000 999`",
        "  - .امارات محمد الحسن (m.alhassan@nic.ae.example)",
        "  + .امارات محمد الحسن (mohamed@nic.ae.example)",
        "  + .ke",
        "  + .ke Wanjiku Njoroge (w@kenic.ke.example)",
        "4 warnings:",
        "  .tz: no 24x7 line (emergency_phone)",
        "  .امارات (xn--mgbaam7a8h): no 24x7 line (emergency_phone)",
        "  .امارات (xn--mgbaam7a8h), محمد الحسن: no phone or mobile",
        "identity changes from `",
    ] {
        assert!(r.stdout.contains(want), "missing {want:?} in\n{}", r.stdout);
    }
    assert_eq!(
        journal,
        std::fs::read(env.data_dir().join("publish-journal.json")).unwrap()
    );
    // A dry run says what publishing would refuse.
    let r = env.run(&["publish", s(&p), "--serial", "30", "--dry-run"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("jumps by 23"), "{}", r.stderr);
    // With no journal, everything is new.
    let fresh = Env::new();
    let p = fresh.write("next.toml", next.as_bytes());
    let r = fresh.run(&["publish", s(&p), "--serial", "1", "--dry-run"]);
    r.ok();
    assert!(r.stdout.contains("No earlier serial in the journal"), "{}", r.stdout);
    assert!(!fresh.data_dir().join("publish-journal.json").exists());
}

#[test]
fn a_mailing_goes_to_the_list_with_a_cover_note_outside_the_signed_text() {
    let env = Env::pinned();
    let k = key(SAMPLE_SECRET);
    let p = env.write("roster.toml", ROSTER.as_bytes());
    // No list address: a usage error, nothing written.
    let r = env.run(&["publish", s(&p), "--key", s(&k), "--serial", "1", "-o", "x.eml"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--to ADDRESS, or list_address"), "{}", r.stderr);
    assert!(!env.path("x.eml").exists());
    // To the sender itself: a warning.
    let r = env.run(&[
        "publish",
        s(&p),
        "--key",
        s(&k),
        "--serial",
        "1",
        "--to",
        "secretariat@tld-ops.example",
    ]);
    r.ok();
    assert!(
        r.stderr.contains("warning: To is the sender's own address"),
        "{}",
        r.stderr
    );
    // The config names the list.
    env.write(
        "config/config.toml",
        b"[directory.\"TLD-OPS\"]\nlist_address = \"TLD-OPS <tld-ops@lists.tld-ops.example>\"\n",
    );
    let note = env.write(
        "note.txt",
        "Dear colleagues,\n\nthe monthly contact repository follows. Ivan's number changed.\n\n\u{2013} the secretariat\n".as_bytes(),
    );
    for carrier in ["inline", "pgp-mime"] {
        let r = env.run(&[
            "publish",
            s(&p),
            "--key",
            s(&k),
            "--serial",
            "1",
            "--carrier",
            carrier,
            "--note",
            s(&note),
        ]);
        r.ok();
        assert!(!r.stderr.contains("warning"), "{}", r.stderr);
        assert!(
            r.stdout.contains("To: TLD-OPS <tld-ops@lists.tld-ops.example>\n"),
            "{}",
            r.stdout
        );
        let msg = mail_parser::MessageParser::default()
            .parse(r.stdout.as_bytes())
            .unwrap();
        let text = msg.body_text(0).unwrap().into_owned();
        assert!(text.contains("Ivan's number changed."), "{carrier}: {text}");
        let m = env.write(&format!("{carrier}.eml"), r.stdout.as_bytes());
        let v = env.run(&["verify", "--json", s(&m)]);
        v.ok();
        assert!(!v.stdout.contains("Ivan's number"), "{}", v.stdout);
    }
    let m = env.path("inline.eml");
    let v = env.run(&["sync", s(&m)]);
    v.ok();
    assert!(
        v.stderr.contains("1 new snapshot (serial 1, 2 ccTLDs, 2 contacts)"),
        "{}",
        v.stderr
    );
    // A note that could pass for a signed block is refused.
    let bad = env.write("bad.txt", b"-----BEGIN PGP SIGNED MESSAGE-----\n");
    let r = env.run(&["publish", s(&p), "--key", s(&k), "--serial", "1", "--note", s(&bad)]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr.contains("could be read as the start of a signed block"),
        "{}",
        r.stderr
    );
}

/// What Mailman 3 and Sympa do to a post on its way to members, each as a
/// function of the raw message.
mod list_server {
    use base64::Engine;

    pub fn split(m: &str) -> (String, String) {
        let (h, b) = m.split_once("\n\n").unwrap();
        (h.to_string(), b.to_string())
    }

    fn unfold(h: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in h.lines() {
            if l.starts_with([' ', '\t']) {
                out.last_mut().unwrap().push_str(&format!("\n{l}"));
            } else {
                out.push(l.to_string());
            }
        }
        out
    }

    fn is_content(h: &str) -> bool {
        let l = h.to_ascii_lowercase();
        l.starts_with("content-") || l.starts_with("mime-version")
    }

    /// The decoded text of a single text/plain message.
    pub fn text(m: &str) -> String {
        let msg = mail_parser::MessageParser::default().parse(m.as_bytes()).unwrap();
        msg.body_text(0).unwrap().into_owned()
    }

    /// A subject tag and list headers (both).
    pub fn tag(m: &str) -> String {
        m.replacen("Subject: ", "Subject: [tld-ops] ", 1).replacen(
            "MIME-Version",
            "List-Id: TLD-OPS <tld-ops.lists.tld-ops.example>\nList-Post: <mailto:tld-ops@lists.tld-ops.example>\nMIME-Version",
            1,
        )
    }

    /// Sympa's DMARC "munge": the From rewritten.
    pub fn munge_from(m: &str) -> String {
        let (h, b) = split(m);
        let h: Vec<String> = unfold(&h)
            .into_iter()
            .map(|l| {
                if l.starts_with("From:") {
                    "From: \"Secretariat via TLD-OPS\" <tld-ops@lists.tld-ops.example>".to_string()
                } else {
                    l
                }
            })
            .collect();
        format!("{}\nReply-To: secretariat@tld-ops.example\n\n{b}", h.join("\n"))
    }

    /// A footer appended to a single text/plain body, re-encoded as `cte`
    /// (Mailman 3 when the body is text/plain).
    pub fn footer_in_body(m: &str, cte: &str) -> String {
        let (h, _) = split(m);
        let body = format!(
            "{}\n-- \nTLD-OPS mailing list\nhttps://lists.tld-ops.example/tld-ops\n",
            text(m)
        );
        let encoded = match cte {
            "base64" => base64::engine::general_purpose::STANDARD
                .encode(body.as_bytes())
                .as_bytes()
                .chunks(76)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join("\n"),
            "8bit" => body,
            _ => tldops::publish::mail::quoted_printable(body.as_bytes()),
        };
        let h: Vec<String> = unfold(&h)
            .into_iter()
            .map(|l| {
                if l.to_ascii_lowercase().starts_with("content-transfer-encoding") {
                    format!("Content-Transfer-Encoding: {cte}")
                } else {
                    l
                }
            })
            .collect();
        format!("{}\n\n{encoded}\n", h.join("\n"))
    }

    /// The message moved into the first part of a multipart/mixed, with a
    /// footer part after it (Mailman 3 and Sympa for anything not plain).
    pub fn footer_part(m: &str) -> String {
        let (h, b) = split(m);
        let (content, outer): (Vec<String>, Vec<String>) = unfold(&h).into_iter().partition(|l| is_content(l));
        let content: Vec<String> = content.into_iter().filter(|l| !l.starts_with("MIME-Version")).collect();
        format!(
            "{}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"===footer===\"\n\n--===footer===\n{}\n\n{}\n--===footer===\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\nContent-Disposition: inline\n\n_______________________________________________\nTLD-OPS mailing list\n--===footer===--\n",
            outer.join("\n"),
            content.join("\n"),
            b.trim_end()
        )
    }

    /// Mailman 3's DMARC mitigation "wrap message".
    pub fn dmarc_wrap(m: &str) -> String {
        format!(
            "From: TLD-OPS via lists <tld-ops@lists.tld-ops.example>\nTo: tld-ops@lists.tld-ops.example\nSubject: [tld-ops] Contact repository\nDate: Mon, 2 Nov 2026 00:01:00 +0000\nMessage-ID: <wrap-1@lists.tld-ops.example>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"===wrap===\"\n\n--===wrap===\nContent-Type: text/plain; charset=\"us-ascii\"\n\nThis message was sent by the secretariat; the original follows.\n--===wrap===\nContent-Type: message/rfc822\nContent-Disposition: inline\n\n{}\n--===wrap===--\n",
            m.trim_end()
        )
    }

    fn chatter() -> String {
        "From: Someone <someone@nic.example>\nSubject: Re: outage\nDate: Mon, 2 Nov 2026 00:00:30 +0000\nMessage-ID: <chatter@nic.example>\nContent-Type: text/plain\n\nAll fine here.\n".to_string()
    }

    /// A MIME digest (multipart/digest of message/rfc822 parts).
    pub fn mime_digest(m: &str) -> String {
        format!(
            "From: tld-ops-request@lists.tld-ops.example\nTo: tld-ops@lists.tld-ops.example\nSubject: TLD-OPS Digest, Vol 12, Issue 3\nDate: Tue, 3 Nov 2026 00:00:00 +0000\nMessage-ID: <digest-3@lists.tld-ops.example>\nMIME-Version: 1.0\nContent-Type: multipart/digest; boundary=\"===digest===\"\n\n--===digest===\nContent-Type: message/rfc822\n\n{}\n--===digest===\nContent-Type: message/rfc822\n\n{}\n--===digest===--\n",
            chatter().trim_end(),
            m.trim_end()
        )
    }

    /// An RFC 1153 plain-text digest: every post's decoded text with a few
    /// headers, between lines of dashes, in one text/plain body.
    pub fn plain_digest(m: &str) -> String {
        let (h, _) = split(m);
        let keep: Vec<String> = unfold(&h)
            .into_iter()
            .filter(|l| {
                l.starts_with("From:")
                    || l.starts_with("Subject:")
                    || l.starts_with("Date:")
                    || l.starts_with("Message-ID:")
            })
            .collect();
        let sep = "-".repeat(70);
        let short = "-".repeat(30);
        let (ch, cb) = split(&chatter());
        let chatter_head: Vec<&str> = ch.lines().filter(|l| !l.starts_with("Content-Type")).collect();
        format!(
            "From: tld-ops-request@lists.tld-ops.example\nTo: tld-ops@lists.tld-ops.example\nSubject: TLD-OPS Digest, Vol 12, Issue 3\nDate: Tue, 3 Nov 2026 00:00:00 +0000\nMessage-ID: <digest-plain-3@lists.tld-ops.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\nSend TLD-OPS mailing list submissions to\n\ttld-ops@lists.tld-ops.example\n\nToday's Topics:\n\n   1. Re: outage\n   2. Contact repository\n\n\n{sep}\n\nMessage: 1\n{}\n\n{}\n{short}\n\nMessage: 2\n{}\n\n{}\n\n{short}\n\nEnd of TLD-OPS Digest, Vol 12, Issue 3\n{}\n",
            chatter_head.join("\n"),
            cb.trim_end(),
            keep.join("\n"),
            text(m).trim_end(),
            "*".repeat(38)
        )
    }
}

#[test]
fn mail_survives_what_mailman_3_and_sympa_do_to_it() {
    use list_server::*;
    let env = Env::pinned();
    let k = key(SAMPLE_SECRET);
    let p = env.write("roster.toml", ROSTER.as_bytes());
    let sha_of = |file: &std::path::Path| -> Vec<Option<String>> {
        let r = env.run(&["verify", "--json", s(file)]);
        let v: serde_json::Value =
            serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x["sha256"].as_str().map(str::to_string))
            .collect()
    };
    let mut checked = 0;
    for (carrier, cte) in [
        ("inline", "quoted-printable"),
        ("inline", "base64"),
        ("pgp-mime", "quoted-printable"),
        ("pgp-mime", "base64"),
    ] {
        let r = env.run(&[
            "publish",
            s(&p),
            "--key",
            s(&k),
            "--serial",
            "1",
            "--to",
            LIST,
            "--carrier",
            carrier,
            "--transfer-encoding",
            cte,
        ]);
        r.ok();
        let original = r.stdout.clone();
        let want = sha_of(&env.write("original.eml", original.as_bytes()));
        assert!(want[0].is_some(), "{carrier} {cte}: the original does not verify");
        let mut handled: Vec<(&str, String)> = vec![
            ("subject tag and list headers", tag(&original)),
            ("From munged (Sympa DMARC)", munge_from(&tag(&original))),
            ("footer part (multipart/mixed)", footer_part(&tag(&original))),
            (
                "DMARC wrap (message/rfc822 in multipart/mixed)",
                dmarc_wrap(&tag(&original)),
            ),
            ("MIME digest", mime_digest(&tag(&original))),
        ];
        if carrier == "inline" {
            // Only a text/plain body can be re-encoded or have a footer
            // added inside it, and only the cleartext carrier's text can
            // be read back from a plain-text digest.
            for to in ["base64", "quoted-printable", "8bit"] {
                handled.push((to, footer_in_body(&tag(&original), to)));
            }
            handled.push((
                "footer in body, then DMARC wrap",
                dmarc_wrap(&footer_in_body(&original, "base64")),
            ));
            handled.push(("plain-text digest (RFC 1153)", plain_digest(&tag(&original))));
            handled.push(("plain-text digest, CRLF", plain_digest(&original).replace('\n', "\r\n")));
        }
        for (how, mail) in handled {
            let f = env.write("handled.eml", mail.as_bytes());
            let got = sha_of(&f);
            assert_eq!(got, want, "{carrier} {cte}, {how}:\n{mail}");
            checked += 1;
        }
        if carrier == "pgp-mime" {
            // Re-encoding the signed part of PGP/MIME breaks its signature:
            // why the inline carrier is the default.
            let other = if cte == "base64" { "quoted-printable" } else { "base64" };
            let decoded = {
                let msg = mail_parser::MessageParser::default()
                    .parse(original.as_bytes())
                    .unwrap();
                msg.body_text(0).unwrap().into_owned()
            };
            let (from, to) = if cte == "base64" {
                let b64 = original
                    .split("Content-Transfer-Encoding: base64\n\n")
                    .nth(1)
                    .unwrap()
                    .split("\n--")
                    .next()
                    .unwrap()
                    .to_string();
                (
                    b64,
                    tldops::publish::mail::quoted_printable(decoded.as_bytes())
                        .trim_end()
                        .to_string(),
                )
            } else {
                let qp = original
                    .split("Content-Transfer-Encoding: quoted-printable\n\n")
                    .nth(1)
                    .unwrap()
                    .split("\n--")
                    .next()
                    .unwrap()
                    .to_string();
                let b = base64::engine::general_purpose::STANDARD.encode(decoded.as_bytes());
                (qp, b)
            };
            let reencoded = original
                .replacen(
                    &format!("Content-Transfer-Encoding: {cte}"),
                    &format!("Content-Transfer-Encoding: {other}"),
                    1,
                )
                .replacen(&from, &to, 1);
            let f = env.write("reencoded.eml", reencoded.as_bytes());
            let r = env.run(&["verify", s(&f)]);
            assert_eq!(r.code, 3, "{cte}: {}", r.stderr);
        }
    }
    assert_eq!(checked, 32);
}

/// Stops the gpg-agent a test's GnuPG home started.
fn stop_agent(home: &std::path::Path) {
    let _ = Command::new("gpgconf")
        .arg("--homedir")
        .arg(home)
        .args(["--kill", "gpg-agent"])
        .output();
}

#[cfg(feature = "gpg-agent")]
#[test]
fn a_key_held_by_gpg_agent_signs_when_given_by_its_certificate() {
    let env = Env::pinned();
    env.run(&["trust", "add", s(&key(SECOND_CERT))]).ok();
    let home = gpg_home(&env);
    let p = env.write("roster.toml", ROSTER.as_bytes());
    let out = env.path("agent.eml");
    let run = |cert: &str, out: &std::path::Path| {
        let mut c = env.command();
        c.env("GNUPGHOME", &home).args([
            "publish",
            s(&p),
            "--key",
            cert,
            "--serial",
            "1",
            "--to",
            LIST,
            "--carrier",
            "pgp-mime",
            "-o",
            s(out),
        ]);
        c.output().unwrap()
    };
    // The agent does not hold the key yet: refused, nothing written.
    let o = run(s(&key(SECOND_CERT)), &out);
    assert_eq!(o.status.code(), Some(7), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(!out.exists());
    // Give the agent the secret key (as `gpg --import` does for a smartcard stub).
    let i = gpg(
        &home,
        &[
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--import",
            s(&key(SECOND_SECRET)),
        ],
    );
    assert!(i.status.success(), "{}", String::from_utf8_lossy(&i.stderr));
    let o = run(s(&key(SECOND_CERT)), &out);
    stop_agent(&home);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = env.run(&["sync", s(&out)]);
    v.ok();
    let status = env.run(&["status"]);
    assert!(
        status
            .stdout
            .contains("0F33 A452 FA8E 4802 EE3E E8B1 8FCA 71A4 5968 826D"),
        "{}",
        status.stdout
    );
    let err = gpg_verify(&env, &home, &out, true);
    assert!(err.contains("Good signature from \"Second Signer"), "{err}");
    stop_agent(&home);
}

#[cfg(not(feature = "gpg-agent"))]
#[test]
fn a_certificate_without_its_secret_key_says_how_to_sign_with_gpg_agent() {
    let env = Env::pinned();
    let r = send(&env, ROSTER, "1", "out.eml", &["--key", s(&key(SECOND_CERT))]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("--features gpg-agent"), "{}", r.stderr);
    assert!(!env.path("out.eml").exists());
}

#[test]
fn two_contacts_of_one_identity_are_refused_before_signing() {
    let env = Env::pinned();
    let namesakes = "\n[[cctld.contact]]\nname = \"amani  MFANO\"\nemail = [\"Amani@nic.tz.example\"]\n";
    let same_id = "id = \"p-1\"\n";
    let cases: &[(&str, String)] = &[
        (
            "same name and first address",
            ROSTER.replacen(
                "\n[[cctld]]\ncode = \"xn--",
                &format!("{namesakes}\n[[cctld]]\ncode = \"xn--"),
                1,
            ),
        ),
        (
            "one id twice, in two ccTLDs",
            ROSTER
                .replacen("mobile = [", &format!("{same_id}mobile = ["), 1)
                .replacen(
                    "m.alhassan@nic.ae.example\"]\n",
                    &format!("m.alhassan@nic.ae.example\"]\n{same_id}"),
                    1,
                ),
        ),
    ];
    for (name, text) in cases {
        let p = env.write("bad.toml", text.as_bytes());
        let out = env.path("out.eml");
        let r = env.run(&[
            "publish",
            s(&p),
            "--key",
            s(&key(SAMPLE_SECRET)),
            "--serial",
            "1",
            "--to",
            "TLD-OPS <tld-ops@lists.tld-ops.example>",
            "-o",
            s(&out),
        ]);
        assert_ne!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stderr.contains("same identity"), "{name}: {}", r.stderr);
        assert!(r.stdout.is_empty() && !out.exists(), "{name}: something was signed");
    }
    // Namesakes with their own addresses are two people, and are signed.
    let ok = ROSTER.replacen(
        "\n[[cctld]]\ncode = \"xn--",
        &format!("{}\n[[cctld]]\ncode = \"xn--", namesakes.replace("Amani@", "mfano@")),
        1,
    );
    let p = env.write("ok.toml", ok.as_bytes());
    env.run(&[
        "publish",
        s(&p),
        "--key",
        s(&key(SAMPLE_SECRET)),
        "--serial",
        "1",
        "--to",
        "TLD-OPS <tld-ops@lists.tld-ops.example>",
    ])
    .ok();
    // And `--help` says what `id` is for.
    let help = env.run(&["publish", "--help"]);
    help.ok();
    assert!(
        help.stdout.contains("`id`") && help.stdout.contains("identity"),
        "{}",
        help.stdout
    );
}
