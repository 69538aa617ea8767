//! The lookup and export commands in French, through the binary: route's
//! report and its drafts, coverage, list, show, export and qr, find's
//! evidence lines; their machine output the same byte for byte in English
//! and in French; the sheet's messages in every language with its plurals.

mod common;

use common::{read_drafts, root, s, Env, Run};

/// The sample synced: the TLD-OPS directory and its six snapshots.
fn sample() -> Env {
    let env = Env::pinned();
    env.run(&["sync", s(&root().join("data/sample/tld-ops.mbox"))]).ok();
    env
}

fn fr(env: &Env, args: &[&str]) -> Run {
    let mut all = vec!["--lang", "fr", "--no-pager"];
    all.extend_from_slice(args);
    env.run_with_env(&all, &[("COLUMNS", "120")])
}

fn fr_stdin(env: &Env, args: &[&str], stdin: &str) -> Run {
    let mut all = vec!["--lang", "fr", "--no-pager"];
    all.extend_from_slice(args);
    env.run_with_env_and_stdin(&all, &[("COLUMNS", "120")], stdin.as_bytes())
}

/// No message id shows instead of its words.
fn no_ids(r: &Run) {
    for out in [&r.stdout, &r.stderr] {
        for id in [
            "route-",
            "show-",
            "list-",
            "coverage-",
            "export-",
            "qr-",
            "find-",
            "sheet-",
            "search-",
            "selection-",
            "present-",
        ] {
            assert!(!out.contains(id), "message id `{id}` shown: {out}");
        }
    }
}

const EVIDENCE: &str = "hxxps://login.bank.co[.]tz/verify\nabuse@bank.tz\nhttp://пример.рф/x\nevil.km\ngoogle.com\nhttp://intranet.corp/x\n192.0.2.7\nbank..co.tz\n";

#[test]
fn route_reports_in_french() {
    let env = sample();
    let r = fr_stdin(&env, &["route"], EVIDENCE);
    r.ok();
    no_ids(&r);
    let out = &r.stdout;
    for words in [
        "2 éléments sous .tz\u{a0}:\n  abuse@bank.tz\n  https://login.bank.co.tz/verify\n",
        "1 élément sous .km\u{a0}:\n  evil.km\n",
        ".tz  Tanzanie",
        "Sous aucun ccTLD (3 éléments)\u{a0}:\n",
        "  `.com` est un TLD générique\u{a0}: absent de TLD-OPS\n    google.com\n",
        "  `.corp` n’est pas un domaine de premier niveau de la zone racine\n",
        "  une adresse IP\u{a0}: l’acheminement se fait par le nom",
        "Ignorés, non valides (1)\u{a0}:\n  bank..co.tz\u{a0}: étiquette vide\n",
    ] {
        assert!(out.contains(words), "{words:?} not in\n{out}");
    }
    assert!(
        r.stderr
            .contains("8 lignes\u{a0}: 4 éléments sous 3 ccTLD (3 avec des contacts), 3 sous aucun ccTLD, 1 ignoré"),
        "{}",
        r.stderr
    );

    let nothing = fr_stdin(&env, &["route"], "rien ici\n");
    assert_eq!(nothing.code, 1, "{}", nothing.stderr);
    assert!(
        nothing
            .stderr
            .contains("aucun domaine, aucune URL ni adresse trouvés dans 1\u{a0}ligne")
            || nothing
                .stderr
                .contains("aucun domaine, aucune URL ni adresse trouvés dans 1 ligne"),
        "{}",
        nothing.stderr
    );
    no_ids(&nothing);

    // A bad template is said in French too, its placeholders as written.
    let bad = env.write("bad.txt", b"Subject: {nope}\n\n{items}\n");
    let r = fr_stdin(
        &env,
        &["route", "--drafts", s(&env.path("d")), "--template", s(&bad)],
        "a.tz\n",
    );
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("ligne 1\u{a0}: champ inconnu `{nope}`"),
        "{}",
        r.stderr
    );
}

/// The defanged items of a draft's body: its lines indented by four spaces.
fn items(body: &str) -> Vec<&str> {
    body.lines().filter(|l| l.starts_with("    ")).collect()
}

#[test]
fn drafts_are_written_in_french_to_the_same_people_with_the_same_items() {
    let env = sample();
    let (en_dir, fr_dir) = (env.path("en"), env.path("fr"));
    let en = env.run_with_stdin(&["route", "--drafts", s(&en_dir)], Some(EVIDENCE.as_bytes()));
    en.ok();
    let r = fr_stdin(&env, &["route", "--drafts", s(&fr_dir)], EVIDENCE);
    r.ok();
    no_ids(&r);
    assert!(
        r.stderr.contains("3 brouillons écrits dans ") && r.stderr.contains("\u{a0}: km.eml, tz.eml, xn--p1ai.eml"),
        "{}",
        r.stderr
    );
    let (en, fr) = (read_drafts(&en_dir), read_drafts(&fr_dir));
    assert_eq!(
        en.as_object().unwrap().keys().collect::<Vec<_>>(),
        fr.as_object().unwrap().keys().collect::<Vec<_>>()
    );
    for (name, e) in en.as_object().unwrap() {
        let f = &fr[name];
        assert_eq!(e["headers"], f["headers"], "{name}: the same headers, in order");
        assert_eq!(e["to"], f["to"], "{name}: the same recipients");
        assert_eq!(f["charset"], "utf-8");
        let (eb, fb) = (e["body"].as_str().unwrap(), f["body"].as_str().unwrap());
        assert_eq!(items(eb), items(fb), "{name}: the same items");
        assert_ne!(eb, fb, "{name}: the words differ");
    }
    let tz = &fr["tz.eml"];
    assert_eq!(
        tz["subject"],
        "[TLD-OPS] 2 éléments sous .tz (Tanzanie) à votre attention"
    );
    let body = tz["body"].as_str().unwrap();
    assert!(body.starts_with("Bonjour à l’équipe sécurité de .tz,\n\n"), "{body}");
    assert!(body.contains("les\néléments ci-dessous (2 éléments)"), "{body}");
    assert!(
        body.contains("\n    abuse[@]bank[.]tz\n    hxxps://login[.]bank[.]co[.]tz/verify\n"),
        "{body}"
    );
    assert!(body.contains("à qui nous adresser\u{202f}?"), "{body}");
    assert_eq!(
        fr["km.eml"]["subject"],
        "[TLD-OPS] 1 élément sous .km (Comores) à votre attention"
    );
    // The raw headers stay ASCII: the French is in RFC 2047 encoded words.
    let raw = std::fs::read_to_string(fr_dir.join("tz.eml")).unwrap();
    assert!(raw.split("\n\n").next().unwrap().is_ascii(), "{raw}");
}

#[test]
fn coverage_list_and_show_speak_french() {
    let env = sample();
    let r = fr(&env, &["coverage", "--region", "africa"]);
    r.ok();
    no_ids(&r);
    assert!(
        r.stdout.contains(" en Afrique ont un contact (") && r.stdout.contains(" manquants\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\nAfrique\u{a0}: "), "{}", r.stdout);
    assert!(r.stdout.contains("Bénin"), "country names in French: {}", r.stdout);
    let whole = fr(&env, &["coverage"]);
    assert!(
        whole
            .stdout
            .lines()
            .next()
            .unwrap()
            .contains(" dans la zone racine ont un contact ("),
        "{}",
        whole.stdout
    );

    let r = fr(&env, &["list", "--region", "africa"]);
    r.ok();
    no_ids(&r);
    assert!(r.stdout.starts_with("Afrique ("), "{}", r.stdout);
    assert!(r.stdout.contains(" contacts\n"), "{}", r.stdout);

    let r = fr(&env, &["show", ".km"]);
    r.ok();
    no_ids(&r);
    assert!(
        r.stdout
            .contains("région Afrique · dans TLD-OPS depuis le numéro 113 · numéro actuel 118"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("Historique") && r.stdout.contains("apparu au numéro 113"),
        "{}",
        r.stdout
    );
    let r = fr(&env, &["show", ".xx"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(".xx n’est pas un ccTLD de la zone racine"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["show", "zzzz"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("aucune correspondance pour `zzzz` (`tldops find zzzz` propose des termes proches)"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["list", "--region", "mars"]);
    assert_eq!(r.code, 2);
}

#[test]
fn export_and_qr_warnings_speak_french() {
    let env = sample();
    let r = fr(
        &env,
        &["export", "--format", "csv", ".km", "-o", s(&env.path("km.csv"))],
    );
    r.ok();
    no_ids(&r);
    assert!(
        r.stderr.contains("écrit\u{a0}: 2 lignes, ") && r.stderr.contains(" octets, dans "),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["export", "--format", "vcard3", ".km"]);
    assert!(
        r.stderr.contains("écrit\u{a0}: 2 cartes (vCard 3.0), ") && r.stderr.contains("sur la sortie standard"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["export", "xyzzy"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("rien à exporter\u{a0}: aucune correspondance pour la requête"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["export", "--format", "json", "--excel"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--excel va avec --format csv"), "{}", r.stderr);
    let r = fr(&env, &["export", "--changed-since", "1"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("TLD-OPS n’a aucun instantané gardé de numéro 1"),
        "{}",
        r.stderr
    );

    let r = fr(&env, &["qr", ".km"]);
    r.ok();
    no_ids(&r);
    assert!(
        r.stderr.contains("les 2 personnes de .km sont trop nombreuses")
            && r.stderr.contains("pointez dessus l’appareil photo d’un téléphone"),
        "{}",
        r.stderr
    );
    let svg = env.path("km.svg");
    let r = fr(&env, &["qr", ".km", "--format", "svg", "-o", s(&svg)]);
    r.ok();
    assert!(
        r.stderr.contains("écrit dans ") && r.stderr.contains("imprimez-le sur au moins 2,5 cm de large"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["qr", ".km", "--format", "svg"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .contains("--format svg et png écrivent un fichier\u{a0}: donnez -o FICHIER"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["qr", "xyzzy"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("aucune correspondance pour"), "{}", r.stderr);
}

#[test]
fn find_reads_evidence_in_french() {
    let env = sample();
    let r = fr(&env, &["find", "bank.co.tz"]);
    r.ok();
    no_ids(&r);
    assert!(r.stdout.starts_with("bank.co.tz est sous .tz\n"), "{}", r.stdout);
    let r = fr(&env, &["find", "google.com"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("google.com est sous .com\u{a0}: `.com` est un TLD générique\u{a0}: absent de TLD-OPS"),
        "{}",
        r.stderr
    );
    let r = fr(&env, &["find", "bank..tz"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("n’est pas valide\u{a0}: étiquette vide"),
        "{}",
        r.stderr
    );
}

#[test]
fn machine_output_is_the_same_in_english_and_french() {
    let env = sample();
    let runs: [(&[&str], Option<&str>); 16] = [
        (&["route", "--json"], Some(EVIDENCE)),
        (&["route", "--format", "csv"], Some(EVIDENCE)),
        (&["route", "--json"], Some("nothing here\n")),
        (&["export", "--format", "vcard3"], None),
        (&["export", "--format", "vcard4", ".km"], None),
        (&["export", "--format", "csv", "--excel"], None),
        (&["export", "--format", "json"], None),
        (&["find", "bank.co.tz", "--json"], None),
        (&["find", "google.com", "--json"], None),
        (&["find", "bank.co.tz", "--format", "mutt"], None),
        (&["find", "google.com", "--format", "mutt"], None),
        (&["find", "nic.example", "--format", "mutt"], None),
        (&["find", "bank.co.tz", "--format", "aerc"], None),
        (&["show", ".km", "--json"], None),
        (&["list", "--json"], None),
        (&["coverage", "--json"], None),
    ];
    for (args, stdin) in runs {
        let run = |lang: &str| {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            env.run_with_stdin(&all, stdin.map(str::as_bytes))
        };
        let (en, fr) = (run("en"), run("fr"));
        assert_eq!(en.code, fr.code, "{args:?}");
        assert!(!en.stdout.is_empty(), "{args:?}: {}", en.stderr);
        assert!(en.stdout == fr.stdout, "{args:?}: standard output differs");
    }
    // QR payloads: the same SVG in both languages.
    for lang in ["en", "fr"] {
        env.run(&[
            "--lang",
            lang,
            "qr",
            ".tz",
            "baraka",
            "--format",
            "svg",
            "-o",
            s(&env.path(&format!("{lang}.svg"))),
        ])
        .ok();
    }
    assert_eq!(
        std::fs::read(env.path("en.svg")).unwrap(),
        std::fs::read(env.path("fr.svg")).unwrap()
    );
}

#[test]
fn the_sheet_messages_speak_every_language_with_its_plurals() {
    use tldops::i18n::{message, Args, Lang};
    let wrote = |lang: Lang, contacts: i64| {
        let mut args = Args::new();
        args.set("cctlds", 3);
        args.set("contacts", contacts);
        args.set("bytes", 2);
        args.set("path", "sheet.pdf");
        message(lang, "sheet-wrote", Some(&args))
    };
    let system = |lang: Lang, count: i64| {
        let mut args = Args::new();
        args.set("count", count);
        message(lang, "sheet-system-fonts", Some(&args))
    };
    let cases: [(&str, String, &str); 12] = [
        ("es one", wrote(Lang::Es, 1), "1 contacto,"),
        (
            "es other",
            wrote(Lang::Es, 5),
            "hoja escrita (3 ccTLD, 5 contactos, 2 bytes) en sheet.pdf",
        ),
        ("ru one", wrote(Lang::Ru, 21), "21 контакт,"),
        ("ru few", wrote(Lang::Ru, 22), "22 контакта,"),
        ("ru many", wrote(Lang::Ru, 25), "25 контактов,"),
        ("ar zero", wrote(Lang::Ar, 0), "0\u{2069} جهة اتصال"),
        ("ar two", wrote(Lang::Ar, 2), "جهتا اتصال"),
        ("ar few", wrote(Lang::Ar, 3), "3\u{2069} جهات اتصال"),
        ("zh", wrote(Lang::Zh, 7), "7 位联系人"),
        ("ru fonts few", system(Lang::Ru, 3), "3 системных шрифта"),
        ("ar fonts one", system(Lang::Ar, 1), "خط نظام واحد"),
        ("zh fonts", system(Lang::Zh, 40), "40 个系统字体"),
    ];
    for (name, said, want) in cases {
        assert!(said.contains(want), "{name}: {said:?}");
    }
    for lang in [Lang::Es, Lang::Ru, Lang::Ar, Lang::Zh] {
        for id in [
            "sheet-wrote",
            "sheet-missing-fonts",
            "sheet-built-in",
            "sheet-system-fonts",
        ] {
            assert!(tldops::i18n::has(lang, id), "{}: {id}", lang.code());
        }
    }
}
