//! Free text in, evidence out: input read in bounded lines, each refanged,
//! scanned by `linkify` for URLs, addresses and bare domains, and its other
//! dotted words checked so an invalid domain is reported, never guessed.

use super::evidence::{self, Invalid, Item};
use linkify::{LinkFinder, LinkKind};
use std::io::{self, BufRead};

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
        let text = text.as_ref();
        let mut covered: Vec<(usize, usize)> = Vec::new();
        for link in self.finder.links(text) {
            covered.push((link.start(), link.end()));
            let s = evidence::trim_url(link.as_str());
            let result = match link.kind() {
                LinkKind::Email => Some(evidence::email(s)),
                _ if s.contains("://") => Some(evidence::url(s)),
                _ => schemeless(s),
            };
            match result {
                Some(Ok(item)) => found(Found::Item(item)),
                Some(Err(why)) => found(Found::Skipped(s.to_string(), why)),
                None => {}
            }
        }
        // Dotted words linkify passed over: an invalid name it would not
        // take (`bank..co.tz`), or a valid one it missed.
        let mut links = covered.iter().peekable();
        for (start, word) in words(text) {
            if !word.contains('.') {
                continue;
            }
            let end = start + word.len();
            while links.peek().is_some_and(|l| l.1 <= start) {
                links.next();
            }
            if links.peek().is_some_and(|l| l.0 < end) {
                continue;
            }
            let word = word.trim_matches(FRAME);
            let word = word.strip_suffix(['.', ':']).unwrap_or(word);
            if let Some(result) = evidence::read_one(word) {
                match result {
                    Ok(item) => found(Found::Item(item)),
                    Err(why) => found(Found::Skipped(word.to_string(), why)),
                }
            }
        }
    }
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

/// The words of a line (split at ASCII white space), with where they start.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let base = s.as_ptr() as usize;
    s.split_ascii_whitespace().map(move |w| (w.as_ptr() as usize - base, w))
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
