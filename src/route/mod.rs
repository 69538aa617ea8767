//! From an incident's evidence to the people who can act on it: items found
//! in free text, gathered by top-level domain with bounded memory, then
//! grouped by ccTLD against the current snapshots. No I/O and no printing.

pub mod draft;
pub mod evidence;
pub mod extract;

use crate::contact::{Cctld, Snapshot};
use crate::i18n::Lang;
use crate::refdata::{self, RootCctld, TldKind};
use evidence::{Invalid, ItemRef, Kind};
use extract::FoundRef;
use extract::Lines;
use hashbrown::HashTable;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::io::{self, BufRead};

/// Distinct items kept; past this, items are counted and not listed.
pub const MAX_ITEMS: usize = 250_000;
/// Distinct skipped words kept.
pub const MAX_SKIPPED: usize = 10_000;

/// Items gathered so far, de-duplicated.
#[derive(Debug)]
pub struct Gathered {
    /// Distinct items and skipped words kept at most.
    caps: (usize, usize),
    /// The keys of the hash of a text, the same for every worker.
    hasher: RandomState,
    /// Every item kept, by the hash of its normal form (which decides its
    /// TLD): the hash, and where the normal form stands in `kept.text`, so
    /// that telling two items apart reads nothing else.
    table: HashTable<(u64, u32, u32)>,
    kept: Kept,
    /// The TLDs of the items kept ("" for an IP address), numbered in the
    /// order first met: grouping by number reads no item.
    tlds: HashMap<Box<str>, u32, foldhash::fast::RandomState>,
    /// Skipped words, by text (sorted only when asked for).
    skipped: HashMap<String, Invalid>,
    /// Every item seen, repeats included.
    pub seen: u64,
    /// Items and skipped words seen once the caps were reached, and not kept.
    pub dropped: u64,
    pub dropped_skipped: u64,
}

/// The items kept, in the order first found, their text in one buffer: one
/// allocation for all of them, not four for each.
#[derive(Debug, Default)]
struct Kept {
    text: String,
    items: Vec<KeptItem>,
}

#[derive(Debug)]
struct KeptItem {
    kind: Kind,
    /// The number of its TLD in `Gathered::tlds`.
    tld: u32,
    /// Where its text starts in `Kept::text`; then the ends of its normal
    /// form, host, U-label form (empty when it has none) and TLD (empty for
    /// an IP address).
    start: u32,
    ends: [u32; 4],
}

impl Kept {
    /// Keeps an item; gives where its normal form stands, or `None` when
    /// the buffer would pass 4 GiB (its offsets are 32 bits).
    fn push(&mut self, item: ItemRef<'_>, tld: u32) -> Option<(u32, u32)> {
        let unicode = item.unicode.unwrap_or("");
        let tld_text = item.tld.unwrap_or("");
        let size = item.text.len() + item.host.len() + unicode.len() + tld_text.len();
        let start = u32::try_from(self.text.len()).ok()?;
        if u32::try_from(self.text.len() + size).is_err() {
            return None;
        }
        let mut end = |s: &str| {
            self.text.push_str(s);
            self.text.len() as u32
        };
        let ends = [end(item.text), end(item.host), end(unicode), end(tld_text)];
        self.items.push(KeptItem {
            kind: item.kind,
            tld,
            start,
            ends,
        });
        Some((start, ends[0] - start))
    }

    fn get(&self, i: &KeptItem) -> ItemRef<'_> {
        let [text, host, unicode, tld] = i.ends.map(|e| e as usize);
        let start = i.start as usize;
        ItemRef {
            kind: i.kind,
            text: &self.text[start..text],
            host: &self.text[text..host],
            unicode: (unicode > host).then(|| &self.text[host..unicode]),
            tld: (tld > unicode).then(|| &self.text[unicode..tld]),
        }
    }
}

impl Default for Gathered {
    fn default() -> Gathered {
        Gathered::with_caps(MAX_ITEMS, MAX_SKIPPED)
    }
}

impl Gathered {
    fn with_caps(items: usize, skipped: usize) -> Gathered {
        Gathered {
            caps: (items, skipped),
            hasher: RandomState::new(),
            table: HashTable::new(),
            kept: Kept::default(),
            tlds: HashMap::default(),
            skipped: HashMap::new(),
            seen: 0,
            dropped: 0,
            dropped_skipped: 0,
        }
    }

    /// Reads every line and gathers the evidence in them. Gives the number
    /// of lines read, and the read error that stopped it, if one did.
    pub fn read<R: BufRead>(&mut self, lines: &mut Lines<R>) -> (u64, Option<io::Error>) {
        let hasher = self.hasher.clone();
        extract::extract_all(lines, &hasher, &mut |found, hash, count| {
            self.add_hashed(found, hash, count)
        })
    }

    /// Counts one piece of evidence, and keeps it when it is new and the
    /// caps allow.
    pub fn add(&mut self, found: FoundRef<'_>) {
        let hash = self.hasher.hash_one(found.text());
        self.add_hashed(found, hash, 1);
    }

    /// `add`, for a piece of evidence found `count` times, whose text hashes
    /// to `hash`.
    fn add_hashed(&mut self, found: FoundRef<'_>, hash: u64, count: u64) {
        match found {
            FoundRef::Item(item) => {
                self.seen += count;
                let text = &self.kept.text;
                let same = |&(h, start, len): &(u64, u32, u32)| {
                    h == hash && text.get(start as usize..(start + len) as usize) == Some(item.text)
                };
                if self.table.find(hash, same).is_some() {
                    return;
                }
                if self.table.len() >= self.caps.0 {
                    self.dropped += count;
                    return;
                }
                let tld = item.tld.unwrap_or("");
                let next = self.tlds.len() as u32;
                let number = match self.tlds.get(tld) {
                    Some(n) => *n,
                    None => *self.tlds.entry(tld.into()).or_insert(next),
                };
                match self.kept.push(item, number) {
                    Some((start, len)) => {
                        self.table.insert_unique(hash, (hash, start, len), |(h, _, _)| *h);
                    }
                    None => self.dropped += count,
                }
            }
            FoundRef::Skipped(text, why) => {
                if self.skipped.contains_key(text) {
                    return;
                }
                if self.skipped.len() >= self.caps.1 {
                    self.dropped_skipped += count;
                    return;
                }
                self.skipped.insert(text.to_string(), why.clone());
            }
        }
    }

    /// Distinct items kept.
    pub fn distinct(&self) -> usize {
        self.table.len()
    }

    /// The skipped words, sorted.
    pub fn skipped(&self) -> Vec<(&str, &Invalid)> {
        let mut out: Vec<(&str, &Invalid)> = self.skipped.iter().map(|(s, w)| (s.as_str(), w)).collect();
        out.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out
    }

    /// The items kept, by TLD ("" for an IP address), each group sorted by
    /// normal form; the groups in TLD order.
    fn by_tld(&self) -> Vec<(&str, Vec<ItemRef<'_>>)> {
        let mut groups: Vec<(&str, Vec<(&str, u32)>)> = vec![("", Vec::new()); self.tlds.len()];
        for (tld, n) in &self.tlds {
            groups[*n as usize].0 = tld;
        }
        for (n, i) in self.kept.items.iter().enumerate() {
            let text = &self.kept.text[i.start as usize..i.ends[0] as usize];
            groups[i.tld as usize].1.push((text, n as u32));
        }
        groups.sort_unstable_by(|a, b| a.0.cmp(b.0));
        sort_groups(&mut groups);
        groups
            .into_iter()
            .map(|(tld, items)| {
                let items = items
                    .into_iter()
                    .map(|(_, n)| self.kept.get(&self.kept.items[n as usize]));
                (tld, items.collect())
            })
            .collect()
    }

    /// Every item kept, in the order first found.
    #[cfg(test)]
    fn items(&self) -> impl Iterator<Item = ItemRef<'_>> {
        self.kept.items.iter().map(|i| self.kept.get(i))
    }
}

/// Sorts the items of every group by their text, the groups shared out
/// among the machine's cores (up to 8) by size: most of the time `route`
/// spends once the input is read.
fn sort_groups(groups: &mut [(&str, Vec<(&str, u32)>)]) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let total: usize = groups.iter().map(|g| g.1.len()).sum();
    let share = total.div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let mut rest = groups;
        while !rest.is_empty() {
            // Take groups until this share is full (at least one).
            let (mut size, mut n) = (0, 0);
            while n < rest.len() && (n == 0 || size + rest[n].1.len() <= share) {
                size += rest[n].1.len();
                n += 1;
            }
            let (mine, others) = rest.split_at_mut(n);
            rest = others;
            let sort = move || {
                for (_, items) in mine {
                    items.sort_unstable_by(|a, b| a.0.cmp(b.0));
                }
            };
            if rest.is_empty() {
                sort();
            } else {
                scope.spawn(sort);
            }
        }
    });
}

/// One ccTLD that evidence falls under, with where it sits in the snapshots.
#[derive(Debug)]
pub struct Group<'a> {
    pub root: &'static RootCctld,
    /// Each directory's entry for this ccTLD that has contacts.
    pub entries: Vec<(&'a str, &'a Cctld)>,
    /// Sorted by normal form, de-duplicated.
    pub items: Vec<ItemRef<'a>>,
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
    pub unmatched: Vec<(ItemRef<'a>, Unmatched)>,
    pub skipped: Vec<(&'a str, &'a Invalid)>,
}

impl<'a> Routed<'a> {
    pub fn new(gathered: &'a Gathered, snapshots: &'a [Snapshot]) -> Routed<'a> {
        let (mut covered, mut uncovered, mut unmatched) = (Vec::new(), Vec::new(), Vec::new());
        for (tld, items) in gathered.by_tld() {
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
            skipped: gathered.skipped(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.covered.is_empty() && self.uncovered.is_empty() && self.unmatched.is_empty()
    }
}

/// Why one item is where it is: under a ccTLD (found in the root zone), or
/// not, and why.
pub fn place(item: ItemRef<'_>) -> Result<&'static RootCctld, Unmatched> {
    let Some(tld) = item.tld else {
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
    use evidence::Item;
    use std::collections::BTreeMap;

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

    /// Everything found, for comparing two gatherings.
    fn summary(g: &Gathered) -> (Vec<String>, Vec<(String, String)>, [u64; 3]) {
        let mut items: Vec<String> = g.items().map(|i| format!("{:?}", i)).collect();
        items.sort();
        let skipped = g
            .skipped()
            .into_iter()
            .map(|(s, w)| (s.to_string(), w.code().to_string()))
            .collect();
        (items, skipped, [g.seen, g.dropped, g.dropped_skipped])
    }

    /// Lines read on several threads in batches are gathered as one thread
    /// reading them in order gathers them: the same items, counts and, past
    /// the caps, the same ones kept.
    #[test]
    fn threads_gather_as_one_reader_does() {
        let mut input = Vec::new();
        let mut n = 0u32;
        while input.len() < 7 * 1024 * 1024 {
            n += 1;
            let line = match n % 9 {
                _ if n.is_multiple_of(101) => format!("{} x{}.co.ls", "w".repeat(70_000 + (n as usize % 7)), n % 11),
                0 => format!(
                    "hxxps://login{}.bank.co[.]tz/verify?s={n}, see n{}.example.km",
                    n % 300,
                    n % 70
                ),
                1 => format!("From: <abuse{}@Bank{}.tz> and пример{}.рф\r", n % 5, n % 40, n % 30),
                2 => String::new(),
                3 => format!("bad{}..co.ke and xn--zz{}.ug and 192.0.2.{}", n % 20, n % 15, n % 250),
                _ => format!(
                    "{n},google{}.com,shop{}.com.sv,{}",
                    n % 9,
                    n,
                    "é".repeat(n as usize % 5)
                ),
            };
            input.extend_from_slice(line.as_bytes());
            input.extend_from_slice(if n.is_multiple_of(13) { b"\xff\n" } else { b"\n" });
        }
        for caps in [(MAX_ITEMS, MAX_SKIPPED), (500, 20)] {
            let mut threaded = Gathered::with_caps(caps.0, caps.1);
            let (lines, error) = threaded.read(&mut extract::Lines::new(&input[..]));
            assert!(error.is_none());

            let mut one = Gathered::with_caps(caps.0, caps.1);
            let ex = extract::Extractor::new();
            let mut reader = extract::Lines::new(&input[..]);
            let mut count = 0;
            while let Some(line) = reader.next_line().unwrap() {
                count += 1;
                ex.bytes(line, &mut |f| one.add(f.as_ref()));
            }
            assert_eq!(lines, count);
            let (a, b) = (summary(&threaded), summary(&one));
            assert_eq!(a.0.len().min(500), 500, "kept");
            assert!(!a.1.is_empty() && a.2[0] > 5_000, "{:?}", a.2);
            assert_eq!(a, b, "caps {caps:?}");
        }
    }

    /// The groups sorted on several threads are the groups and the order
    /// one sort gives, however unevenly the items fall under the TLDs.
    #[test]
    fn groups_are_sorted_as_one_thread_sorts_them() {
        let mut g = Gathered::default();
        let ex = extract::Extractor::new();
        // One TLD with most of the items, many with a few, one with one.
        for n in 0u32..30_000 {
            let tld = match n % 10 {
                0..=5 => "tz",
                6 => "com",
                _ => ["ke", "ug", "рф", "km", "ls", "bank", "sv"][(n as usize / 10) % 7],
            };
            let line = format!(
                "w{}.x{}.{tld} 192.0.2.{} a{}@m.{tld}",
                (n * 7919) % 30_011,
                n % 97,
                n % 256,
                n % 13
            );
            ex.line(&line, &mut |f| g.add(f.as_ref()));
        }
        ex.line("lonely.ao", &mut |f| g.add(f.as_ref()));
        let mut want: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for i in g.items() {
            want.entry(i.tld.unwrap_or("")).or_default().push(i.text);
        }
        for items in want.values_mut() {
            items.sort();
        }
        let got: BTreeMap<&str, Vec<&str>> = g
            .by_tld()
            .into_iter()
            .map(|(tld, items)| (tld, items.iter().map(|i| i.text).collect()))
            .collect();
        assert!(want.len() > 8 && want["tz"].len() > 10_000, "{}", want.len());
        assert_eq!(got, want);
        let tlds: Vec<&str> = g.by_tld().into_iter().map(|(t, _)| t).collect();
        assert!(tlds.is_sorted(), "{tlds:?}");
    }

    /// An item kept is given back as it was given, whichever of its parts
    /// are missing.
    #[test]
    fn kept_items_come_back_whole() {
        let ex = extract::Extractor::new();
        let mut given = Vec::new();
        for line in [
            "bank.co.tz",
            "пример.рф",
            "192.0.2.7",
            "a@пример.рф",
            "http://x.ভারত:8080/a",
            "google.com",
        ] {
            ex.line(line, &mut |f| {
                if let extract::Found::Item(i) = f {
                    given.push(i)
                }
            });
        }
        let mut kept = Kept::default();
        for (n, i) in given.iter().enumerate() {
            let (start, len) = kept.push(i.as_ref(), n as u32).unwrap();
            assert_eq!(&kept.text[start as usize..(start + len) as usize], i.text);
        }
        let back: Vec<Item> = kept.items.iter().map(|i| kept.get(i).to_item()).collect();
        assert_eq!(back, given);
        assert!(given.iter().any(|i| i.tld.is_none()) && given.iter().any(|i| i.unicode.is_some()));
    }

    /// A batch that ends after those behind it is still gathered in its
    /// place: with a cap of 500 items, which items are kept depends on it.
    #[test]
    fn a_batch_that_ends_last_is_gathered_in_its_place() {
        let mut input = b"\0slow\0\n".to_vec();
        let mut n = 0u32;
        while input.len() < 9 * 1024 * 1024 {
            n += 1;
            input.extend_from_slice(format!("x{n}.co.tz and y{n}.example.km\n").as_bytes());
        }
        let mut threaded = Gathered::with_caps(500, 20);
        threaded.read(&mut extract::Lines::new(&input[..]));
        let mut one = Gathered::with_caps(500, 20);
        let ex = extract::Extractor::new();
        let mut reader = extract::Lines::new(&input[..]);
        while let Some(line) = reader.next_line().unwrap() {
            ex.bytes(line, &mut |f| one.add(f.as_ref()));
        }
        assert!(one.items().any(|i| i.text == "x1.co.tz"));
        assert_eq!(summary(&threaded), summary(&one));
    }

    /// A worker that fails makes the reading fail, not wait for ever.
    #[test]
    fn a_worker_that_fails_is_not_waited_for() {
        let mut input = "bank.tz\n".repeat(200_000).into_bytes();
        input.extend_from_slice(b"\0fail\0\n");
        input.extend_from_slice("shop.tz\n".repeat(200_000).as_bytes());
        let read = std::panic::catch_unwind(move || Gathered::default().read(&mut extract::Lines::new(&input[..])).0);
        assert!(read.is_err());
    }

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
            ex.line(line, &mut |f| g.add(f.as_ref()));
        }
        let r = Routed::new(&g, &snaps);
        let groups: Vec<(&str, Vec<&str>)> = r
            .covered
            .iter()
            .map(|g| (g.root.code, g.items.iter().map(|i| i.text).collect()))
            .collect();
        assert_eq!(
            groups,
            vec![
                ("tz", vec!["bank.co.tz", "https://login.bank.co.tz/x"]),
                ("xn--p1ai", vec!["xn--e1afmkfd.xn--p1ai"])
            ]
        );
        assert_eq!(r.uncovered.iter().map(|g| g.root.code).collect::<Vec<_>>(), vec!["km"]);
        let unmatched: Vec<(&str, &str)> = r.unmatched.iter().map(|(i, w)| (i.text, w.code())).collect();
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
