//! Several directories: TLD-OPS and a regional one, each with its own key
//! and sources, answered together (a person in both shown once per
//! directory) and apart (`--directory NAME`).

mod common;

use common::{key, s, Env};

fn root(p: &str) -> String {
    common::root().join(p).display().to_string()
}

/// Both sample directories pinned, each with its own sources in the config.
fn two() -> Env {
    let env = Env::pinned();
    env.run(&[
        "trust",
        "add",
        &root("data/sample/FICTIONAL-SAMPLE-KEY-regional.cert.asc"),
        "--directory",
        "AFTLD",
    ])
    .ok();
    env.write(
        "config/config.toml",
        format!(
            "[directory.\"TLD-OPS\"]\nsources = [{:?}]\n\n[directory.\"AFTLD\"]\nname = \"AFTLD (Africa)\"\nsources = [{:?}]\n",
            root("data/sample/tld-ops.mbox"),
            root("data/sample/regional.mbox")
        )
        .as_bytes(),
    );
    let r = env.run(&["sync"]);
    r.ok();
    assert!(
        r.stderr.contains("AFTLD serial 7") && r.stderr.contains("TLD-OPS serials 113"),
        "sync with no source reads each directory's sources: {}",
        r.stderr
    );
    env
}

#[test]
fn two_directories_answer_together_a_person_once_per_directory() {
    let env = two();
    let r = env.run(&["find", ".tz"]);
    r.ok();
    assert!(r.stdout.contains("[AFTLD (Africa) (AFTLD)]"), "{}", r.stdout);
    assert!(r.stdout.contains("[TLD-OPS]"), "{}", r.stdout);
    assert_eq!(r.stdout.matches("Baraka Kiprono").count(), 2, "{}", r.stdout);
    let json = env.run(&["find", "--json", "baraka"]);
    json.ok();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let text = v.to_string();
    assert!(text.contains("\"AFTLD\"") && text.contains("\"TLD-OPS\""), "{text}");
    // A directory whose only key is its own: the TLD-OPS key never vouches for it.
    let status = env.run(&["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let dirs: Vec<&str> = v["directories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["directory"].as_str().unwrap())
        .collect();
    assert_eq!(dirs, ["AFTLD", "TLD-OPS"]);
}

#[test]
fn a_key_the_config_expects_but_is_not_pinned_is_named() {
    let env = Env::pinned();
    env.write(
        "config/config.toml",
        b"[directory.\"AFTLD\"]\nkeys = [\"4967 A693 0617 FF23 5E07  5F87 AA28 9632 F0CD F6EA\"]\n",
    );
    let r = env.run(&["sync", &root("data/sample/regional.mbox")]);
    assert!(
        r.stderr
            .contains("4967 A693 0617 FF23 5E07 5F87 AA28 9632 F0CD F6EA is listed in")
            && r.stderr.contains("--directory AFTLD"),
        "{}",
        r.stderr
    );
    let doctor = env.run(&["doctor"]);
    assert!(doctor.stdout.contains("is listed in"), "{}", doctor.stdout);
    env.run(&[
        "trust",
        "add",
        s(&key("FICTIONAL-SAMPLE-KEY-regional.cert.asc")),
        "--directory",
        "AFTLD",
    ])
    .ok();
    let r = env.run(&["sync", &root("data/sample/regional.mbox")]);
    r.ok();
    assert!(!r.stderr.contains("is listed in"), "{}", r.stderr);
}

#[test]
fn a_bad_directory_in_the_config_is_named() {
    let env = Env::pinned();
    env.write(
        "config/config.toml",
        b"[directory.\"AFTLD\"]\nkeys = [\"not a fingerprint\"]\n",
    );
    let r = env.run(&["status"]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("directory.\"AFTLD\".keys"), "{}", r.stderr);
}

#[test]
fn one_directory_answers_apart() {
    let env = two();
    let r = env.run(&["find", ".tz", "--directory", "AFTLD"]);
    r.ok();
    assert_eq!(r.stdout.matches("Baraka Kiprono").count(), 1, "{}", r.stdout);
    assert!(r.stdout.contains("AFTLD liaison"), "{}", r.stdout);
    assert!(!r.stdout.contains("Hamisi Wanjiku"), "{}", r.stdout);
    assert!(!r.stdout.contains('['), "one directory is not labelled: {}", r.stdout);
    let r = env.run(&["list", "--directory", "AFTLD", "--json"]);
    r.ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(5), "{}", r.stdout);
    let r = env.run(&["export", "--directory", "TLD-OPS", "--format", "csv", "-o", "-"]);
    r.ok();
    assert!(!r.stdout.contains("AFTLD liaison"), "{}", r.stdout);
    let r = env.run(&["find", "tz", "--directory", "APTLD"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("`APTLD`") && r.stderr.contains("AFTLD, TLD-OPS"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_key_is_pinned_only_for_a_name_a_snapshot_can_carry() {
    let env = Env::new();
    let cert = common::key(common::SAMPLE_CERT);
    for (name, bad) in [
        ("empty", ""),
        ("trailing space", "TLD-OPS "),
        ("leading space", " TLD-OPS"),
        ("no-break space", "TLD\u{a0}OPS"),
        ("zero-width space", "TLD\u{200b}OPS"),
    ] {
        let r = env.run(&["trust", "add", common::s(&cert), "--directory", bad]);
        assert_eq!(r.code, 2, "{name}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("a snapshot's directory name is 1 to 64 printable characters, spaces only between words"),
            "{name}: {}",
            r.stderr
        );
    }
    let r = env.run(&["trust", "list", "--json"]);
    assert!(!r.stdout.contains("TLD"), "nothing was pinned: {}", r.stdout);
    env.run(&["trust", "add", common::s(&cert), "--directory", "LAC TLD"])
        .ok();
}
