//! tldops in its six languages, through the binary: the language chosen by
//! --lang, the locale variables and the config file; the most-read answers
//! translated; the sheet right to left in Arabic; machine output the same
//! in every language.

mod common;

use common::{s, tool, Env};
use std::process::Command;

const LANGS: [&str; 6] = ["en", "fr", "es", "ru", "ar", "zh"];

/// The sample synced: both directories, each with its key.
fn sample() -> Env {
    let env = Env::pinned();
    let regional = common::root().join("data/sample/FICTIONAL-SAMPLE-KEY-regional.cert.asc");
    env.run(&["trust", "add", s(&regional), "--directory", "AFTLD"]).ok();
    env.run(&[
        "sync",
        s(&common::root().join("data/sample/tld-ops.mbox")),
        s(&common::root().join("data/sample/regional.mbox")),
    ])
    .ok();
    env
}

/// Words each language must show, per command: (language, find .tz, find
/// nothing, status, sync, sheet).
struct Words {
    lang: &'static str,
    find: &'static str,
    nothing: &'static str,
    status: &'static str,
    sync: &'static str,
    sheet: &'static str,
    region: &'static str,
}

const WORDS: [Words; 6] = [
    Words {
        lang: "en",
        find: "Name / role",
        nothing: "nothing matches `xyzzy`",
        status: "pinned keys",
        sync: "already known",
        sheet: "EMERGENCY CONTACT SHEET",
        region: "AFRICA",
    },
    Words {
        lang: "fr",
        find: "Nom / rôle",
        nothing: "aucune correspondance pour «\u{a0}xyzzy\u{a0}»",
        status: "clés épinglées",
        sync: "déjà connu",
        sheet: "FICHE DES CONTACTS D’URGENCE",
        region: "AFRIQUE",
    },
    Words {
        lang: "es",
        find: "Nombre / cargo",
        nothing: "nada coincide con «xyzzy»",
        status: "claves fijadas",
        sync: "ya conocidos",
        sheet: "HOJA DE CONTACTOS DE EMERGENCIA",
        region: "ÁFRICA",
    },
    Words {
        lang: "ru",
        find: "Имя / роль",
        nothing: "ничего не найдено по запросу «xyzzy»",
        status: "закреплённые ключи",
        sync: "уже известных",
        sheet: "ЛИСТ ЭКСТРЕННЫХ КОНТАКТОВ",
        region: "АФРИКА",
    },
    Words {
        lang: "ar",
        find: "الاسم / الدور",
        nothing: "لا شيء يطابق «\u{2068}xyzzy\u{2069}»",
        status: "المفاتيح المثبّتة",
        sync: "معروفة من قبل",
        sheet: "ورقة جهات الاتصال في حالات الطوارئ",
        region: "أفريقيا",
    },
    Words {
        lang: "zh",
        find: "姓名 / 职务",
        nothing: "没有与“xyzzy”匹配的结果",
        status: "固定密钥",
        sync: "封已知",
        sheet: "紧急联系表",
        region: "非洲",
    },
];

/// Runs a command in a language, once by --lang and once by LANG; both
/// must say the same.
fn both_ways(env: &Env, lang: &str, args: &[&str]) -> common::Run {
    let mut flagged = vec!["--lang", lang, "--no-pager"];
    flagged.extend_from_slice(args);
    let by_flag = env.run(&flagged);
    let mut plain = vec!["--no-pager"];
    plain.extend_from_slice(args);
    let locale = format!("{lang}_XX.UTF-8");
    let by_env = env.run_with_env(&plain, &[("LANG", &locale)]);
    assert_eq!(
        (by_flag.code, &by_flag.stdout, &by_flag.stderr),
        (by_env.code, &by_env.stdout, &by_env.stderr),
        "{lang} {args:?}: --lang and LANG differ"
    );
    by_flag
}

#[test]
fn the_most_read_answers_speak_each_language() {
    let env = sample();
    for w in &WORDS {
        let find = both_ways(&env, w.lang, &["find", ".tz"]);
        assert_eq!(find.code, 0, "{}: {}", w.lang, find.stderr);
        assert!(find.stdout.contains(w.find), "{}: {}", w.lang, find.stdout);

        let nothing = both_ways(&env, w.lang, &["find", "xyzzy"]);
        assert_eq!(nothing.code, 1, "{}", w.lang);
        assert!(nothing.stderr.contains(w.nothing), "{}: {}", w.lang, nothing.stderr);

        let status = both_ways(&env, w.lang, &["status"]);
        assert!(status.stdout.contains(w.status), "{}: {}", w.lang, status.stdout);

        let sync = both_ways(
            &env,
            w.lang,
            &["sync", s(&common::root().join("data/sample/tld-ops.mbox"))],
        );
        assert!(sync.stderr.contains(w.sync), "{}: {}", w.lang, sync.stderr);

        let sheet = both_ways(
            &env,
            w.lang,
            &[
                "sheet",
                "--format",
                "text",
                "--directory",
                "TLD-OPS",
                "--region",
                "africa",
            ],
        );
        assert_eq!(sheet.code, 0, "{}: {}", w.lang, sheet.stderr);
        assert!(sheet.stdout.contains(w.sheet), "{}: {}", w.lang, sheet.stdout);
        assert!(sheet.stdout.contains(w.region), "{}: {}", w.lang, sheet.stdout);
        // No message id ever shows instead of its words.
        for out in [
            &find.stdout,
            &status.stdout,
            &sync.stderr,
            &sheet.stdout,
            &nothing.stderr,
        ] {
            for id in ["sheet-", "find-", "status-", "sync-", "region-"] {
                assert!(!out.contains(id), "{}: message id `{id}` shown: {out}", w.lang);
            }
        }
    }
}

#[test]
fn the_stale_warning_speaks_each_language() {
    let mut env = sample();
    env.now = "2027-02-01T00:00:00Z".into();
    let want = [
        ("en", "STALE: the TLD-OPS snapshot (serial 118"),
        ("fr", "PÉRIMÉ\u{a0}: l’instantané TLD-OPS (numéro 118"),
        ("es", "CADUCADA: la instantánea de TLD-OPS (número 118"),
        ("ru", "УСТАРЕЛ: срок снимка TLD-OPS (номер 118"),
        ("ar", "منتهية الصلاحية: انتهت صلاحية لقطة \u{2068}TLD-OPS\u{2069}"),
        ("zh", "已过期：TLD-OPS 快照（序号 118"),
    ];
    for (lang, words) in want {
        let r = both_ways(&env, lang, &["find", ".tz"]);
        assert!(r.stderr.contains(words), "{lang}: {}", r.stderr);
    }
}

#[test]
fn the_flag_wins_then_the_environment_then_the_config() {
    let env = sample();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.toml"), "lang = \"ru\"\n").unwrap();
    type Case<'a> = (&'a str, &'a [&'a str], &'a [(&'a str, &'a str)], &'a str);
    let cases: [Case<'_>; 6] = [
        ("config alone", &[], &[], "Имя / роль"),
        ("C is passed over", &[], &[("LC_ALL", "C")], "Имя / роль"),
        ("LANG over config", &[], &[("LANG", "es_ES.UTF-8")], "Nombre / cargo"),
        (
            "LC_MESSAGES over LANG",
            &[],
            &[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "es_ES.UTF-8")],
            "姓名 / 职务",
        ),
        (
            "LC_ALL over LC_MESSAGES",
            &[],
            &[("LC_ALL", "fr_FR.UTF-8"), ("LC_MESSAGES", "zh_CN.UTF-8")],
            "Nom / rôle",
        ),
        (
            "--lang over all",
            &["--lang", "en"],
            &[("LC_ALL", "fr_FR.UTF-8")],
            "Name / role",
        ),
    ];
    for (name, flags, vars, want) in cases {
        let mut args = flags.to_vec();
        args.extend(["--no-pager", "find", ".tz"]);
        let r = env.run_with_env(&args, vars);
        assert!(r.stdout.contains(want), "{name}: {}", r.stdout);
    }
    std::fs::write(env.config_dir().join("config.toml"), "lang = \"de\"\n").unwrap();
    let r = env.run(&["find", ".tz"]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(
        r.stderr.contains("lang = \"de\" is not a language tldops speaks"),
        "{}",
        r.stderr
    );
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    let env = sample();
    let commands: [&[&str]; 7] = [
        &["find", ".tz", "--json"],
        &["find", "xyzzy", "--json"],
        &["find", "tz", "--format", "mutt"],
        &["find", "xyzzy", "--format", "mutt"],
        &["find", "tz", "--format", "aerc"],
        &["export", "--format", "csv", "--directory", "TLD-OPS"],
        &["export", "--format", "json", "--directory", "TLD-OPS"],
    ];
    for args in commands {
        let english = env.run(args);
        for lang in LANGS {
            let mut flagged = vec!["--lang", lang];
            flagged.extend_from_slice(args);
            let other = env.run(&flagged);
            assert_eq!(other.code, english.code, "{lang} {args:?}");
            assert!(
                other.stdout == english.stdout,
                "{lang} {args:?}: standard output differs"
            );
            let locale = format!("{lang}_XX.UTF-8");
            let by_env = env.run_with_env(args, &[("LANG", &locale)]);
            assert!(
                by_env.stdout == english.stdout,
                "LANG={locale} {args:?}: standard output differs"
            );
        }
    }
    let r = env.run(&["--lang", "fr", "status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(v["directories"].is_array());
}

#[test]
fn the_arabic_sheet_runs_right_to_left() {
    let env = sample();
    let html = env.path("sheet.html");
    env.run(&["sheet", "--lang", "ar", "--directory", "TLD-OPS", "-o", s(&html)])
        .ok();
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{}", &html[..300]);
    assert!(
        html.contains("<bdi dir=\"ltr\" class=\"num\">+"),
        "numbers are isolated"
    );
    assert!(
        html.contains("<bdi dir=\"ltr\" class=\"addr\">"),
        "addresses are isolated"
    );
    assert!(
        html.contains("counter(page)") && html.contains("\"الصفحة "),
        "page n of m in Arabic"
    );
    let english = env.path("sheet-en.html");
    env.run(&["sheet", "--directory", "TLD-OPS", "-o", s(&english)]).ok();
    assert!(std::fs::read_to_string(&english)
        .unwrap()
        .contains("<html lang=\"en\" dir=\"ltr\">"));

    // The PDF: headings flush right, the first column on the right.
    let pdf = env.path("sheet.pdf");
    env.run(&[
        "sheet",
        "--lang",
        "ar",
        "--directory",
        "TLD-OPS",
        "--region",
        "africa",
        "-o",
        s(&pdf),
    ])
    .ok();
    let out = Command::new(tool("pdftotext"))
        .args(["-layout", "-f", "1", "-l", "1", s(&pdf), "-"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    // Where a text starts on its line, in characters: a page is about 100 wide.
    let column = |needle: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {text}"));
        line[..line.find(needle).unwrap()].chars().count()
    };
    // pdftotext gives Arabic back in its own normalisation: the Latin
    // anchors tell where things are. The title is flush right, and the
    // first ccTLD of Africa in code order (.bf) heads the right-hand column,
    // the next column (.cv) on the left.
    assert!(column(":TLD-OPS") > 60, "{text}");
    assert!(column("bf.") > 60, "{text}");
    assert!(column("cv.") < 60, "{text}");

    // The text sheet: lines set flush right, numbers isolated left to right.
    let t = env.run(&[
        "sheet",
        "--lang",
        "ar",
        "--format",
        "text",
        "--directory",
        "TLD-OPS",
        "--region",
        "africa",
    ]);
    let heading = t
        .stdout
        .lines()
        .find(|l| l.ends_with("أفريقيا"))
        .expect("the region heading");
    assert_eq!(
        heading.chars().filter(|c| *c == ' ').count() + "أفريقيا".chars().count(),
        80,
        "{heading:?}"
    );
    assert!(t.stdout.contains("\u{2066}+"), "numbers are left-to-right isolates");
    assert!(!t.stdout.contains("\\u{20"), "no isolate is escaped: {}", t.stdout);
}

#[test]
fn country_and_region_names_follow_the_sheet() {
    let env = sample();
    let cases = [
        ("en", "Egypt", "AFRICA"),
        ("fr", "Égypte", "AFRIQUE"),
        ("es", "Egipto", "ÁFRICA"),
        ("ru", "Египет", "АФРИКА"),
        ("ar", "مصر", "أفريقيا"),
        ("zh", "埃及", "非洲"),
    ];
    for (lang, egypt, africa) in cases {
        let r = env.run(&[
            "--lang",
            lang,
            "sheet",
            "--format",
            "text",
            "--directory",
            "TLD-OPS",
            ".eg",
        ]);
        assert!(
            r.stdout.contains(egypt) && r.stdout.contains(africa),
            "{lang}: {}",
            r.stdout
        );
    }
}

/// The messages each language still lacks, printed for translators
/// (`cargo test --test languages -- --nocapture`). English and French are
/// complete, and a message missing from either fails here; the other
/// languages fall back to English where they lack one.
#[test]
fn messages_left_to_translate() {
    use tldops::i18n::{missing, Lang};
    for lang in Lang::ALL {
        let missing = missing(lang);
        println!("{}: {} messages missing: {missing:?}", lang.code(), missing.len());
        if matches!(lang, Lang::En | Lang::Fr) {
            assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        }
    }
}

/// The ccTLDs `find` answers, best first.
fn found(env: &Env, query: &str) -> Vec<String> {
    let r = env.run(&["find", query, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{query}: {e}: {}", r.stdout));
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn country_names_are_found_in_every_language_people_type() {
    let env = sample();
    // (name, query, the ccTLDs found, in order). Egypt's IDN ccTLD .مصر
    // (xn--wgbh1c) is Egypt too; .مصر typed as a word is that ccTLD first.
    let egypt = ["eg", "xn--wgbh1c"];
    let cases: &[(&str, &str, &[&str])] = &[
        ("german, its own language", "deutschland", &["de"]),
        ("english", "egypt", &egypt),
        ("french", "égypte", &egypt),
        ("russian", "Египет", &egypt),
        ("chinese", "埃及", &egypt),
        ("arabic, also an idn ccTLD", "مصر", &["xn--wgbh1c", "eg"]),
        ("finnish", "Suomi", &["fi"]),
        ("spanish", "España", &["es"]),
        ("german in switzerland", "Schweiz", &["ch"]),
        ("japanese", "日本", &["jp"]),
        ("serbian in latin letters", "Srbija", &["rs"]),
        ("hindi", "भारत", &["in"]),
        ("traditional chinese", "台灣", &["tw"]),
        ("chinese for azerbaijan", "阿塞拜疆", &["az"]),
    ];
    for (name, query, want) in cases {
        assert_eq!(found(&env, query), *want, "{name}: find {query}");
    }
}

/// Every visible command and argument has its help in English and French
/// (`help-find-about`, `help-find-arg-format`), and no help id names a
/// command, argument or value that is gone.
#[test]
fn every_command_and_argument_has_its_help() {
    use tldops::i18n::{has, help_ids, Lang};
    let lookups = tldops::help::lookups();
    for (id, required) in &lookups {
        if *required {
            for lang in [Lang::En, Lang::Fr] {
                assert!(has(lang, id), "{}: no help `{id}` in help.ftl", lang.code());
            }
        }
    }
    for lang in [Lang::En, Lang::Fr] {
        for id in help_ids(lang) {
            // clap's own words and the manual pages' are looked up by name.
            if id.starts_with("help-clap-") || id.starts_with("help-page-") {
                continue;
            }
            assert!(
                lookups.iter().any(|(l, _)| *l == id),
                "{}: `{id}` in help.ftl is the help of nothing: remove or rename it",
                lang.code()
            );
        }
    }
}

/// French typography in every French message: a no-break space (U+00A0)
/// before `:`, a narrow one (U+202F) before `;`, `!` and `?`, no-break
/// spaces inside « guillemets », and the typographic apostrophe. Code in
/// backticks, placeholders, the `tldops:` tag that opens every line and
/// shell examples are not prose and are passed over.
#[test]
fn french_is_written_with_french_typography() {
    let mut wrong = Vec::new();
    for file in tldops::i18n::FILES {
        let path = common::root().join("i18n/fr").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim_start().starts_with("tldops ") {
                continue;
            }
            let value = match line.split_once(" = ") {
                Some((id, v)) if !id.starts_with(' ') => v,
                _ => line,
            };
            let prose = without_code(value);
            let prose = prose.strip_prefix("tldops:").unwrap_or(&prose);
            let chars: Vec<char> = prose.chars().collect();
            for (i, &c) in chars.iter().enumerate() {
                let closes = chars.get(i + 1).is_none_or(|n| n.is_whitespace());
                let before = if i > 0 { chars[i - 1] } else { '\n' };
                let want = match c {
                    ':' if closes => Some(['\u{a0}', '\u{202f}']),
                    ';' | '!' | '?' if closes => Some(['\u{202f}', '\u{202f}']),
                    '»' => Some(['\u{a0}', '\u{202f}']),
                    _ => None,
                };
                if let Some(want) = want {
                    if before != '\n' && !want.contains(&before) {
                        wrong.push(format!(
                            "i18n/fr/{file}:{}: no no-break space before {c}: {line}",
                            n + 1
                        ));
                    }
                }
                if c == '«' && chars.get(i + 1).is_some_and(|n| !['\u{a0}', '\u{202f}'].contains(n)) {
                    wrong.push(format!("i18n/fr/{file}:{}: no no-break space after «: {line}", n + 1));
                }
                if c == '\'' {
                    wrong.push(format!("i18n/fr/{file}:{}: a straight apostrophe: {line}", n + 1));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A message's text without code in backticks and without placeholders.
fn without_code(s: &str) -> String {
    let mut out = String::new();
    let (mut code, mut depth) = (false, 0);
    for c in s.chars() {
        match c {
            '`' => code = !code,
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 && !code {
                    out.push('X');
                }
            }
            c if !code && depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}
