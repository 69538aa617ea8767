//! A vdir (one vCard per file, as khard and vdirsyncer read it) kept as a
//! mirror of the selected contacts: new people added, a card rewritten only
//! when its bytes change, the cards of people who left removed, and only
//! cards tldops can prove it wrote are ever replaced or removed.

use crate::export::uid;
use anyhow::{bail, Context, Result};
use calcard::vcard::{VCard, VCardProperty};
use std::collections::{BTreeMap, HashSet};
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

/// No card tldops writes comes near this; a larger file is not one of them.
const MAX_CARD: u64 = 1 << 20;

/// One card to keep in the vdir.
#[derive(Debug, Clone)]
pub struct Card {
    pub uid: String,
    /// The UID an older tldops gave the same person, to replace its card.
    pub legacy_uid: String,
    /// Who, for the report: `Amani Otieno (.tz)`.
    pub who: String,
    pub text: String,
}

/// What is in the vdir before the export, file by file.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    /// A card tldops wrote, under its current UID.
    Ours,
    /// A card an older tldops wrote, under a UID made before identities.
    Legacy,
    /// Anything else: left alone, and named with the reason.
    Foreign(String),
    /// A temporary file an interrupted export of tldops left behind.
    Leftover,
}

/// What an export did to the vdir, counted as it reached the disk.
#[derive(Debug, Default)]
pub struct Report {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    /// Cards of an older tldops replaced by the same person's card.
    pub renamed: usize,
    pub bytes: usize,
    /// Entries left alone because tldops did not write them: (name, why).
    pub skipped: Vec<(String, String)>,
    /// Cards that could not be written or removed: (file, who, error).
    pub failed: Vec<(String, String, String)>,
}

impl Report {
    /// Cards of the selection now in the vdir.
    pub fn present(&self) -> usize {
        self.added + self.updated + self.unchanged + self.renamed
    }
}

/// The UID of a parsed card, without `urn:uuid:`.
fn card_uid(card: &VCard) -> Option<&str> {
    let e = card.entries.iter().find(|e| e.name == VCardProperty::Uid)?;
    let v = e.values.first()?.as_text()?;
    Some(v.strip_prefix("urn:uuid:").unwrap_or(v))
}

/// Whether the card says what every tldops card says about its directory:
/// `ROLE:<directory> security contact for .xx` and `CATEGORIES:<directory>,.xx`.
fn has_tldops_content(card: &VCard, directories: &[&str]) -> bool {
    let text = |p: VCardProperty| -> Vec<String> {
        card.entries
            .iter()
            .filter(|e| e.name == p)
            .flat_map(|e| e.values.iter().filter_map(|v| v.as_text().map(str::to_string)))
            .collect()
    };
    let roles = text(VCardProperty::Role);
    let categories = text(VCardProperty::Categories);
    directories.iter().any(|d| {
        roles
            .iter()
            .any(|r| r.starts_with(&format!("{d} security contact for .")))
            && categories.first().is_some_and(|c| c == d)
    })
}

/// Sorts one entry of the vdir.
fn classify(dir: &Path, name: &str, directories: &[&str]) -> Found {
    let path = dir.join(name);
    if name.starts_with('.') && name.contains(".vcf.tmp-") {
        let inner = name[1..].split(".vcf.tmp-").next().unwrap_or("");
        if directories.iter().any(|d| uid::in_namespace(d, inner)) {
            return Found::Leftover;
        }
    }
    let meta = match std::fs::symlink_metadata(&path) {
        Ok(m) => m,
        Err(_) => return Found::Foreign(crate::tr!("vdir-unreadable")),
    };
    if meta.is_dir() {
        return Found::Foreign(crate::tr!("vdir-a-directory"));
    }
    if !meta.file_type().is_file() {
        return Found::Foreign(crate::tr!("vdir-not-regular"));
    }
    let Some(stem) = name.strip_suffix(".vcf") else {
        return Found::Foreign(crate::tr!("vdir-not-vcf"));
    };
    if !uid::is_tldops_shape(stem) {
        return Found::Foreign(crate::tr!("vdir-not-tldops"));
    }
    if meta.len() > MAX_CARD {
        return Found::Foreign(crate::tr!("vdir-too-large"));
    }
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Found::Foreign(crate::tr!("vdir-unreadable"));
    };
    if text.matches("BEGIN:VCARD").count() != 1 {
        return Found::Foreign(crate::tr!("vdir-not-single"));
    }
    let Ok(card) = VCard::parse(&text) else {
        return Found::Foreign(crate::tr!("vdir-unparsable"));
    };
    if card_uid(&card) != Some(stem) || !has_tldops_content(&card, directories) {
        return Found::Foreign(crate::tr!("vdir-lookalike"));
    }
    if directories.iter().any(|d| uid::in_namespace(d, stem)) {
        Found::Ours
    } else {
        Found::Legacy
    }
}

/// Creates `dir` 0700 if it does not exist, and its missing parents 0700
/// too (`~/.contacts/tld-ops` on a fresh account).
fn create(dir: &Path) -> Result<()> {
    if dir.exists() {
        if !dir.is_dir() {
            bail!(crate::tr!("vdir-not-a-directory", path = dir.display().to_string()));
        }
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| crate::tr!("cannot-create", path = dir.display().to_string()))
}

/// Makes `dir` hold exactly `cards` among the cards tldops wrote there.
/// `directories` are the directories whose cards tldops owns in it. Refuses a
/// non-empty directory that holds no tldops card unless `force`.
pub fn mirror(dir: &Path, cards: &[Card], directories: &[&str], force: bool) -> Result<Report> {
    create(dir)?;
    let mut found: BTreeMap<String, Found> = BTreeMap::new();
    let cannot = || crate::tr!("cannot-read", path = dir.display().to_string());
    for entry in std::fs::read_dir(dir).with_context(cannot)? {
        let entry = entry.with_context(cannot)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = classify(dir, &name, directories);
        found.insert(name, kind);
    }
    let ours = found
        .values()
        .filter(|f| matches!(f, Found::Ours | Found::Legacy))
        .count();
    let others = found.values().filter(|f| matches!(f, Found::Foreign(_))).count();
    if ours == 0 && others > 0 && !force {
        bail!(crate::tr!(
            "vdir-foreign",
            path = dir.display().to_string(),
            count = others
        ));
    }
    let mut report = Report::default();
    for (name, f) in &found {
        match f {
            Found::Foreign(why) => report.skipped.push((name.clone(), why.clone())),
            Found::Leftover => {
                let _ = std::fs::remove_file(dir.join(name));
            }
            _ => {}
        }
    }
    let wanted: HashSet<String> = cards.iter().map(|c| format!("{}.vcf", c.uid)).collect();
    let mut legacy_done: HashSet<String> = HashSet::new();
    for card in cards {
        let name = format!("{}.vcf", card.uid);
        let path = dir.join(&name);
        let legacy = format!("{}.vcf", card.legacy_uid);
        let state = found.get(&name);
        if let Some(Found::Foreign(_)) = state {
            report
                .failed
                .push((name, card.who.clone(), crate::tr!("vdir-not-ours")));
            continue;
        }
        if state == Some(&Found::Ours) && std::fs::read(&path).is_ok_and(|b| b == card.text.as_bytes()) {
            report.unchanged += 1;
            continue;
        }
        match crate::atomic::write_private(&path, card.text.as_bytes(), true) {
            Ok(()) => {
                report.bytes += card.text.len();
                if state == Some(&Found::Ours) {
                    report.updated += 1;
                } else if found.get(&legacy) == Some(&Found::Legacy)
                    && !wanted.contains(&legacy)
                    && legacy_done.insert(legacy.clone())
                {
                    match std::fs::remove_file(dir.join(&legacy)) {
                        Ok(()) => report.renamed += 1,
                        Err(e) => {
                            report.added += 1;
                            report.failed.push((
                                legacy,
                                card.who.clone(),
                                crate::tr!("vdir-old-not-removed", problem = e.to_string()),
                            ));
                        }
                    }
                } else {
                    report.added += 1;
                }
            }
            Err(e) => report.failed.push((name, card.who.clone(), format!("{e:#}"))),
        }
    }
    for (name, f) in &found {
        if !matches!(f, Found::Ours | Found::Legacy) || wanted.contains(name) || legacy_done.contains(name) {
            continue;
        }
        match std::fs::remove_file(dir.join(name)) {
            Ok(()) => report.removed += 1,
            Err(e) => report.failed.push((
                name.clone(),
                crate::tr!("vdir-who-left"),
                crate::tr!("vdir-not-removed", problem = e.to_string()),
            )),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tldops_content_is_its_role_and_categories() {
        let card = |role: &str, cats: &str| {
            VCard::parse(format!(
                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:x\r\nFN:A\r\nROLE:{role}\r\nCATEGORIES:{cats}\r\nEND:VCARD\r\n"
            ))
            .unwrap()
        };
        let cases = [
            (
                "a tldops card",
                card("TLD-OPS security contact for .tz", "TLD-OPS,.tz"),
                true,
            ),
            (
                "another directory",
                card("OTHER security contact for .tz", "OTHER,.tz"),
                false,
            ),
            (
                "no categories of ours",
                card("TLD-OPS security contact for .tz", "Friends"),
                false,
            ),
            ("a role of its own", card("Head of security", "TLD-OPS,.tz"), false),
        ];
        for (name, c, want) in cases {
            assert_eq!(has_tldops_content(&c, &["TLD-OPS"]), want, "{name}");
        }
    }
}
