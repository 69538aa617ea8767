//! `tldops paths` and `tldops example-config`: where everything is and why.

use crate::config::{Config, EXAMPLE};
use crate::error::exit;
use anyhow::Result;

pub fn run(config: &Config) -> Result<i32> {
    let labels = [
        crate::tr!("paths-config"),
        crate::tr!("paths-data"),
        crate::tr!("paths-database"),
        crate::tr!("paths-language"),
        crate::tr!("paths-keys"),
        crate::tr!("paths-journal"),
        crate::tr!("paths-clock"),
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
    let line = |label: &str, text: String| -> Result<()> {
        out!("{label:<width$}{text}");
        Ok(())
    };
    let c = &config.config_file;
    let origin = Config::origin_words(c.origin);
    let config_line = if config.config_found {
        crate::tr!("paths-from", path = c.path.display().to_string(), origin = origin)
    } else {
        crate::tr!(
            "paths-from-absent",
            path = c.path.display().to_string(),
            origin = origin
        )
    };
    line(&labels[0], config_line)?;
    line(
        &labels[1],
        crate::tr!(
            "paths-from",
            path = config.data_dir.path.display().to_string(),
            origin = Config::origin_words(config.data_dir.origin)
        ),
    )?;
    line(&labels[2], config.database().display().to_string())?;
    let lang_origin = match crate::i18n::current_origin() {
        "the default" => crate::tr!("paths-language-default"),
        other => Config::origin_words(other),
    };
    line(
        &labels[3],
        crate::tr!("paths-from", path = crate::i18n::current().code(), origin = lang_origin),
    )?;
    line(&labels[4], crate::tr!("paths-keys-where"))?;
    line(
        &labels[5],
        crate::tr!(
            "paths-journal-where",
            path = crate::publish::journal::Journal::path(&config.data_dir.path)
                .display()
                .to_string()
        ),
    )?;
    if config.now_fixed {
        line(
            &labels[6],
            crate::tr!("paths-clock-fixed", time = config.now.to_rfc3339()),
        )?;
    }
    Ok(exit::OK)
}

pub fn example() -> Result<i32> {
    print!("{EXAMPLE}");
    Ok(exit::OK)
}
