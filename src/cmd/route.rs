//! `tldops route`: free text in (files or standard input, read line by line
//! with bounded memory), every domain, URL and address out, grouped by ccTLD
//! with its contacts; as text, JSON or CSV, and as mail drafts.

use crate::atomic::write_private;
use crate::cli::{RouteArgs, RouteFormat};
use crate::config::Config;
use crate::contact::Contact;
use crate::current::{load_current, Current};
use crate::error::exit;
use crate::error::usage;
use crate::export::csv;
use crate::present::{self, cctld_json, heading, table};
use crate::route::draft::{self, Facts, Template};
use crate::route::evidence::{defang, ItemRef, Kind};
use crate::route::extract::Lines;
use crate::route::{Gathered, Group, Routed, MAX_ITEMS};
use crate::term::sanitize;
use anyhow::{Context, Result};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

/// Largest template file read.
const MAX_TEMPLATE: u64 = 64 * 1024;

pub fn run(config: &Config, args: &RouteArgs) -> Result<i32> {
    let format = if args.json { RouteFormat::Json } else { args.format };
    let template = match &args.template {
        Some(p) => Some(read_template(p)?),
        None => args
            .drafts
            .as_ref()
            .map(|_| Template::default_in(crate::i18n::current())),
    };
    let current = load_current(config)?;
    // The snapshots are all that is needed from the store: close it now.
    let summary = current.summary(config.now);
    let Current { store, snapshots, .. } = current;
    drop(store);

    let mut gathered = Gathered::default();
    let (mut lines, mut unreadable) = (0u64, false);
    let stdin = [Path::new("-").to_path_buf()];
    let files = if args.files.is_empty() {
        &stdin[..]
    } else {
        &args.files[..]
    };
    for file in files {
        let name = sanitize(&file.display().to_string());
        let reader: Box<dyn BufRead> = if file.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else if file.is_dir() {
            eprintln!(
                "tldops: {}",
                crate::tr!("route-cannot-read-directory", name = name.as_str())
            );
            unreadable = true;
            continue;
        } else {
            match std::fs::File::open(file) {
                Ok(f) => Box::new(BufReader::with_capacity(256 * 1024, f)),
                Err(e) => {
                    eprintln!(
                        "tldops: {}",
                        crate::tr!("route-cannot-read", name = name.as_str(), error = e.to_string())
                    );
                    unreadable = true;
                    continue;
                }
            }
        };
        let (read, error) = gathered.read(&mut Lines::new(reader));
        lines += read;
        if let Some(e) = error {
            eprintln!(
                "tldops: {}",
                crate::tr!("route-cannot-read", name = name.as_str(), error = e.to_string())
            );
            unreadable = true;
        }
    }
    if gathered.dropped > 0 {
        eprintln!(
            "tldops: {}",
            crate::tr!("route-not-listed", max = MAX_ITEMS, more = gathered.dropped)
        );
    }
    let routed = Routed::new(&gathered, &snapshots);
    let failed = if unreadable { exit::INPUT } else { exit::OK };

    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    match format {
        RouteFormat::Text => text(&mut out, config, &routed)?,
        RouteFormat::Json => {
            let answer = Answer {
                cctlds: Array(|| routed.covered.iter().map(|g| group_json(g, config))),
                items: gathered.distinct(),
                items_seen: gathered.seen,
                lines,
                no_contact: Array(|| routed.uncovered.iter().map(|g| group_json(g, config))),
                not_listed: gathered.dropped,
                skipped: Array(|| {
                    routed.skipped.iter().map(|(t, why)| SkippedJson {
                        explanation: why.to_string(),
                        reason: why.code(),
                        text: t,
                    })
                }),
                snapshots: summary,
                unmatched: Array(|| {
                    routed.unmatched.iter().map(|(i, why)| UnmatchedJson {
                        explanation: why.describe(i.tld.unwrap_or("")),
                        host: i.host,
                        item: i.text,
                        kind: i.kind.name(),
                        reason: why.code(),
                        tld: i.tld,
                        unicode: i.unicode,
                    })
                }),
            };
            serde_json::to_writer_pretty(&mut out, &answer)?;
            writeln!(out)?;
        }
        RouteFormat::Csv => csv_rows(&mut out, &routed)?,
    }
    out.flush()?;
    drop(out);

    if routed.is_empty() {
        eprintln!("tldops: {}", crate::tr!("route-nothing", lines = lines));
        return Ok(if unreadable { exit::INPUT } else { exit::NOT_FOUND });
    }
    let items_under = routed
        .covered
        .iter()
        .chain(&routed.uncovered)
        .map(|g| g.items.len())
        .sum::<usize>();
    eprintln!(
        "tldops: {}",
        crate::tr!(
            "route-summary",
            lines = lines,
            items = items_under,
            cctlds = routed.covered.len() + routed.uncovered.len(),
            covered = routed.covered.len(),
            unmatched = routed.unmatched.len(),
            skipped = routed.skipped.len()
        )
    );
    if let (Some(dir), Some(template)) = (&args.drafts, &template) {
        drafts(dir, template, &routed, args.force)?;
    }
    // The process ends next: its memory goes back at once, not item by
    // item (a quarter of a million items take a while to free).
    std::mem::forget(routed);
    std::mem::forget(gathered);
    Ok(failed)
}

fn read_template(path: &Path) -> Result<Template> {
    use std::io::Read;
    let mut text = String::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_TEMPLATE + 1).read_to_string(&mut text))
        .with_context(|| crate::tr!("route-template-unreadable", path = path.display().to_string()))?;
    if text.len() as u64 > MAX_TEMPLATE {
        return Err(usage(&crate::tr!(
            "route-template-too-large",
            path = path.display().to_string(),
            kib = MAX_TEMPLATE / 1024
        )));
    }
    Template::parse(&text).map_err(|e| {
        usage(&crate::tr!(
            "route-template-invalid",
            path = path.display().to_string(),
            error = e.to_string()
        ))
    })
}

/// The normal form, with the IDN host's U-labels beside it:
/// `пример.рф (xn--e1afmkfd.xn--p1ai)`, `http://xn--e1afmkfd.xn--p1ai/ (пример.рф)`.
fn shown(item: ItemRef<'_>) -> Cow<'_, str> {
    let Some(u) = item.unicode else {
        return safe(item.text);
    };
    let (first, second) = match item.kind {
        Kind::Url => (item.text, u),
        _ => (u, item.text),
    };
    let mut s = String::with_capacity(first.len() + second.len() + 3);
    crate::term::sanitize_into(&mut s, first);
    s.push_str(" (");
    crate::term::sanitize_into(&mut s, second);
    s.push(')');
    Cow::Owned(s)
}

/// `sanitize`, without a copy for printable ASCII (which it leaves as it is).
fn safe(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(sanitize(s))
    }
}

/// One item on a line of its own, indented: written as it is, not
/// formatted, since a long list is most of what is written.
fn item_line(out: &mut impl Write, indent: &str, item: ItemRef<'_>) -> std::io::Result<()> {
    out.write_all(indent.as_bytes())?;
    out.write_all(shown(item).as_bytes())?;
    out.write_all(b"\n")
}

fn dotted(g: &Group<'_>) -> String {
    if g.root.label != g.root.code {
        sanitize(&format!(".{} ({})", g.root.label, g.root.code))
    } else {
        format!(".{}", g.root.code)
    }
}

fn text(out: &mut impl Write, config: &Config, routed: &Routed<'_>) -> Result<()> {
    let width = present::width();
    let lang = crate::i18n::current();
    let mut first = true;
    let mut gap = |out: &mut dyn Write| -> std::io::Result<()> {
        if !std::mem::replace(&mut first, false) {
            writeln!(out)?;
        }
        Ok(())
    };
    for g in &routed.covered {
        gap(out)?;
        let many = g.entries.len() > 1;
        for (directory, cctld) in &g.entries {
            if many {
                writeln!(out, "[{}]", sanitize(directory))?;
            }
            writeln!(out, "{}", heading(cctld, config.now, config.color_out, width))?;
            let contacts: Vec<&Contact> = cctld.contacts.iter().collect();
            writeln!(out, "{}", table(&contacts, None, width))?;
        }
        writeln!(
            out,
            "{}",
            crate::tr!("route-items-under", count = g.items.len(), cctld = dotted(g))
        )?;
        for i in &g.items {
            item_line(out, "  ", *i)?;
        }
    }
    if !routed.uncovered.is_empty() {
        gap(out)?;
        writeln!(
            out,
            "{}",
            crate::tr!("route-no-contact", count = routed.uncovered.len())
        )?;
        for g in &routed.uncovered {
            writeln!(
                out,
                "  {}",
                crate::tr!(
                    "route-no-contact-line",
                    cctld = dotted(g),
                    country = g.root.names[lang.index()],
                    count = g.items.len()
                )
            )?;
            for i in &g.items {
                item_line(out, "    ", *i)?;
            }
        }
    }
    if !routed.unmatched.is_empty() {
        gap(out)?;
        writeln!(
            out,
            "{}",
            crate::tr!("route-under-no-cctld", count = routed.unmatched.len())
        )?;
        let mut last = None;
        for (i, why) in &routed.unmatched {
            let reason = why.explain(lang, i.tld.unwrap_or(""));
            if last.as_ref() != Some(&reason) {
                writeln!(out, "  {}", sanitize(&reason))?;
                last = Some(reason);
            }
            item_line(out, "    ", *i)?;
        }
    }
    if !routed.skipped.is_empty() {
        gap(out)?;
        writeln!(out, "{}", crate::tr!("route-skipped", count = routed.skipped.len()))?;
        for (t, why) in &routed.skipped {
            writeln!(
                out,
                "  {}",
                crate::tr!(
                    "route-skipped-line",
                    text = safe(t).into_owned(),
                    why = sanitize(&why.explain(lang))
                )
            )?;
        }
    }
    Ok(())
}

/// The JSON answer, written as it is serialised rather than built whole
/// first. Keys in the order `serde_json` writes a map's: by name.
#[derive(Serialize)]
#[serde(bound = "Array<C>: Serialize, Array<N>: Serialize, Array<S>: Serialize, Array<U>: Serialize")]
struct Answer<C, N, S, U> {
    cctlds: Array<C>,
    items: usize,
    items_seen: u64,
    lines: u64,
    no_contact: Array<N>,
    not_listed: u64,
    skipped: Array<S>,
    snapshots: Vec<Value>,
    unmatched: Array<U>,
}

/// A JSON array of what a function's iterator gives, made as it is written.
struct Array<F>(F);

impl<F, I> Serialize for Array<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct ItemJson<'a> {
    host: &'a str,
    item: &'a str,
    kind: &'static str,
    tld: Option<&'a str>,
    unicode: Option<&'a str>,
}

impl<'a> ItemJson<'a> {
    fn of(i: ItemRef<'a>) -> ItemJson<'a> {
        ItemJson {
            host: i.host,
            item: i.text,
            kind: i.kind.name(),
            tld: i.tld,
            unicode: i.unicode,
        }
    }
}

#[derive(Serialize)]
struct UnmatchedJson<'a> {
    explanation: String,
    host: &'a str,
    item: &'a str,
    kind: &'static str,
    reason: &'static str,
    tld: Option<&'a str>,
    unicode: Option<&'a str>,
}

#[derive(Serialize)]
struct SkippedJson<'a> {
    explanation: String,
    reason: &'static str,
    text: &'a str,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    code: &'static str,
    country: &'static str,
    directories: Vec<Value>,
    #[serde(serialize_with = "item_list")]
    items: &'a [ItemRef<'a>],
    label: &'static str,
}

fn item_list<S: serde::Serializer>(items: &&[ItemRef<'_>], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(items.iter().map(|i| ItemJson::of(*i)))
}

fn group_json<'a>(g: &'a Group<'a>, config: &Config) -> GroupJson<'a> {
    GroupJson {
        code: g.root.code,
        country: g.root.names[0],
        directories: g
            .entries
            .iter()
            .map(|(d, c)| {
                let contacts: Vec<&Contact> = c.contacts.iter().collect();
                cctld_json(d, c, &contacts, config.now)
            })
            .collect(),
        items: &g.items,
        label: g.root.label,
    }
}

/// Each contact's first address, once, across directories.
fn recipients<'a>(g: &Group<'a>) -> Vec<(&'a str, &'a str)> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    for (_, c) in &g.entries {
        for p in &c.contacts {
            if let Some(e) = p.email.first() {
                if !out.iter().any(|(_, a)| a.eq_ignore_ascii_case(e)) {
                    out.push((p.name.as_str(), e.as_str()));
                }
            }
        }
    }
    out
}

const CSV_HEADER: [&str; 10] = [
    "status",
    "cctld",
    "cctld_label",
    "country",
    "kind",
    "item",
    "host",
    "tld",
    "reason",
    "to",
];

fn csv_rows(out: &mut impl Write, routed: &Routed<'_>) -> Result<()> {
    out.write_all(csv::row(&CSV_HEADER.map(str::to_string), true).as_bytes())?;
    let item_row = |status: &str, g: Option<&Group<'_>>, i: &ItemRef<'_>, reason: &str, to: &str| {
        vec![
            status.to_string(),
            g.map(|g| g.root.code.to_string()).unwrap_or_default(),
            g.map(|g| g.root.label.to_string()).unwrap_or_default(),
            g.map(|g| g.root.names[0].to_string()).unwrap_or_default(),
            i.kind.name().to_string(),
            i.text.to_string(),
            i.host.to_string(),
            i.tld.unwrap_or_default().to_string(),
            reason.to_string(),
            to.to_string(),
        ]
    };
    for g in &routed.covered {
        let to = recipients(g).iter().map(|(_, a)| *a).collect::<Vec<_>>().join("; ");
        for i in &g.items {
            out.write_all(csv::row(&item_row("contact", Some(g), i, "", &to), false).as_bytes())?;
        }
    }
    for g in &routed.uncovered {
        for i in &g.items {
            out.write_all(csv::row(&item_row("no-contact", Some(g), i, "", ""), false).as_bytes())?;
        }
    }
    for (i, why) in &routed.unmatched {
        out.write_all(csv::row(&item_row("unmatched", None, i, why.code(), ""), false).as_bytes())?;
    }
    for (t, why) in &routed.skipped {
        let cells = ["skipped", "", "", "", "", t, "", "", why.code(), ""].map(str::to_string);
        out.write_all(csv::row(&cells, false).as_bytes())?;
    }
    Ok(())
}

/// One draft per ccTLD with contacts; a draft that exists is kept unless `force`.
fn drafts(dir: &Path, template: &Template, routed: &Routed<'_>, force: bool) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| crate::tr!("route-draft-directory", path = dir.display().to_string()))?;
    let lang = crate::i18n::current();
    let (mut written, mut kept) = (Vec::new(), Vec::new());
    for g in &routed.covered {
        let to = recipients(g);
        let name = format!("{}.eml", g.root.code);
        if to.is_empty() {
            eprintln!("tldops: {}", crate::tr!("route-no-draft", cctld = dotted(g)));
            continue;
        }
        let path = dir.join(&name);
        if path.exists() && !force {
            kept.push(name);
            continue;
        }
        let facts = Facts {
            to,
            cctld: format!(".{}", g.root.label),
            code: g.root.code,
            country: g.root.names[lang.index()],
            directory: g.entries[0].0,
            lang,
            items: g.items.iter().map(|i| defang(*i)).collect(),
        };
        write_private(&path, &draft::render(template, &facts), force)?;
        written.push(name);
    }
    let shown_dir = sanitize(&dir.display().to_string());
    if !written.is_empty() {
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "route-wrote-drafts",
                count = written.len(),
                directory = shown_dir.as_str(),
                names = written.join(", ")
            )
        );
    }
    if !kept.is_empty() {
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "route-kept-drafts",
                count = kept.len(),
                directory = shown_dir.as_str(),
                names = kept.join(", ")
            )
        );
    }
    Ok(())
}
