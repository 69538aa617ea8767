//! One ccTLD's block as it is printed, built once: which lines, in which
//! order, with which emphasis. PDF, HTML and text only lay these lines out.

use crate::contact::{Cctld, Contact};
use crate::export::qr::Matrix;
use crate::i18n::Lang;
use crate::refdata;
use crate::snapshot::fields::{Fingerprint, Phone};
use crate::tr;
use chrono::{DateTime, Utc};

/// How a piece of a line is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emphasis {
    Plain,
    /// Bold: the ccTLD, names, the 24x7 line.
    Strong,
    /// A phone number: never broken across lines.
    Number,
    /// A phone number in bold (the 24x7 line).
    StrongNumber,
    /// A fingerprint: broken only between groups of four.
    Key,
    /// Smaller print: languages and notes.
    Quiet,
    /// An e-mail address: set as plain text, kept left to right on a sheet
    /// that runs right to left.
    Address,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub emphasis: Emphasis,
    pub text: String,
}

/// What a line is, which sets its indent and size in every renderer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `.tz  Tanzania`.
    Heading,
    /// `24x7 +255 22 000 0000`, bold, first under the heading.
    Emergency,
    /// The registry and the offsets from UTC.
    Detail,
    /// A person's name and role.
    Name,
    /// A phone, an address, a key, languages or a note of that person.
    Item,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub kind: Kind,
    pub spans: Vec<Span>,
}

impl Line {
    /// The line's text, as it reads.
    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

fn span(emphasis: Emphasis, text: impl Into<String>) -> Span {
    Span {
        emphasis,
        text: text.into(),
    }
}

/// One ccTLD: never split across pages.
#[derive(Debug, Clone)]
pub struct Block {
    pub code: String,
    /// `.tz`, or `.рф (xn--p1ai)`.
    pub display: String,
    /// The country or territory in the language of the sheet.
    pub country: Option<String>,
    pub lines: Vec<Line>,
    pub people: usize,
    /// The QR code of the block's contacts, when asked for.
    pub qr: Option<Matrix>,
    /// Whose card the QR code holds, printed under it.
    pub qr_caption: Option<String>,
}

/// A number as written, and where it differs, the form dialled from abroad:
/// `+44 (0)20 7946 0000 · dial +44 20 7946 0000`.
fn number(lang: Lang, strong: bool, written: &str, out: &mut Vec<Span>) {
    out.push(span(
        if strong {
            Emphasis::StrongNumber
        } else {
            Emphasis::Number
        },
        written,
    ));
    if let Some(dial) = Phone::parse(written).ok().and_then(|p| p.dialable_if_different()) {
        out.push(span(Emphasis::Plain, format!(" · {} ", tr!(lang => "sheet-dial"))));
        out.push(span(Emphasis::Number, dial));
    }
}

fn person(lang: Lang, c: &Contact, lines: &mut Vec<Line>) {
    let mut name = vec![span(Emphasis::Strong, c.name.clone())];
    if let Some(r) = &c.role {
        name.push(span(Emphasis::Plain, format!(" — {r}")));
    }
    lines.push(Line {
        kind: Kind::Name,
        spans: name,
    });
    let item = |spans| Line {
        kind: Kind::Item,
        spans,
    };
    for (kind, list) in [("sheet-office", &c.phone), ("sheet-mobile", &c.mobile)] {
        for p in list {
            let mut spans = vec![span(
                Emphasis::Plain,
                format!("{} ", crate::i18n::message(lang, kind, None)),
            )];
            number(lang, false, p, &mut spans);
            lines.push(item(spans));
        }
    }
    for e in &c.email {
        lines.push(item(vec![span(Emphasis::Address, e.clone())]));
    }
    if let Some(k) = &c.pgp {
        let grouped = Fingerprint::parse(k).map_or_else(|_| k.clone(), |f| f.grouped());
        lines.push(item(vec![span(Emphasis::Plain, "PGP "), span(Emphasis::Key, grouped)]));
    }
    if !c.languages.is_empty() {
        lines.push(item(vec![span(
            Emphasis::Quiet,
            tr!(lang => "sheet-speaks", languages = c.languages.join(", ")),
        )]));
    }
    if let Some(n) = &c.note {
        lines.push(item(vec![span(
            Emphasis::Quiet,
            tr!(lang => "sheet-note", note = n.as_str()),
        )]));
    }
}

/// Builds the block of one ccTLD and the contacts to print, in `lang`.
pub fn build(
    lang: Lang,
    cctld: &Cctld,
    contacts: &[&Contact],
    now: DateTime<Utc>,
    qr: Option<(Matrix, String)>,
) -> Block {
    let (qr, qr_caption) = qr.unzip();
    let country = refdata::country_in(&cctld.code, lang).map(str::to_string);
    let display = cctld.display();
    let mut lines = Vec::new();
    let mut heading = vec![span(Emphasis::Strong, display.clone())];
    if let Some(c) = &country {
        heading.push(span(Emphasis::Strong, format!("  {c}")));
    }
    lines.push(Line {
        kind: Kind::Heading,
        spans: heading,
    });
    if let Some(e) = &cctld.emergency_phone {
        let mut spans = vec![span(Emphasis::Strong, format!("{} ", tr!(lang => "sheet-emergency")))];
        number(lang, true, e, &mut spans);
        lines.push(Line {
            kind: Kind::Emergency,
            spans,
        });
    }
    let detail: Vec<String> = [cctld.registry.clone(), refdata::utc_offsets_in(&cctld.code, now, lang)]
        .into_iter()
        .flatten()
        .collect();
    if !detail.is_empty() {
        // One span each, so a right-to-left sheet sets each in its own
        // direction.
        let mut spans = Vec::new();
        for (i, d) in detail.into_iter().enumerate() {
            if i > 0 {
                spans.push(span(Emphasis::Plain, " · "));
            }
            spans.push(span(Emphasis::Plain, d));
        }
        lines.push(Line {
            kind: Kind::Detail,
            spans,
        });
    }
    for c in contacts {
        person(lang, c, &mut lines);
    }
    Block {
        code: cctld.code.clone(),
        display,
        country,
        lines,
        people: contacts.len(),
        qr,
        qr_caption,
    }
}

/// The index entry of a block: the country, else the ccTLD as written.
pub fn index_name(b: &Block) -> &str {
    b.country.as_deref().unwrap_or(&b.display)
}

/// One line of the index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct IndexEntry {
    /// The country, else the ccTLD as written.
    pub name: String,
    /// `.tz`, `.рф (xn--p1ai)`.
    pub display: String,
    /// The key, for a link.
    pub code: String,
    pub page: usize,
}

/// Blocks' index entries in alphabetical order of country, accents and case
/// folded (`Côte d'Ivoire` under C, `Åland` under A).
pub fn index<'b>(entries: impl IntoIterator<Item = (&'b Block, usize)>) -> Vec<IndexEntry> {
    let mut out: Vec<(String, IndexEntry)> = entries
        .into_iter()
        .map(|(b, page)| {
            let name = index_name(b).to_string();
            let entry = IndexEntry {
                name: name.clone(),
                display: b.display.clone(),
                code: b.code.clone(),
                page,
            };
            (crate::search::fold(&name), entry)
        })
        .collect();
    out.sort();
    out.into_iter().map(|(_, e)| e).collect()
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
code = "uk"
registry = "Nominet"
emergency_phone = "+44 (0)20 7946 0000"
[[cctld.contact]]
name = "Ann Example"
role = "CSIRT lead"
email = ["ann@nic.uk.example", "csirt@nic.uk.example"]
phone = ["+44 20 7946 0001"]
mobile = ["+44 (0)7911 123456", "+44 7700 900001"]
pgp = "0123456789ABCDEF0123456789ABCDEF01234567"
languages = ["en", "cy"]
note = "On leave in August: use the 24x7 line."
"#;

    #[test]
    fn a_block_holds_every_field_in_one_order() {
        let snap = parse_snapshot(DOC.as_bytes()).unwrap();
        let uk = &snap.cctlds[0];
        let people: Vec<&Contact> = uk.contacts.iter().collect();
        let now = "2026-11-02T00:00:00Z".parse().unwrap();
        let b = build(Lang::En, uk, &people, now, None);
        let got: Vec<(Kind, String)> = b.lines.iter().map(|l| (l.kind, l.text())).collect();
        let want = [
            (Kind::Heading, ".uk  United Kingdom"),
            (Kind::Emergency, "24x7 +44 (0)20 7946 0000 · dial +44 20 7946 0000"),
            (Kind::Detail, "Nominet · UTC+0, +1 in summer"),
            (Kind::Name, "Ann Example — CSIRT lead"),
            (Kind::Item, "office +44 20 7946 0001"),
            (Kind::Item, "mobile +44 (0)7911 123456 · dial +44 7911 123456"),
            (Kind::Item, "mobile +44 7700 900001"),
            (Kind::Item, "ann@nic.uk.example"),
            (Kind::Item, "csirt@nic.uk.example"),
            (Kind::Item, "PGP 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567"),
            (Kind::Item, "speaks en, cy"),
            (Kind::Item, "note: On leave in August: use the 24x7 line."),
        ];
        let want: Vec<(Kind, String)> = want.iter().map(|(k, t)| (*k, t.to_string())).collect();
        assert_eq!(got, want);
        // The 24x7 line is bold, the number whole.
        assert!(b.lines[1]
            .spans
            .iter()
            .all(|s| matches!(s.emphasis, Emphasis::Strong | Emphasis::StrongNumber)
                || s.text.contains("dial")
                || s.emphasis == Emphasis::Number));
        assert_eq!(b.lines[1].spans[1].emphasis, Emphasis::StrongNumber);
    }

    #[test]
    fn the_index_is_alphabetical_by_country() {
        let mk = |code: &str, country: Option<&str>| Block {
            code: code.into(),
            display: format!(".{code}"),
            country: country.map(str::to_string),
            lines: vec![],
            people: 0,
            qr: None,
            qr_caption: None,
        };
        let blocks = [
            mk("za", Some("South Africa")),
            mk("ci", Some("Côte d'Ivoire")),
            mk("ax", Some("Åland Islands")),
            mk("cd", Some("Congo (Democratic Republic)")),
            mk("zz", None),
        ];
        let got: Vec<String> = index(blocks.iter().zip(1..))
            .into_iter()
            .map(|e| format!("{} {} {}", e.name, e.display, e.page))
            .collect();
        assert_eq!(
            got,
            [
                "Åland Islands .ax 3",
                "Congo (Democratic Republic) .cd 4",
                "Côte d'Ivoire .ci 2",
                "South Africa .za 1",
                ".zz .zz 5"
            ]
        );
    }
}
