//! `tldops sheet`: the printed emergency contact sheet.

use crate::cli::{PaperSize, SheetArgs, SheetFormat};
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::load_current;
use crate::error::exit;
use crate::error::usage;
use crate::export::{qr::Matrix, vcard};
use crate::selection::region_filter;
use crate::selection::select;
use crate::sheet::{self, fonts::Fonts, Paper, Provenance, Sheet};
use anyhow::Result;
use std::io::{IsTerminal, Write};

pub fn run(config: &Config, args: &SheetArgs) -> Result<i32> {
    let region = region_filter(&args.region)?;
    let output = args.output.as_deref().filter(|p| !crate::atomic::is_stdout(p));
    let format = args.format.unwrap_or(match output {
        None => SheetFormat::Text,
        Some(p) => match p
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm") => SheetFormat::Html,
            Some("txt" | "text") => SheetFormat::Text,
            _ => SheetFormat::Pdf,
        },
    });
    if format == SheetFormat::Pdf && output.is_none() && std::io::stdout().is_terminal() {
        return Err(usage(&crate::tr!("sheet-pdf-on-terminal")));
    }
    let current = load_current(config)?;
    let entries = select(&current, &args.query)?;
    let groups: Vec<&[crate::export::Entry<'_>]> = crate::export::by_cctld(&entries)
        .filter(|g| region.is_none_or(|r| crate::refdata::lookup(&g[0].cctld.code).map(|x| x.region) == Some(r)))
        .collect();
    let mut directories: Vec<&str> = groups.iter().map(|g| g[0].directory).collect();
    directories.sort_unstable();
    directories.dedup();
    if directories.len() > 1 {
        return Err(usage(&crate::tr!(
            "sheet-several-directories",
            directories = directories.join(", ")
        )));
    }
    // QR codes take a few milliseconds each: make them on every core.
    let codes: Vec<Option<(Matrix, String)>> = if args.qr && format != SheetFormat::Text {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = groups.len().div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = groups
                .chunks(chunk)
                .map(|c| scope.spawn(move || c.iter().map(|g| qr_for(g)).collect::<Vec<_>>()))
                .collect();
            let mut all = Vec::with_capacity(groups.len());
            for h in handles {
                all.extend(h.join().map_err(|_| anyhow::anyhow!(crate::tr!("sheet-qr-failed")))?);
            }
            Ok::<_, anyhow::Error>(all)
        })?
    } else {
        vec![None; groups.len()]
    };
    let lang = crate::i18n::current();
    let blocks: Vec<_> = groups
        .iter()
        .zip(codes)
        .map(|(g, qr)| {
            let people: Vec<_> = g.iter().map(|e| e.contact).collect();
            sheet::block::build(lang, g[0].cctld, &people, config.now, qr)
        })
        .collect();
    let Some(kept) = directories
        .first()
        .and_then(|d| current.kept.iter().find(|k| k.directory == *d))
    else {
        eprintln!("tldops: {}", crate::tr!("sheet-nothing"));
        return Ok(exit::NOT_FOUND);
    };
    let people: usize = blocks.iter().map(|b| b.people).sum();
    let ccs = blocks.len();
    let sheet = Sheet {
        lang,
        provenance: Provenance {
            directory: kept.directory.clone(),
            serial: kept.serial,
            issued: kept.issued,
            expires: kept.expires,
            generated: config.now,
            signers: kept.signers.iter().map(|f| group_fingerprint(f)).collect(),
            sha256: kept.sha256.clone(),
            stale: config.now > kept.expires,
        },
        regions: sheet::by_region(blocks, lang),
    };
    let paper = match args.paper {
        PaperSize::A4 => Paper::A4,
        PaperSize::Letter => Paper::Letter,
    };
    let bytes = match format {
        SheetFormat::Text => sheet::text::render(&sheet).into_bytes(),
        SheetFormat::Html => sheet::html::render(&sheet, paper).into_bytes(),
        SheetFormat::Pdf => {
            let fonts = Fonts::load();
            let (pdf, missing) = sheet::pdf::render(&sheet, paper, &fonts)?;
            if !missing.is_empty() {
                eprintln!("{}", missing_fonts(&missing, &fonts));
            }
            pdf
        }
    };
    match output {
        Some(path) => {
            crate::atomic::write_private(path, &bytes, args.force)?;
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "sheet-wrote",
                    cctlds = ccs,
                    contacts = people,
                    bytes = bytes.len(),
                    path = path.display().to_string()
                )
            );
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(exit::OK)
}

/// The warning for characters no font here shows: which ccTLDs, which
/// characters, which fonts would show them, and which fonts were searched.
fn missing_fonts(missing: &[sheet::pdf::Missing], fonts: &Fonts) -> String {
    let total: usize = missing.iter().map(|m| m.chars.len()).sum();
    let mut wanted: Vec<String> = Vec::new();
    let places: Vec<String> = missing
        .iter()
        .map(|m| {
            let mut fonts_here: Vec<String> = m.chars.iter().map(|c| sheet::fonts::font_for(*c)).collect();
            fonts_here.dedup();
            for f in &fonts_here {
                if !wanted.contains(f) {
                    wanted.push(f.clone());
                }
            }
            let chars: String = m.chars.iter().take(12).collect();
            let more = if m.chars.len() > 12 { " …" } else { "" };
            format!(
                "{} ({}{more}: {})",
                crate::term::sanitize(&m.place),
                crate::term::sanitize(&chars),
                fonts_here.join(", ")
            )
        })
        .collect();
    format!(
        "tldops: {}",
        crate::tr!(
            "sheet-missing-fonts",
            total = total,
            places = places.join(", "),
            fonts = wanted.join(", "),
            searched = fonts.searched()
        )
    )
}

/// The QR code of a ccTLD's contacts; when the whole ccTLD is too much for a
/// code that scans reliably, its first contact alone. With a caption saying
/// whose card it holds.
fn qr_for(group: &[crate::export::Entry<'_>]) -> Option<(Matrix, String)> {
    [group, &group[..1]].iter().find_map(|g| {
        Matrix::encode(&vcard::compact(g))
            .ok()
            .map(|m| (m, qr_caption(group, g)))
    })
}

/// `Card of .tz: Amani Otieno, Neema Juma`, or, when the code holds only the
/// first of several, `Card of Amani Otieno (CSIRT lead) of .tz only`.
fn qr_caption(group: &[crate::export::Entry<'_>], held: &[crate::export::Entry<'_>]) -> String {
    let dotted = held[0].dotted();
    let who = |e: &crate::export::Entry<'_>| match &e.contact.role {
        Some(role) => format!("{} ({role})", e.contact.name),
        None => e.contact.name.clone(),
    };
    match held {
        [one] if group.len() > 1 => crate::tr!("sheet-qr-one-of-many", who = who(one), cctld = dotted),
        [one] => crate::tr!("sheet-qr-one", who = who(one), cctld = dotted),
        many => crate::tr!(
            "sheet-qr-many",
            cctld = dotted,
            names = many
                .iter()
                .map(|e| e.contact.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
