//! Settings from flags, environment, config file and OS conventions, resolved
//! once into a checked `Config` that knows where each path came from. The
//! config file is read forgivingly and never written.

use crate::cli::{Cli, ColorChoice};
use anyhow::{bail, Context, Result};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The commented example config, shown by `tldops example-config`.
pub const EXAMPLE: &str = include_str!("../data/config.example.toml");

/// A path and why it is the one in use.
#[derive(Debug, Clone)]
pub struct Located {
    pub path: PathBuf,
    pub origin: &'static str,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub config_file: Located,
    pub config_found: bool,
    pub data_dir: Located,
    /// Every source: the top-level ones, then each directory's, once each.
    pub sources: Vec<String>,
    /// Why a `sources` line of the config could not be read, if one could
    /// not: only `sync` needs sources, so the rest of the config still
    /// counts and every other command answers.
    pub sources_problem: Option<String>,
    pub thresholds: BTreeMap<String, usize>,
    pub directories: BTreeMap<String, DirectoryConfig>,
    /// The one directory a command answers from (`--directory`), if given.
    pub scope: Option<String>,
    /// For `publish`: the list address each directory's mailings go to.
    pub list_addresses: BTreeMap<String, String>,
    /// For `publish`: the largest serial step without `--force`, by directory.
    pub serial_steps: BTreeMap<String, u64>,
    /// Colour on standard output and on standard error.
    pub color_out: bool,
    pub color_err: bool,
    /// Whether a long answer on a terminal may go through `$PAGER`.
    pub pager: bool,
    /// The clock every rule uses; `TLDOPS_NOW` fixes it for tests and replays.
    pub now: DateTime<Utc>,
    pub now_fixed: bool,
    /// `lang` from the config file, if it names a language tldops speaks.
    pub lang: Option<crate::i18n::Lang>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    sources: Vec<String>,
    data_dir: Option<PathBuf>,
    #[serde(default)]
    directory: BTreeMap<String, RawDirectory>,
    /// The language of messages and of the sheet when neither `--lang` nor
    /// the locale variables name one.
    lang: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDirectory {
    threshold: Option<usize>,
    list_address: Option<String>,
    serial_step: Option<u64>,
    /// How outputs name it when there is more than one directory.
    name: Option<String>,
    /// Where its mailings arrive, read by `sync` with no source.
    #[serde(default)]
    sources: Vec<String>,
    /// The fingerprints of the keys expected to sign it.
    #[serde(default)]
    keys: Vec<String>,
}

/// What the config says of one directory beyond its threshold.
#[derive(Debug, Clone, Default)]
pub struct DirectoryConfig {
    pub name: Option<String>,
    /// Upper-case hex fingerprints.
    pub keys: Vec<String>,
}

impl Config {
    pub fn resolve(cli: &Cli) -> Result<Config> {
        let config_file = match &cli.config {
            Some(p) => Located {
                path: p.clone(),
                origin: "--config or TLDOPS_CONFIG",
            },
            None => match env_path("TLDOPS_CONFIG_DIR") {
                Some(d) => Located {
                    path: d.join("config.toml"),
                    origin: "TLDOPS_CONFIG_DIR",
                },
                None => Located {
                    path: dirs::config_dir()
                        .context(crate::tr!("config-no-config-dir"))?
                        .join("tldops")
                        .join("config.toml"),
                    origin: "the OS default",
                },
            },
        };
        let (raw, config_found, sources_problem) = read_raw(&config_file.path, cli.config.is_some())?;
        let data_dir = if let Some(d) = &cli.data_dir {
            Located {
                path: d.clone(),
                origin: "--data-dir",
            }
        } else if let Some(d) = env_path("TLDOPS_DATA_DIR") {
            Located {
                path: d,
                origin: "TLDOPS_DATA_DIR",
            }
        } else if let Some(d) = raw.data_dir.clone() {
            Located {
                path: expand_home(&d),
                origin: "the config file",
            }
        } else {
            Located {
                path: dirs::data_dir()
                    .context(crate::tr!("config-no-data-dir"))?
                    .join("tldops"),
                origin: "the OS default",
            }
        };
        let mut thresholds = BTreeMap::new();
        let mut list_addresses = BTreeMap::new();
        let mut serial_steps = BTreeMap::new();
        let mut directories = BTreeMap::new();
        let mut sources: Vec<String> = Vec::new();
        for s in raw
            .sources
            .iter()
            .chain(raw.directory.values().flat_map(|d| &d.sources))
        {
            let s = expand_home(Path::new(s)).display().to_string();
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        for (name, d) in &raw.directory {
            crate::snapshot::fields::DirectoryName::parse(name).map_err(|e| {
                anyhow::anyhow!(crate::tr!(
                    "config-directory-name",
                    path = config_file.path.display().to_string(),
                    name = name.as_str(),
                    problem = e.to_string()
                ))
            })?;
            let mut keys = Vec::new();
            for k in &d.keys {
                keys.push(
                    crate::snapshot::fields::Fingerprint::parse(k)
                        .map(|f| f.hex().to_string())
                        .map_err(|e| {
                            anyhow::anyhow!("{}: directory.\"{name}\".keys: {e}", config_file.path.display())
                        })?,
                );
            }
            directories.insert(
                name.clone(),
                DirectoryConfig {
                    name: d.name.clone().filter(|n| !n.trim().is_empty()),
                    keys,
                },
            );
            if let Some(a) = &d.list_address {
                list_addresses.insert(name.clone(), a.clone());
            }
            if let Some(s) = d.serial_step {
                if s == 0 {
                    bail!(crate::tr!(
                        "config-at-least-one",
                        path = config_file.path.display().to_string(),
                        key = format!("directory.\"{name}\".serial_step")
                    ));
                }
                serial_steps.insert(name.clone(), s);
            }
            if let Some(t) = d.threshold {
                if t == 0 {
                    bail!(crate::tr!(
                        "config-at-least-one",
                        path = config_file.path.display().to_string(),
                        key = format!("directory.\"{name}\".threshold")
                    ));
                }
                thresholds.insert(name.clone(), t);
            }
        }
        let lang = match raw.lang.as_deref() {
            None => None,
            Some(l) => Some(crate::i18n::Lang::parse(l).ok_or_else(|| {
                anyhow::anyhow!(crate::tr!(
                    "config-lang",
                    path = config_file.path.display().to_string(),
                    lang = l
                ))
            })?),
        };
        let (now, now_fixed) = match std::env::var("TLDOPS_NOW") {
            Ok(v) if !v.is_empty() => (
                DateTime::parse_from_rfc3339(&v)
                    .with_context(|| crate::tr!("config-now", value = v.as_str()))?
                    .with_timezone(&Utc),
                true,
            ),
            _ => (Utc::now(), false),
        };
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = |tty: bool| match cli.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => !no_color && tty,
        };
        Ok(Config {
            config_file,
            config_found,
            data_dir,
            sources,
            sources_problem,
            thresholds,
            directories,
            scope: cli.command.scope().map(str::to_string),
            list_addresses,
            serial_steps,
            color_out: color(std::io::IsTerminal::is_terminal(&std::io::stdout())),
            color_err: color(std::io::IsTerminal::is_terminal(&std::io::stderr())),
            pager: !cli.no_pager,
            now,
            now_fixed,
            lang,
        })
    }

    /// How outputs name a directory: its display name from the config, or
    /// its own name.
    pub fn display(&self, directory: &str) -> String {
        match self.directories.get(directory).and_then(|d| d.name.as_deref()) {
            Some(name) => format!("{name} ({directory})"),
            None => directory.to_string(),
        }
    }

    /// Why the data directory is the one in use, in words for a message.
    pub fn data_dir_origin(&self) -> String {
        match self.data_dir.origin {
            "the config file" => crate::tr!(
                "origin-data-dir-config",
                path = self.config_file.path.display().to_string()
            ),
            "the OS default" => crate::tr!("origin-data-dir-default"),
            flag_or_env => crate::tr!("origin-data-dir-from", origin = flag_or_env),
        }
    }

    /// Why a path is the one in use, in words: a flag or a variable by its
    /// name, the rest in the language in use.
    pub fn origin_words(origin: &str) -> String {
        match origin {
            "the config file" => crate::tr!("origin-config-file"),
            "the OS default" => crate::tr!("origin-os-default"),
            "--config or TLDOPS_CONFIG" => crate::tr!("origin-config-flag"),
            other => other.to_string(),
        }
    }

    pub fn database(&self) -> PathBuf {
        self.data_dir.path.join("tldops.sqlite3")
    }
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from)
}

fn expand_home(p: &Path) -> PathBuf {
    match (p.strip_prefix("~"), dirs::home_dir()) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => p.to_path_buf(),
    }
}

/// The config file's settings, whether there is one, and why a `sources`
/// line could not be read when that is all that is wrong: that line is
/// left out and the rest is read.
fn read_raw(path: &Path, explicit: bool) -> Result<(RawConfig, bool, Option<String>)> {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok((RawConfig::default(), false, None))
        }
        Err(e) => return Err(e).with_context(|| crate::tr!("config-cannot-read", path = path.display().to_string())),
    };
    match parse_forgiving_sources(&text) {
        Ok((raw, problem)) => Ok((
            raw,
            true,
            problem.map(|p| crate::tr!("config-sources-line", path = path.display().to_string(), problem = p)),
        )),
        Err(e) => Err(e).with_context(|| crate::tr!("config-not-valid", path = path.display().to_string())),
    }
}

/// Parses the config; when the first error lies on a `sources` line (a
/// TOML mistake or a value that is not a list of paths), parses it again
/// without that line, and gives the error back as the problem with sources.
fn parse_forgiving_sources(text: &str) -> Result<(RawConfig, Option<String>), toml::de::Error> {
    let e = match toml::from_str::<RawConfig>(text) {
        Ok(raw) => return Ok((raw, None)),
        Err(e) => e,
    };
    let Some(start) = e.span().map(|s| s.start) else {
        return Err(e);
    };
    let line_start = text[..start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let lines: Vec<&str> = text[line_start..].split_inclusive('\n').collect();
    let is_sources = |l: &str| {
        let l = l.trim_start();
        l.strip_prefix("sources")
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    if !lines.first().is_some_and(|l| is_sources(l)) {
        return Err(e);
    }
    // The line, and the lines of a list it opens and does not close.
    let mut depth = 0i32;
    let mut taken = 0;
    for l in &lines {
        taken += l.len();
        depth += l.matches('[').count() as i32 - l.matches(']').count() as i32;
        if depth <= 0 {
            break;
        }
    }
    let without = format!("{}{}", &text[..line_start], &text[line_start + taken..]);
    match toml::from_str::<RawConfig>(&without) {
        Ok(raw) => {
            let line = text[..start].matches('\n').count() + 1;
            let what = e.message().trim().to_string();
            Ok((
                raw,
                Some(crate::tr!(
                    "config-sources-problem",
                    line = line.to_string(),
                    problem = what
                )),
            ))
        }
        Err(_) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bad_sources_line_is_set_aside_and_the_rest_is_read() {
        let cases = [
            (
                "a string, not a list",
                "sources = \"~/Mail\"\ndata_dir = \"/d\"\n",
                true,
            ),
            ("not TOML", "data_dir = \"/d\"\nsources = ~/Mail/tld-ops\n", true),
            (
                "an unclosed list",
                "sources = [\"~/Mail\",\n  \"x\"\ndata_dir = \"/d\"\n",
                false,
            ),
            (
                "in a directory",
                "data_dir = \"/d\"\n[directory.AFTLD]\nsources = 5\nname = \"AFTLD\"\n",
                true,
            ),
            ("fine", "sources = [\"~/Mail\"]\ndata_dir = \"/d\"\n", true),
        ];
        for (name, text, readable) in cases {
            match super::parse_forgiving_sources(text) {
                Ok((raw, problem)) => {
                    assert!(readable, "{name}");
                    assert_eq!(raw.data_dir.as_deref(), Some(std::path::Path::new("/d")), "{name}");
                    assert_eq!(problem.is_some(), name != "fine", "{name}: {problem:?}");
                }
                Err(_) => assert!(!readable, "{name}"),
            }
        }
        // Anything else wrong is still an error.
        assert!(super::parse_forgiving_sources("data_dir = 5\n").is_err());
        assert!(super::parse_forgiving_sources("sourcesx = 1\n").is_err());
    }

    #[test]
    fn example_config_parses() {
        let raw: super::RawConfig = toml::from_str(super::EXAMPLE).unwrap();
        assert!(raw.sources.is_empty());
    }
}
