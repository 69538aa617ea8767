//! `tldops completions` and `tldops man`: generated from the command-line
//! definition and its help, the same text that is committed under
//! completions/ (the manual pages in English there, in French under
//! completions/fr/). Completions are English in every language.

use crate::cli::{Cli, Shell};
use crate::error::exit;
use crate::help::{self, text};
use crate::i18n::{self, Lang};
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
    clap_complete::generate(s, &mut help::tree(Lang::En), "tldops", &mut text);
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
    let lang = i18n::current();
    let Some(text) = page(command, lang)? else {
        return Err(crate::error::usage(&help::text_with(
            lang,
            "help-page-none",
            &[("command", command.join(" "))],
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

/// The page of the command at `path` (empty: the overview) in `lang`, or
/// `None` when there is no such command.
fn page(path: &[String], lang: Lang) -> Result<Option<Vec<u8>>> {
    Ok(page_words(path, lang)?.map(|p| titles(&p, lang).into_bytes()))
}

fn page_words(path: &[String], lang: Lang) -> Result<Option<String>> {
    // Pages document commands, not clap's `help` subcommand.
    let root = help::tree(lang)
        .disable_help_subcommand(true)
        .mut_subcommand("trust", |t| t.disable_help_subcommand(true));
    let root = help::built(root, lang);
    let version = format!("tldops {}", env!("CARGO_PKG_VERSION"));
    let mut text = Vec::new();
    if path.is_empty() {
        let man = clap_mangen::Man::new(root).source(version);
        man.render(&mut text)?;
        text.extend(environment(lang).render().into_bytes());
        return Ok(Some(String::from_utf8_lossy(&text).into_owned()));
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
    text.extend(sections(&help, path, lang).into_bytes());
    Ok(Some(String::from_utf8_lossy(&text).into_owned()))
}

/// The words clap_mangen writes in English, in `lang`: section titles and
/// what follows an option's help.
fn titles(page: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return page.to_string();
    }
    let title = |id: &str| roff_title(&text(lang, id));
    let possible = format!("\\fI{}\\fR", text(lang, "help-clap-possible-values-long"));
    let mut out = String::with_capacity(page.len());
    for line in page.split_inclusive('\n') {
        let (body, end) = line.strip_suffix('\n').map_or((line, ""), |b| (b, "\n"));
        let body = match body {
            ".SH NAME" => format!(".SH {}", title("help-page-name")),
            ".SH SUBCOMMANDS" => format!(".SH {}", title("help-page-subcommands")),
            _ => body
                .replace("[default: ", &text(lang, "help-clap-default"))
                .replace("\\fIPossible values:\\fR", &possible),
        };
        out.push_str(&body);
        out.push_str(end);
    }
    out
}

/// A section title as `.SH` takes it: quoted when it has a space.
fn roff_title(title: &str) -> String {
    if title.contains(' ') {
        format!("\"{title}\"")
    } else {
        title.to_string()
    }
}

/// EXAMPLES and EXIT STATUS, from the help's "Examples:" and "Exit status:"
/// blocks, then ENVIRONMENT and SEE ALSO.
fn sections(help: &str, path: &[String], lang: Lang) -> String {
    use roff::{bold, roman, Roff};
    let mut r = Roff::new();
    let mut examples = Vec::new();
    let mut status = Vec::new();
    let mut block = "";
    let examples_heading = text(lang, "help-page-examples-heading");
    let status_heading = text(lang, "help-page-exit-status-heading");
    for line in help.lines() {
        if !line.starts_with(' ') && line.ends_with(':') {
            block = line;
            continue;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if block == examples_heading {
            examples.push(example(line));
        } else if block == status_heading {
            status.push(line.to_string());
        }
    }
    if !examples.is_empty() {
        r.control("SH", [text(lang, "help-page-examples").as_str()]);
        for (command, what) in examples {
            r.control("TP", []);
            r.text([bold(command)]);
            r.text([roman(what)]);
        }
    }
    if !status.is_empty() {
        r.control("SH", [text(lang, "help-page-exit-status").as_str()]);
        r.text([roman(status.join(" "))]);
        r.control("PP", []);
        r.text([roman(text(lang, "help-page-exit-codes"))]);
    }
    let mut env = environment(lang);
    if path.first().is_some_and(|p| p == "find" || p == "show") {
        env.control("TP", []);
        env.text([bold("PAGER"), roman(", "), bold("LESS")]);
        env.text([roman(text(lang, "help-page-env-pager"))]);
    }
    let mut see = Roff::new();
    see.control("SH", [text(lang, "help-page-see-also").as_str()]);
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
fn environment(lang: Lang) -> roff::Roff {
    use roff::{bold, roman, Roff};
    let mut r = Roff::new();
    r.control("SH", [text(lang, "help-page-environment").as_str()]);
    let vars = [
        ("TLDOPS_CONFIG", "help-page-env-config"),
        ("TLDOPS_CONFIG_DIR", "help-page-env-config-dir"),
        ("TLDOPS_DATA_DIR", "help-page-env-data-dir"),
        ("TLDOPS_NOW", "help-page-env-now"),
        ("NO_COLOR", "help-page-env-no-color"),
        ("COLUMNS", "help-page-env-columns"),
    ];
    for (name, id) in vars {
        r.control("TP", []);
        r.text([bold(name)]);
        r.text([roman(text(lang, id))]);
    }
    r
}
