//! `tldops doctor`: each finding through the binary, and all well only when
//! all is well.

mod common;

use common::{key, s, Env};
use std::os::unix::fs::PermissionsExt;

fn sample() -> std::path::PathBuf {
    common::root().join("data/sample/tld-ops.mbox")
}

/// Two keys pinned, the sample synced from a configured source: all well.
fn healthy() -> Env {
    let env = Env::pinned();
    env.run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-second.cert.asc"))])
        .ok();
    env.write(
        "config/config.toml",
        format!("sources = [{:?}]\n", s(&sample())).as_bytes(),
    );
    env.run(&["sync"]).ok();
    env
}

fn doctor(env: &Env) -> common::Run {
    env.run(&["doctor"])
}

/// Doctor finds exactly one problem, which says `what`, with a fix.
fn finds(env: &Env, what: &str) {
    let r = doctor(env);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let problems: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with("PROBLEM")).collect();
    assert_eq!(problems.len(), 1, "{}", r.stdout);
    assert!(problems[0].contains(what), "{what}: {}", r.stdout);
    assert!(r.stdout.contains("fix: "), "{}", r.stdout);
}

#[test]
fn all_is_well_only_when_all_is() {
    let env = healthy();
    let r = doctor(&env);
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.ends_with("all well\n"), "{}", r.stdout);
    assert!(!r.stdout.contains("PROBLEM"), "{}", r.stdout);
    assert!(r.stdout.contains("serial 118"), "{}", r.stdout);
}

#[test]
fn a_single_pinned_key_leaves_no_backup() {
    let env = Env::pinned();
    env.write(
        "config/config.toml",
        format!("sources = [{:?}]\n", s(&sample())).as_bytes(),
    );
    env.run(&["sync"]).ok();
    finds(&env, "only one key is pinned");
}

#[test]
fn staleness_and_the_clock() {
    let mut env = healthy();
    env.now = "2027-03-01T00:00:00Z".into();
    finds(&env, "STALE since 2026-12-16");
    env.now = "2026-10-01T00:00:00Z".into();
    finds(&env, "behind the newest snapshot");
}

#[test]
fn sources_that_are_missing_never_synced_or_empty() {
    let env = healthy();
    env.write(
        "config/config.toml",
        format!("sources = [{:?}, {:?}]\n", s(&sample()), s(&env.path("gone.mbox"))).as_bytes(),
    );
    finds(&env, "gone.mbox does not exist");
    let empty = env.path("Empty");
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(empty.join(sub)).unwrap();
    }
    env.write(
        "config/config.toml",
        format!("sources = [{:?}, {:?}]\n", s(&sample()), s(&empty)).as_bytes(),
    );
    finds(&env, "Empty has never been synced");
    env.run(&["sync"]);
    finds(&env, "Empty held no message at the last sync");
}

#[test]
fn a_config_that_does_not_parse() {
    let env = healthy();
    env.write("config/config.toml", b"data_dir = [\n");
    finds(&env, "the config cannot be read");
}

#[test]
fn contact_data_readable_by_others() {
    let env = healthy();
    let db = env.data_dir().join("tldops.sqlite3");
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    finds(&env, "readable by others");
}

#[test]
fn a_damaged_database() {
    let env = healthy();
    let db = env.data_dir().join("tldops.sqlite3");
    let mut bytes = std::fs::read(&db).unwrap();
    assert!(bytes.len() > 64 * 1024, "the sample makes a database of several pages");
    // Garbage over interior pages, past the header.
    for b in &mut bytes[16 * 1024..48 * 1024] {
        *b = 0x5A;
    }
    std::fs::write(&db, bytes).unwrap();
    let r = doctor(&env);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains("PROBLEM") && r.stdout.contains("database"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_revoked_key_and_one_expiring_soon() {
    let env = healthy();
    env.run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc"))])
        .ok();
    finds(&env, "revoked as compromised");

    // A key that expires 30 days after it was made, pinned a day later.
    let env = healthy();
    let home = env.path("gnupg");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
    let gpg = |args: &[&str]| {
        let out = std::process::Command::new("gpg")
            .arg("--homedir")
            .arg(&home)
            .args([
                "--batch",
                "--faked-system-time",
                "20261101T000000!",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                "",
            ])
            .args(args)
            .output()
            .expect("GnuPG (gpg) must be installed to run this test");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    gpg(&[
        "--quick-gen-key",
        "Expiring (FICTIONAL TEST KEY) <expiring@tld-ops.example>",
        "ed25519",
        "cert,sign",
        "30d",
    ]);
    let cert = env.write(
        "expiring.asc",
        &gpg(&["--armor", "--export", "expiring@tld-ops.example"]),
    );
    env.run(&["trust", "add", s(&cert)]).ok();
    finds(&env, "within 60 days");
}
