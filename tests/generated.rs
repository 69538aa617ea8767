//! Generated files are committed; this fails when they drift from the code.

mod common;

use common::Env;

#[test]
fn completions_and_manual_match_the_command_line() {
    let env = Env::new();
    let cases = [
        (vec!["completions", "bash"], "tldops.bash"),
        (vec!["completions", "zsh"], "_tldops"),
        (vec!["completions", "fish"], "tldops.fish"),
        (vec!["completions", "elvish"], "tldops.elv"),
        (vec!["completions", "powershell"], "_tldops.ps1"),
    ];
    for (args, file) in cases {
        let r = env.run(&args);
        r.ok();
        let committed = std::fs::read_to_string(common::root().join("completions").join(file)).unwrap();
        assert!(
            r.stdout == committed,
            "completions/{file} is out of date: run `sh completions/regenerate.sh` and commit the result"
        );
    }
}

#[test]
fn one_manual_page_per_command_matches_the_command_line() {
    let env = Env::new();
    let list = env.run(&["man", "--list"]);
    list.ok();
    let pages: Vec<Vec<&str>> = list.stdout.lines().map(|l| l.split(' ').collect()).collect();
    let names: Vec<&str> = pages.iter().map(|p| p[0]).collect();
    assert!(
        names.contains(&"tldops-find") && names.contains(&"tldops-trust-add"),
        "{names:?}"
    );
    // English pages in completions/, French ones in completions/fr/, with
    // their sections named in their language.
    type Language<'a> = (&'a str, &'a str, [&'a str; 5]);
    let languages: [Language<'_>; 2] = [
        (
            "en",
            "",
            [
                ".SH NAME",
                ".SH OPTIONS",
                ".SH EXAMPLES",
                ".SH \"EXIT STATUS\"",
                ".SH ENVIRONMENT",
            ],
        ),
        (
            "fr",
            "fr/",
            [
                ".SH NOM",
                ".SH OPTIONS",
                ".SH EXEMPLES",
                ".SH \"CODE DE RETOUR\"",
                ".SH ENVIRONNEMENT",
            ],
        ),
    ];
    for (lang, dir, sections) in languages {
        for page in &pages {
            let (name, path) = (page[0], &page[1..]);
            let mut args = vec!["--lang", lang, "man"];
            args.extend(path);
            let r = env.run(&args);
            r.ok();
            let committed = std::fs::read_to_string(common::root().join("completions").join(format!("{dir}{name}.1")))
                .unwrap_or_default();
            assert!(
                r.stdout == committed,
                "completions/{dir}{name}.1 is out of date: run `sh completions/regenerate.sh` and commit the result"
            );
            if !path.is_empty() {
                for section in sections {
                    assert!(r.stdout.contains(section), "{dir}{name}: no {section}");
                }
            }
        }
        // No page of a command that is gone.
        for entry in std::fs::read_dir(common::root().join("completions").join(dir)).unwrap() {
            let file = entry.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(name) = file.strip_suffix(".1") {
                assert!(
                    names.contains(&name),
                    "completions/{dir}{file} documents no command: remove it"
                );
            }
        }
    }
    // The English page is the same whatever the locale says, without --lang.
    let r = env.run_with_env(&["man", "find"], &[("LANG", "C")]);
    let committed = std::fs::read_to_string(common::root().join("completions/tldops-find.1")).unwrap();
    assert!(r.stdout == committed);
}
