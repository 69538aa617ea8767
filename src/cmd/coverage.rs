//! `tldops coverage`: which ccTLDs of the root zone nobody in the current
//! snapshots answers for yet, by region.

use crate::cli::RegionArgs;
use crate::config::Config;
use crate::current::load_current;
use crate::error::exit;
use crate::refdata::{self, Region};
use crate::selection::region_filter;
use crate::term::{pad, paint};
use anyhow::Result;
use serde_json::json;
use std::collections::BTreeSet;

pub fn run(config: &Config, args: &RegionArgs) -> Result<i32> {
    let only = region_filter(&args.region)?;
    let current = load_current(config)?;
    let covered: BTreeSet<&str> = current
        .snapshots
        .iter()
        .flat_map(|s| s.cctlds.iter().map(|c| c.code.as_str()))
        .collect();
    let regions: Vec<Region> = Region::ALL
        .into_iter()
        .filter(|r| only.is_none_or(|o| o == *r))
        .collect();
    let mut report = Vec::new();
    for region in &regions {
        let all = refdata::all().iter().filter(|c| c.region == *region).count();
        let missing: Vec<&refdata::RootCctld> = refdata::all()
            .iter()
            .filter(|c| c.region == *region && !covered.contains(c.code))
            .collect();
        report.push((region, all, missing));
    }
    let total: usize = report.iter().map(|r| r.1).sum();
    let missing: usize = report.iter().map(|r| r.2.len()).sum();
    let is_idn = |c: &&refdata::RootCctld| c.code.starts_with("xn--");
    if args.json {
        let v: Vec<_> = report
            .iter()
            .map(|(r, all, missing)| {
                json!({"region": r.name(), "ccTLDs": all, "covered": all - missing.len(),
                       "missing": missing.iter().map(|c| json!({"code": c.code, "label": c.label, "country": c.names[0]})).collect::<Vec<_>>()})
            })
            .collect();
        out!(
            "{}",
            serde_json::to_string_pretty(
                &json!({"snapshots": current.summary(config.now), "ccTLDs": total, "covered": total - missing, "regions": v})
            )?
        );
        return Ok(exit::OK);
    }
    let ascii_all = report
        .iter()
        .flat_map(|r| refdata::all().iter().filter(move |c| c.region == *r.0))
        .filter(|c| !c.code.starts_with("xn--"))
        .count();
    let ascii_missing: usize = report.iter().map(|r| r.2.iter().filter(|c| !is_idn(c)).count()).sum();
    let lang = crate::i18n::current();
    let (covered, ascii_covered) = (total - missing, ascii_all - ascii_missing);
    let (idn, idn_covered) = (total - ascii_all, (total - ascii_all) - (missing - ascii_missing));
    out!(
        "{}",
        match only {
            None => crate::tr!(
                "coverage-total",
                covered = covered,
                total = total,
                ascii_covered = ascii_covered,
                ascii = ascii_all,
                idn_covered = idn_covered,
                idn = idn,
                missing = missing
            ),
            Some(region) => crate::tr!(
                "coverage-total-region",
                covered = covered,
                total = total,
                region = region.local_name(lang),
                ascii_covered = ascii_covered,
                ascii = ascii_all,
                idn_covered = idn_covered,
                idn = idn,
                missing = missing
            ),
        }
    );
    for (region, all, missing) in &report {
        out!("");
        out!(
            "{}",
            paint(
                config.color_out,
                "1",
                &crate::tr!(
                    "coverage-region",
                    region = region.local_name(lang),
                    covered = all - missing.len(),
                    total = *all,
                    missing = missing.len()
                )
            )
        );
        for c in missing {
            let code = if c.code == c.label {
                format!(".{}", c.code)
            } else {
                format!(".{} ({})", c.label, c.code)
            };
            out!("  {} {}", pad(&code, 28), c.names[lang.index()]);
        }
    }
    Ok(exit::OK)
}
