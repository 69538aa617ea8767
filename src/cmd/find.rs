//! `tldops find`: who to call, now, from the current snapshots.

use super::present::{self, cctld_json, heading, table};
use super::{load_current_some, usage};
use crate::cli::{FindArgs, FindFormat};
use crate::config::Config;
use crate::error::exit;
use crate::route::evidence::{self, Item};
use crate::route::{self, Unmatched};
use crate::search::Query;
use crate::term::sanitize;
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;

/// A query read as evidence: what it was read as, and the line that says so.
struct Evidence {
    line: String,
    json: Value,
}

fn evidence_json(word: &str, item: &Item, tld_kind: &str) -> Value {
    json!({"query": word, "item": item.text, "kind": item.kind.name(), "host": item.host,
           "unicode": item.unicode, "tld": item.tld, "tld_kind": tld_kind})
}

pub fn run(config: &Config, args: &FindArgs) -> Result<i32> {
    let format = if args.json { FindFormat::Json } else { args.format };
    // One word that is a domain, host, URL or address is read as its TLD.
    let mut note = None;
    if let [word] = args.query.as_slice() {
        match evidence::read_one(word) {
            None => {}
            Some(Err(why)) => {
                return Err(usage(&format!(
                    "`{word}` looks like a domain, URL or address but is not valid: {why}"
                )))
            }
            Some(Ok(item)) => match route::place(&item) {
                Ok(root) => {
                    let shown = item.unicode.as_deref().unwrap_or(&item.host);
                    let dotted = if root.label != root.code {
                        format!(".{} ({})", root.label, root.code)
                    } else {
                        format!(".{}", root.code)
                    };
                    let ev = Evidence {
                        line: format!("{} is under {dotted}", sanitize(shown)),
                        json: evidence_json(word, &item, "country"),
                    };
                    let words = vec![format!(".{}", root.code)];
                    let query = Query::parse(&words).map_err(|e| usage(&e.to_string()))?;
                    let current = load_current_some(config, query.only_cctlds().as_deref())?;
                    if query.run(&current.snapshots).is_empty() {
                        eprintln!(
                            "tldops: {}, in {}, which has no contact in TLD-OPS: see `tldops coverage`",
                            ev.line, root.names[0]
                        );
                        if format == FindFormat::Json {
                            let v =
                                json!({"snapshots": current.summary(config.now), "evidence": ev.json, "results": []});
                            out!("{}", serde_json::to_string_pretty(&v)?);
                        }
                        return Ok(exit::NOT_FOUND);
                    }
                    return answer(config, format, &words, query, Some(ev));
                }
                Err(Unmatched::NotInRootZone) => {
                    // Perhaps a contact's own address in a test domain: search for it as words.
                    let tld = item.tld.as_deref().unwrap_or("");
                    note = Some(Unmatched::NotInRootZone.describe(tld));
                }
                Err(why) => {
                    let tld = item.tld.as_deref().unwrap_or("");
                    eprintln!(
                        "tldops: {} is under .{}: {}",
                        sanitize(&item.host),
                        sanitize(tld),
                        sanitize(&why.describe(tld))
                    );
                    if format == FindFormat::Json {
                        let current = load_current_some(config, Some(&[]))?;
                        let v = json!({"snapshots": current.summary(config.now),
                                       "evidence": evidence_json(word, &item, why.code()), "results": []});
                        out!("{}", serde_json::to_string_pretty(&v)?);
                    }
                    return Ok(exit::NOT_FOUND);
                }
            },
        }
    }
    let query = Query::parse(&args.query).map_err(|e| usage(&e.to_string()))?;
    let code = answer(config, format, &args.query, query, None)?;
    if code == exit::NOT_FOUND {
        if let Some(note) = note {
            eprintln!("tldops: {}", sanitize(&note));
        }
    }
    Ok(code)
}

fn answer(
    config: &Config,
    format: FindFormat,
    words: &[String],
    query: Query,
    evidence: Option<Evidence>,
) -> Result<i32> {
    let current = load_current_some(config, query.only_cctlds().as_deref())?;
    let hits = query.run(&current.snapshots);
    if hits.is_empty() {
        eprintln!("tldops: nothing matches `{}`", sanitize(&words.join(" ")));
        // Suggestions look at everything, not only the ccTLDs asked for.
        let all = match query.only_cctlds() {
            Some(_) => current
                .kept
                .iter()
                .map(|k| current.store.load(k))
                .collect::<Result<Vec<_>>>()?,
            None => Vec::new(),
        };
        let near = query.suggestions(if all.is_empty() { &current.snapshots } else { &all });
        if !near.is_empty() {
            eprintln!("tldops: did you mean {}?", sanitize(&near.join(", ")));
        }
        if format == FindFormat::Json {
            out!(
                "{}",
                serde_json::to_string_pretty(&json!({"snapshots": current.summary(config.now), "results": []}))?
            );
        }
        return Ok(exit::NOT_FOUND);
    }
    let out = std::io::stdout();
    let mut out = out.lock();
    if let Some(ev) = &evidence {
        match format {
            FindFormat::Table => writeln!(out, "{}\n", ev.line)?,
            FindFormat::Json | FindFormat::Mutt => {}
            FindFormat::Aerc => eprintln!("tldops: {}", ev.line),
        }
    }
    match format {
        FindFormat::Table => {
            let many = current.snapshots.len() > 1;
            let width = present::width();
            for (i, hit) in hits.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                if many {
                    writeln!(out, "[{}]", sanitize(&config.display(hit.directory)))?;
                }
                writeln!(out, "{}", heading(hit.cctld, config.now, config.color_out, width))?;
                writeln!(out, "{}", table(&hit.contacts, None, width))?;
            }
        }
        FindFormat::Json => {
            let results: Vec<_> = hits
                .iter()
                .map(|h| cctld_json(h.directory, h.cctld, &h.contacts, config.now))
                .collect();
            let mut v = json!({"snapshots": current.summary(config.now), "results": results});
            if let Some(ev) = evidence {
                v["evidence"] = ev.json;
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        }
        FindFormat::Mutt | FindFormat::Aerc => {
            let lines: Vec<String> = hits
                .iter()
                .flat_map(|h| {
                    h.contacts.iter().flat_map(move |c| {
                        c.email.iter().map(move |e| {
                            let (e, name) = (sanitize(e), sanitize(&c.name));
                            match format {
                                // The third column tells namesakes apart: `.sk CSIRT lead`.
                                FindFormat::Mutt => match &c.role {
                                    Some(role) => {
                                        format!("{e}\t{name}\t.{} {}", sanitize(&h.cctld.label), sanitize(role))
                                    }
                                    None => format!("{e}\t{name}\t.{}", sanitize(&h.cctld.label)),
                                },
                                _ => format!("{e}\t{name}"),
                            }
                        })
                    })
                })
                .collect();
            if format == FindFormat::Mutt {
                let n = lines.len();
                let under = evidence.as_ref().map(|e| format!(" ({})", e.line)).unwrap_or_default();
                writeln!(
                    out,
                    "tldops: {n} address{} from {}{under}",
                    if n == 1 { "" } else { "es" },
                    current.names()
                )?;
            }
            for l in lines {
                writeln!(out, "{l}")?;
            }
        }
    }
    out.flush()?;
    Ok(exit::OK)
}
