//! `tldops qr`: a contact straight onto a phone, through its camera.

use super::export::select;
use super::{load_current, usage};
use crate::cli::{QrArgs, QrFormat};
use crate::config::Config;
use crate::error::exit;
use crate::export::{qr::Matrix, vcard};
use anyhow::Result;
use std::io::Write;

pub fn run(config: &Config, args: &QrArgs) -> Result<i32> {
    let current = load_current(config)?;
    let entries = select(&current, &args.query)?;
    if entries.is_empty() {
        eprintln!(
            "tldops: nothing matches `{}`",
            crate::term::sanitize(&args.query.join(" "))
        );
        return Ok(exit::NOT_FOUND);
    }
    let first = entries[0];
    if crate::export::by_cctld(&entries).nth(1).is_some() {
        return Err(usage(
            "the query matches people in several ccTLDs: a QR code holds one person or one ccTLD; narrow the query",
        ));
    }
    let card = vcard::compact(&entries);
    let matrix = Matrix::encode(&card).map_err(|e| usage(&e.to_string()))?;
    let who = if entries.len() == 1 {
        first.contact.name.clone()
    } else {
        format!("{} {}", first.directory, first.dotted())
    };
    match (args.format, &args.output) {
        (QrFormat::Terminal, None) => {
            let mut out = std::io::stdout().lock();
            out.write_all(
                matrix
                    .terminal(config.color_out || std::io::IsTerminal::is_terminal(&std::io::stdout()))
                    .as_bytes(),
            )?;
            out.flush()?;
            eprintln!(
                "tldops: {} ({} bytes of vCard 3.0, {}×{} modules): point a phone camera at it",
                crate::term::sanitize(&who),
                card.len(),
                matrix.width,
                matrix.width
            );
        }
        (QrFormat::Terminal, Some(_)) => return Err(usage("--output is for --format svg or png")),
        (_, None) => return Err(usage("--format svg and png write a file: give -o FILE")),
        (format, Some(path)) => {
            let bytes = match format {
                QrFormat::Svg => matrix.svg().into_bytes(),
                _ => matrix.png(8)?,
            };
            crate::atomic::write_private(path, &bytes, args.force)?;
            eprintln!(
                "tldops: wrote a QR code for {} ({} bytes of vCard 3.0) to {}; print it at least 2.5 cm wide",
                crate::term::sanitize(&who),
                card.len(),
                path.display()
            );
        }
    }
    Ok(exit::OK)
}
