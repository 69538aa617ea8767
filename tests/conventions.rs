//! The conventions of a Unix tool: `-o -` is standard output, `trust add -`
//! reads standard input, `export --dir` makes missing parents 0700, pinning
//! a revoked or expired key warns, completions offer enumerated values,
//! `status --check` fails when stale, `--excel` CSV has a BOM and CRLF.

mod common;

use common::{key, publish_and_sync, s, Env, SAMPLE_CERT};
use std::os::unix::fs::PermissionsExt;

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
role = "Head of security"
email = ["amani@nic.tz.example"]
phone = ["+255 22 000 0001"]

[[cctld]]
code = "no"
[[cctld.contact]]
name = "Øystein Ødegård"
email = ["oystein@norid.no.example"]
"#;

fn directory() -> Env {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 10, "2026-11-01T06:00:00Z").ok();
    env
}

#[test]
fn dash_as_output_is_standard_output() {
    let env = directory();
    let plain = env.run(&["export", "--format", "csv"]);
    let dash = env.run(&["export", "--format", "csv", "-o", "-"]);
    dash.ok();
    assert_eq!(dash.stdout, plain.stdout);
    assert!(dash.stderr.contains("to standard output"), "{}", dash.stderr);
    assert!(!env.path("-").exists());
    // A sheet on standard output is text unless a format is given.
    let r = env.run(&["sheet", "-o", "-"]);
    r.ok();
    assert!(
        r.stdout.contains("Amani Mfano") && !r.stdout.starts_with("%PDF"),
        "{}",
        r.stdout
    );
    let r = env.run_bytes(&["sheet", "--format", "pdf", "-o", "-"]);
    assert!(r.starts_with(b"%PDF"));
    let r = env.run_bytes(&["qr", "amani", "--format", "png", "-o", "-"]);
    assert!(r.starts_with(b"\x89PNG"), "{:?}", &r[..r.len().min(16)]);
    let roster = env.write("roster.toml", ROSTER.as_bytes());
    let r = env.run(&[
        "publish",
        s(&roster),
        "--key",
        s(&key(common::SAMPLE_SECRET)),
        "--serial",
        "11",
        "--force",
        "--to",
        "TLD-OPS <tld-ops@lists.tld-ops.example>",
        "-o",
        "-",
    ]);
    r.ok();
    assert!(
        r.stdout.contains("Subject: [TLD-OPS] Contact repository, serial 11"),
        "{}",
        r.stdout
    );
    assert!(!env.path("-").exists());
}

#[test]
fn trust_add_dash_reads_standard_input() {
    let env = Env::new();
    let cert = std::fs::read(key(SAMPLE_CERT)).unwrap();
    let r = env.run_with_stdin(&["trust", "add", "-"], Some(&cert));
    r.ok();
    assert!(r.stdout.starts_with("pinned BF03 6CF3"), "{}", r.stdout);
    let r = env.run_with_stdin(&["trust", "add", "-"], Some(b"hello"));
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("standard input is not an OpenPGP certificate"),
        "{}",
        r.stderr
    );
}

#[test]
fn pinning_a_revoked_or_expired_key_warns() {
    let env = Env::new();
    let r = env.run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc"))]);
    r.ok();
    assert!(
        r.stderr.contains("tldops: warning: this key is revoked"),
        "{}",
        r.stderr
    );

    // An expired key, made by GnuPG to expire a day after today; the clock
    // tldops reads is set a month later.
    let home = env.path("gnupg");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
    let gpg = |args: &[&str]| {
        let out = std::process::Command::new(common::tool("gpg"))
            .arg("--homedir")
            .arg(&home)
            .args(["--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", ""])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "gpg {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    gpg(&[
        "--quick-gen-key",
        "Expiring (FICTIONAL) <expiring@example.org>",
        "ed25519",
        "sign",
        "1d",
    ]);
    let cert = gpg(&["--armor", "--export", "expiring@example.org"]);
    let later = std::process::Command::new("date")
        .args(["-u", "-d", "+30 days", "+%Y-%m-%dT%H:%M:%SZ"])
        .output()
        .unwrap();
    let later = String::from_utf8(later.stdout).unwrap();
    let r = env.run_with_env_and_stdin(&["trust", "add", "-"], &[("TLDOPS_NOW", later.trim())], &cert);
    r.ok();
    assert!(
        r.stderr
            .contains("tldops: warning: this key cannot sign now (not alive now"),
        "{}",
        r.stderr
    );
}

#[test]
fn export_dir_makes_missing_parents_private() {
    let env = directory();
    let dir = env.path("home/.contacts/tld-ops");
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 2);
    for d in ["home", "home/.contacts", "home/.contacts/tld-ops"] {
        let mode = std::fs::metadata(env.path(d)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{d}");
    }
}

#[test]
fn completions_offer_the_values_of_enumerated_options() {
    let env = Env::new();
    let bash = env.run(&["completions", "bash"]).stdout;
    let region = bash.split("--region)").nth(1).unwrap();
    assert!(
        region
            .trim_start()
            .starts_with(r#"COMPREPLY=($(compgen -W "africa ap europe lac na" -- "${cur}"))"#),
        "{region}"
    );
    let zsh = env.run(&["completions", "zsh"]).stdout;
    for line in zsh
        .lines()
        .filter(|l| l.starts_with("'--directory=") || l.starts_with("'--region="))
    {
        assert!(!line.contains("_files"), "{line}");
    }
    assert!(
        zsh.contains(r#"'--format=[Output format]:FORMAT:((table\:"A table grouped by ccTLD""#),
        "zsh"
    );
    let fish = env.run(&["completions", "fish"]).stdout;
    assert!(
        fish.contains("-l region -d 'Only this ICANN region' -r -f -a \"africa\\t'Africa'"),
        "fish"
    );
    // Other spellings of a region still work.
    let env = directory();
    assert_eq!(env.run(&["list", "--region", "Europe"]).code, 0);
    assert_eq!(env.run(&["list", "--region", "eu"]).code, 0);
    assert_eq!(env.run(&["list", "--region", "mars"]).code, 2);
}

#[test]
fn status_check_fails_when_stale_or_empty() {
    let mut env = Env::pinned();
    assert_eq!(env.run(&["status", "--check"]).code, 1);
    publish_and_sync(&env, ROSTER, 10, "2026-11-01T06:00:00Z").ok();
    env.run(&["status", "--check"]).ok();
    env.now = "2027-02-01T00:00:00Z".into();
    let r = env.run(&["status", "--check"]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stderr.contains("STALE"), "{}", r.stderr);
    env.run(&["status"]).ok();
}

#[test]
fn csv_for_excel_has_a_byte_order_mark_and_crlf() {
    let env = directory();
    let out = env.path("excel.csv");
    env.run(&["export", "--format", "csv", "--excel", "-o", s(&out)]).ok();
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFdirectory,serial,"));
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(text.matches("\r\n").count(), 3, "{text:?}");
    assert_eq!(text.matches('\n').count(), 3, "every line ends in CRLF");
    assert!(text.contains("Øystein Ødegård"));
    let plain = env.run(&["export", "--format", "csv"]).stdout;
    assert!(!plain.starts_with('\u{feff}'));
    assert_eq!(env.run(&["export", "--excel"]).code, 2);
}
