//! `tldops find`: who to call, now, from the current snapshots.

use crate::cli::{Command, FindArgs, FindFormat};
use crate::config::Config;
use crate::contact::Snapshot;
use crate::current::{load_current_silently, load_current_some};
use crate::error::exit;
use crate::error::{usage, Misuse};
use crate::present::{self, cctld_json, heading, table};
use crate::refdata;
use crate::route::evidence::{self, Item};
use crate::route::{self, Unmatched};
use crate::search::{cctld_key, fold_as_typed, Hit, Query, Rank};
use crate::term::sanitize;
use anyhow::Result;
use serde_json::{json, Value};
use std::io::Write;

/// A query read as evidence: what it was read as, and the line that says so.
struct Evidence {
    line: String,
    json: Value,
    /// The country or territory the ccTLD is for.
    country: String,
}

fn evidence_json(word: &str, item: &Item, tld_kind: &str) -> Value {
    json!({"query": word, "item": item.text, "kind": item.kind.name(), "host": item.host,
           "unicode": item.unicode, "tld": item.tld, "tld_kind": tld_kind})
}

pub fn run(config: &Config, args: &FindArgs) -> Result<i32> {
    let format = if args.json { FindFormat::Json } else { args.format };
    if matches!(format, FindFormat::Mutt | FindFormat::Aerc) {
        english_for_mail_clients();
    }
    // One word that is a domain, host, URL or address is read as its TLD,
    // and answered as a search for that ccTLD.
    let mut note = None;
    if let [word] = args.query.as_slice() {
        match evidence::read_one(word) {
            None => {}
            Some(Err(why)) => {
                return Err(usage(&crate::tr!(
                    "find-not-valid-evidence",
                    word = word.as_str(),
                    why = why.explain(crate::i18n::current())
                )))
            }
            Some(Ok(item)) => match route::place(item.as_ref()) {
                Ok(root) => {
                    let shown = item.unicode.as_deref().unwrap_or(&item.host);
                    let dotted = if root.label != root.code {
                        format!(".{} ({})", root.label, root.code)
                    } else {
                        format!(".{}", root.code)
                    };
                    let ev = Evidence {
                        line: crate::tr!("find-evidence-under", host = sanitize(shown), cctld = dotted),
                        json: evidence_json(word, &item, "country"),
                        country: root.names[crate::i18n::current().index()].to_string(),
                    };
                    let as_cctld = FindArgs {
                        query: vec![format!(".{}", root.code)],
                        ..args.clone()
                    };
                    return answer(config, &as_cctld, format, Some(ev));
                }
                Err(Unmatched::NotInRootZone) => {
                    // Perhaps a contact's own address in a test domain: search for it as words.
                    let tld = item.tld.as_deref().unwrap_or("");
                    note = Some(Unmatched::NotInRootZone.explain(crate::i18n::current(), tld));
                }
                Err(why) => {
                    let tld = item.tld.as_deref().unwrap_or("");
                    let line = crate::tr!(
                        "find-evidence-unmatched",
                        host = sanitize(&item.host),
                        tld = sanitize(tld),
                        why = sanitize(&why.explain(crate::i18n::current(), tld))
                    );
                    match format {
                        FindFormat::Mutt => out!("tldops: {line}"),
                        FindFormat::Aerc => {}
                        FindFormat::Json => {
                            eprintln!("tldops: {line}");
                            let current = load_current_some(config, Some(&[]))?;
                            let v = json!({"snapshots": current.summary(config.now),
                                           "evidence": evidence_json(word, &item, why.code()), "results": []});
                            out!("{}", serde_json::to_string_pretty(&v)?);
                        }
                        FindFormat::Table => eprintln!("tldops: {line}"),
                    }
                    return Ok(exit::NOT_FOUND);
                }
            },
        }
    }
    let code = answer(config, args, format, None)?;
    if code == exit::NOT_FOUND && !matches!(format, FindFormat::Mutt | FindFormat::Aerc) {
        if let Some(note) = note {
            eprintln!("tldops: {}", sanitize(&note));
        }
    }
    Ok(code)
}

fn answer(config: &Config, args: &FindArgs, format: FindFormat, evidence: Option<Evidence>) -> Result<i32> {
    if matches!(format, FindFormat::Mutt | FindFormat::Aerc) {
        return address_book(config, args, evidence.map(|e| e.line));
    }
    let query = match args.query.is_empty() {
        true => None,
        false => Some(Query::parse(&args.query).map_err(|e| usage(&e.to_string()))?),
    };
    let only = query.as_ref().and_then(Query::only_cctlds);
    let current = load_current_some(config, only.as_deref())?;
    let hits = match &query {
        Some(q) => q.run(&current.snapshots),
        None => every_cctld(&current.snapshots),
    };
    if hits.is_empty() {
        if let Some(ev) = &evidence {
            let directories: Vec<&str> = current.kept.iter().map(|k| k.directory.as_str()).collect();
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "find-evidence-no-contact",
                    evidence = ev.line.as_str(),
                    country = ev.country.as_str(),
                    directories = sanitize(&either(&directories))
                )
            );
            if format == FindFormat::Json {
                let v = json!({"snapshots": current.summary(config.now), "evidence": ev.json, "results": []});
                out!("{}", serde_json::to_string_pretty(&v)?);
            }
            return Ok(exit::NOT_FOUND);
        }
        // Suggestions look at everything, not only the ccTLDs asked for.
        let all = match only {
            Some(_) => current
                .kept
                .iter()
                .map(|k| current.store.load(k))
                .collect::<Result<Vec<_>>>()?,
            None => Vec::new(),
        };
        let snapshots = if all.is_empty() { &current.snapshots } else { &all };
        for line in no_match(&args.query, query.as_ref(), snapshots) {
            eprintln!("tldops: {line}");
        }
        if format == FindFormat::Json {
            out!(
                "{}",
                serde_json::to_string_pretty(&json!({"snapshots": current.summary(config.now), "results": []}))?
            );
        }
        return Ok(exit::NOT_FOUND);
    }
    let mut out = Vec::new();
    if let (Some(ev), FindFormat::Table) = (&evidence, format) {
        writeln!(out, "{}\n", ev.line)?;
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
            if hits.len() > 1 {
                writeln!(out, "\n{}", count_line(&hits, &current.names()))?;
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
        FindFormat::Mutt | FindFormat::Aerc => unreachable!("answered by address_book"),
    }
    crate::pager::show(&out, config.pager && format == FindFormat::Table)?;
    Ok(exit::OK)
}

/// Every ccTLD of every snapshot with all its people: `find` with no words.
fn every_cctld(snapshots: &[Snapshot]) -> Vec<Hit<'_>> {
    let mut hits: Vec<Hit> = snapshots
        .iter()
        .flat_map(|s| {
            s.cctlds.iter().map(|c| Hit {
                directory: &s.directory,
                cctld: c,
                contacts: c.contacts.iter().collect(),
                rank: Rank::Other,
            })
        })
        .collect();
    hits.sort_by(|a, b| (&a.cctld.code, a.directory).cmp(&(&b.cctld.code, b.directory)));
    hits
}

/// `TLD-OPS`, `TLD-OPS or AFTLD`: one name or another.
fn either(names: &[&str]) -> String {
    let mut names = names.iter();
    let first = names.next().map(|n| n.to_string()).unwrap_or_default();
    names.fold(first, |so_far, next| {
        crate::tr!("find-either", first = so_far, second = *next)
    })
}

/// The last line of a long answer: `12 contacts in 5 ccTLDs, from TLD-OPS serial 118`.
fn count_line(hits: &[Hit], from: &str) -> String {
    let mut codes: Vec<&str> = hits.iter().map(|h| h.cctld.code.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    crate::tr!(
        "find-count",
        contacts = hits.iter().map(|h| h.contacts.len()).sum::<usize>(),
        cctlds = codes.len(),
        from = from
    )
}

/// What to say when nothing matches: a ccTLD of the root zone that the
/// query names (by code or by its country's name in any language tldops
/// knows) and that no one answers for, else near misses.
fn no_match(words: &[String], query: Option<&Query>, snapshots: &[Snapshot]) -> Vec<String> {
    let asked = sanitize(&words.join(" "));
    if let Some(root) = named_cctld(words) {
        if !snapshots.iter().any(|s| s.cctlds.iter().any(|c| c.code == root.code)) {
            return vec![crate::tr!(
                "find-no-contact-yet",
                country = root.names[crate::i18n::current().index()],
                label = root.label
            )];
        }
    }
    let mut lines = vec![crate::tr!("find-nothing", query = asked)];
    let near = query.map(|q| q.suggestions(snapshots)).unwrap_or_default();
    if !near.is_empty() {
        lines.push(crate::tr!(
            "find-did-you-mean",
            suggestions = sanitize(&near.join(", "))
        ));
    }
    lines
}

/// The ccTLD of the root zone a query names by its code (`.ao`, `ao`) or by
/// its country's whole name in one of the reference languages.
fn named_cctld(words: &[String]) -> Option<&'static refdata::RootCctld> {
    let joined = words.join(" ");
    if let Some(root) = cctld_key(&joined).and_then(|k| refdata::lookup(&k)) {
        return Some(root);
    }
    let folded = fold_as_typed(&joined);
    if folded.is_empty() {
        return None;
    }
    refdata::all()
        .iter()
        .find(|r| r.all_names().any(|n| fold_as_typed(n) == folded))
}

/// A config that cannot be resolved, said as the command's format wants it:
/// on the message line for mutt, not at all for aerc, else as an error.
pub fn unconfigured(command: &Command, e: anyhow::Error) -> Result<i32> {
    match command {
        Command::Find(args) if matches!(args.format, FindFormat::Mutt | FindFormat::Aerc) && !args.json => {
            if args.format == FindFormat::Mutt {
                out!("{}", one_line(&said(&e)));
            }
            Ok(exit::FAILURE)
        }
        _ => Err(e),
    }
}

/// An error's words with their causes, as `tldops: ...`.
fn said(e: &anyhow::Error) -> String {
    let mut message = format!("tldops: {e}");
    for cause in e.chain().skip(1) {
        message.push_str(&format!(": {cause}"));
    }
    message
}

fn one_line(s: &str) -> String {
    crate::term::sanitize(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// `--format mutt` and `--format aerc`: a mail client runs these inside its
/// own screen, so nothing ever goes to standard error (it would be painted
/// over the screen). mutt shows the first line of standard output as its
/// message, an error when the exit status is not 0: every outcome, "no
/// match" and a stale snapshot included, is said there. aerc reads only
/// `address<TAB>name` lines.
fn address_book(config: &Config, args: &FindArgs, evidence: Option<String>) -> Result<i32> {
    english_for_mail_clients();
    let mutt = args.format == FindFormat::Mutt;
    let (code, message, lines) = match address_lines(config, args) {
        Ok((code, message, lines)) => match evidence {
            Some(line) => (code, format!("{line}: {message}"), lines),
            None => (code, message, lines),
        },
        Err(e) => {
            let code = if e.downcast_ref::<Misuse>().is_some() {
                exit::USAGE
            } else {
                exit::FAILURE
            };
            (code, said(&e), Vec::new())
        }
    };
    let out = std::io::stdout();
    let mut out = out.lock();
    if mutt {
        // One line, whatever the message holds.
        writeln!(out, "{}", one_line(&message))?;
    }
    for l in lines {
        writeln!(out, "{l}")?;
    }
    out.flush()?;
    Ok(code)
}

/// Mail clients read the lines of `--format mutt` and `aerc`: they are the
/// same in every language, evidence lines included.
fn english_for_mail_clients() {
    crate::i18n::set(crate::i18n::Choice {
        lang: crate::i18n::Lang::En,
        origin: "--format mutt or aerc",
    });
}

/// The exit status, the message line and the address lines of an address-book answer.
fn address_lines(config: &Config, args: &FindArgs) -> Result<(i32, String, Vec<String>)> {
    let query = match args.query.is_empty() {
        true => None,
        false => Some(Query::parse(&args.query).map_err(|e| Misuse(e.to_string()))?),
    };
    // Everything is loaded, so that "did you mean" looks everywhere.
    let current = load_current_silently(config, None)?;
    let hits = match &query {
        Some(q) => q.run(&current.snapshots),
        None => every_cctld(&current.snapshots),
    };
    let from = current
        .kept
        .iter()
        .map(|k| {
            let mut s = format!("{} serial {}", sanitize(&k.directory), k.serial);
            if config.now > k.expires {
                s.push_str(&format!(", STALE since {}", k.expires.format("%Y-%m-%d")));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ");
    if hits.is_empty() {
        let mut said = no_match(&args.query, query.as_ref(), &current.snapshots);
        if said[0].starts_with("nothing matches") {
            said[0] = format!("no match for `{}` in {from}", sanitize(&args.query.join(" ")));
        }
        return Ok((exit::NOT_FOUND, format!("tldops: {}", said.join("; ")), Vec::new()));
    }
    let mutt = args.format == FindFormat::Mutt;
    let lines: Vec<String> = hits
        .iter()
        .flat_map(|h| {
            h.contacts.iter().flat_map(move |c| {
                c.email.iter().map(move |e| {
                    let (e, name) = (sanitize(e), sanitize(&c.name));
                    if !mutt {
                        return format!("{e}\t{name}");
                    }
                    // The third column tells namesakes apart: `.sk CSIRT lead`.
                    match &c.role {
                        Some(role) => format!("{e}\t{name}\t.{} {}", sanitize(&h.cctld.label), sanitize(role)),
                        None => format!("{e}\t{name}\t.{}", sanitize(&h.cctld.label)),
                    }
                })
            })
        })
        .collect();
    let n = lines.len();
    let message = format!("tldops: {n} address{} from {from}", if n == 1 { "" } else { "es" });
    Ok((exit::OK, message, lines))
}
