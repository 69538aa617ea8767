//! What the words of a command select: the people of a query, a region.

use crate::current::Current;
use crate::error::usage;
use crate::export::Entry;
use crate::refdata::Region;
use crate::search::Query;
use anyhow::{Context, Result};

/// The people the arguments select, in directory and ccTLD order.
pub fn select<'a>(current: &'a Current, words: &[String]) -> Result<Vec<Entry<'a>>> {
    let mut out = Vec::new();
    let pair =
        |k: &'a crate::store::KeptSnapshot, c: &'a crate::contact::Cctld, p: &'a crate::contact::Contact| Entry {
            directory: &k.directory,
            serial: k.serial,
            issued: k.issued,
            cctld: c,
            contact: p,
        };
    if words.is_empty() {
        for (k, s) in current.kept.iter().zip(&current.snapshots) {
            for c in &s.cctlds {
                out.extend(c.contacts.iter().map(|p| pair(k, c, p)));
            }
        }
        return Ok(out);
    }
    let query = Query::parse(words).map_err(|e| usage(&e.to_string()))?;
    for hit in query.run(&current.snapshots) {
        let k = current
            .kept
            .iter()
            .find(|k| k.directory == hit.directory)
            .context("internal: hit without snapshot")?;
        out.extend(hit.contacts.iter().map(|p| pair(k, hit.cctld, p)));
    }
    Ok(out)
}

/// The ICANN region `--region` names, if any.
pub fn region_filter(arg: &Option<String>) -> Result<Option<Region>> {
    match arg {
        None => Ok(None),
        Some(r) => Region::parse(r)
            .map(Some)
            .ok_or_else(|| usage(&crate::tr!("selection-not-a-region", region = r.as_str()))),
    }
}
