//! Sources that say when they are wrong: a source that holds no message is
//! named with a hint and exits 5; a bad `sources` line in the config stops
//! only `sync`; "no snapshot yet" names the database and why that one;
//! `verify` on a mailbox passes over what is not a snapshot.

mod common;

use common::{s, Env};
use std::path::PathBuf;

fn sample(name: &str) -> PathBuf {
    common::root().join("data/sample").join(name)
}

fn synced() -> Env {
    let env = Env::pinned();
    env.run(&["sync", s(&sample("tld-ops.mbox"))]).ok();
    env
}

#[test]
fn a_source_that_holds_no_message_is_named_with_a_hint() {
    let env = Env::pinned();
    let mbox = std::fs::read(sample("tld-ops.mbox")).unwrap();
    let message = b"From: a@example.org\nSubject: hello\n\nhello\n";
    // An empty directory.
    std::fs::create_dir_all(env.path("empty")).unwrap();
    // A Maildir++ root: its own cur/ and new/ empty, the list in a folder.
    for d in [
        "root/cur",
        "root/new",
        "root/tmp",
        "root/.Lists.tld-ops/cur",
        "root/.Sent/cur",
    ] {
        std::fs::create_dir_all(env.path(d)).unwrap();
    }
    env.write("root/.Lists.tld-ops/cur/1.host:2,S", message);
    // A folder that holds mbox files (as Thunderbird and mutt keep them).
    env.write("Mail/tld-ops", &mbox);
    env.write(
        "Mail/inbox",
        &[b"From a@example.org Mon Nov  2 00:00:00 2026\n".as_slice(), message].concat(),
    );
    env.write("Mail/notes.txt", b"not mail\n");
    // An empty file.
    env.write("empty.mbox", b"");
    let cases = [
        ("empty", "holds no message: not a Maildir (no cur/ or new/) and no .eml file"),
        (
            "root",
            "holds no message in its own cur/ and new/: it is a Maildir++ root, whose folders are .Lists.tld-ops, .Sent; name the list's folder",
        ),
        ("Mail", "it holds the mbox files inbox, tld-ops: name one"),
        ("empty.mbox", "holds no message: the file is empty"),
    ];
    for (source, hint) in cases {
        let p = env.path(source);
        let r = env.run(&["sync", s(&p)]);
        assert_eq!(r.code, 5, "{source}: {}", r.stderr);
        let warning = format!("tldops: warning: {}: ", s(&p));
        assert!(
            r.stderr.contains(&warning) && r.stderr.contains(hint),
            "{source}: wanted {warning}{hint}\n{}",
            r.stderr
        );
        assert!(
            r.stderr.contains("; 1 source held no message"),
            "{source}: {}",
            r.stderr
        );
    }
    // The same hints in French, and a source that is not there.
    let cases_fr = [
        ("empty", "ne contient aucun message\u{a0}: ce n’est pas un Maildir (ni cur/ ni new/)"),
        ("root", "c’est la racine d’un Maildir++, dont les dossiers sont .Lists.tld-ops, .Sent\u{202f}; indiquez le dossier de la liste"),
        ("Mail", "\u{202f}; il contient les fichiers mbox inbox, tld-ops\u{a0}: indiquez-en un"),
        ("empty.mbox", "ne contient aucun message\u{a0}: le fichier est vide"),
        ("not-there.mbox", "fichier ou dossier introuvable"),
    ];
    for (source, hint) in cases_fr {
        let r = env.run(&["--lang", "fr", "sync", s(&env.path(source))]);
        assert_eq!(r.code, 5, "{source}: {}", r.stderr);
        assert!(r.stderr.contains(hint), "{source}: wanted {hint}\n{}", r.stderr);
    }
    // The folder the hint names is read, and a Maildir read before is not empty.
    let r = env.run(&["sync", s(&env.path("Mail/tld-ops"))]);
    r.ok();
    let r = env.run(&["sync", s(&env.path("root/.Lists.tld-ops"))]);
    r.ok();
    let r = env.run(&["sync", s(&env.path("root/.Lists.tld-ops"))]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

#[test]
fn a_bad_sources_line_stops_only_sync() {
    let env = synced();
    let config = env.write(
        "config/config.toml",
        b"# my config\nsources = \"~/Mail/tld-ops\"\n\n[directory.TLD-OPS]\nname = \"TLD-OPS\"\n",
    );
    for args in [
        &["find", "tz"][..],
        &["show", ".tz"],
        &["export", "tz"],
        &["sheet", "--format", "text", "tz"],
        &["status"],
        &["list"],
    ] {
        let r = env.run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(!r.stdout.is_empty(), "{args:?}");
    }
    let r = env.run(&["sync"]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr
            .contains(&format!("a `sources` line of {} cannot be read: line 2:", s(&config)))
            && r.stderr.contains("`sources = [\"~/Mail/tld-ops\"]`"),
        "{}",
        r.stderr
    );
    // A source named on the command line still syncs.
    env.run(&["sync", s(&sample("tld-ops.mbox"))]).ok();
    let r = env.run(&["doctor"]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("PROBLEM a `sources` line of"), "{}", r.stdout);
    // Anything else wrong in the config is still an error for everyone.
    env.write("config/config.toml", b"data_dir = 5\n");
    assert_eq!(env.run(&["find", "tz"]).code, 6);
}

#[test]
fn no_snapshot_yet_names_the_database_and_why_that_one() {
    let env = Env::new();
    let db = env.data_dir().join("tldops.sqlite3");
    let why = "the data directory from TLDOPS_DATA_DIR";
    for args in [
        &["find", "tz"][..],
        &["show", ".tz"],
        &["history"],
        &["diff"],
        &["status"],
        &["export"],
    ] {
        let r = env.run(args);
        assert_ne!(r.code, 0, "{args:?}");
        assert!(
            r.stderr.contains(&format!("no snapshot yet in {} ({why})", s(&db))),
            "{args:?}: {}",
            r.stderr
        );
    }
    let other = env.path("elsewhere");
    let r = env.run(&["--data-dir", s(&other), "find", "tz"]);
    assert!(
        r.stderr.contains(&format!(
            "no snapshot yet in {} (the data directory from --data-dir)",
            s(&other.join("tldops.sqlite3"))
        )),
        "{}",
        r.stderr
    );
    let config = env.write(
        "config/config.toml",
        format!("data_dir = \"{}\"\n", s(&other)).as_bytes(),
    );
    let r = env.run_with_env(&["find", "tz"], &[("TLDOPS_DATA_DIR", "")]);
    assert!(
        r.stderr.contains(&format!("(data_dir in {})", s(&config))),
        "{}",
        r.stderr
    );
}

#[test]
fn verify_passes_over_what_is_not_a_snapshot_in_a_mailbox() {
    let env = Env::pinned();
    let r = env.run(&["verify", s(&sample("tld-ops.mbox"))]);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        r.stdout.matches("verdict     good signature").count(),
        6,
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("NOT_A_SNAPSHOT"), "{}", r.stdout);
    assert!(
        r.stderr
            .contains("passed over 12 messages that hold no snapshot of a pinned key"),
        "{}",
        r.stderr
    );
    // A single file that is not a snapshot is still an error.
    let chatter = env.write("hello.eml", b"From: a@example.org\nSubject: hello\n\nhello\n");
    let r = env.run(&["verify", s(&chatter)]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.contains("NOT_A_SNAPSHOT"), "{}", r.stdout);
}
