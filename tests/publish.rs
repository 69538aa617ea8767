//! The secretariat's side: `tldops publish` makes mailings that tldops and
//! GnuPG both verify, and refuses rosters that break the format.

mod common;

use common::{key, s, Env, SAMPLE_CERT, SAMPLE_SECRET};
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
    args.extend_from_slice(&["--key", s(&k), "--serial", "7", "--issued", "2026-11-01T06:00:00Z"]);
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
        "To: secretariat@tld-ops.example\n",
        "Subject: [TLD-OPS] Contact repository, serial 7\n",
        "Date: Sun, 1 Nov 2026 06:00:00 +0000\n",
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
fn a_roster_that_breaks_the_format_is_refused_with_its_path() {
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
        assert_eq!(r.code, 6, "{name}");
        assert!(r.stderr.contains("bad.toml: cctld["), "{name}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{name}: something was written");
        (name, "")
    })
    .collect::<Vec<_>>();
    assert_eq!(cases.len(), 3);
    // Header fields in the roster must agree with the flags.
    let p = env.write("with-header.toml", format!("serial = 5\n{ROSTER}").as_bytes());
    let r = env.run(&["publish", s(&p), "--key", s(&key(SAMPLE_SECRET)), "--serial", "6"]);
    assert_eq!(r.code, 6);
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
    ];
    let wrong = env.write("wrong.txt", b"not it\n");
    let r = env.run(&[&base[..], &["--passphrase-file", s(&wrong), "-o", s(&out)]].concat());
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("wrong passphrase"), "{}", r.stderr);
    assert!(!out.exists());
    env.run(&[&base[..], &["--passphrase-file", s(&good), "-o", s(&out)]].concat())
        .ok();
    env.run(&["sync", s(&out)]).ok();
}

#[test]
fn two_contacts_of_one_identity_are_refused_before_signing() {
    let env = Env::pinned();
    let namesakes = "\n[[cctld.contact]]\nname = \"amani  MFANO\"\nemail = [\"Amani@nic.tz.example\"]\n";
    let same_id = "id = \"p-1\"\n";
    let cases: &[(&str, String, &str)] = &[
        (
            "same name and first address",
            ROSTER.replacen(
                "\n[[cctld]]\ncode = \"xn--",
                &format!("{namesakes}\n[[cctld]]\ncode = \"xn--"),
                1,
            ),
            "bad.toml: cctld[0].contact[1]: has the same identity",
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
            "bad.toml: cctld[1].contact[0].id: has the same identity (id `p-1`)",
        ),
    ];
    for (name, text, want) in cases {
        let p = env.write("bad.toml", text.as_bytes());
        let out = env.path("out.eml");
        let r = env.run(&[
            "publish",
            s(&p),
            "--key",
            s(&key(SAMPLE_SECRET)),
            "--serial",
            "1",
            "-o",
            s(&out),
        ]);
        assert_eq!(r.code, 6, "{name}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{name}: {}", r.stderr);
        assert!(r.stdout.is_empty() && !out.exists(), "{name}: something was signed");
    }
    // Namesakes with their own addresses are two people, and are signed.
    let ok = ROSTER.replacen(
        "\n[[cctld]]\ncode = \"xn--",
        &format!("{}\n[[cctld]]\ncode = \"xn--", namesakes.replace("Amani@", "mfano@")),
        1,
    );
    let p = env.write("ok.toml", ok.as_bytes());
    env.run(&["publish", s(&p), "--key", s(&key(SAMPLE_SECRET)), "--serial", "1"])
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
