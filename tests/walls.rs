//! Walls between modules, kept by a test rather than by convention: the
//! trust boundary reaches no store, terminal, mail source or command; the
//! store reaches no command; mail sources no store; exporters and the sheet
//! no mail and no store; routing evidence no command, store, terminal or
//! mail source; and only `main` reaches the commands, which reach no
//! other command: what two commands share lives outside `cmd/`. A wall is
//! read from the `crate::` and `super::` paths each file of a module names.

use std::path::{Path, PathBuf};

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}

/// Every `crate::NAME` a module's files name, with where.
fn reaches(module: &str) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let dir = src.join(module);
    let list = if dir.is_dir() {
        files(&dir)
    } else {
        vec![src.join(format!("{module}.rs"))]
    };
    let mut out = Vec::new();
    for f in list {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("crate::") {
                let name: String = line[at + 7..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                out.push((name, format!("{}:{}", f.display(), i + 1)));
            }
        }
    }
    out
}

#[test]
fn modules_keep_their_walls() {
    let walls: &[(&str, &[&str])] = &[
        (
            "snapshot",
            &["store", "cmd", "intake", "term", "mail", "export", "sheet", "config"],
        ),
        ("store", &["cmd", "intake", "term", "export", "sheet", "config"]),
        ("mail", &["store", "cmd", "intake", "export", "sheet"]),
        ("export", &["mail", "store", "intake"]),
        ("sheet", &["mail", "store", "intake"]),
        ("current", &["cmd", "intake", "mail", "export", "sheet"]),
        ("selection", &["cmd", "intake", "mail", "sheet"]),
        ("human", &["cmd", "store", "snapshot", "mail", "intake"]),
        ("present", &["cmd", "store", "mail", "intake"]),
        (
            "route",
            &["cmd", "store", "mail", "intake", "term", "config", "export", "sheet"],
        ),
    ];
    let mut broken = Vec::new();
    for (module, forbidden) in walls {
        for (name, place) in reaches(module) {
            if forbidden.contains(&name.as_str()) {
                broken.push(format!("{module} reaches {name} at {place}"));
            }
        }
    }
    assert!(broken.is_empty(), "walls broken:\n{}", broken.join("\n"));
}

/// Every top-level module of the library, by its file or directory name.
fn modules() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out: Vec<String> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_stem()?.to_str()?.to_string();
            (p.is_dir() || p.extension().is_some_and(|x| x == "rs")).then_some(stem)
        })
        .filter(|m| m != "lib" && m != "main")
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn only_main_reaches_the_commands() {
    let mut broken = Vec::new();
    for module in modules().iter().filter(|m| *m != "cmd") {
        for (name, place) in reaches(module) {
            if name == "cmd" {
                broken.push(format!("{module} reaches cmd at {place}"));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "only main may reach the commands:\n{}",
        broken.join("\n")
    );
}

#[test]
fn no_command_reaches_another() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cmd");
    let mut broken = Vec::new();
    for f in files(&dir) {
        let text = std::fs::read_to_string(&f).unwrap();
        let tests_at = text.find("#[cfg(test)]").unwrap_or(text.len());
        for (i, line) in text[..tests_at].lines().enumerate() {
            if line.contains("super::") || line.contains("crate::cmd::") {
                broken.push(format!("{}:{}: {}", f.display(), i + 1, line.trim()));
            }
        }
    }
    let mod_rs = std::fs::read_to_string(dir.join("mod.rs")).unwrap();
    for line in mod_rs.lines() {
        if line.starts_with("pub fn") || line.starts_with("pub struct") || line.starts_with("pub enum") {
            broken.push(format!("cmd/mod.rs holds shared code: {line}"));
        }
    }
    assert!(
        broken.is_empty(),
        "commands share code through modules outside cmd/, not through each other:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_wall_test_sees_what_a_module_reaches() {
    // The test itself must be able to fail: the store does reach the snapshot types.
    assert!(reaches("store").iter().any(|(n, _)| n == "snapshot"));
    assert!(reaches("snapshot").iter().any(|(n, _)| n == "contact"));
    assert!(modules().iter().any(|m| m == "cmd"));
    assert!(modules().iter().any(|m| m == "snapshot"));
}

/// Every word a person reads goes through Fluent (`i18n/LANG/*.ftl`): no
/// message, error or hint is written as an English literal in the code.
/// What is not for people in a language of theirs is listed here, each with
/// why: machine output, markup, the signed snapshot, mutt's query format.
#[test]
fn words_for_people_go_through_fluent() {
    const CALLS: [&str; 13] = [
        "out!(",
        "println!(",
        "eprintln!(",
        "print!(",
        "eprint!(",
        "writeln!(",
        "write!(",
        "bail!(",
        "anyhow!(",
        "usage(",
        "context(",
        "with_context(",
        "format!(",
    ];
    let allowed: &[(&str, &str, &str)] = &[
        ("sheet/html.rs", "<", "HTML markup"),
        ("export/qr.rs", "<", "SVG markup"),
        (
            "export/vcard.rs",
            "",
            "vCard content is data, the same in every language",
        ),
        (
            "snapshot/schema.rs",
            "# TLD-OPS contact repository",
            "the signed snapshot",
        ),
        ("cmd/find.rs", "address{} from", "mutt's query format"),
        ("cmd/find.rs", "STALE since", "mutt's query format"),
        ("cmd/find.rs", "no match for", "mutt's query format"),
        ("", "internal:", "an invariant, not a message"),
        ("sheet/fonts.rs", "apt install", "a command"),
        ("store/", "SELECT ", "SQL"),
        ("store/", "AND code IN", "SQL"),
        (
            "store/history.rs",
            "aborting inside the transaction",
            "the kill harness's own hook",
        ),
        (
            "publish/mail.rs",
            "Content-Type: multipart/signed",
            "the mailing's MIME structure",
        ),
        ("vdir.rs", "security contact for", "vCard content, as exported"),
        ("cmd/publish.rs", "imported from", "the journal's record, machine data"),
        ("", "`tldops ", "a command to type"),
    ];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for f in files(&src) {
        if f.ends_with("tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap();
        let name = f.strip_prefix(&src).unwrap().display().to_string();
        for call in CALLS {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                // A first argument that is a writer (`f, "..."`) is passed over.
                let rest = match rest.split_once(',') {
                    Some((w, r)) if !w.contains('"') && w.len() < 40 => r.trim_start(),
                    _ => rest,
                };
                let Some(literal) = rest.strip_prefix('"').and_then(string_literal) else {
                    continue;
                };
                if !has_words(&literal) {
                    continue;
                }
                let ok = allowed
                    .iter()
                    .any(|(file, snippet, _)| name.contains(file) && literal.contains(snippet));
                if !ok {
                    let line = text[..at].lines().count();
                    found.push(format!("src/{name}:{line}: {literal}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English for people outside i18n/ (use tr! and a message in i18n/en and i18n/fr):\n{}",
        found.join("\n")
    );
}

/// The text of a string literal whose opening quote is already read.
fn string_literal(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => {
                chars.next();
            }
            c => out.push(c),
        }
    }
    None
}

/// Whether a literal holds words of prose: two words of letters in a row,
/// once the `{...}` placeholders are taken out.
fn has_words(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split(' ').collect();
    words.windows(2).any(|w| {
        w[0].len() >= 3
            && w[0].chars().all(|c| c.is_ascii_alphabetic())
            && w[1].len() >= 2
            && w[1].chars().all(|c| c.is_ascii_alphabetic())
    })
}

#[test]
fn the_words_test_sees_prose() {
    assert!(has_words("cannot read {path}: permission denied"));
    assert!(has_words("wrote the sheet"));
    assert!(!has_words("{}\t{}"));
    assert!(!has_words("tldops: {}"));
    assert!(!has_words("{e}\t{name}\t.{}"));
    assert_eq!(string_literal(r#"a \"b\" c", x)"#).as_deref(), Some("a b c"));
}
