//! `tldops qr`: a contact straight onto a phone, through its camera.

use crate::cli::{QrArgs, QrFormat};
use crate::config::Config;
use crate::current::load_current;
use crate::error::exit;
use crate::error::usage;
use crate::export::{qr::Matrix, vcard, Entry};
use crate::selection::select;
use crate::term::sanitize;
use anyhow::Result;
use std::io::Write;
use std::path::{Path, PathBuf};

pub fn run(config: &Config, args: &QrArgs) -> Result<i32> {
    let current = load_current(config)?;
    let entries = select(&current, &args.query)?;
    if entries.is_empty() {
        eprintln!(
            "tldops: {}",
            crate::tr!("find-nothing", query = sanitize(&args.query.join(" ")))
        );
        return Ok(exit::NOT_FOUND);
    }
    let groups: Vec<&[Entry<'_>]> = crate::export::by_cctld(&entries).collect();
    if groups.len() > 1 {
        // Say who matched, so the next query can name one.
        eprintln!("tldops: {}", crate::tr!("qr-several-cctlds", count = groups.len()));
        for g in &groups {
            let people: Vec<String> = g.iter().map(|e| who(e)).collect();
            eprintln!("  {}: {}", sanitize(&g[0].dotted()), sanitize(&people.join("; ")));
        }
        return Err(usage(&crate::tr!("qr-narrow")));
    }
    let codes = codes(&entries)?;
    let many = codes.len() > 1;
    if many {
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "qr-one-per-person",
                people = entries.len(),
                cctld = sanitize(&entries[0].dotted()),
                codes = codes.len()
            )
        );
    }
    match (args.format, &args.output) {
        (QrFormat::Terminal, None) => {
            let mut out = std::io::stdout().lock();
            let ansi = config.color_out || std::io::IsTerminal::is_terminal(&std::io::stdout());
            for (i, code) in codes.iter().enumerate() {
                if many {
                    writeln!(out, "{}. {}", i + 1, sanitize(&code.label))?;
                }
                out.write_all(code.matrix.terminal(ansi).as_bytes())?;
            }
            out.flush()?;
            for code in &codes {
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "qr-point-camera",
                        label = sanitize(&code.label),
                        bytes = code.card.len().to_string(),
                        modules = code.matrix.width
                    )
                );
            }
        }
        (QrFormat::Terminal, Some(_)) => return Err(usage(&crate::tr!("qr-output-is-for-files"))),
        (_, None) => return Err(usage(&crate::tr!("qr-needs-output"))),
        (format, Some(path)) => {
            let paths: Vec<PathBuf> = (1..=codes.len())
                .map(|n| if many { numbered(path, n) } else { path.clone() })
                .collect();
            // Nothing is written when any file would be refused.
            if !args.force {
                if let Some(p) = paths.iter().find(|p| p.exists()) {
                    anyhow::bail!(crate::tr!("qr-exists", path = p.display().to_string()));
                }
            }
            for (code, path) in codes.iter().zip(&paths) {
                let bytes = match format {
                    QrFormat::Svg => code.matrix.svg_titled(&code.label).into_bytes(),
                    _ => code.matrix.png(8)?,
                };
                crate::atomic::write_private(path, &bytes, args.force)?;
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "qr-wrote",
                        label = sanitize(&code.label),
                        bytes = code.card.len().to_string(),
                        path = path.display().to_string()
                    )
                );
            }
        }
    }
    Ok(exit::OK)
}

/// One QR code: whose card it holds, the card, the code.
struct Code {
    label: String,
    card: String,
    matrix: Matrix,
}

/// One code for the whole selection, or when that is too much for a code
/// that scans reliably, one per person.
fn codes(entries: &[Entry<'_>]) -> Result<Vec<Code>> {
    let card = vcard::compact(entries);
    let whole = match Matrix::encode(&card) {
        Ok(matrix) => {
            let label = match entries {
                [one] => label(one),
                _ => format!("{} {}", entries[0].directory, entries[0].dotted()),
            };
            return Ok(vec![Code { label, card, matrix }]);
        }
        Err(e) => e,
    };
    if entries.len() == 1 {
        return Err(usage(&whole.to_string()));
    }
    entries
        .iter()
        .map(|e| {
            let card = vcard::compact(std::slice::from_ref(e));
            let matrix = Matrix::encode(&card).map_err(|e| usage(&e.to_string()))?;
            Ok(Code {
                label: label(e),
                card,
                matrix,
            })
        })
        .collect()
}

/// `Amani Otieno (CSIRT lead)`: enough to tell namesakes apart.
fn who(e: &Entry<'_>) -> String {
    match &e.contact.role {
        Some(role) => format!("{} ({role})", e.contact.name),
        None => e.contact.name.clone(),
    }
}

/// `Amani Otieno (CSIRT lead), .tz`.
fn label(e: &Entry<'_>) -> String {
    format!("{}, {}", who(e), e.dotted())
}

/// `tz.png` → `tz-2.png`.
fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}
