//! The sheet as plain UTF-8 for 80 columns, pages separated by form feeds,
//! for `lp` and any screen.

use super::{Block, Sheet, SENSITIVITY, VERIFY_NOTE};
use crate::term::{pad, sanitize, width};

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

/// Joins the present parts with ` · `.
fn joined(parts: &[Option<String>]) -> String {
    parts.iter().flatten().cloned().collect::<Vec<_>>().join(" · ")
}

fn block_lines(b: &Block) -> Vec<String> {
    let mut out = Vec::new();
    let mut head = sanitize(&b.display);
    if let Some(c) = &b.country {
        head.push_str(&format!("  {}", sanitize(c)));
    }
    if let Some(r) = &b.registry {
        head.push_str(&format!(" · {}", sanitize(r)));
    }
    wrap(&head, 0, 5, &mut out);
    let reach = joined(&[
        b.emergency.as_ref().map(|e| format!("24x7 {}", sanitize(e))),
        b.utc_offset.as_deref().map(sanitize),
    ]);
    if !reach.is_empty() {
        wrap(&reach, 5, 5, &mut out);
    }
    for p in &b.people {
        let mut name = sanitize(&p.name);
        if let Some(r) = &p.role {
            name.push_str(&format!(" — {}", sanitize(r)));
        }
        wrap(&name, 2, 5, &mut out);
        if !p.phones.is_empty() {
            let phones: Vec<String> = p.phones.iter().map(|(k, n)| format!("{k} {}", sanitize(n))).collect();
            wrap(&phones.join(" · "), 5, 5, &mut out);
        }
        for e in &p.email {
            wrap(&sanitize(e), 5, 5, &mut out);
        }
        let last = joined(&[
            p.pgp.as_ref().map(|k| format!("PGP {}", sanitize(k))),
            p.languages.as_deref().map(sanitize),
        ]);
        if !last.is_empty() {
            wrap(&last, 5, 5, &mut out);
        }
    }
    out.push(String::new());
    out
}

/// Index entries (a ccTLD and its page) side by side, as many as fit a line.
fn index_lines(index: &[(String, usize)]) -> Vec<String> {
    const COLUMN: usize = 20;
    let entries: Vec<String> = index
        .iter()
        .map(|(d, n)| {
            let d = sanitize(d);
            if width(&d) <= COLUMN {
                format!("{}{n:>4}", pad(&d, COLUMN))
            } else {
                format!("{d} {n}")
            }
        })
        .collect();
    let mut out = vec!["INDEX".to_string(), String::new()];
    let mut line = String::new();
    for e in entries {
        if !line.is_empty() && width(&line) + 2 + width(&e) > WIDTH {
            wrap(&std::mem::take(&mut line), 0, 2, &mut out);
        }
        if !line.is_empty() {
            line.push_str("  ");
        }
        line.push_str(&e);
    }
    if !line.is_empty() {
        wrap(&line, 0, 2, &mut out);
    }
    out
}

/// Lays the sheet out in pages, with an index of ccTLDs and their pages.
pub fn render(sheet: &Sheet) -> String {
    let p = &sheet.provenance;
    let mut header = Vec::new();
    wrap(
        &format!("{} EMERGENCY CONTACT SHEET · {SENSITIVITY}", sanitize(&p.directory)),
        0,
        2,
        &mut header,
    );
    header.push("=".repeat(WIDTH));
    if p.stale {
        wrap(&format!("*** {} ***", p.stale_banner()), 0, 4, &mut header);
    }
    let mut footer = vec!["-".repeat(WIDTH)];
    for line in p.lines() {
        wrap(&sanitize(&line), 0, 2, &mut footer);
    }
    let body_lines = PAGE_LINES - header.len() - footer.len() - 1;

    // Pages of body lines; a block moves whole to the next page.
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    let mut index: Vec<(String, usize)> = Vec::new();
    let mut intro = Vec::new();
    wrap(VERIFY_NOTE, 0, 0, &mut intro);
    intro.push(String::new());
    pages[0].extend(intro);
    for (region, blocks) in &sheet.regions {
        let mut pending_region = Some(vec![region.to_uppercase(), String::new()]);
        for b in blocks {
            let mut lines = pending_region.take().unwrap_or_default();
            lines.extend(block_lines(b));
            let page = pages.last_mut().expect("at least one page");
            if page.len() + lines.len() > body_lines && !page.is_empty() {
                pages.push(Vec::new());
            }
            index.push((b.display.clone(), pages.len()));
            pages.last_mut().expect("at least one page").extend(lines);
        }
    }
    let mut page: Vec<String> = Vec::new();
    for line in index_lines(&index) {
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
        lines.push(format!("page {} of {total} · {SENSITIVITY}", i + 1));
        for l in lines {
            out.push_str(l.trim_end());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{index_lines, wrap, WIDTH};
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
    fn the_index_aligns_by_columns() {
        let index = [
            (".tz".to_string(), 1),
            (".中国 (xn--fiqs8s)".to_string(), 2),
            (".امارات (xn--mgbaam7a8h)".to_string(), 3),
            (".ke".to_string(), 12),
        ];
        let lines = index_lines(&index);
        assert_eq!(lines[..2], ["INDEX", ""]);
        // Entries of 24 columns, three to a line; a wider one takes its room.
        assert_eq!(
            lines[2],
            format!(
                ".tz{}1  .中国 (xn--fiqs8s)     2  .امارات (xn--mgbaam7a8h) 3",
                " ".repeat(20)
            )
        );
        assert_eq!(lines[3], format!(".ke{}12", " ".repeat(19)));
        assert!(lines.iter().all(|l| width(l) <= WIDTH));
    }
}
