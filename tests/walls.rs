//! Walls between modules, kept by a test rather than by convention: the
//! trust boundary reaches no store, terminal, mail source or command; the
//! store reaches no command; mail sources no store; exporters and the sheet
//! no mail and no store; routing evidence no command, store, terminal or
//! mail source. A wall is read from the `crate::` paths each file
//! of a module names.

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

#[test]
fn the_wall_test_sees_what_a_module_reaches() {
    // The test itself must be able to fail: the store does reach the snapshot types.
    assert!(reaches("store").iter().any(|(n, _)| n == "snapshot"));
    assert!(reaches("snapshot").iter().any(|(n, _)| n == "contact"));
}
