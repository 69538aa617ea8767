//! The sheet as plain UTF-8 for 80 columns, pages separated by form feeds,
//! for `lp` and any screen.

use super::block::{self, Emphasis, IndexEntry, Kind, Line};
use super::{Block, Sheet};
use crate::term::{pad, sanitize_isolated as sanitize, width};
use crate::tr;

pub const WIDTH: usize = 80;
/// Lines per page: fits 66-line Letter and 70-line A4 printers alike.
pub const PAGE_LINES: usize = 64;

/// Wraps one logical line to the width by display columns (a CJK character
/// takes two), starting with `first` spaces and continuing with `rest`. A
/// word longer than a line is broken, never lost. Give it sanitised text.
fn wrap(text: &str, first: usize, rest: usize, out: &mut Vec<String>) {
    let (first, rest) = (" ".repeat(first), " ".repeat(rest));
    // textwrap adds up the widths of single characters; an emoji made wide
    // by a variation selector is wider than that, so narrow until it fits.
    let mut limit = WIDTH;
    loop {
        let options = textwrap::Options::new(limit)
            .initial_indent(&first)
            .subsequent_indent(&rest)
            .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit)
            .break_words(true);
        let lines = textwrap::wrap(text, options);
        let over = lines.iter().map(|l| width(l)).max().unwrap_or(0).saturating_sub(WIDTH);
        if over == 0 || limit <= rest.len() + 2 {
            out.extend(lines.into_iter().map(|l| l.trim_end().to_string()));
            return;
        }
        limit = limit.saturating_sub(over).max(rest.len() + 2);
    }
}

/// Where a line of each kind starts, and where its continuation lines do.
fn indents(kind: Kind) -> (usize, usize) {
    match kind {
        Kind::Heading => (0, 5),
        Kind::Emergency | Kind::Detail => (2, 5),
        Kind::Name => (2, 5),
        Kind::Item => (5, 7),
    }
}

/// A line's text, with the spaces inside a phone number made no-break so
/// the number never breaks across lines (a fingerprint may break between
/// groups, an address has no space to break at). On a right-to-left sheet
/// numbers, addresses and fingerprints are left-to-right isolates, so their
/// digits and dots stay in order beside Arabic.
fn protected(line: &Line, rtl: bool) -> String {
    let isolate = |t: String| if rtl { format!("{LRI}{t}{PDI}") } else { t };
    line.spans
        .iter()
        .map(|s| match s.emphasis {
            Emphasis::Number | Emphasis::StrongNumber => isolate(sanitize(&s.text).replace(' ', NO_BREAK)),
            Emphasis::Key | Emphasis::Address => isolate(sanitize(&s.text)),
            _ => sanitize(&s.text),
        })
        .collect()
}

const NO_BREAK: &str = "\u{a0}";
/// Left-to-right isolate and pop directional isolate (Unicode bidi).
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

fn block_lines(b: &Block, rtl: bool) -> Vec<String> {
    let mut out = Vec::new();
    for line in &b.lines {
        let (first, rest) = indents(line.kind);
        let mut wrapped = Vec::new();
        wrap(&protected(line, rtl), first, rest, &mut wrapped);
        out.extend(wrapped.into_iter().map(|l| l.replace(NO_BREAK, " ")));
    }
    out.push(String::new());
    out
}

/// A line set flush right, for a sheet that runs right to left: its
/// indent moves to the right-hand side.
fn flush_right(line: &str) -> String {
    let text = line.trim_start();
    let indent = line.len() - text.len();
    let room = WIDTH.saturating_sub(width(text) + indent);
    format!("{}{text}", " ".repeat(room))
}

/// The index: countries in alphabetical order with their ccTLDs and pages,
/// two to a line where they fit, a longer one on a line of its own, never
/// cut short.
fn index_lines(title: &str, index: &[IndexEntry]) -> Vec<String> {
    const COLUMN: usize = 34;
    let mut out = vec![title.to_string(), String::new()];
    let mut pending: Option<String> = None;
    for IndexEntry {
        name, display, page, ..
    } in index
    {
        let entry = format!("{} {}", sanitize(name), sanitize(display));
        if width(&entry) < COLUMN {
            let cell = format!("{}{page:>4}", pad(&entry, COLUMN));
            match pending.take() {
                Some(left) => out.push(format!("{left}    {cell}")),
                None => pending = Some(cell),
            }
        } else {
            out.extend(pending.take());
            wrap(&format!("{entry} {page}"), 0, 2, &mut out);
        }
    }
    out.extend(pending);
    out
}

/// Lays the sheet out in pages, with an index of ccTLDs and their pages.
/// In the sheet's language; a sheet in Arabic has its lines set flush right.
pub fn render(sheet: &Sheet) -> String {
    let p = &sheet.provenance;
    let lang = sheet.lang;
    let rtl = lang.is_rtl();
    let sensitivity = sheet.text("sheet-sensitivity");
    let mut header = Vec::new();
    wrap(
        &format!(
            "{} · {sensitivity}",
            tr!(lang => "sheet-title-text", directory = sanitize(&p.directory))
        ),
        0,
        2,
        &mut header,
    );
    header.push("=".repeat(WIDTH));
    if p.stale {
        wrap(&format!("*** {} ***", p.stale_banner(lang)), 0, 4, &mut header);
    }
    let mut footer = vec!["-".repeat(WIDTH)];
    for (i, line) in p.lines(lang).iter().enumerate() {
        let line = sanitize(line);
        // The hash, a fingerprint list: left to right even in Arabic.
        let line = if rtl && i == 2 {
            format!("{LRI}{line}{PDI}")
        } else {
            line
        };
        wrap(&line, 0, 2, &mut footer);
    }
    let body_lines = PAGE_LINES - header.len() - footer.len() - 1;

    // Pages of body lines; a block moves whole to the next page.
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    let mut placed: Vec<(&Block, usize)> = Vec::new();
    let mut intro = Vec::new();
    wrap(&sheet.text("sheet-verify"), 0, 0, &mut intro);
    intro.push(String::new());
    pages[0].extend(intro);
    for (region, blocks) in &sheet.regions {
        let mut pending_region = Some(vec![region.to_uppercase(), String::new()]);
        for b in blocks {
            let mut lines = pending_region.take().unwrap_or_default();
            lines.extend(block_lines(b, rtl));
            let page = pages.last_mut().expect("at least one page");
            if page.len() + lines.len() > body_lines && !page.is_empty() {
                pages.push(Vec::new());
            }
            placed.push((b, pages.len()));
            pages.last_mut().expect("at least one page").extend(lines);
        }
    }
    let mut page: Vec<String> = Vec::new();
    for line in index_lines(&sheet.text("sheet-index"), &block::index(placed)) {
        if page.len() == body_lines {
            pages.push(std::mem::take(&mut page));
        }
        page.push(line);
    }
    if pages.last().is_some_and(|p| p.len() + page.len() <= body_lines) {
        pages
            .last_mut()
            .expect("at least one page")
            .extend(std::iter::once(String::new()).chain(page));
    } else {
        pages.push(page);
    }
    let total = pages.len();
    let mut out = String::new();
    for (i, body) in pages.iter().enumerate() {
        if i > 0 {
            out.push('\x0c');
        }
        let mut lines: Vec<String> = header.clone();
        lines.extend(body.iter().cloned());
        while lines.len() < PAGE_LINES - footer.len() - 1 {
            lines.push(String::new());
        }
        lines.extend(footer.iter().cloned());
        lines.push(format!(
            "{} · {sensitivity}",
            tr!(lang => "sheet-page", page = i + 1, pages = total)
        ));
        for l in lines {
            let l = l.trim_end();
            if rtl && !l.is_empty() {
                out.push_str(&flush_right(l));
            } else {
                out.push_str(l);
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{index_lines, wrap, IndexEntry, WIDTH};
    use crate::term::width;

    #[test]
    fn lines_keep_to_the_width_in_columns_and_lose_nothing() {
        let long_cjk = "中国互联网络信息中心".repeat(10);
        let long_word = "x".repeat(300);
        let emoji = "☎\u{fe0f}".repeat(60);
        let cases: [(&str, &str, usize, usize, usize); 7] = [
            ("short", "Amani Mfano", 2, 5, 1),
            ("empty", "", 0, 0, 1),
            ("words", &"word ".repeat(40), 0, 5, 3),
            ("cjk without spaces", &long_cjk, 0, 5, 3),
            ("arabic", &"محمد الحسن ".repeat(12), 2, 5, 2),
            ("unbreakable", &long_word, 5, 5, 4),
            ("emoji wide by a variation selector", &emoji, 0, 0, 2),
        ];
        for (name, text, first, rest, lines) in cases {
            let mut out = Vec::new();
            wrap(text, first, rest, &mut out);
            assert_eq!(out.len(), lines, "{name}: {out:#?}");
            for l in &out {
                assert!(width(l) <= WIDTH, "{name}: {} columns: {l}", width(l));
            }
            assert!(out[0].starts_with(&" ".repeat(first)), "{name}");
            let back: String = out.concat().split_whitespace().collect();
            let want: String = text.split_whitespace().collect();
            assert_eq!(back, want, "{name}");
        }
    }

    #[test]
    fn the_index_pairs_entries_and_never_cuts_a_name() {
        let long = "Saint Helena, Ascension and Tristan da Cunha".to_string();
        let entry = |name: &str, display: &str, page| IndexEntry {
            name: name.into(),
            display: display.into(),
            code: String::new(),
            page,
        };
        let index = [
            entry("Åland Islands", ".ax", 1),
            entry("China", ".中国 (xn--fiqs8s)", 2),
            entry(&long, ".sh", 3),
            entry("Tanzania", ".tz", 12),
        ];
        let lines = index_lines("INDEX", &index);
        assert_eq!(lines[..2], ["INDEX", ""]);
        assert_eq!(
            lines[2],
            format!(
                "Åland Islands .ax{}1    China .中国 (xn--fiqs8s){}2",
                " ".repeat(20),
                " ".repeat(13)
            )
        );
        assert_eq!(lines[3], format!("{long} .sh 3"));
        assert_eq!(lines[4], format!("Tanzania .tz{}12", " ".repeat(24)));
        assert!(lines.iter().all(|l| width(l) <= WIDTH));
    }
}
