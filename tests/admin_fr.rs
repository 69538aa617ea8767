//! Keys, publishing, the store and the config in French, through the
//! binary: each command's words for people translated, each error with its
//! remedy, and what is machine output (JSON, the signed mailing, the
//! journal) the same byte for byte in English and in French.

mod common;

use common::{key, s, Env, LIST, SAMPLE_SECRET};

/// The ids of `i18n/en/admin.ftl`, none of which may ever reach a person
/// as it is.
fn ids() -> Vec<String> {
    let text = std::fs::read_to_string(common::root().join("i18n/en/admin.ftl")).unwrap();
    text.lines()
        .filter_map(|l| l.split_once(" = ").map(|(id, _)| id.to_string()))
        .filter(|id| !id.contains(char::is_whitespace) && !id.starts_with('#') && id.contains('-'))
        .collect()
}

/// A run in French: what it says, checked for raw message ids.
fn fr(env: &Env, args: &[&str]) -> common::Run {
    let mut all = vec!["--lang", "fr"];
    all.extend_from_slice(args);
    let r = env.run(&all);
    for id in ids() {
        for (name, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
            let raw = text
                .split(|c: char| c.is_whitespace() || c == ':')
                .any(|word| word == id);
            assert!(!raw, "{args:?}: the id `{id}` on {name}:\n{text}");
        }
    }
    r
}

const ROSTER: &str = r#"
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
mobile = ["+255 700 000 001"]
"#;

const ROSTER_2: &str = r#"
[[cctld]]
code = "tz"
emergency_phone = "+255 22 000 0000"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
mobile = ["+255 700 000 002"]
"#;

#[test]
fn doctor_speaks_french_with_each_remedy() {
    let env = Env::new();
    let r = fr(&env, &["doctor"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains("PROBLÈME pas encore de base locale dans"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("remède\u{a0}: épinglez la clé du secrétariat (`tldops trust add CLÉ.asc`)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.trim_end().ends_with("1 problème"), "{}", r.stdout);

    let env = Env::pinned();
    common::publish_and_sync(&env, ROSTER, 7, "2026-11-01T06:00:00Z").ok();
    let r = fr(&env, &["doctor"]);
    assert!(
        r.stdout
            .contains("ok       le contrôle d’intégrité de la base locale passe"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("TLD-OPS\u{a0}: numéro 7, à jour jusqu’au"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("TLD-OPS\u{a0}: une seule clé est épinglée"),
        "{}",
        r.stdout
    );
}

#[test]
fn a_config_that_does_not_parse_is_said_in_french_with_its_remedy() {
    let env = Env::new();
    env.write("config/config.toml", b"data_dir = \n");
    let r = fr(&env, &["paths"]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr
            .starts_with("tldops: erreur\u{a0}: le fichier de configuration ")
            && r.stderr
                .contains("config.toml n’est pas valide\u{a0}: TOML parse error"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["doctor"]);
    assert!(
        r.stdout.contains("PROBLÈME la configuration est illisible"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .contains("remède\u{a0}: corrigez-la (`tldops example-config` affiche un exemple commenté)"),
        "{}",
        r.stdout
    );

    env.write("config/config.toml", b"sources = \"~/Mail\"\n");
    let r = fr(&env, &["doctor"]);
    assert!(
        r.stdout.contains("(écrivez-la `sources = [\"~/Mail/tld-ops\"]`)"),
        "{}",
        r.stdout
    );
}

#[test]
fn paths_and_trust_speak_french_and_their_json_does_not() {
    let env = Env::pinned();
    let r = fr(&env, &["paths"]);
    r.ok();
    assert!(
        r.stdout.contains(&format!(
            "données        {} (d’après TLDOPS_DATA_DIR)",
            env.data_dir().display()
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("langue         fr (d’après --lang)"), "{}", r.stdout);
    assert!(
        r.stdout.contains("absent\u{a0}: les valeurs par défaut s’appliquent"),
        "{}",
        r.stdout
    );

    let again = fr(&env, &["trust", "add", s(&key(common::SAMPLE_CERT))]);
    again.ok();
    assert!(
        again.stdout.contains("mise à jour pour l’annuaire TLD-OPS"),
        "{}",
        again.stdout
    );
    assert!(
        again.stdout.contains("  état        valide, 1 clé de signature"),
        "{}",
        again.stdout
    );
    let list = fr(&env, &["trust", "list"]);
    list.ok();
    assert!(list.stdout.contains("  annuaire  TLD-OPS"), "{}", list.stdout);

    let en = env.run(&["--lang", "en", "trust", "list", "--json"]);
    let fr_json = fr(&env, &["trust", "list", "--json"]);
    assert_eq!(en.stdout, fr_json.stdout);
    assert!(
        en.stdout.contains("\"state\": \"valid, 1 signing key\""),
        "{}",
        en.stdout
    );

    let r = fr(&env, &["trust", "remove", "0000000000000000000000000000000000000000"]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("n’est pas épinglée"), "{}", r.stderr);
}

#[test]
fn history_and_diff_speak_french() {
    let env = Env::pinned();
    common::publish_and_sync(&env, ROSTER, 7, "2026-11-01T06:00:00Z").ok();
    common::publish_and_sync(&env, ROSTER_2, 8, "2026-11-01T12:00:00Z").ok();
    let h = fr(&env, &["history"]);
    h.ok();
    assert!(h.stdout.contains("numéro 7      émis le"), "{}", h.stdout);
    assert!(h.stdout.contains("premier gardé"), "{}", h.stdout);
    assert!(h.stdout.contains("  2 instantanés"), "{}", h.stdout);
    let d = fr(&env, &["diff"]);
    d.ok();
    assert!(
        d.stdout
            .contains("TLD-OPS numéro 7 → 8\u{a0}: 0 ajouté, 0 supprimé, 1 modifié"),
        "{}",
        d.stdout
    );
    assert_eq!(
        env.run(&["--lang", "en", "history", "--json"]).stdout,
        fr(&env, &["history", "--json"]).stdout
    );
    assert_eq!(
        env.run(&["--lang", "en", "diff", "--json"]).stdout,
        fr(&env, &["diff", "--json"]).stdout
    );
}

/// A signed file with its signature's armor left out: the signature
/// carries a random salt, so only the rest can be compared between runs.
fn without_signature(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let (head, rest) = text.split_once("BEGIN PGP SIGNATURE-----").expect("a signature");
    let (_, tail) = rest.split_once("END PGP SIGNATURE-----").expect("its end");
    format!("{head}{tail}")
}

#[test]
fn publish_makes_the_same_files_in_french_and_says_why_it_refuses() {
    let roster = common::Env::new();
    let roster_path = roster.write("roster.toml", ROSTER.as_bytes());
    let k = key(SAMPLE_SECRET);
    let mut made = Vec::new();
    for lang in ["en", "fr"] {
        let env = Env::new();
        for carrier in ["file", "inline", "pgp-mime"] {
            let out = env.path(&format!("out-{carrier}"));
            let r = env.run(&[
                "--lang",
                lang,
                "publish",
                s(&roster_path),
                "--key",
                s(&k),
                "--serial",
                "7",
                "--issued",
                "2026-11-01T06:00:00Z",
                "--to",
                LIST,
                "--carrier",
                carrier,
                "-o",
                s(&out),
            ]);
            r.ok();
            if lang == "fr" && carrier == "file" {
                assert!(
                    r.stderr
                        .contains("tldops: numéro 7 de TLD-OPS écrit (1 ccTLD, 1 contact, fichier signé en clair)"),
                    "{}",
                    r.stderr
                );
            }
            made.push((lang, carrier, without_signature(&std::fs::read(&out).unwrap())));
        }
        made.push((
            lang,
            "journal",
            std::fs::read_to_string(env.data_dir().join("publish-journal.json")).unwrap(),
        ));
    }
    let (en, fr_made) = made.split_at(made.len() / 2);
    for ((_, what, a), (_, _, b)) in en.iter().zip(fr_made) {
        assert_eq!(a, b, "{what} differs between English and French");
    }

    // Refusals and usage errors, each with what to do.
    let env = Env::new();
    let r = fr(&env, &["publish", s(&roster_path), "--serial", "7", "--to", LIST]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("tldops: donnez la clé qui signe\u{a0}: --key CLÉ-SECRÈTE (deux fois pour deux signataires)"),
        "{}",
        r.stderr
    );
    let bad = env.write(
        "bad.toml",
        b"[[cctld]]\ncode = \"tz\"\n[[cctld.contact]]\nname = \"Amani\"\nemial = [\"a@x.example\"]\n",
    );
    let r = fr(&env, &["publish", s(&bad), "--serial", "7", "--dry-run"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("bad.toml\u{a0}: ligne 5\u{a0}: .tz, Amani\u{a0}: clé inconnue `emial`\u{a0}: vouliez-vous dire `email`\u{202f}?"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("problèmes\u{202f}; rien n’a été signé"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["publish", s(&roster_path), "--serial", "7", "--dry-run"]);
    r.ok();
    assert!(
        r.stdout.starts_with("Essai à blanc\u{a0}: numéro 7 de TLD-OPS"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("Rien n’est signé ni écrit."), "{}", r.stdout);
    assert!(r.stdout.contains("1 avertissement\u{a0}:"), "{}", r.stdout);
    let r = fr(
        &env,
        &[
            "publish",
            s(&roster_path),
            "--serial",
            "7",
            "--key",
            s(&k),
            "--to",
            LIST,
            "--expires",
            "2026-10-01T00:00:00Z",
            "--issued",
            "2026-09-01T00:00:00Z",
        ],
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("tldops: refusé\u{a0}: l’expiration 2026-10-01T00:00:00Z est déjà passée"),
        "{}",
        r.stderr
    );
}

#[test]
fn cosign_speaks_french() {
    let env = Env::new();
    let roster = env.write("roster.toml", ROSTER.as_bytes());
    let one = env.path("one.asc");
    env.run(&[
        "publish",
        s(&roster),
        "--key",
        s(&key(SAMPLE_SECRET)),
        "--serial",
        "7",
        "--carrier",
        "file",
        "--issued",
        "2026-11-01T06:00:00Z",
        "-o",
        s(&one),
    ])
    .ok();
    let second = key("FICTIONAL-TEST-KEY-second.secret.asc");
    let r = fr(&env, &["cosign", s(&one), "--key", s(&second)]);
    r.ok();
    assert!(r.stderr.contains("tldops: signature de "), "{}", r.stderr);
    assert!(
        r.stderr.contains("(2 signatures\u{202f}; vérifiées ici par"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["cosign", s(&one), "--key", s(&second)]);
    assert_eq!(r.code, 7);
    assert!(
        r.stderr.contains("tldops: refusé\u{a0}: ") && r.stderr.contains("est déjà signé par"),
        "{}",
        r.stderr
    );
}

#[test]
fn sync_verify_and_man_speak_french_beside_their_rejections() {
    let env = Env::new();
    let mail = common::publish(&env, ROSTER, 7, "2026-11-01T06:00:00Z");
    let r = fr(&env, &["sync", s(&mail)]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(
        r.stderr.contains("tldops: erreur\u{a0}: aucune clé n’est épinglée"),
        "{}",
        r.stderr
    );
    let env = Env::pinned();
    let r = fr(&env, &["verify", s(&mail)]);
    r.ok();
    assert!(
        r.stdout
            .contains("  verdict     signature correcte, instantané valide (nouveau)"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("  contenu     1 ccTLD, 1 contact"), "{}", r.stdout);
    assert_eq!(
        env.run(&["--lang", "en", "verify", "--json", s(&mail)]).stdout,
        fr(&env, &["verify", "--json", s(&mail)]).stdout
    );
    let r = fr(&env, &["man", "nonesuch"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("aucune page de manuel pour «\u{a0}nonesuch\u{a0}»"),
        "{}",
        r.stderr
    );
}

/// The config file's language holds for `doctor` and `man` as for the other
/// commands; a config that cannot be read leaves them in the locale's.
#[test]
fn doctor_and_man_follow_the_config_file_s_language() {
    let env = Env::pinned();
    common::publish_and_sync(&env, ROSTER, 7, "2026-11-01T06:00:00Z").ok();
    let english = env.run(&["doctor"]);
    env.write("config/config.toml", b"lang = \"fr\"\n");
    let from_config = env.run(&["doctor"]);
    assert_eq!(from_config.stdout, fr(&env, &["doctor"]).stdout);
    assert_ne!(from_config.stdout, english.stdout);
    assert!(
        from_config.stdout.contains("le contrôle d’intégrité"),
        "{}",
        from_config.stdout
    );
    assert_eq!(env.run(&["man", "find"]).stdout, fr(&env, &["man", "find"]).stdout);
    assert_ne!(
        env.run(&["man", "find"]).stdout,
        env.run(&["--lang", "en", "man", "find"]).stdout
    );
    let r = env.run(&["man", "nonesuch"]);
    assert!(r.stderr.contains("aucune page de manuel"), "{}", r.stderr);

    env.write("config/config.toml", b"lang = \"fr\"\nnot toml at all\n");
    let r = env.run(&["doctor"]);
    assert!(r.stdout.contains("PROBLEM"), "{}", r.stdout);
}
