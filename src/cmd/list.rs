//! `tldops list`: every ccTLD of the current snapshots, by ICANN region.

use crate::cli::RegionArgs;
use crate::config::Config;
use crate::current::load_current;
use crate::error::exit;
use crate::refdata::{self, Region};
use crate::selection::region_filter;
use crate::term::{pad, paint, sanitize};
use anyhow::Result;
use serde_json::json;

/// Parses `--region`, or exits 2 naming the choices.
pub fn run(config: &Config, args: &RegionArgs) -> Result<i32> {
    let only = region_filter(&args.region)?;
    let current = load_current(config)?;
    let mut rows: Vec<(Option<Region>, String, &crate::contact::Cctld)> = Vec::new();
    for (kept, snap) in current.kept.iter().zip(&current.snapshots) {
        for c in &snap.cctlds {
            let region = refdata::lookup(&c.code).map(|r| r.region);
            if only.is_none() || region == only {
                rows.push((region, kept.directory.clone(), c));
            }
        }
    }
    rows.sort_by(|a, b| (a.0.is_none(), a.0, &a.2.code).cmp(&(b.0.is_none(), b.0, &b.2.code)));
    if args.json {
        let list: Vec<_> = rows
            .iter()
            .map(|(r, d, c)| {
                json!({"directory": d, "code": c.code, "label": c.label, "region": r.map(|r| r.name()),
                       "country": refdata::country(&c.code), "contacts": c.contacts.len()})
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        let lang = crate::i18n::current();
        let mut last: Option<Option<Region>> = None;
        for (region, _, c) in &rows {
            if last != Some(*region) {
                let n = rows.iter().filter(|r| r.0 == *region).count();
                let name = region
                    .map(|r| r.local_name(lang))
                    .unwrap_or_else(|| crate::tr!("region-none"));
                out!("{}", paint(config.color_out, "1", &format!("{name} ({n})")));
                last = Some(*region);
            }
            let country = refdata::country_in(&c.code, lang).unwrap_or("");
            let code = format!(".{}", sanitize(&c.label));
            out!(
                "  {} {} {}",
                pad(&code, 10),
                pad(country, 40),
                crate::tr!("list-contacts", count = c.contacts.len())
            );
        }
    }
    Ok(if rows.is_empty() { exit::NOT_FOUND } else { exit::OK })
}
