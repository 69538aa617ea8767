//! Answers that say what is true: a ccTLD of the root zone with no contact
//! is named as such, `show` takes what `find` takes, `find` with no words
//! lists everything and ends with a count, and a long answer on a terminal
//! goes through $PAGER (under `script`, which gives it a terminal).

mod common;

use common::{publish_and_sync, Env};

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
role = "Head of security"
email = ["amani@nic.tz.example"]
[[cctld.contact]]
name = "Neema Otieno"
email = ["neema@nic.tz.example"]

[[cctld]]
code = "ad"
[[cctld.contact]]
name = "Jordi Puig"
email = ["jordi@nic.ad.example"]

[[cctld]]
code = "ke"
[[cctld.contact]]
name = "Wanjiru Otieno"
email = ["wanjiru@kenic.ke.example"]
"#;

fn directory() -> Env {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 10, "2026-11-01T06:00:00Z").ok();
    env
}

#[test]
fn a_root_zone_cctld_with_no_contact_is_named_not_confused_with_another() {
    let env = directory();
    let said = "Angola (.ao) is in the root zone but has no contact in the directory yet (`tldops coverage` lists every such ccTLD)";
    for query in [
        &["find", ".ao"][..],
        &["find", "angola"],
        &["find", "Ангола"],
        &["find", "AO"],
    ] {
        let r = env.run(query);
        assert_eq!((r.code, r.stdout.as_str()), (1, ""), "{query:?}");
        assert_eq!(r.stderr, format!("tldops: {said}\n"), "{query:?}");
        assert!(!r.stderr.contains("Andorra"), "{query:?}: {}", r.stderr);
    }
    let r = env.run(&["find", "--format", "mutt", "angola"]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (1, &*format!("tldops: {said}\n"), "")
    );
    let r = env.run(&["show", ".ao"]);
    assert_eq!((r.code, r.stderr.as_str()), (1, &*format!("tldops: {said}\n")));
    let r = env.run(&["show", "zz"]);
    assert_eq!(r.code, 1);
    // A name that matches nobody still gets the near misses.
    let r = env.run(&["find", "andora"]);
    assert!(r.stderr.contains("did you mean .ad (Andorra)"), "{}", r.stderr);
}

#[test]
fn show_takes_what_find_takes_and_asks_to_narrow() {
    let env = directory();
    for query in [
        &["show", "tanzania"][..],
        &["show", "amani"],
        &["show", ".tz"],
        &["show", "TZ"],
    ] {
        let r = env.run(query);
        r.ok();
        assert!(r.stdout.starts_with(".tz  Tanzania"), "{query:?}: {}", r.stdout);
        assert!(r.stdout.contains("Neema Otieno"), "{query:?}: the whole ccTLD");
    }
    let r = env.run(&["show", "otieno"]);
    assert_eq!((r.code, r.stdout.as_str()), (2, ""));
    assert_eq!(
        r.stderr,
        "tldops: `otieno` matches 2 ccTLDs: .ke (Kenya), .tz (Tanzania); narrow it, or name one: `tldops show .ke`\n"
    );
    let r = env.run(&["show", "otieno", "wanjiru"]);
    r.ok();
    assert!(r.stdout.starts_with(".ke  Kenya"), "{}", r.stdout);
    let r = env.run(&["show", "nobody"]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
}

#[test]
fn find_with_no_words_lists_every_cctld_and_counts() {
    let env = directory();
    let r = env.run(&["find"]);
    r.ok();
    let order: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.starts_with('.'))
        .map(|l| &l[..3])
        .collect();
    assert_eq!(order, [".ad", ".ke", ".tz"]);
    assert_eq!(
        r.stdout.lines().last(),
        Some("4 contacts in 3 ccTLDs, from TLD-OPS serial 10")
    );
    let r = env.run(&["find", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["results"].as_array().map(Vec::len), Some(3));
    let r = env.run(&["find", "--format", "aerc"]);
    assert_eq!(r.stdout.lines().count(), 4);
    // One ccTLD is short: no count line.
    let r = env.run(&["find", ".tz"]);
    assert!(!r.stdout.contains("contacts in"), "{}", r.stdout);
}

/// Runs tldops on a terminal (util-linux's `script` makes one) with a
/// PAGER that writes what it gets to `paged.txt`.
fn on_terminal(env: &Env, args: &str) -> (String, Option<String>) {
    let paged = env.path("paged.txt");
    let _ = std::fs::remove_file(&paged);
    let mut c = std::process::Command::new(common::tool("script"));
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_tldops"));
    c.args(["-q", "-e", "-c", &command, "/dev/null"]);
    // The same hermetic environment as every other run.
    for (k, v) in env.command().get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    let out = c
        .env("PAGER", format!("cat > '{}'", paged.display()))
        .current_dir(env.dir.path())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{command}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        std::fs::read_to_string(&paged).ok(),
    )
}

#[test]
fn a_long_answer_on_a_terminal_goes_through_the_pager() {
    let env = directory();
    let (shown, paged) = on_terminal(&env, "find");
    let paged = paged.expect("the pager was not run");
    assert!(paged.contains("Wanjiru Otieno") && paged.ends_with("4 contacts in 3 ccTLDs, from TLD-OPS serial 10\n"));
    assert!(!shown.contains("Wanjiru"), "printed as well as paged: {shown}");
    // --no-pager, and an empty PAGER, print it.
    let (shown, paged) = on_terminal(&env, "--no-pager find");
    assert_eq!(paged, None);
    assert!(shown.contains("Wanjiru Otieno"), "{shown}");
    // Not a terminal: never paged.
    let r = env.run_with_env(&["find"], &[("PAGER", "false")]);
    r.ok();
    assert!(r.stdout.contains("Wanjiru Otieno"));
}
