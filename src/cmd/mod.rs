//! One file per subcommand; the only layer that writes to standard output.

/// `println!` that returns a closed pipe as an error (a quiet success at the
/// top) instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout(), $($arg)*)?
    }};
}

pub mod completions;
pub mod cosign;
pub mod coverage;
pub mod diff;
pub mod doctor;
pub mod export;
pub mod find;
pub mod history;
pub mod list;
pub mod paths;
pub mod publish;
pub mod qr;
pub mod route;
pub mod sheet;
pub mod show;
pub mod status;
pub mod sync;
pub mod trust;
pub mod verify;
