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

pub fn man(out: &mut dyn Write) -> Result<i32> {
    let mut text = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut text)?;
    out.write_all(&text)?;
    Ok(exit::OK)
}
