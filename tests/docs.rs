//! Docs that run: every `tldops ...` command shown in the README's code
//! blocks, in the "Examples:" of `--help` and in the EXAMPLES of the manual
//! pages is taken from those files (so a new example is tested without
//! being listed here), run through `sh` against the synced sample in a
//! throwaway home, and must answer something. The few that cannot run
//! against the sample are listed below with the reason.

mod common;

use common::{s, Env};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Shown in the docs but not run, and why: each entry is matched against
/// the start of the command, or anywhere in it when it starts with `|`.
const SKIPPED: &[(&str, &str)] = &[
    (
        "tldops publish ",
        "signs with the secretariat's secret key, which a member does not have (tests/publish.rs signs with the test key)",
    ),
    (
        "tldops trust remove ",
        "unpins the sample key, and every later example would have nothing to answer from (tests/rotation.rs removes keys)",
    ),
    (
        "tldops cosign ",
        "adds a second staff member's signature with their secret key, to a mailing only `publish` makes (tests/publish.rs cosigns with the test keys)",
    ),
    ("| lp", "needs a printer"),
];

/// Exit statuses other than 0 that are the true answer on the sample.
const EXPECTED_STATUS: &[(&str, i32, &str)] = &[(
    "tldops doctor",
    1,
    "the sample pins one key per directory, and doctor names that as a problem: no backup key to rotate to",
)];

fn sample(name: &str) -> PathBuf {
    common::root().join("data/sample").join(name)
}

/// The commands of the README's fenced code blocks.
fn readme_commands() -> Vec<String> {
    let text = std::fs::read_to_string(common::root().join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut in_block = false;
    let mut pending: Option<String> = None;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if !in_block {
            continue;
        }
        let line = strip_comment(line.trim());
        if let Some(mut p) = pending.take() {
            p.push(' ');
            p.push_str(line.trim_end_matches('\\').trim());
            if line.ends_with('\\') {
                pending = Some(p);
            } else {
                out.push(p);
            }
            continue;
        }
        if line.starts_with("tldops ") || line == "tldops" {
            if line.ends_with('\\') {
                pending = Some(line.trim_end_matches('\\').trim().to_string());
            } else {
                out.push(line.to_string());
            }
        }
    }
    out
}

/// A shell comment after a command: ` # ...` outside quotes.
fn strip_comment(line: &str) -> &str {
    match line.find(" #") {
        Some(i) if !line[..i].contains('\'') && !line[..i].contains('"') => line[..i].trim_end(),
        _ => line,
    }
}

/// Every page and its command path, from `tldops man --list`.
fn pages(env: &Env) -> Vec<Vec<String>> {
    let r = env.run(&["man", "--list"]);
    r.ok();
    r.stdout
        .lines()
        .map(|l| l.split(' ').skip(1).map(str::to_string).collect())
        .collect()
}

/// The "Examples:" of every command's `--help`.
fn help_commands(env: &Env) -> Vec<String> {
    let mut out = Vec::new();
    for path in pages(env) {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let r = env.run(&args);
        r.ok();
        let mut in_examples = false;
        for line in r.stdout.lines() {
            if !line.starts_with(' ') {
                in_examples = line == "Examples:";
                continue;
            }
            // A line clap wrapped goes on a deeper indent, and is no command.
            if in_examples && line.trim_start().starts_with("tldops") {
                let line = line.trim();
                let command = line.find("  ").map_or(line, |i| &line[..i]);
                out.push(command.to_string());
            }
        }
    }
    out
}

/// The EXAMPLES of every committed manual page.
fn man_commands() -> Vec<String> {
    let mut out = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(common::root().join("completions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "1"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let mut in_examples = false;
        let mut after_tp = false;
        for line in text.lines() {
            if line.starts_with(".SH") {
                in_examples = line == ".SH EXAMPLES";
                continue;
            }
            if in_examples && after_tp {
                out.push(unroff(line));
            }
            after_tp = line == ".TP";
        }
    }
    out
}

/// Roff text back to what a reader types.
fn unroff(line: &str) -> String {
    line.replace("\\fB", "")
        .replace("\\fR", "")
        .replace("\\fI", "")
        .replace("\\*(Aq", "'")
        .replace("\\(aq", "'")
        .replace("\\-", "-")
        .replace("\\e", "\\")
}

/// A home holding what the examples name: the keys as a member saves them,
/// the list's mail where the examples say it is, one mailing; with both
/// sample directories pinned and synced.
fn sample_home() -> (Env, PathBuf) {
    let env = Env::new();
    let home = env.path("home");
    std::fs::create_dir_all(home.join("Mail")).unwrap();
    std::fs::copy(sample("tld-ops.mbox"), home.join("Mail/tld-ops")).unwrap();
    // The config a member would write, for `tldops sync` with no source.
    env.write("config/config.toml", b"sources = [\"~/Mail/tld-ops\"]\n");
    env.run(&["trust", "add", s(&sample("FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"))])
        .ok();
    env.run(&[
        "trust",
        "add",
        s(&sample("FICTIONAL-SAMPLE-KEY-regional.cert.asc")),
        "--directory",
        "AFTLD",
    ])
    .ok();
    env.run(&["sync", s(&sample("tld-ops.mbox")), s(&sample("regional.mbox"))])
        .ok();
    (env, home)
}

/// The newest snapshot mailing of the sample, as one message.
fn one_mailing() -> Vec<u8> {
    let mbox = std::fs::read_to_string(sample("tld-ops.mbox")).unwrap();
    let message = mbox
        .split("\nFrom ")
        .find(|m| m.contains("Subject: [TLD-OPS] Contact repository, serial 118"))
        .expect("serial 118 in the sample mailbox");
    let body = message.split_once('\n').map(|(_, rest)| rest).unwrap();
    body.as_bytes().to_vec()
}

/// A working directory for one command, holding the files examples name.
fn workdir(home: &Path, n: usize) -> PathBuf {
    let dir = home.join(format!("run-{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        sample("FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"),
        dir.join("tld-ops-secretariat.asc"),
    )
    .unwrap();
    std::fs::copy(sample("FICTIONAL-SAMPLE-KEY-regional.cert.asc"), dir.join("aftld.asc")).unwrap();
    std::fs::write(dir.join("mailing.eml"), one_mailing()).unwrap();
    // Evidence for `route`: a feed and a log naming hosts under sample ccTLDs.
    std::fs::write(
        dir.join("abuse-feed.csv"),
        "first_seen,url\n2026-11-01,hxxps://login.bank.co[.]tz/verify\n2026-11-01,http://mail.example.ke/x\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("incident.log"),
        "Nov  1 06:00 resolver: query for ns2.nic.example.tz from 192.0.2.1\n",
    )
    .unwrap();
    dir
}

struct Outcome {
    code: i32,
    stdout: Vec<u8>,
    stderr: String,
}

fn run(env: &Env, home: &Path, dir: &Path, command: &str) -> Outcome {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_tldops"));
    let mut c = Command::new("sh");
    c.arg("-c").arg(command);
    // The same hermetic environment as every other test, in the throwaway home.
    for (k, v) in env.command().get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    let path = format!("{}:/usr/bin:/bin", bin.parent().unwrap().display());
    let out = c
        .env("HOME", home)
        .env("PATH", path)
        .env_remove("PAGER")
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The file an example writes with `-o FILE` (not `-`), if any.
fn output_file(command: &str) -> Option<&str> {
    let words: Vec<&str> = command.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[0] == "-o" || w[0] == "--output")
        .map(|w| w[1])
        .filter(|f| *f != "-")
}

#[test]
fn every_documented_command_answers_on_the_sample() {
    let (env, home) = sample_home();
    let mut seen = BTreeSet::new();
    let mut commands = Vec::new();
    for (source, list) in [
        ("README.md", readme_commands()),
        ("--help", help_commands(&env)),
        ("a manual page", man_commands()),
    ] {
        assert!(!list.is_empty(), "no command found in {source}");
        for c in list {
            if seen.insert(c.clone()) {
                commands.push((source, c));
            }
        }
    }
    // Each place must show the README's basics, so the extraction is known to work.
    for must in ["tldops find .tz", "tldops find tanzania", "tldops show .tz"] {
        assert!(seen.contains(must), "`{must}` was not found in the docs");
    }
    let mut failures = Vec::new();
    let mut ran = 0;
    for (n, (source, command)) in commands.iter().enumerate() {
        if let Some((_, why)) = SKIPPED.iter().find(|(p, _)| match p.strip_prefix('|') {
            Some(_) => command.contains(p),
            None => command.starts_with(p),
        }) {
            println!("skipped ({source}): {command}\n    because it {why}");
            continue;
        }
        let dir = workdir(&home, n);
        let out = run(&env, &home, &dir, command);
        ran += 1;
        let expected = EXPECTED_STATUS
            .iter()
            .find(|(c, _, _)| c == command)
            .map_or(0, |(_, code, _)| *code);
        let written = output_file(command).map(|f| std::fs::metadata(dir.join(f)).map(|m| m.len()).unwrap_or(0));
        let answered = match written {
            Some(bytes) => bytes > 0,
            None => !out.stdout.is_empty() || !out.stderr.trim().is_empty(),
        };
        if out.code != expected || !answered {
            failures.push(format!(
                "`{command}` (from {source}): exit {} (wanted {expected}), {} bytes on stdout{}\n{}",
                out.code,
                out.stdout.len(),
                written.map(|b| format!(", {b} bytes written")).unwrap_or_default(),
                out.stderr
            ));
        }
    }
    assert!(ran >= 30, "only {ran} commands ran");
    assert!(
        failures.is_empty(),
        "{} of {ran} documented commands do not answer on the sample:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_extraction_reads_blocks_comments_and_continuations() {
    assert_eq!(strip_comment("tldops find .tz    # who to call"), "tldops find .tz");
    assert_eq!(
        strip_comment("tldops trust remove 'AB # CD'"),
        "tldops trust remove 'AB # CD'"
    );
    assert_eq!(
        unroff("\\fBtldops trust remove \\*(AqBF03 6CF3\\*(Aq \\-\\-directory X\\fR"),
        "tldops trust remove 'BF03 6CF3' --directory X"
    );
    let readme = readme_commands();
    assert!(
        readme
            .iter()
            .any(|c| c.starts_with("tldops publish roster.csv --serial 120 --key") && c.contains("--note cover.txt")),
        "a command continued with \\ is read whole: {readme:?}"
    );
}
