//! Exit codes, and the one place errors become words on standard error.

use std::io;

/// Documented exit codes (see the README).
pub mod exit {
    /// Success.
    pub const OK: i32 = 0;
    /// Nothing found.
    pub const NOT_FOUND: i32 = 1;
    /// The command line was wrong.
    pub const USAGE: i32 = 2;
    /// At least one snapshot was rejected (others may have been stored).
    pub const REJECTED: i32 = 3;
    /// Two different snapshots carry one serial: a key was misused.
    pub const EQUIVOCATION: i32 = 4;
    /// A source could not be read (the rest of the sync still happened).
    pub const INPUT: i32 = 5;
    /// Anything else: the database, the config, a file that cannot be written.
    pub const FAILURE: i32 = 6;
    /// `publish` or `cosign` refused: the roster, the journal or the
    /// self-check said no, and nothing was written.
    pub const REFUSED: i32 = 7;
}

/// An error that already said what it had to say and only carries its exit code.
#[derive(Debug)]
pub struct Quiet(pub i32);

impl std::fmt::Display for Quiet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "exit {}", self.0)
    }
}

impl std::error::Error for Quiet {}

/// A command-line mistake: said as `tldops: MESSAGE`, exit 2. A command
/// whose output format has its own place for messages (mutt's first line)
/// catches it and says it there.
#[derive(Debug)]
pub struct Misuse(pub String);

impl std::fmt::Display for Misuse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Misuse {}

/// A usage error, to return: exit 2 with the message.
pub fn usage(message: &str) -> anyhow::Error {
    Misuse(message.to_string()).into()
}

/// Maps an error out of a command to its message and exit code. A closed
/// pipe is a quiet success.
pub fn report(err: &anyhow::Error) -> i32 {
    if let Some(Quiet(code)) = err.downcast_ref::<Quiet>() {
        return *code;
    }
    if let Some(Misuse(message)) = err.downcast_ref::<Misuse>() {
        eprintln!("tldops: {}", crate::term::sanitize(message));
        return exit::USAGE;
    }
    if err
        .chain()
        .filter_map(|e| e.downcast_ref::<io::Error>())
        .any(|e| e.kind() == io::ErrorKind::BrokenPipe)
    {
        return exit::OK;
    }
    let msg = crate::tr!("error-said", message = causes(err.chain().map(|c| c.to_string())));
    // Line by line, so a multi-line message (a TOML error) stays readable.
    let lines: Vec<String> = msg.trim_end().lines().map(crate::term::sanitize).collect();
    eprintln!("{}", lines.join("\n  "));
    exit::FAILURE
}

/// An error's words and each of its causes after it, joined as the
/// language in use joins a cause to what it caused.
pub fn causes(words: impl IntoIterator<Item = String>) -> String {
    let mut words = words.into_iter();
    let first = words.next().unwrap_or_default();
    words.fold(first, |message, cause| {
        crate::tr!("error-cause", message = message, cause = cause)
    })
}
