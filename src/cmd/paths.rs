//! `tldops paths` and `tldops example-config`: where everything is and why.

use crate::config::{Config, EXAMPLE};
use crate::error::exit;
use anyhow::Result;

pub fn run(config: &Config) -> Result<i32> {
    let c = &config.config_file;
    let found = if config.config_found {
        ""
    } else {
        ", not present: defaults apply"
    };
    out!("config    {} (from {}{found})", c.path.display(), c.origin);
    out!(
        "data      {} (from {})",
        config.data_dir.path.display(),
        config.data_dir.origin
    );
    out!("database  {}", config.database().display());
    out!("keys      pinned in the database (`tldops trust list`)");
    out!(
        "journal   {} (what `tldops publish` sent, for the secretariat)",
        crate::publish::journal::Journal::path(&config.data_dir.path).display()
    );
    if config.now_fixed {
        out!("clock     {} (fixed by TLDOPS_NOW)", config.now.to_rfc3339());
    }
    Ok(exit::OK)
}

pub fn example() -> Result<i32> {
    print!("{EXAMPLE}");
    Ok(exit::OK)
}
