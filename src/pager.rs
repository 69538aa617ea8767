//! Long answers on a terminal go through the reader's pager, as git's do:
//! `$PAGER` (else `less`), with `LESS=FRX` unless `LESS` is set, so an
//! answer that fits on one screen is printed and left there. Nothing is
//! paged when standard output is not a terminal, with `--no-pager`, or when
//! `PAGER` is empty or `cat`.

use std::io::{self, IsTerminal, Write};
use std::process::{Command, Stdio};

/// Writes `text` to standard output, through the pager when `allowed`,
/// standard output is a terminal and the text is taller than it.
pub fn show(text: &[u8], allowed: bool) -> io::Result<()> {
    let stdout = io::stdout();
    if allowed && stdout.is_terminal() && taller_than_screen(text) {
        if let Some(pager) = pager() {
            if let Ok(()) = through(&pager, text) {
                return Ok(());
            }
        }
    }
    let mut out = stdout.lock();
    out.write_all(text)?;
    out.flush()
}

/// The pager command, or none when the reader asked for none.
fn pager() -> Option<String> {
    let pager = match std::env::var("PAGER") {
        Ok(p) => p,
        Err(_) => "less".to_string(),
    };
    let p = pager.trim();
    (!p.is_empty() && p != "cat").then(|| p.to_string())
}

fn taller_than_screen(text: &[u8]) -> bool {
    let lines = text.iter().filter(|b| **b == b'\n').count();
    match terminal_size::terminal_size_of(io::stdout()) {
        Some((_, terminal_size::Height(rows))) if rows > 0 => lines >= usize::from(rows),
        // A terminal of unknown height: let the pager judge (less -F).
        _ => true,
    }
}

/// Runs the pager through the shell, as git does, and waits for it. A
/// reader who quits early closes the pipe: that is not an error.
fn through(pager: &str, text: &[u8]) -> io::Result<()> {
    let mut cmd = Command::new("sh");
    cmd.arg("-c").arg(pager).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    let mut child = cmd.spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        match stdin.write_all(text) {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                let _ = child.wait();
                return Err(e);
            }
            _ => {}
        }
    }
    child.wait()?;
    Ok(())
}
