//! tldops: the TLD-OPS contact directory, signed, offline, on your own disk.

mod atomic;
mod cli;
mod cmd;
mod config;
mod contact;
mod diff;
mod error;
mod export;
mod mail;
mod refdata;
mod search;
mod sheet;
mod snapshot;
mod store;
mod term;

use clap::Parser;
use cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let code = match config::Config::resolve(&cli).and_then(|config| run(&config, &cli.command)) {
        Ok(code) => code,
        Err(e) => error::report(&e),
    };
    std::process::exit(code);
}

fn run(config: &config::Config, command: &Command) -> anyhow::Result<i32> {
    match command {
        Command::Find(args) => cmd::find::run(config, args),
        Command::Show(args) => cmd::show::run(config, args),
        Command::List(args) => cmd::list::run(config, args),
        Command::Coverage(args) => cmd::coverage::run(config, args),
        Command::Export(args) => cmd::export::run(config, args),
        Command::Qr(args) => cmd::qr::run(config, args),
        Command::Sheet(args) => cmd::sheet::run(config, args),
        Command::History(args) => cmd::history::run(config, args),
        Command::Diff(args) => cmd::diff::run(config, args),
        Command::Sync(args) => cmd::sync::run(config, args),
        Command::Verify(args) => cmd::verify::run(config, args),
        Command::Status(args) => cmd::status::run(config, args),
        Command::Trust(sub) => cmd::trust::run(config, sub),
        Command::Publish(args) => cmd::publish::run(config, args),
        Command::Paths => cmd::paths::run(config),
        Command::ExampleConfig => cmd::paths::example(),
        Command::Completions { shell } => cmd::completions::completions(*shell, &mut std::io::stdout()),
        Command::Man => cmd::completions::man(&mut std::io::stdout()),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }
}
