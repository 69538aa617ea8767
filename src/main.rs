//! tldops: the TLD-OPS contact directory, signed, offline, on your own disk.

use clap::Parser;
use std::process::ExitCode;
use tldops::cli::{Cli, Command};
use tldops::{cmd, config, error, help, i18n};

fn main() -> ExitCode {
    // The plain command line parses; only help and usage errors get words.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => help::exit(e, &args),
    };
    let flag = cli.lang.as_deref().and_then(i18n::Lang::parse);
    i18n::set(i18n::choose(flag, i18n::process_env, None));
    let code = match run(&cli) {
        Ok(code) => code,
        Err(e) => error::report(&e),
    };
    // Exit codes are the documented ones in `error::exit`, all below 256.
    ExitCode::from(u8::try_from(code).unwrap_or(u8::MAX))
}

fn run(cli: &Cli) -> anyhow::Result<i32> {
    // What needs no config runs first, so a broken config cannot stop it.
    let resolved;
    let config = match &cli.command {
        Command::ExampleConfig => return cmd::paths::example(),
        Command::Completions { shell } => return cmd::completions::completions(*shell, &mut std::io::stdout()),
        Command::Man { command, list } => {
            speak_as_configured(cli);
            return cmd::completions::man(command, *list, &mut std::io::stdout());
        }
        Command::Doctor => {
            speak_as_configured(cli);
            return cmd::doctor::run(cli);
        }
        _ => match config::Config::resolve(cli) {
            Ok(c) => {
                speak(cli, &c);
                resolved = c;
                &resolved
            }
            Err(e) => return cmd::find::unconfigured(&cli.command, e),
        },
    };
    match &cli.command {
        Command::Find(args) => cmd::find::run(config, args),
        Command::Route(args) => cmd::route::run(config, args),
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
        Command::Cosign(args) => cmd::cosign::run(config, args),
        Command::Paths => cmd::paths::run(config),
        Command::ExampleConfig | Command::Completions { .. } | Command::Man { .. } | Command::Doctor => {
            Ok(error::exit::OK)
        }
    }
}

/// Words in the language asked for: `--lang`, then the locale, then the
/// config file's `lang`.
fn speak(cli: &Cli, config: &config::Config) {
    let flag = cli.lang.as_deref().and_then(i18n::Lang::parse);
    i18n::set(i18n::choose(flag, i18n::process_env, config.lang));
}

/// `speak`, for a command that runs without a config: the config file's
/// language counts when the file can be read, and only then.
fn speak_as_configured(cli: &Cli) {
    if let Ok(config) = config::Config::resolve(cli) {
        speak(cli, &config);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn cli_is_well_formed() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
        for lang in tldops::i18n::Lang::ALL {
            tldops::help::tree(lang).debug_assert();
        }
    }
}
