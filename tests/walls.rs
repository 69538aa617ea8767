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
