//! `tldops show`: one ccTLD in full, with each contact's history.

use crate::cli::ShowArgs;
use crate::config::Config;
use crate::contact::Snapshot;
use crate::current::load_current;
use crate::diff::fields;
use crate::error::exit;
use crate::error::usage;
use crate::human::stamp;
use crate::present::{self, cctld_json, heading, table};
use crate::search::{cctld_key, Query};
use crate::term::sanitize;
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde_json::json;

/// When a person was first seen and last changed, as serials with their issue dates.
struct Seen {
    first: (u64, DateTime<Utc>),
    changed: (u64, DateTime<Utc>),
}

pub fn run(config: &Config, args: &ShowArgs) -> Result<i32> {
    let current = load_current(config)?;
    let key = match which_cctld(&args.query, &current.snapshots)? {
        Ok(key) => key,
        Err(code) => return Ok(code),
    };
    let mut found = false;
    let mut json_out = Vec::new();
    for (kept, snap) in current.kept.iter().zip(&current.snapshots) {
        let Some(cctld) = snap.cctlds.iter().find(|c| c.code == key) else {
            continue;
        };
        found = true;
        let history = current.store.cctld_history(&kept.directory, &key)?;
        let since = history.first().map(|h| h.0).unwrap_or(kept.serial);
        let seen: Vec<Seen> = cctld.contacts.iter().map(|c| seen(c, &key, &history)).collect();
        let contacts: Vec<_> = cctld.contacts.iter().collect();
        if args.json {
            let mut v = cctld_json(&kept.directory, cctld, &contacts, config.now);
            for (c, s) in v["contacts"].as_array_mut().into_iter().flatten().zip(&seen) {
                c["first_seen"] = json!({"serial": s.first.0, "issued": s.first.1});
                c["last_changed"] = json!({"serial": s.changed.0, "issued": s.changed.1});
            }
            v["in_directory_since_serial"] = json!(since);
            json_out.push(v);
        } else {
            let width = present::width();
            out!("{}", heading(cctld, config.now, config.color_out, width));
            let lang = crate::i18n::current();
            let region = crate::refdata::lookup(&cctld.code)
                .map(|r| r.region.local_name(lang))
                .unwrap_or_else(|| crate::tr!("show-region-none"));
            let line = crate::tr!(
                "show-region",
                region = region,
                directory = sanitize(&kept.directory),
                since = since.to_string(),
                serial = kept.serial.to_string()
            );
            out!("{}", present::wrapped(&line, 2, 4, width));
            let cells = seen
                .iter()
                .map(|s| {
                    crate::tr!(
                        "show-seen",
                        first = s.first.0.to_string(),
                        first_issued = stamp(s.first.1).split(' ').next().unwrap_or("").to_string(),
                        changed = s.changed.0.to_string(),
                        changed_issued = stamp(s.changed.1).split(' ').next().unwrap_or("").to_string()
                    )
                })
                .collect();
            let title = crate::tr!("show-seen-title");
            out!("{}", table(&contacts, Some((title.as_str(), cells)), width));
        }
    }
    if !found {
        match crate::refdata::lookup(&key) {
            Some(root) => eprintln!(
                "tldops: {}",
                crate::tr!(
                    "find-no-contact-yet",
                    country = root.names[crate::i18n::current().index()],
                    label = root.label
                )
            ),
            None => eprintln!("tldops: {}", crate::tr!("show-not-a-cctld", code = sanitize(&key))),
        }
        return Ok(exit::NOT_FOUND);
    }
    if args.json {
        out!(
            "{}",
            serde_json::to_string_pretty(&json!({"snapshots": current.summary(config.now), "results": json_out}))?
        );
    }
    Ok(exit::OK)
}

fn seen(c: &crate::contact::Contact, code: &str, history: &[crate::store::Appearance]) -> Seen {
    let id = c.identity(code);
    let mut first = None;
    let mut changed = None;
    let mut last: Option<&crate::contact::Contact> = None;
    for (serial, issued, contacts) in history {
        let Some(now) = contacts.iter().find(|p| p.identity(code) == id) else {
            last = None;
            continue;
        };
        if first.is_none() {
            first = Some((*serial, *issued));
        }
        if last.is_none_or(|l| fields(l) != fields(now)) {
            changed = Some((*serial, *issued));
        }
        last = Some(now);
    }
    let first = first.unwrap_or((0, DateTime::<Utc>::MIN_UTC));
    Seen {
        first,
        changed: changed.unwrap_or(first),
    }
}

/// The one ccTLD the words lead to: a ccTLD written as such (`.tz`, `tz`,
/// `рф`), else whatever `find` would match, when it is all in one ccTLD.
/// Several ccTLDs are listed with a request to narrow (exit 2); none is
/// said (exit 1).
fn which_cctld(words: &[String], snapshots: &[Snapshot]) -> Result<std::result::Result<String, i32>> {
    if let [word] = words {
        if let Some(key) = cctld_key(word).filter(|k| word.starts_with('.') || crate::refdata::lookup(k).is_some()) {
            return Ok(Ok(key));
        }
    }
    let query = Query::parse(words).map_err(|e| usage(&e.to_string()))?;
    let asked = sanitize(&words.join(" "));
    let mut codes: Vec<(&str, &str)> = query
        .run(snapshots)
        .iter()
        .map(|h| (h.cctld.code.as_str(), h.cctld.label.as_str()))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    match codes.as_slice() {
        [] => {
            eprintln!("tldops: {}", crate::tr!("show-nothing", query = asked.as_str()));
            Ok(Err(exit::NOT_FOUND))
        }
        [(code, _)] => Ok(Ok(code.to_string())),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(
                    |(code, label)| match crate::refdata::country_in(code, crate::i18n::current()) {
                        Some(name) => format!(".{} ({name})", sanitize(label)),
                        None => format!(".{}", sanitize(label)),
                    },
                )
                .collect();
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "show-many",
                    query = asked.as_str(),
                    count = many.len(),
                    list = list.join(", "),
                    first = sanitize(many[0].1)
                )
            );
            Ok(Err(exit::USAGE))
        }
    }
}
