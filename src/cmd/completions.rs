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
    clap_complete::generate(s, &mut Cli::command(), "tldops", out);
    Ok(exit::OK)
}

pub fn man(out: &mut dyn Write) -> Result<i32> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(exit::OK)
}
