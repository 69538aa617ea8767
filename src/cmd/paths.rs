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
    println!("config    {} (from {}{found})", c.path.display(), c.origin);
    println!(
        "data      {} (from {})",
        config.data_dir.path.display(),
        config.data_dir.origin
    );
    println!("database  {}", config.database().display());
    println!("keys      pinned in the database (`tldops trust list`)");
    if config.now_fixed {
        println!("clock     {} (fixed by TLDOPS_NOW)", config.now.to_rfc3339());
    }
    Ok(exit::OK)
}

pub fn example() -> Result<i32> {
    print!("{EXAMPLE}");
    Ok(exit::OK)
}
