//! `tldops find`: who to call, now, from the current snapshots.

use super::present::{self, cctld_json, heading, table};
use super::{load_current_some, usage};
use crate::cli::{FindArgs, FindFormat};
use crate::config::Config;
use crate::error::exit;
use crate::search::Query;
use crate::term::sanitize;
use anyhow::Result;
use serde_json::json;
use std::io::Write;

pub fn run(config: &Config, args: &FindArgs) -> Result<i32> {
    let query = Query::parse(&args.query).map_err(|e| usage(&e.to_string()))?;
    let current = load_current_some(config, query.only_cctlds().as_deref())?;
    let hits = query.run(&current.snapshots);
    let format = if args.json { FindFormat::Json } else { args.format };
    if hits.is_empty() {
        eprintln!("tldops: nothing matches `{}`", sanitize(&args.query.join(" ")));
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
            let v = json!({"snapshots": current.summary(config.now), "results": results});
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
                writeln!(
                    out,
                    "tldops: {n} address{} from {}",
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
