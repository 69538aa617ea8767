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
    assert_no_secret_kept(&env);
    // The same key given first, with nothing to merge into.
    let fresh = Env::new();
    let r = fresh.run(&["trust", "add", s(&key("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc"))]);
    r.ok();
    assert!(r.stderr.contains("secret key material"), "{}", r.stderr);
    assert_no_secret_kept(&fresh);
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
    let _ = SAMPLE_CERT;
}

/// The database (and its write-ahead log) holds no byte sequence of the
/// secret key material, and its stored certificate has no secret part.
fn assert_no_secret_kept(env: &Env) {
    let secret = std::fs::read_to_string(key("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc")).unwrap();
    let packets = dearmor(&secret);
    let db = env.data_dir().join("tldops.sqlite3");
    let mut stored = std::fs::read(&db).unwrap();
    stored.extend(std::fs::read(db.with_extension("sqlite3-wal")).unwrap_or_default());
    // Every secret-key packet's body (tag 5 or 7, new format) ends in its
    // secret material: no 32-byte window of that tail may be stored.
    let tails = secret_tails(&packets);
    assert!(!tails.is_empty(), "the fixture has no secret-key packet to look for");
    for tail in tails {
        for w in tail.windows(32) {
            assert!(
                !stored.windows(32).any(|s| s == w),
                "secret key material is in the database"
            );
        }
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let certs: Vec<Vec<u8>> = conn
        .prepare("SELECT cert FROM cert")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!certs.is_empty());
    for c in certs {
        assert!(
            secret_tails(&c).is_empty(),
            "a stored certificate has a secret-key packet"
        );
    }
}

/// The binary packets of an ASCII-armoured block.
fn dearmor(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .skip_while(|l| !l.is_empty())
        .skip(1)
        .take_while(|l| !l.starts_with('=') && !l.starts_with("-----"))
        .collect();
    let out = std::process::Command::new("base64")
        .arg("-d")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(body.as_bytes())?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());
    out.stdout
}

/// The last 48 bytes of each secret-key or secret-subkey packet (tags 5
/// and 7) in a packet sequence: where the secret material sits.
fn secret_tails(mut p: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while let [head, rest @ ..] = p {
        let (tag, len, skip) = if head & 0x40 != 0 {
            let tag = head & 0x3f;
            match rest {
                [a, ..] if *a < 192 => (tag, *a as usize, 1),
                [a, b, ..] if *a < 224 => (tag, ((*a as usize - 192) << 8) + *b as usize + 192, 2),
                [255, a, b, c, d, ..] => (tag, u32::from_be_bytes([*a, *b, *c, *d]) as usize, 5),
                _ => return out,
            }
        } else {
            let tag = (head >> 2) & 0x0f;
            match (head & 3, rest) {
                (0, [a, ..]) => (tag, *a as usize, 1),
                (1, [a, b, ..]) => (tag, u16::from_be_bytes([*a, *b]) as usize, 2),
                (2, [a, b, c, d, ..]) => (tag, u32::from_be_bytes([*a, *b, *c, *d]) as usize, 4),
                _ => return out,
            }
        };
        let Some(body) = rest.get(skip..skip + len) else {
            return out;
        };
        if tag == 5 || tag == 7 {
            out.push(body[body.len().saturating_sub(48)..].to_vec());
        }
        p = &rest[skip + len..];
    }
    out
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    assert_eq!(env.run(&["sync", "--no-such-flag"]).code, 2);
    assert_eq!(env.run(&[]).code, 2);
    env.run(&["--help"]).ok();
}

#[test]
fn help_speaks_french_when_asked() {
    let env = Env::new();
    let r = env.run(&["--lang", "fr", "--help"]);
    r.ok();
    for words in [
        "Utilisation\u{a0}: tldops [OPTIONS] <COMMANDE>",
        "Commandes\u{a0}:",
        "l’annuaire des contacts de TLD-OPS",
        "Afficher l’aide",
        "Code de retour\u{a0}: 0 succès",
    ] {
        assert!(r.stdout.contains(words), "{words}: {}", r.stdout);
    }
    let r = env.run(&["--lang", "fr", "find", "--help"]);
    r.ok();
    for words in [
        "Trouver qui appeler",
        "Arguments\u{a0}:",
        "Options\u{a0}:",
        "Valeurs possibles\u{a0}:",
        "- mutt:  `query_command` de mutt/neomutt",
        "[par défaut\u{a0}: table]",
        "Exemples\u{a0}:\n  tldops find .tz ",
        "Code de retour\u{a0}:",
    ] {
        assert!(r.stdout.contains(words), "{words}: {}", r.stdout);
    }
    let r = env.run_with_env(&["sync", "-h"], &[("LANG", "fr_FR.UTF-8")]);
    r.ok();
    assert!(
        r.stdout.contains("Lire les envois de la liste") && r.stdout.contains("Utilisation\u{a0}:"),
        "{}",
        r.stdout
    );
    // No message id shows instead of its words, in any command's help.
    for args in [
        &["--lang", "fr", "trust", "add", "--help"][..],
        &["--lang", "fr", "publish", "-h"],
    ] {
        let r = env.run(args);
        r.ok();
        assert!(!r.stdout.contains("help-"), "{args:?}: {}", r.stdout);
    }
}

#[test]
fn usage_errors_speak_french_and_still_exit_2() {
    let env = Env::new();
    let r = env.run(&["--lang", "fr", "sync", "--no-such-flag"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
    assert!(
        r.stderr
            .starts_with("erreur\u{a0}: argument inattendu «\u{a0}--no-such-flag\u{a0}»"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("Pour en savoir plus, essayez «\u{a0}--help\u{a0}»."),
        "{}",
        r.stderr
    );
    type Case<'a> = (&'a [&'a str], &'a str);
    let cases: [Case<'_>; 4] = [
        (
            &["fnd"],
            "erreur\u{a0}: sous-commande inconnue «\u{a0}fnd\u{a0}»\n\n  astuce\u{a0}: des sous-commandes proches existent\u{a0}: «\u{a0}f\u{a0}», «\u{a0}find\u{a0}»",
        ),
        (
            &["find", "--format", "x"],
            "valeur «\u{a0}x\u{a0}» invalide pour «\u{a0}--format <FORMAT>\u{a0}»\n  [valeurs possibles\u{a0}: table, json, mutt, aerc]",
        ),
        (&["find", "--format"], "«\u{a0}--format <FORMAT>\u{a0}» demande une valeur"),
        (&["qr"], "ces arguments obligatoires n’ont pas été donnés\u{a0}:\n  <QUERY>..."),
    ];
    for (args, want) in cases {
        let r = env.run_with_env(args, &[("LC_ALL", "fr_FR.UTF-8")]);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
    }
    // The config file's language, when neither --lang nor the locale says one.
    env.write("config/config.toml", b"lang = \"fr\"\n");
    let r = env.run(&["sync", "--no-such-flag"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("erreur\u{a0}:"), "{}", r.stderr);
}

#[test]
fn english_help_and_errors_are_clap_s_own() {
    let env = Env::new();
    let r = env.run(&["find", "--help"]);
    r.ok();
    for words in [
        "Find who to call: by ccTLD, country, name, role, e-mail or phone digits\n\nUsage: tldops find [OPTIONS] [QUERY]...",
        "Options:\n",
        "- mutt:  mutt/neomutt `query_command`: a message line, then address, name, ccTLD",
        "[default: table]",
        "Print help (see a summary with '-h')",
        "Examples:\n  tldops find .tz ",
    ] {
        assert!(r.stdout.contains(words), "{words}: {}", r.stdout);
    }
    let r = env.run(&["sync", "--no-such-flag"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: unexpected argument '--no-such-flag' found"),
        "{}",
        r.stderr
    );
    // Completions are the same in every language.
    for shell in ["bash", "zsh", "fish"] {
        let en = env.run(&["completions", shell]);
        let fr = env.run(&["--lang", "fr", "completions", shell]);
        assert!(
            en.stdout == fr.stdout,
            "{shell}: the completion changes with the language"
        );
    }
}
