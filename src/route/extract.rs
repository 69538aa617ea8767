//! Free text in, evidence out: input read in bounded lines, each refanged,
//! scanned by `linkify` for URLs, addresses and bare domains, and its other
//! dotted words checked so an invalid domain is reported, never guessed.

pub use super::evidence::ItemRef;
use super::evidence::{self, Invalid, Item, Kind};
use linkify::{LinkFinder, LinkKind};
use std::borrow::Cow;
use std::collections::hash_map::Entry as Slot;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, RandomState};
use std::io::{self, BufRead};
use std::sync::{mpsc, Mutex};

/// Longest piece of a line looked at once, in octets. A longer line is cut
/// at its last white space before this (or here, when it has none).
pub const MAX_LINE: usize = 64 * 1024;

/// What a line holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    Item(Item),
    /// Looked like a domain, URL or address, and is not one.
    Skipped(String, Invalid),
}

/// What was found in a batch of lines, its text packed into one buffer, so
/// that what a worker found crosses to the thread that gathers it in one
/// allocation, not one per name. Each entry carries the hash of its text
/// under the gatherer's keys, computed by the worker.
pub struct Packed {
    hasher: RandomState,
    text: String,
    entries: Vec<Entry>,
}

struct Entry {
    hash: u64,
    /// Times found in the batch.
    count: u32,
    /// Where the entry's text starts in `text`; its pieces end at `what`'s ends.
    start: u32,
    what: What,
}

enum What {
    Item {
        kind: Kind,
        /// Ends of the normal form, the host, the U-label form (empty when
        /// there is none) and the TLD (empty for an IP address).
        ends: [u32; 4],
    },
    Skipped(u32, Invalid),
}

/// One thing found, as `Packed` lends it.
#[derive(Debug, Clone, Copy)]
pub enum FoundRef<'a> {
    Item(ItemRef<'a>),
    Skipped(&'a str, &'a Invalid),
}

impl FoundRef<'_> {
    /// The text it is known by: an item's normal form, or the skipped word.
    pub fn text(&self) -> &str {
        match self {
            FoundRef::Item(i) => i.text,
            FoundRef::Skipped(s, _) => s,
        }
    }
}

impl Found {
    pub fn as_ref(&self) -> FoundRef<'_> {
        match self {
            Found::Item(i) => FoundRef::Item(i.as_ref()),
            Found::Skipped(s, why) => FoundRef::Skipped(s, why),
        }
    }
}

impl Packed {
    pub fn new(hasher: RandomState) -> Packed {
        Packed {
            hasher,
            text: String::with_capacity(BATCH),
            entries: Vec::with_capacity(BATCH / 64),
        }
    }

    /// Adds what was found; gives its place among the entries.
    pub fn push(&mut self, found: Found) -> u32 {
        let hash = self.hasher.hash_one(found.as_ref().text());
        let start = self.text.len() as u32;
        let mut end = |s: &str| {
            self.text.push_str(s);
            self.text.len() as u32
        };
        let what = match found {
            Found::Item(i) => What::Item {
                kind: i.kind,
                ends: [
                    end(&i.text),
                    end(&i.host),
                    end(i.unicode.as_deref().unwrap_or("")),
                    end(i.tld.as_deref().unwrap_or("")),
                ],
            },
            Found::Skipped(s, why) => What::Skipped(end(&s), why),
        };
        self.entries.push(Entry {
            hash,
            count: 1,
            start,
            what,
        });
        self.entries.len() as u32 - 1
    }

    /// Reads a piece of the batch found at `place`, or counts it again when
    /// `read` says it was read before in this batch.
    fn read_once<'b>(&mut self, place: Place, piece: &'b str, read: &mut ReadOnce<'b>) {
        match read.entry((place, piece)) {
            Slot::Occupied(e) => {
                if let Some(entry) = self.entries.get_mut(*e.get() as usize) {
                    entry.count = entry.count.saturating_add(1);
                }
            }
            Slot::Vacant(v) => {
                let at = read_piece(place, piece).map_or(u32::MAX, |f| self.push(f));
                v.insert(at);
            }
        }
    }

    /// Everything found, in the order first found, each thing with the
    /// hash of its text and the times it was found in the batch.
    pub fn for_each<'a>(&'a self, take: &mut impl FnMut(FoundRef<'a>, u64, u64)) {
        for entry in &self.entries {
            take(entry_ref(&self.text, entry), entry.hash, u64::from(entry.count));
        }
    }
}

fn entry_ref<'a>(text: &'a str, entry: &'a Entry) -> FoundRef<'a> {
    let mut start = entry.start as usize;
    let mut piece = |end: u32| {
        let s = &text[start..end as usize];
        start = end as usize;
        s
    };
    match &entry.what {
        What::Item { kind, ends } => {
            let (text, host, unicode, tld) = (piece(ends[0]), piece(ends[1]), piece(ends[2]), piece(ends[3]));
            FoundRef::Item(ItemRef {
                kind: *kind,
                text,
                host,
                unicode: (!unicode.is_empty()).then_some(unicode),
                tld: (!tld.is_empty()).then_some(tld),
            })
        }
        What::Skipped(end, why) => FoundRef::Skipped(piece(*end), why),
    }
}

/// Lines of at most `MAX_LINE` octets from a reader, without their line
/// ends, whatever the input holds: memory stays bounded by construction.
pub struct Lines<R> {
    inner: R,
    buf: Vec<u8>,
    /// Octets at the front of `buf` handed out last time, to drop first.
    spent: usize,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R) -> Lines<R> {
        Lines {
            inner,
            buf: Vec::with_capacity(1024),
            spent: 0,
        }
    }

    /// The next line (or piece of an over-long line), `None` at the end.
    pub fn next_line(&mut self) -> io::Result<Option<&[u8]>> {
        self.buf.drain(..self.spent);
        self.spent = 0;
        loop {
            // A piece kept from a long line may already hold a line end.
            if let Some(i) = memchr::memchr(b'\n', &self.buf) {
                self.spent = i + 1;
                return Ok(Some(trim_cr(&self.buf[..i])));
            }
            if self.buf.len() >= MAX_LINE {
                let window = &self.buf[..MAX_LINE];
                let cut = window
                    .iter()
                    .rposition(|b| b.is_ascii_whitespace())
                    .filter(|i| *i >= MAX_LINE / 2)
                    .map_or(MAX_LINE, |i| i + 1);
                self.spent = cut;
                return Ok(Some(&self.buf[..cut]));
            }
            let available = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                if self.buf.is_empty() {
                    return Ok(None);
                }
                self.spent = self.buf.len();
                return Ok(Some(trim_cr(&self.buf)));
            }
            let room = MAX_LINE - self.buf.len();
            let (take, end) = match memchr::memchr(b'\n', &available[..available.len().min(room)]) {
                Some(i) => (i + 1, true),
                None => (available.len().min(room), false),
            };
            self.buf.extend_from_slice(&available[..take]);
            self.inner.consume(take);
            if end {
                let i = self.buf.len() - 1;
                self.spent = i + 1;
                return Ok(Some(trim_cr(&self.buf[..i])));
            }
        }
    }
}

fn trim_cr(b: &[u8]) -> &[u8] {
    b.strip_suffix(b"\r").unwrap_or(b)
}

/// Octets of lines handed to a thread at once.
const BATCH: usize = 2 * 1024 * 1024;

/// Finds the evidence in every line of `lines`, on as many threads as the
/// machine has cores, and hands it to `take` in the order of the input, as
/// reading it line by line on one thread would: each thing with the hash
/// of its text under `hasher`, and the times it was found in a row. Gives
/// the number of lines read, and the read error that stopped it, if one
/// did.
///
/// Memory stays bounded: at most two batches of lines more than there are
/// threads, and what was found in them, are in flight at once.
pub fn extract_all<R: BufRead>(
    lines: &mut Lines<R>,
    hasher: &RandomState,
    take: &mut impl FnMut(FoundRef<'_>, u64, u64),
) -> (u64, Option<io::Error>) {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let in_flight_max = workers as u64 + 2;
    let (batch_tx, batch_rx) = mpsc::sync_channel::<(u64, Vec<u8>)>(in_flight_max as usize);
    let batch_rx = Mutex::new(batch_rx);
    // `None` says a worker failed: its batch will never come.
    let (found_tx, found_rx) = mpsc::channel::<(u64, Option<Packed>)>();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (batch_rx, found_tx) = (&batch_rx, found_tx.clone());
            scope.spawn(move || {
                let _failed = Failed(found_tx.clone());
                let extractor = Extractor::new();
                loop {
                    // A poisoned lock means another worker panicked: stop.
                    let next = match batch_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, batch)) = next else { return };
                    let mut found = Packed::new(hasher.clone());
                    // The pieces of this batch already read: a name is read
                    // once per batch, however often it comes back.
                    let mut read = ReadOnce::with_capacity_and_hasher(1 << 14, Default::default());
                    for line in split_lines(&batch) {
                        #[cfg(test)]
                        assert!(line != b"\0fail\0", "a worker fails");
                        #[cfg(test)]
                        if line == b"\0slow\0" {
                            // A batch that ends after the ones behind it.
                            std::thread::sleep(std::time::Duration::from_millis(300));
                        }
                        let text = std::str::from_utf8(line).map(evidence::refang);
                        match text {
                            Ok(Cow::Borrowed(text)) => extractor.pieces(text, &mut |place, piece| {
                                found.read_once(place, piece, &mut read);
                            }),
                            // Refanged: read as it is, the text lives for this line.
                            Ok(Cow::Owned(text)) => extractor.pieces(&text, &mut |place, piece| {
                                if let Some(f) = read_piece(place, piece) {
                                    found.push(f);
                                }
                            }),
                            Err(_) => extractor.bytes(line, &mut |f| {
                                found.push(f);
                            }),
                        }
                    }
                    if found_tx.send((seq, Some(found))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(found_tx);
        let (mut count, mut error) = (0u64, None);
        let (mut sent, mut merged) = (0u64, 0u64);
        let mut waiting = BTreeMap::new();
        let mut batch_tx = Some(batch_tx);
        loop {
            while let Some(tx) = batch_tx.as_ref().filter(|_| sent - merged < in_flight_max) {
                let (batch, read, more) = read_batch(lines, &mut error);
                count += read;
                if read > 0 {
                    if tx.send((sent, batch)).is_err() {
                        batch_tx = None;
                        break;
                    }
                    sent += 1;
                }
                if !more {
                    // No more batches: the workers stop once the queue is empty.
                    batch_tx = None;
                }
            }
            if merged == sent {
                break;
            }
            // A worker that failed has panicked: the scope's end says so.
            let Ok((seq, Some(found))) = found_rx.recv() else { break };
            waiting.insert(seq, found);
            while let Some(found) = waiting.remove(&merged) {
                found.for_each(take);
                merged += 1;
            }
        }
        (count, error)
    })
}

/// The pieces of a batch already read, and where what they were read as
/// stands among the batch's entries (`u32::MAX` for nothing). Hashed with
/// foldhash, seeded at random for each process: many times faster than
/// SipHash on short keys, and a table that lives for one batch of 2 MiB
/// bounds what keys chosen to collide could cost.
type ReadOnce<'b> = HashMap<(Place, &'b str), u32, foldhash::fast::RandomState>;

/// Tells the gathering thread, as a worker unwinds from a panic, that the
/// batch it held will never come, so that it stops waiting for it.
struct Failed(mpsc::Sender<(u64, Option<Packed>)>);

impl Drop for Failed {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let _ = self.0.send((u64::MAX, None));
        }
    }
}

/// The next lines, joined by line feeds, up to about `BATCH` octets; how
/// many there are; and whether there may be more after them.
fn read_batch<R: BufRead>(lines: &mut Lines<R>, error: &mut Option<io::Error>) -> (Vec<u8>, u64, bool) {
    let mut batch = Vec::with_capacity(BATCH + MAX_LINE);
    let mut read = 0;
    while batch.len() < BATCH {
        match lines.next_line() {
            Ok(Some(line)) => {
                if read > 0 {
                    batch.push(b'\n');
                }
                read += 1;
                batch.extend_from_slice(line);
            }
            Ok(None) => return (batch, read, false),
            Err(e) => {
                *error = Some(e);
                return (batch, read, false);
            }
        }
    }
    (batch, read, true)
}

/// The lines of a batch, split at its line feeds.
fn split_lines(batch: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut start = 0;
    let mut feeds = memchr::memchr_iter(b'\n', batch);
    std::iter::from_fn(move || {
        let from = start;
        if from > batch.len() {
            return None;
        }
        let end = feeds.next().unwrap_or(batch.len());
        start = end + 1;
        Some(&batch[from..end])
    })
}

/// Finds the evidence in lines of text.
pub struct Extractor {
    finder: LinkFinder,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

/// Punctuation that surrounds a word in prose, a list or a table.
const FRAME: &[char] = &[
    '<', '>', '(', ')', '[', ']', '{', '}', '"', '\'', '`', ',', ';', '!', '?', '*', '|',
];

impl Extractor {
    pub fn new() -> Extractor {
        let mut finder = LinkFinder::new();
        finder
            .url_must_have_scheme(false)
            .url_can_be_iri(true)
            .email_domain_must_have_dot(true);
        Extractor { finder }
    }

    /// Everything in one line of raw input (any bytes).
    pub fn bytes(&self, line: &[u8], found: &mut impl FnMut(Found)) {
        match std::str::from_utf8(line) {
            Ok(s) => self.line(s, found),
            Err(_) => self.line(&String::from_utf8_lossy(line), found),
        }
    }

    /// Everything in one line of text.
    pub fn line(&self, line: &str, found: &mut impl FnMut(Found)) {
        let text = evidence::refang(line);
        self.pieces(&text, &mut |place, piece| {
            if let Some(f) = read_piece(place, piece) {
                found(f)
            }
        });
    }

    /// The pieces of a refanged line worth reading, each with where it was
    /// found: what linkify finds, then the dotted words it passed over (an
    /// invalid name it would not take, `bank..co.tz`, or a valid one it
    /// missed).
    fn pieces<'t>(&self, text: &'t str, each: &mut impl FnMut(Place, &'t str)) {
        let mut covered: Vec<(usize, usize)> = Vec::new();
        for link in self.finder.links(text) {
            covered.push((link.start(), link.end()));
            let place = match link.kind() {
                LinkKind::Email => Place::Address,
                _ => Place::Link,
            };
            each(place, evidence::trim_url(link.as_str()));
        }
        let mut links = covered.iter().peekable();
        for (start, word) in dotted_words(text) {
            let end = start + word.len();
            while links.peek().is_some_and(|l| l.1 <= start) {
                links.next();
            }
            if links.peek().is_some_and(|l| l.0 < end) {
                continue;
            }
            let word = word.trim_matches(FRAME);
            each(Place::Word, word.strip_suffix(['.', ':']).unwrap_or(word));
        }
    }
}

/// Where a piece of a line was found, which decides how it is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Place {
    Address,
    Link,
    Word,
}

/// What a piece found at `place` is, if anything.
fn read_piece(place: Place, s: &str) -> Option<Found> {
    let result = match place {
        Place::Address => Some(evidence::email(s)),
        Place::Link if evidence::scheme_end(s).is_some() => Some(evidence::url(s)),
        Place::Link => schemeless(s),
        Place::Word => evidence::read_one(s),
    }?;
    Some(match result {
        Ok(item) => Found::Item(item),
        Err(why) => Found::Skipped(s.to_string(), why),
    })
}

/// A name linkify found without a scheme: a bare domain, or one with a
/// port or path. Only a name under a TLD of the root zone counts (a file
/// name such as `report.pdf` does not), or an IP address.
fn schemeless(s: &str) -> Option<Result<Item, Invalid>> {
    let host_end = s.find(['/', ':', '?', '#']).unwrap_or(s.len());
    let host = &s[..host_end];
    if let Some(ip) = evidence::ip(host) {
        return (host_end == s.len())
            .then_some(Ok(ip))
            .or_else(|| Some(evidence::url(s)));
    }
    if !evidence::looks_like_domain(host) {
        return None;
    }
    Some(if host_end == s.len() {
        evidence::domain(s)
    } else {
        evidence::url(s)
    })
}

/// The words of a line (split at ASCII white space) that hold a dot, with
/// where they start. Found from the dots, so the rest of the line is not
/// read.
fn dotted_words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = s.as_bytes();
    let mut dots = memchr::memchr_iter(b'.', b);
    let mut end = 0;
    std::iter::from_fn(move || {
        // The first dot past the last word given.
        let dot = dots.by_ref().find(|&d| d >= end)?;
        let start = b[..dot].iter().rposition(u8::is_ascii_whitespace).map_or(0, |i| i + 1);
        end = b[dot..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(b.len(), |i| dot + i);
        Some((start, &s[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Vec<String> {
        let mut out = Vec::new();
        Extractor::new().line(line, &mut |f| {
            out.push(match f {
                Found::Item(i) => format!("{} {}", i.kind.name(), i.text),
                Found::Skipped(s, why) => format!("skipped {s}: {}", why.code()),
            })
        });
        out
    }

    #[test]
    fn lines_of_text() {
        let long = format!("x.{}.tz", "a".repeat(70));
        let long_skipped = format!("skipped {long}: label-too-long");
        let cases: Vec<(&str, &str, Vec<&str>)> = vec![
            ("prose", "phishing at bank.co.tz, see report", vec!["domain bank.co.tz"]),
            (
                "defanged url",
                "hxxps://login.bank.co[.]tz/verify",
                vec!["url https://login.bank.co.tz/verify"],
            ),
            (
                "url with port",
                "(https://bank.tz:8443/a?b=1)",
                vec!["url https://bank.tz:8443/a?b=1"],
            ),
            (
                "email in angle brackets",
                "From: <abuse@Bank.tz>",
                vec!["email abuse@bank.tz"],
            ),
            ("defanged email", "abuse[@]bank[.]tz", vec!["email abuse@bank.tz"]),
            (
                "host with trailing dot",
                "NS ns2.nic.example.km.",
                vec!["domain ns2.nic.example.km"],
            ),
            ("u-label", "see пример.рф now", vec!["domain xn--e1afmkfd.xn--p1ai"]),
            ("a-label", "xn--e1afmkfd.xn--p1ai", vec!["domain xn--e1afmkfd.xn--p1ai"]),
            (
                "csv",
                "1,bank.tz,\"evil.co.ke\"",
                vec!["domain bank.tz", "domain evil.co.ke"],
            ),
            ("file names are not domains", "open report.pdf and v1.2.3", vec![]),
            ("ip", "from 192.0.2.7", vec!["domain 192.0.2.7"]),
            ("generic", "google.com", vec!["domain google.com"]),
            ("empty label", "bank..co.tz", vec!["skipped bank..co.tz: empty-label"]),
            ("long label", long.as_str(), vec![long_skipped.as_str()]),
            ("bad punycode", "xn--zz.tz", vec!["skipped xn--zz.tz: punycode"]),
            ("no dot", "nothing here at all", vec![]),
            (
                "indic host in an attribute",
                "<a href=\"http://x.ভারত:8080/a\">x</a>",
                vec!["url http://x.xn--45brj9c:8080/a"],
            ),
            ("tamil", "x.சிங்கப்பூர்", vec!["domain x.xn--clchc0ea0b2g2a9gcd"]),
        ];
        for (name, line, want) in cases {
            assert_eq!(found(line), want, "{name}");
        }
    }

    /// Words and lines found from their dots and line feeds are the ones
    /// splitting every octet finds, wherever the dots and spaces stand.
    #[test]
    fn dotted_words_and_lines_are_found_as_splitting_finds_them() {
        let pieces = [".", " ", "a", "\t", "é", "\n", "..", "\r\n", "x.y"];
        for s in crate::testing::every_string(&pieces, 5) {
            let base = s.as_ptr() as usize;
            let want: Vec<(usize, &str)> = s
                .split_ascii_whitespace()
                .filter(|w| w.contains('.'))
                .map(|w| (w.as_ptr() as usize - base, w))
                .collect();
            assert_eq!(dotted_words(&s).collect::<Vec<_>>(), want, "{s:?}");
            let lines: Vec<&[u8]> = split_lines(s.as_bytes()).collect();
            assert_eq!(lines, s.as_bytes().split(|b| *b == b'\n').collect::<Vec<_>>(), "{s:?}");
        }
    }

    #[test]
    fn lines_are_bounded() {
        let mut input = Vec::new();
        input.extend_from_slice(b"a.tz\r\n");
        input.extend(std::iter::repeat_n(b'x', MAX_LINE * 2 + 10));
        input.extend_from_slice(b"\nlast");
        let mut lines = Lines::new(std::io::BufReader::with_capacity(1000, &input[..]));
        let mut got = Vec::new();
        while let Some(l) = lines.next_line().unwrap() {
            got.push(l.len());
        }
        assert_eq!(got, vec![4, MAX_LINE, MAX_LINE, 10, 4]);
        // A long line is cut at white space.
        let text = format!("{} bank.tz {}\n", "y".repeat(MAX_LINE - 20), "z".repeat(40));
        let mut lines = Lines::new(text.as_bytes());
        let first = lines.next_line().unwrap().unwrap().to_vec();
        assert!(first.ends_with(b"bank.tz "), "{}", first.len());
    }
}
