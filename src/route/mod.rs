//! From an incident's evidence to the people who can act on it: items found
//! in free text, gathered by top-level domain with bounded memory, then
//! grouped by ccTLD against the current snapshots. No I/O and no printing.

pub mod draft;
pub mod evidence;
pub mod extract;

use crate::contact::{Cctld, Snapshot};
use crate::i18n::Lang;
use crate::refdata::{self, RootCctld, TldKind};
use evidence::{Invalid, Item};
use extract::Found;
use std::borrow::Borrow;
use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};

/// Distinct items kept; past this, items are counted and not listed.
pub const MAX_ITEMS: usize = 250_000;
/// Distinct skipped words kept.
pub const MAX_SKIPPED: usize = 10_000;

/// Items gathered so far, de-duplicated.
#[derive(Debug, Default)]
pub struct Gathered {
    /// Every item kept, found by its normal form (which decides its TLD).
    items: HashSet<Kept>,
    skipped: BTreeMap<String, Invalid>,
    /// Every item seen, repeats included.
    pub seen: u64,
    /// Distinct items and skipped words not kept once the caps were reached.
    pub dropped: u64,
    pub dropped_skipped: u64,
}

/// An item as a set holds it: by its normal form. Boxed, so that the
/// set's table stays small (it is copied as it grows).
#[derive(Debug)]
struct Kept(Box<Item>);

impl Borrow<str> for Kept {
    fn borrow(&self) -> &str {
        &self.0.text
    }
}

impl Hash for Kept {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.text.as_str().hash(state)
    }
}

impl PartialEq for Kept {
    fn eq(&self, other: &Kept) -> bool {
        self.0.text == other.0.text
    }
}

impl Eq for Kept {}

impl Gathered {
    /// Counts one piece of evidence, and keeps it when it is new and the
    /// caps allow: a copy is made only then.
    pub fn add(&mut self, found: &Found) {
        match found {
            Found::Item(item) => {
                self.seen += 1;
                if self.items.contains(item.text.as_str()) {
                    return;
                }
                if self.items.len() >= MAX_ITEMS {
                    self.dropped += 1;
                    return;
                }
                self.items.insert(Kept(Box::new(item.clone())));
            }
            Found::Skipped(text, why) => {
                if self.skipped.contains_key(text) {
                    return;
                }
                if self.skipped.len() >= MAX_SKIPPED {
                    self.dropped_skipped += 1;
                    return;
                }
                self.skipped.insert(text.clone(), why.clone());
            }
        }
    }

    /// Distinct items kept.
    pub fn distinct(&self) -> usize {
        self.items.len()
    }

    pub fn skipped(&self) -> impl Iterator<Item = (&String, &Invalid)> {
        self.skipped.iter()
    }

    /// The items kept, by TLD ("" for an IP address).
    fn by_tld(&self) -> BTreeMap<&str, Vec<&Item>> {
        let mut out: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
        for Kept(i) in &self.items {
            out.entry(i.tld.as_deref().unwrap_or("")).or_default().push(i);
        }
        out
    }
}

/// One ccTLD that evidence falls under, with where it sits in the snapshots.
#[derive(Debug)]
pub struct Group<'a> {
    pub root: &'static RootCctld,
    /// Each directory's entry for this ccTLD that has contacts.
    pub entries: Vec<(&'a str, &'a Cctld)>,
    /// Sorted by normal form, de-duplicated.
    pub items: Vec<&'a Item>,
}

/// Why an item falls under no ccTLD.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unmatched {
    Generic(&'static str),
    Infrastructure,
    NotInRootZone,
    Address,
}

impl Unmatched {
    /// A stable code for scripts.
    pub fn code(self) -> &'static str {
        match self {
            Unmatched::Generic(_) => "generic",
            Unmatched::Infrastructure => "infrastructure",
            Unmatched::NotInRootZone => "not-in-root-zone",
            Unmatched::Address => "ip-address",
        }
    }

    /// Says why, for the TLD `tld` (ASCII label or A-label), in English:
    /// the words of the JSON answers, the same in every language.
    pub fn describe(self, tld: &str) -> String {
        self.explain(Lang::En, tld)
    }

    /// Says why, for people, in `lang`.
    pub fn explain(self, lang: Lang, tld: &str) -> String {
        match self {
            Unmatched::Generic(label) => crate::tr!(lang => "route-generic", label = label),
            Unmatched::Infrastructure => crate::tr!(lang => "route-infrastructure", tld = tld),
            Unmatched::NotInRootZone => crate::tr!(lang => "route-not-in-root-zone", tld = tld),
            Unmatched::Address => crate::tr!(lang => "route-ip-address"),
        }
    }
}

/// What the evidence comes to.
#[derive(Debug)]
pub struct Routed<'a> {
    /// ccTLDs with at least one contact, by code.
    pub covered: Vec<Group<'a>>,
    /// ccTLDs of the root zone with no contact in any snapshot, by code.
    pub uncovered: Vec<Group<'a>>,
    /// Items under no ccTLD, by TLD then normal form.
    pub unmatched: Vec<(&'a Item, Unmatched)>,
    pub skipped: Vec<(&'a str, &'a Invalid)>,
}

impl<'a> Routed<'a> {
    pub fn new(gathered: &'a Gathered, snapshots: &'a [Snapshot]) -> Routed<'a> {
        let (mut covered, mut uncovered, mut unmatched) = (Vec::new(), Vec::new(), Vec::new());
        for (tld, mut items) in gathered.by_tld() {
            items.sort_unstable_by(|a, b| a.text.cmp(&b.text));
            let why = match refdata::tld_kind(tld) {
                _ if tld.is_empty() => Unmatched::Address,
                TldKind::Country(root) => {
                    let entries: Vec<(&str, &Cctld)> = snapshots
                        .iter()
                        .flat_map(|s| {
                            s.cctlds
                                .iter()
                                .filter(|c| c.code == root.code && !c.contacts.is_empty())
                                .map(move |c| (s.directory.as_str(), c))
                        })
                        .collect();
                    let group = Group { root, entries, items };
                    if group.entries.is_empty() {
                        uncovered.push(group);
                    } else {
                        covered.push(group);
                    }
                    continue;
                }
                TldKind::Generic(label) => Unmatched::Generic(label),
                TldKind::Infrastructure => Unmatched::Infrastructure,
                TldKind::NotInRootZone => Unmatched::NotInRootZone,
            };
            unmatched.extend(items.into_iter().map(|i| (i, why)));
        }
        Routed {
            covered,
            uncovered,
            unmatched,
            skipped: gathered.skipped().map(|(s, w)| (s.as_str(), w)).collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.covered.is_empty() && self.uncovered.is_empty() && self.unmatched.is_empty()
    }
}

/// Why one item is where it is: under a ccTLD (found in the root zone), or
/// not, and why.
pub fn place(item: &Item) -> Result<&'static RootCctld, Unmatched> {
    let Some(tld) = item.tld.as_deref() else {
        return Err(Unmatched::Address);
    };
    match refdata::tld_kind(tld) {
        TldKind::Country(root) => Ok(root),
        TldKind::Generic(label) => Err(Unmatched::Generic(label)),
        TldKind::Infrastructure => Err(Unmatched::Infrastructure),
        TldKind::NotInRootZone => Err(Unmatched::NotInRootZone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::schema::parse_snapshot;

    const DOC: &str = r#"
format = "tldops-snapshot/1"
directory = "TLD-OPS"
serial = 1
issued = 2026-11-01T06:00:00Z
expires = 2026-12-15T06:00:00Z
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
[[cctld]]
code = "рф"
[[cctld.contact]]
name = "Иван Иванов"
email = ["ivan@x.example"]
"#;

    #[test]
    fn evidence_is_grouped_by_cctld() {
        let snaps = vec![parse_snapshot(DOC.as_bytes()).unwrap()];
        let mut g = Gathered::default();
        let ex = extract::Extractor::new();
        for line in [
            "bank.co.tz hxxps://login.bank.co[.]tz/x",
            "bank.co.tz again, and BANK.co.tz.",
            "пример.рф and evil.km and google.com",
            "http://intranet.corp/ 192.0.2.1 bank..tz",
        ] {
            ex.line(line, &mut |f| g.add(&f));
        }
        let r = Routed::new(&g, &snaps);
        let groups: Vec<(&str, Vec<&str>)> = r
            .covered
            .iter()
            .map(|g| (g.root.code, g.items.iter().map(|i| i.text.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            vec![
                ("tz", vec!["bank.co.tz", "https://login.bank.co.tz/x"]),
                ("xn--p1ai", vec!["xn--e1afmkfd.xn--p1ai"])
            ]
        );
        assert_eq!(r.uncovered.iter().map(|g| g.root.code).collect::<Vec<_>>(), vec!["km"]);
        let unmatched: Vec<(&str, &str)> = r.unmatched.iter().map(|(i, w)| (i.text.as_str(), w.code())).collect();
        assert_eq!(
            unmatched,
            vec![
                ("192.0.2.1", "ip-address"),
                ("google.com", "generic"),
                ("http://intranet.corp/", "not-in-root-zone")
            ]
        );
        assert_eq!(r.skipped, vec![("bank..tz", &Invalid::EmptyLabel)]);
        assert_eq!(g.seen, 9);
    }
}
