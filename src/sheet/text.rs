//! The sheet as plain UTF-8 for 80 columns, pages separated by form feeds,
//! for `lp` and any screen.

use super::{Block, Sheet, SENSITIVITY, VERIFY_NOTE};

pub const WIDTH: usize = 80;
/// Lines per page: fits 66-line Letter and 70-line A4 printers alike.
pub const PAGE_LINES: usize = 64;

/// Wraps one logical line to the width, keeping its leading spaces and
/// continuing with `indent` spaces. A word longer than a line is cut, never lost.
fn wrap(line: &str, indent: usize, out: &mut Vec<String>) {
    let lead = line.len() - line.trim_start_matches(' ').len();
    let mut current = " ".repeat(lead);
    let mut fresh = true;
    for word in line[lead..].split(' ').filter(|w| !w.is_empty()) {
        let len = current.chars().count();
        if !fresh && len + 1 + word.chars().count() > WIDTH {
            out.push(std::mem::take(&mut current));
            current = " ".repeat(indent);
            fresh = true;
        }
        if !fresh {
            current.push(' ');
        }
        let mut word: Vec<char> = word.chars().collect();
        while current.chars().count() + word.len() > WIDTH {
            let room = WIDTH - current.chars().count();
            current.extend(word.drain(..room));
            out.push(std::mem::take(&mut current));
            current = " ".repeat(indent);
        }
        current.extend(word);
        fresh = false;
    }
    out.push(current);
}

fn block_lines(b: &Block) -> Vec<String> {
    let mut out = Vec::new();
    let mut head = b.display.clone();
    if let Some(c) = &b.country {
        head.push_str(&format!("  {c}"));
    }
    if let Some(r) = &b.registry {
        head.push_str(&format!(" · {r}"));
    }
    wrap(&head, 5, &mut out);
    let mut reach = Vec::new();
    if let Some(e) = &b.emergency {
        reach.push(format!("24x7 {e}"));
    }
    if let Some(o) = &b.utc_offset {
        reach.push(o.clone());
    }
    if !reach.is_empty() {
        wrap(&format!("     {}", reach.join(" · ")), 5, &mut out);
    }
    for p in &b.people {
        let mut name = format!("  {}", p.name);
        if let Some(r) = &p.role {
            name.push_str(&format!(" — {r}"));
        }
        wrap(&name, 5, &mut out);
        if !p.phones.is_empty() {
            let phones: Vec<String> = p.phones.iter().map(|(k, n)| format!("{k} {n}")).collect();
            wrap(&format!("     {}", phones.join(" · ")), 5, &mut out);
        }
        for e in &p.email {
            wrap(&format!("     {e}"), 5, &mut out);
        }
        let mut last = Vec::new();
        if let Some(k) = &p.pgp {
            last.push(format!("PGP {k}"));
        }
        if let Some(l) = &p.languages {
            last.push(l.clone());
        }
        if !last.is_empty() {
            wrap(&format!("     {}", last.join(" · ")), 5, &mut out);
        }
    }
    out.push(String::new());
    out
}

/// Lays the sheet out in pages, with an index of ccTLDs and their pages.
pub fn render(sheet: &Sheet) -> String {
    let p = &sheet.provenance;
    let mut header = vec![
        format!("{} EMERGENCY CONTACT SHEET · {SENSITIVITY}", p.directory),
        "=".repeat(WIDTH),
    ];
    if p.stale {
        let mut banner = Vec::new();
        wrap(&format!("*** {} ***", p.stale_banner()), 4, &mut banner);
        header.extend(banner);
    }
    let mut footer = vec!["-".repeat(WIDTH)];
    for line in p.lines() {
        wrap(&line, 2, &mut footer);
    }
    let body_lines = PAGE_LINES - header.len() - footer.len() - 1;

    // Pages of body lines; a block moves whole to the next page.
    let mut pages: Vec<Vec<String>> = vec![Vec::new()];
    let mut index: Vec<(String, usize)> = Vec::new();
    let mut intro = Vec::new();
    wrap(VERIFY_NOTE, 0, &mut intro);
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
    // The index of ccTLDs with their pages, four to a line.
    let entries: Vec<String> = index.iter().map(|(d, n)| format!("{d:<20}{n:>4}")).collect();
    let mut index_lines = vec!["INDEX".to_string(), String::new()];
    for chunk in entries.chunks(3) {
        wrap(&chunk.join("  "), 0, &mut index_lines);
    }
    let mut page: Vec<String> = Vec::new();
    for line in index_lines {
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
