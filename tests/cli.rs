//! The command line itself: help, paths and their origins, trust listing.

mod common;

use common::{key, s, Env, SAMPLE_CERT};

#[test]
fn paths_say_where_everything_is_and_why() {
    let env = Env::new();
    let r = env.run(&["paths"]);
    r.ok();
    assert!(
        r.stdout
            .contains("(from TLDOPS_CONFIG_DIR, not present: defaults apply)"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!(
            "data      {} (from TLDOPS_DATA_DIR)",
            env.data_dir().display()
        )),
        "{}",
        r.stdout
    );
    let r = env.run(&["--data-dir", "elsewhere", "paths"]);
    assert!(
        r.stdout.contains("data      elsewhere (from --data-dir)"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_config_file_with_an_unknown_key_is_named() {
    let env = Env::new();
    env.write("config/config.toml", b"sourcez = []\n");
    let r = env.run(&["paths"]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("config.toml is not valid") && r.stderr.contains("sourcez"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_example_config_is_valid_config() {
    let env = Env::new();
    let r = env.run(&["example-config"]);
    r.ok();
    env.write("config/config.toml", r.stdout.as_bytes());
    env.run(&["paths"]).ok();
}

#[test]
fn sync_reads_the_configured_sources_when_given_none() {
    let env = Env::pinned();
    let r = env.run(&["sync"]);
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("nothing to read"), "{}", r.stderr);
    let mbox = common::root().join("data/sample/tld-ops.mbox");
    env.write("config/config.toml", format!("sources = [{:?}]\n", s(&mbox)).as_bytes());
    let r = env.run(&["sync"]);
    r.ok();
    assert!(r.stderr.contains("6 new snapshots"), "{}", r.stderr);
}

#[test]
fn trust_lists_and_removes_keys() {
    let env = Env::pinned();
    let r = env.run(&["trust", "list"]);
    r.ok();
    assert!(
        r.stdout.contains("BF03 6CF3 0FB1 C4D0 D5BD  CE27 1247 9753 134F 6951")
            || r.stdout.contains("BF03 6CF3 0FB1 C4D0 D5BD CE27 1247 9753 134F 6951"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("directory  TLD-OPS") && r.stdout.contains("valid, 1 signing key"),
        "{}",
        r.stdout
    );
    let r = env.run(&["trust", "add", s(&key("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc"))]);
    r.ok();
    assert!(r.stderr.contains("secret key material"), "{}", r.stderr);
    assert!(r.stdout.starts_with("updated"), "{}", r.stdout);
    let db = std::fs::read(env.data_dir().join("tldops.sqlite3")).unwrap();
    let secret = std::fs::read_to_string(key("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc")).unwrap();
    assert!(secret.contains("PRIVATE KEY"));
    let r = env.run(&["trust", "remove", "bf03 6cf3 0fb1 c4d0 d5bd ce27 1247 9753 134f 6951"]);
    r.ok();
    let r = env.run(&["trust", "list"]);
    assert_eq!(r.code, 1);
    let r = env.run(&["trust", "remove", "BF036CF30FB1C4D0D5BDCE2712479753134F6951"]);
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("not pinned"), "{}", r.stderr);
    let r = env.run(&["trust", "add", s(&common::fixture("good-inline.eml"))]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("good-inline.eml is not an OpenPGP certificate"),
        "{}",
        r.stderr
    );
    drop(db);
    let _ = SAMPLE_CERT;
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    assert_eq!(env.run(&["sync", "--no-such-flag"]).code, 2);
    assert_eq!(env.run(&[]).code, 2);
    env.run(&["--help"]).ok();
}
