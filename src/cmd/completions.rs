//! `tldops completions` and `tldops man`: generated from the command-line
//! definition, the same text that is committed under completions/.

use crate::cli::{Cli, Shell};
use crate::error::exit;
use anyhow::Result;
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<i32> {
    use clap_complete::Shell as S;
    let s = match shell {
        Shell::Bash => S::Bash,
        Shell::Zsh => S::Zsh,
        Shell::Fish => S::Fish,
        Shell::Elvish => S::Elvish,
        Shell::Powershell => S::PowerShell,
    };
    // Into memory first: clap_complete panics on a write error such as a closed pipe.
    let mut text = Vec::new();
    clap_complete::generate(s, &mut Cli::command(), "tldops", &mut text);
    out.write_all(&text)?;
    Ok(exit::OK)
}

/// `tldops man [COMMAND...]`: the overview page, one command's page, or
/// (`--list`) the name of every page.
pub fn man(command: &[String], list: bool, out: &mut dyn Write) -> Result<i32> {
    if list {
        for (name, path) in pages() {
            writeln!(
                out,
                "{}",
                std::iter::once(name).chain(path).collect::<Vec<_>>().join(" ")
            )?;
        }
        return Ok(exit::OK);
    }
    let Some(text) = page(command)? else {
        return Err(crate::error::usage(&crate::tr!(
            "man-no-page",
            command = command.join(" ")
        )));
    };
    out.write_all(&text)?;
    Ok(exit::OK)
}

/// Every manual page: its name and the command path it documents
/// (`tldops`, `tldops-find`, `tldops-trust-add` ...).
pub fn pages() -> Vec<(String, Vec<String>)> {
    fn walk(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
        let name = std::iter::once("tldops")
            .chain(path.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join("-");
        out.push((name, path.clone()));
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &mut Vec::new(), &mut out);
    out
}

/// The page of the command at `path` (empty: the overview), or `None` when
/// there is no such command.
fn page(path: &[String]) -> Result<Option<Vec<u8>>> {
    // Pages document commands, not clap's `help` subcommand.
    let mut root = Cli::command()
        .disable_help_subcommand(true)
        .mut_subcommand("trust", |t| t.disable_help_subcommand(true));
    root.build();
    let version = format!("tldops {}", env!("CARGO_PKG_VERSION"));
    let mut text = Vec::new();
    if path.is_empty() {
        let man = clap_mangen::Man::new(root).source(version);
        man.render(&mut text)?;
        text.extend(environment().render().into_bytes());
        return Ok(Some(text));
    }
    let mut cmd = &root;
    for p in path {
        match cmd.find_subcommand(p) {
            Some(sub) if sub.get_name() != "help" => cmd = sub,
            _ => return Ok(None),
        }
    }
    let name = format!("tldops-{}", path.join("-"));
    let sub = cmd
        .clone()
        .display_name(name.clone())
        .bin_name(format!("tldops {}", path.join(" ")));
    let has_subcommands = sub
        .get_subcommands()
        .any(|s| !s.is_hide_set() && s.get_name() != "help");
    let help = sub.get_after_help().map(|h| h.to_string()).unwrap_or_default();
    let man = clap_mangen::Man::new(sub).title(name).source(version);
    man.render_title(&mut text)?;
    man.render_name_section(&mut text)?;
    man.render_synopsis_section(&mut text)?;
    man.render_description_section(&mut text)?;
    man.render_options_section(&mut text)?;
    if has_subcommands {
        man.render_subcommands_section(&mut text)?;
    }
    text.extend(sections(&help, path).into_bytes());
    Ok(Some(text))
}

/// EXAMPLES and EXIT STATUS, from the help's "Examples:" and "Exit status:"
/// blocks, then ENVIRONMENT and SEE ALSO.
fn sections(help: &str, path: &[String]) -> String {
    use roff::{bold, roman, Roff};
    let mut r = Roff::new();
    let mut examples = Vec::new();
    let mut status = Vec::new();
    let mut block = "";
    for line in help.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            block = line;
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match block {
            "Examples:" => examples.push(example(line)),
            "Exit status:" => status.push(line.to_string()),
            _ => {}
        }
    }
    if !examples.is_empty() {
        r.control("SH", ["EXAMPLES"]);
        for (command, what) in examples {
            r.control("TP", []);
            r.text([bold(command)]);
            r.text([roman(what)]);
        }
    }
    if !status.is_empty() {
        r.control("SH", ["EXIT STATUS"]);
        r.text([roman(status.join(" "))]);
        r.control("PP", []);
        r.text([roman(
            "The exit codes of every command are in tldops(1): 0 success (a closed pipe too); 1 nothing found; \
2 usage; 3 a snapshot was rejected; 4 equivocation; 5 a source could not be read or holds no message; 6 \
any other error.",
        )]);
    }
    let mut env = environment();
    if path.first().is_some_and(|p| p == "find" || p == "show") {
        env.control("TP", []);
        env.text([bold("PAGER"), roman(", "), bold("LESS")]);
        env.text([roman(
            "The pager a long answer on a terminal goes through (less by default, with LESS=FRX unless LESS is set); \
empty or cat for none, like --no-pager.",
        )]);
    }
    let mut see = Roff::new();
    see.control("SH", ["SEE ALSO"]);
    see.text([bold("tldops"), roman("(1)")]);
    r.render() + &env.render() + &see.render()
}

/// `tldops find .tz      who answers` as the command and what it does.
fn example(line: &str) -> (String, String) {
    match line.find("  ") {
        Some(i) => (line[..i].to_string(), line[i..].trim().to_string()),
        None => (line.to_string(), String::new()),
    }
}

/// The ENVIRONMENT section every page shares.
fn environment() -> roff::Roff {
    use roff::{bold, roman, Roff};
    let mut r = Roff::new();
    r.control("SH", ["ENVIRONMENT"]);
    let vars = [
        ("TLDOPS_CONFIG", "The config file to read (as --config)."),
        (
            "TLDOPS_CONFIG_DIR",
            "The directory of config.toml, instead of the OS default (~/.config/tldops).",
        ),
        (
            "TLDOPS_DATA_DIR",
            "The directory of the database, instead of data_dir in the config or the OS default (~/.local/share/tldops); --data-dir overrides it.",
        ),
        (
            "TLDOPS_NOW",
            "An RFC 3339 time that every rule uses as now, for tests and for replaying old mail.",
        ),
        ("NO_COLOR", "When set and not empty, no colour (as --color never)."),
        (
            "COLUMNS",
            "The width tables are laid out in when standard output is not a terminal.",
        ),
    ];
    for (name, what) in vars {
        r.control("TP", []);
        r.text([bold(name)]);
        r.text([roman(what)]);
    }
    r
}
