//! `--help`, clap's usage errors and the manual pages in the language in
//! use. The command tree of `cli.rs` carries no text: it gets its words from
//! `i18n/LANG/help.ftl` only when help or an error is about to be shown, so
//! an ordinary run neither parses the help nor builds its texts.

use crate::cli::Cli;
use crate::i18n::{self, Lang};
use clap::builder::{PossibleValue, PossibleValuesParser, StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, Command, CommandFactory};
use std::ffi::OsString;
use std::fmt::Write as _;

/// Help message `id` in `lang` (English where `lang` lacks it), or the id
/// itself when no language has it.
pub fn text(lang: Lang, id: &str) -> String {
    i18n::help(lang, id, None).unwrap_or_else(|| id.to_string())
}

/// Help message `id` in `lang` with its arguments.
pub fn text_with(lang: Lang, id: &str, args: &[(&str, String)]) -> String {
    let mut fluent = i18n::Args::new();
    for (k, v) in args {
        fluent.set(*k, i18n::arg(v.clone()));
    }
    i18n::help(lang, id, Some(&fluent)).unwrap_or_else(|| id.to_string())
}

/// The message id prefix of the command at `path` (`tldops`, `find`,
/// `trust-add`): `help-find-about`, `help-find-arg-format`,
/// `help-find-arg-format-mutt`.
fn prefix(path: &str) -> String {
    format!("help-{path}")
}

fn child(path: &str, name: &str) -> String {
    if path == "tldops" {
        name.to_string()
    } else {
        format!("{path}-{name}")
    }
}

fn arg_prefix(path: &str, arg: &Arg) -> String {
    format!("{}-arg-{}", prefix(path), arg.get_id().as_str().replace('_', "-"))
}

/// The texts a command is given: (what, clap's setter).
const COMMAND_TEXTS: [&str; 4] = ["about", "long-about", "after-help", "after-long-help"];

/// The command line with every text in `lang`, not yet built.
pub fn tree(lang: Lang) -> Command {
    localise(Cli::command(), "tldops", lang)
}

fn localise(cmd: Command, path: &str, lang: Lang) -> Command {
    let mut cmd = cmd;
    let p = prefix(path);
    for what in COMMAND_TEXTS {
        if let Some(s) = i18n::help(lang, &format!("{p}-{what}"), None) {
            cmd = match what {
                "about" => cmd.about(s),
                "long-about" => cmd.long_about(s),
                "after-help" => cmd.after_help(s),
                _ => cmd.after_long_help(s),
            };
        }
    }
    if lang != Lang::En && cmd.has_subcommands() {
        // Said once per help shown: clap keeps names as `&'static str`.
        let name: &'static str = Box::leak(text(lang, "help-clap-command-placeholder").into_boxed_str());
        cmd = cmd.subcommand_value_name(name);
    }
    cmd = cmd.mut_args(|a| localise_arg(a, path, lang));
    cmd.mut_subcommands(|s| {
        let sub = child(path, s.get_name());
        localise(s, &sub, lang)
    })
}

fn localise_arg(arg: Arg, path: &str, lang: Lang) -> Arg {
    let p = arg_prefix(path, &arg);
    let mut arg = arg;
    if let Some(s) = i18n::help(lang, &p, None) {
        arg = arg.help(s);
    }
    if let Some(s) = i18n::help(lang, &format!("{p}-long"), None) {
        arg = arg.long_help(s);
    }
    let values: Vec<PossibleValue> = arg
        .get_value_parser()
        .possible_values()
        .map(Iterator::collect)
        .unwrap_or_default();
    let helped: Vec<Option<String>> = values
        .iter()
        .map(|v| i18n::help(lang, &format!("{p}-{}", v.get_name()), None))
        .collect();
    if helped.iter().any(Option::is_some) {
        // Only ever rendered, never parsed into the typed `Cli`: strings do.
        let values = values.into_iter().zip(helped).map(|(v, h)| match h {
            Some(h) => v.help(h),
            None => v,
        });
        arg = arg.value_parser(PossibleValuesParser::new(values));
    }
    arg
}

/// The command line in `lang`, built: clap's own flags and `help`
/// subcommand in `lang` too.
pub fn built(cmd: Command, lang: Lang) -> Command {
    let mut cmd = cmd;
    cmd.build();
    if lang == Lang::En {
        // clap's own words are English already.
        return cmd;
    }
    builtins(cmd, lang)
}

fn builtins(cmd: Command, lang: Lang) -> Command {
    let generated_help =
        cmd.get_name() == "help" && cmd.get_about().is_some_and(|a| a.to_string().starts_with("Print"));
    let mut cmd = cmd.mut_args(|a| match (a.get_id().as_str(), a.get_action()) {
        ("help", clap::ArgAction::Help) if a.get_long_help().is_some() => a
            .help(text(lang, "help-clap-help"))
            .long_help(text(lang, "help-clap-help-long")),
        ("help", clap::ArgAction::Help) => a.help(text(lang, "help-clap-help-short")),
        ("version", clap::ArgAction::Version) => a.help(text(lang, "help-clap-version")),
        ("subcommand", _) if generated_help => a.help(text(lang, "help-clap-help-command-arg")),
        _ => a,
    });
    if generated_help {
        cmd = cmd.about(text(lang, "help-clap-help-command"));
    }
    cmd.mut_subcommands(|s| builtins(s, lang))
}

/// Every help id the command line looks up, and whether it must be there:
/// each visible command's `about` and each visible argument's help.
pub fn lookups() -> Vec<(String, bool)> {
    fn walk(cmd: &Command, path: &str, out: &mut Vec<(String, bool)>) {
        let p = prefix(path);
        for what in COMMAND_TEXTS {
            out.push((format!("{p}-{what}"), what == "about"));
        }
        for arg in cmd.get_arguments() {
            let a = arg_prefix(path, arg);
            out.push((a.clone(), !arg.is_hide_set()));
            out.push((format!("{a}-long"), false));
            for v in arg.get_value_parser().possible_values().into_iter().flatten() {
                out.push((format!("{a}-{}", v.get_name()), false));
            }
        }
        for sub in cmd.get_subcommands() {
            let required = !sub.is_hide_set();
            let mut more = Vec::new();
            walk(sub, &child(path, sub.get_name()), &mut more);
            out.extend(more.into_iter().map(|(id, r)| (id, r && required)));
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), "tldops", &mut out);
    out
}

/// The language help and errors are shown in, chosen as for everything
/// else: `--lang` as written in `args` (clap has not read it: that failed),
/// the locale variables, `lang` in the config file, English.
pub fn language(args: &[OsString]) -> i18n::Choice {
    let flag = flag(args, "--lang").as_deref().and_then(Lang::parse);
    let choice = i18n::choose(flag, i18n::process_env, None);
    if flag.is_some() || choice.lang != Lang::En || choice.origin != "the default" {
        return choice;
    }
    i18n::choose(None, i18n::process_env, config_lang(args))
}

/// The value of `--NAME VALUE` or `--NAME=VALUE` in `args`, before any `--`.
fn flag(args: &[OsString], name: &str) -> Option<String> {
    let mut args = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = args.next() {
        if a == "--" {
            break;
        }
        if a == name {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix(name).and_then(|r| r.strip_prefix('=')) {
            return Some(v.to_string());
        }
    }
    None
}

/// `lang` in the config file the command line names (or the default one).
fn config_lang(args: &[OsString]) -> Option<Lang> {
    let config = flag(args, "--config")
        .or_else(|| i18n::process_env("TLDOPS_CONFIG"))
        .map(std::path::PathBuf::from);
    let cli = Cli {
        config,
        data_dir: None,
        color: crate::cli::ColorChoice::Never,
        no_pager: true,
        lang: None,
        command: crate::cli::Command::Paths,
    };
    crate::config::Config::resolve(&cli).ok().and_then(|c| c.lang)
}

/// Shows what clap stopped at (help, or a usage error) in the language
/// chosen, and exits as clap does: help on standard output with 0, an error
/// on standard error with 2. `--version` is said as clap says it.
pub fn exit(err: clap::Error, args: &[OsString]) -> ! {
    if err.kind() == ErrorKind::DisplayVersion {
        err.exit();
    }
    let choice = language(args);
    i18n::set(choice);
    let lang = choice.lang;
    let mut cmd = built(tree(lang), lang);
    let err = match cmd.try_get_matches_from_mut(args) {
        Err(e) => e,
        Ok(_) => err,
    };
    if lang == Lang::En {
        err.exit();
    }
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let styled = err.render();
            let to_stderr = err.use_stderr();
            let coloured = colour(to_stderr);
            let text = if coloured {
                styled.ansi().to_string()
            } else {
                styled.to_string()
            };
            let text = clap_words(&text, lang);
            let _ = if to_stderr {
                std::io::Write::write_all(&mut std::io::stderr(), text.as_bytes())
            } else {
                std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())
            };
            std::process::exit(err.exit_code());
        }
        _ => err.apply::<Localised>().exit(),
    }
}

/// Whether help goes out in colour, as clap's `auto` decides it.
fn colour(stderr: bool) -> bool {
    use std::io::IsTerminal;
    let terminal = if stderr {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    };
    terminal && i18n::process_env("NO_COLOR").is_none()
}

/// clap's own words in help, in `lang`: headings and the brackets after an
/// option's help.
pub fn clap_words(said: &str, lang: Lang) -> String {
    const WORDS: [(&str, &str); 10] = [
        ("Usage:", "help-clap-usage"),
        ("Commands:", "help-clap-commands"),
        ("Arguments:", "help-clap-arguments"),
        ("Options:", "help-clap-options"),
        ("[default: ", "help-clap-default"),
        ("[possible values: ", "help-clap-possible-values"),
        ("Possible values:", "help-clap-possible-values-long"),
        ("[aliases: ", "help-clap-aliases"),
        ("[alias: ", "help-clap-aliases"),
        ("[env: ", "help-clap-env"),
    ];
    let mut out = said.to_string();
    if lang == Lang::En {
        return out;
    }
    for (english, id) in WORDS {
        out = replace_wrapped(&out, english, &text(lang, id));
    }
    out
}

/// Replaces `english` in `text` by `said`, also where clap wrapped the line
/// at one of its spaces: the break then goes before the replacement.
fn replace_wrapped(text: &str, english: &str, said: &str) -> String {
    let words: Vec<&str> = english.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(words[0]) {
        let mut end = at + words[0].len();
        let mut wrap: Option<&str> = None;
        let mut matched = true;
        for word in &words[1..] {
            let gap = rest[end..].len() - rest[end..].trim_start_matches([' ', '\n']).len();
            let spaces = &rest[end..end + gap];
            // One space, or a line break with the indent clap wraps to.
            let ok = spaces == " " || (spaces.starts_with('\n') && spaces[1..].chars().all(|c| c == ' '));
            if word.is_empty() && spaces == " " {
                end += 1;
                continue;
            }
            if !ok || !rest[end + gap..].starts_with(word) {
                matched = false;
                break;
            }
            if spaces != " " {
                wrap = Some(spaces);
            }
            end += gap + word.len();
        }
        if !matched {
            out.push_str(&rest[..at + words[0].len()]);
            rest = &rest[at + words[0].len()..];
            continue;
        }
        match wrap {
            Some(indent) => {
                out.push_str(rest[..at].trim_end_matches(' '));
                out.push_str(indent);
            }
            None => out.push_str(&rest[..at]),
        }
        out.push_str(said);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// clap's usage errors in the language in use, by kind and context; what
/// it carries no context for keeps clap's English.
pub struct Localised;

impl ErrorFormatter for Localised {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = i18n::current();
        let styles = Styles::styled();
        let (bad, good, lit, err) = (
            *styles.get_invalid(),
            *styles.get_valid(),
            *styles.get_literal(),
            *styles.get_error(),
        );
        let paint = |style: clap::builder::styling::Style, s: &str| format!("{style}{s}{style:#}");
        let string = |kind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let strings = |kind| match error.get(kind) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let t = |id: &str, args: &[(&str, String)]| text_with(lang, id, args);
        let list = |name: &str, values: Vec<String>| {
            if values.is_empty() {
                return String::new();
            }
            let values: Vec<String> = values.iter().map(|v| paint(good, v)).collect();
            format!("\n  {}{}]", t(name, &[]), values.join(", "))
        };
        let mut out = format!("{}{}{} ", err, t("help-clap-error", &[]), err.render_reset());
        let body = match error.kind() {
            ErrorKind::UnknownArgument => {
                string(ContextKind::InvalidArg).map(|a| t("help-clap-unknown-argument", &[("arg", paint(bad, &a))]))
            }
            ErrorKind::InvalidValue => match (string(ContextKind::InvalidArg), string(ContextKind::InvalidValue)) {
                (Some(a), Some(v)) if v.is_empty() => Some(
                    t("help-clap-missing-value", &[("arg", paint(bad, &a))])
                        + &list("help-clap-possible-values", strings(ContextKind::ValidValue)),
                ),
                (Some(a), Some(v)) => Some(
                    t(
                        "help-clap-invalid-value",
                        &[("value", paint(bad, &v)), ("arg", paint(lit, &a))],
                    ) + &list("help-clap-possible-values", strings(ContextKind::ValidValue)),
                ),
                _ => None,
            },
            ErrorKind::ValueValidation => match (string(ContextKind::InvalidArg), string(ContextKind::InvalidValue)) {
                (Some(a), Some(v)) => {
                    let mut s = t(
                        "help-clap-invalid-value",
                        &[("value", paint(bad, &v)), ("arg", paint(lit, &a))],
                    );
                    if let Some(source) = std::error::Error::source(error) {
                        let _ = write!(s, "\u{a0}: {source}");
                    }
                    Some(s)
                }
                _ => None,
            },
            ErrorKind::InvalidSubcommand => string(ContextKind::InvalidSubcommand)
                .map(|s| t("help-clap-unknown-subcommand", &[("name", paint(bad, &s))])),
            ErrorKind::MissingRequiredArgument => {
                let missing = strings(ContextKind::InvalidArg);
                (!missing.is_empty()).then(|| {
                    let mut s = t("help-clap-missing-required", &[]);
                    for m in missing {
                        let _ = write!(s, "\n  {}", paint(good, &m));
                    }
                    s
                })
            }
            ErrorKind::MissingSubcommand => string(ContextKind::InvalidSubcommand).map(|s| {
                t("help-clap-missing-subcommand", &[("name", paint(bad, &s))])
                    + &list("help-clap-subcommands", strings(ContextKind::ValidSubcommand))
            }),
            ErrorKind::ArgumentConflict => string(ContextKind::InvalidArg).map(|a| {
                let prior = error.get(ContextKind::PriorArg);
                if prior == Some(&ContextValue::String(a.clone())) {
                    return t("help-clap-repeated", &[("arg", paint(bad, &a))]);
                }
                let mut s = t("help-clap-conflict", &[("arg", paint(bad, &a))]);
                match prior {
                    Some(ContextValue::Strings(values)) => {
                        s.push_str("\u{a0}:");
                        for v in values {
                            let _ = write!(s, "\n  {}", paint(bad, v));
                        }
                    }
                    Some(ContextValue::String(v)) => {
                        let _ = write!(s, " {}", t("help-clap-quoted", &[("value", paint(bad, v))]));
                    }
                    _ => {
                        let _ = write!(s, " {}", t("help-clap-conflict-others", &[]));
                    }
                }
                s
            }),
            ErrorKind::TooManyValues => match (string(ContextKind::InvalidArg), string(ContextKind::InvalidValue)) {
                (Some(a), Some(v)) => Some(t(
                    "help-clap-too-many-values",
                    &[("value", paint(bad, &v)), ("arg", paint(lit, &a))],
                )),
                _ => None,
            },
            _ => None,
        };
        match body {
            Some(body) => out.push_str(&body),
            None => out.push_str(error.kind().as_str().unwrap_or("?")),
        }
        let tip = |what: &str, values: Vec<String>| {
            let values: Vec<String> = values
                .iter()
                .map(|v| t("help-clap-quoted", &[("value", paint(good, v))]))
                .collect();
            let what = if values.len() == 1 {
                what.to_string()
            } else {
                format!("{what}s")
            };
            format!(
                "\n  {}{}{} {}",
                good,
                t("help-clap-tip", &[]),
                good.render_reset(),
                t(&what, &[("names", values.join(", "))])
            )
        };
        let mut tips = Vec::new();
        for (kind, what) in [
            (ContextKind::SuggestedSubcommand, "help-clap-similar-subcommand"),
            (ContextKind::SuggestedArg, "help-clap-similar-argument"),
            (ContextKind::SuggestedValue, "help-clap-similar-value"),
        ] {
            let values = strings(kind);
            if !values.is_empty() {
                tips.push(tip(what, values));
            }
        }
        if let Some(ContextValue::StyledStrs(suggestions)) = error.get(ContextKind::Suggested) {
            for s in suggestions {
                let plain = s.to_string();
                let said = match (error.kind(), string(ContextKind::InvalidArg)) {
                    (ErrorKind::UnknownArgument, Some(a)) if plain.starts_with("to pass '") => t(
                        "help-clap-as-value",
                        &[("arg", paint(bad, &a)), ("escaped", paint(good, &format!("-- {a}")))],
                    ),
                    _ => s.ansi().to_string(),
                };
                tips.push(format!(
                    "\n  {}{}{} {said}",
                    good,
                    t("help-clap-tip", &[]),
                    good.render_reset()
                ));
            }
        }
        if !tips.is_empty() {
            out.push('\n');
            for tip in tips {
                out.push_str(&tip);
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            out.push_str("\n\n");
            out.push_str(&clap_words(&usage.ansi().to_string(), lang));
        }
        let _ = write!(out, "\n\n{}\n", t("help-clap-more", &[("help", paint(lit, "--help"))]));
        StyledStr::from(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_words_are_replaced_where_clap_wrapped_them() {
        let cases: [(&str, &str, &str, &str); 5] = [
            ("plain", "a [env: X=]", "[env: ", "a [env\u{a0}: X=]"),
            (
                "wrapped at the space",
                "zh [possible\n      values: en]",
                "[possible values: ",
                "zh\n      [valeurs possibles\u{a0}: en]",
            ),
            (
                "wrapped before the value",
                "one [default:\n    table]",
                "[default: ",
                "one\n    [par défaut\u{a0}: table]",
            ),
            ("absent", "nothing here", "[default: ", "nothing here"),
            ("a heading", "Options:\n  -h", "Options:", "Options\u{a0}:\n  -h"),
        ];
        for (name, given, english, want) in cases {
            let id = match english {
                "[env: " => "help-clap-env",
                "[possible values: " => "help-clap-possible-values",
                "[default: " => "help-clap-default",
                _ => "help-clap-options",
            };
            assert_eq!(replace_wrapped(given, english, &text(Lang::Fr, id)), want, "{name}");
        }
    }
}
