//! The sheet as one self-contained HTML file for printing from a browser:
//! no script, no remote resource, print CSS with `@page`, everything escaped.

use super::block::{self, Emphasis, Kind, Span};
use super::{Block, Paper, Sheet};
use crate::tr;
use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
@page { size: PAPER; margin: 12mm 10mm 24mm 10mm;
  @bottom-center { content: PAGE_OF; font: 8pt "DejaVu Sans", sans-serif; } }
body { font: 8.5pt/1.3 "DejaVu Sans", "Noto Sans", sans-serif; color: #000; margin: 0 auto; max-width: 190mm; }
header h1 { font-size: 12pt; margin: 0 0 2mm 0; }
.sensitivity { font-weight: bold; }
.stale { border: 2px solid #000; font-weight: bold; padding: 1mm 2mm; margin: 2mm 0; }
.provenance { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; border-top: 1px solid #000; padding-top: 1mm; background: #fff; }
.provenance p { margin: 0; }
main { columns: 2; column-gap: 6mm; }
h2 { font-size: 10pt; text-transform: uppercase; border-bottom: 1px solid #000; margin: 3mm 0 1mm 0; break-after: avoid; column-span: all; }
article { break-inside: avoid; page-break-inside: avoid; margin: 0 0 2.5mm 0; }
article h3 { font-size: 9.5pt; margin: 0; }
article .reach { margin: 0 0 1mm 0; }
.person { margin-block: 0 1mm; margin-inline: 3mm 0; }
.person p { margin: 0; }
.num, .key { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
.emergency { font-weight: bold; font-size: 9pt; margin: 0; }
.quiet { font-size: 7.5pt; }
.qr { float: inline-end; width: 29mm; margin-block: 0 1mm; margin-inline: 2mm 0; }
.qr svg { width: 29mm; height: 29mm; display: block; }
.qr p { font-size: 6pt; line-height: 1.2; margin: 0; }
nav { break-before: page; columns: 3; font-size: 8pt; }
nav p { margin: 0; break-inside: avoid; }
nav h2 { column-span: all; }
nav a { color: #000; text-decoration: none; }
@media screen { .provenance { position: static; } }
"#;

/// A span as HTML. Numbers, fingerprints and addresses are left-to-right
/// isolates (`<bdi dir="ltr">`), so they read in order on a page that runs
/// right to left and need nothing on one that does not.
fn span_html(s: &Span) -> String {
    let t = esc(&s.text);
    match s.emphasis {
        Emphasis::Plain => t,
        Emphasis::Strong => format!("<strong>{t}</strong>"),
        Emphasis::Number => format!("<bdi dir=\"ltr\" class=\"num\">{t}</bdi>"),
        Emphasis::StrongNumber => format!("<strong><bdi dir=\"ltr\" class=\"num\">{t}</bdi></strong>"),
        Emphasis::Key => format!("<bdi dir=\"ltr\" class=\"key\">{t}</bdi>"),
        Emphasis::Quiet => format!("<span class=\"quiet\">{t}</span>"),
        Emphasis::Address => format!("<bdi dir=\"ltr\" class=\"addr\">{t}</bdi>"),
    }
}

/// "page n of m" for the print CSS: the message's own words around
/// `counter(page)` and `counter(pages)`, as CSS strings.
fn page_of_css(sheet: &Sheet) -> String {
    let (page, pages) = ("\u{e000}", "\u{e001}");
    let words = tr!(sheet.lang => "sheet-page", page = page, pages = pages);
    let quoted = |t: &str| {
        let t: String = t.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
        format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""))
    };
    let mut out = Vec::new();
    let mut rest = words.as_str();
    while let Some(at) = rest.find([page.chars().next().unwrap_or(' '), pages.chars().next().unwrap_or(' ')]) {
        let marker = rest[at..].chars().next().unwrap_or(' ');
        if at > 0 {
            out.push(quoted(&rest[..at]));
        }
        out.push(
            if marker == '\u{e000}' {
                "counter(page)"
            } else {
                "counter(pages)"
            }
            .to_string(),
        );
        rest = &rest[at + marker.len_utf8()..];
    }
    if !rest.is_empty() {
        out.push(quoted(rest));
    }
    out.join(" ")
}

fn block_html(b: &Block, out: &mut String) {
    let _ = write!(out, "<article id=\"{}\">", esc(&b.code));
    if let Some(code) = &b.qr {
        let svg = code.svg();
        let svg = svg.split_once("?>\n").map(|(_, s)| s).unwrap_or(&svg);
        out.push_str("<div class=\"qr\">");
        out.push_str(svg);
        if let Some(caption) = &b.qr_caption {
            let _ = write!(out, "<p>{}</p>", esc(caption));
        }
        out.push_str("</div>");
    }
    let mut person_open = false;
    for line in &b.lines {
        let inner: String = line.spans.iter().map(span_html).collect();
        match line.kind {
            Kind::Heading => {
                let _ = write!(out, "<h3>{inner}</h3>");
            }
            Kind::Emergency => {
                let _ = write!(out, "<p class=\"emergency\">{inner}</p>");
            }
            Kind::Detail => {
                let _ = write!(out, "<p class=\"reach\">{inner}</p>");
            }
            Kind::Name => {
                if person_open {
                    out.push_str("</div>");
                }
                person_open = true;
                let _ = write!(out, "<div class=\"person\"><p>{inner}</p>");
            }
            Kind::Item => {
                let _ = write!(out, "<p>{inner}</p>");
            }
        }
    }
    if person_open {
        out.push_str("</div>");
    }
    out.push_str("</article>\n");
}

/// In the sheet's language: `lang` and `dir` on the root element, so a
/// sheet in Arabic runs right to left, its columns and indents mirrored.
pub fn render(sheet: &Sheet, paper: Paper) -> String {
    let p = &sheet.provenance;
    let lang = sheet.lang;
    let sensitivity = sheet.text("sheet-sensitivity");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body>\n",
        lang.code(),
        if lang.is_rtl() { "rtl" } else { "ltr" },
        esc(&tr!(lang => "sheet-title-serial", directory = p.directory.as_str(), serial = p.serial.to_string())),
        STYLE.replace("PAPER", paper.css()).replace("PAGE_OF", &page_of_css(sheet))
    );
    let _ = write!(
        out,
        "<header><h1>{}</h1><p class=\"sensitivity\">{}</p><p>{}</p>",
        esc(&tr!(lang => "sheet-title", directory = p.directory.as_str())),
        esc(&sensitivity),
        esc(&sheet.text("sheet-verify"))
    );
    if p.stale {
        let _ = write!(out, "<p class=\"stale\">{}</p>", esc(&p.stale_banner(lang)));
    }
    out.push_str("</header>\n<footer class=\"provenance\">");
    for (i, line) in p.lines(lang).iter().enumerate() {
        if i == 2 {
            let _ = write!(out, "<p><bdi dir=\"ltr\" class=\"key\">{}</bdi></p>", esc(line));
        } else {
            let _ = write!(out, "<p>{}</p>", esc(line));
        }
    }
    let _ = write!(out, "<p>{}</p></footer>\n<main>\n", esc(&sensitivity));
    for (region, blocks) in &sheet.regions {
        let _ = writeln!(out, "<h2>{}</h2>", esc(region));
        for b in blocks {
            block_html(b, &mut out);
        }
    }
    let _ = write!(
        out,
        "</main>\n<nav><h2>{}</h2>\n",
        esc(&sheet.text("sheet-index-title"))
    );
    let all = sheet.regions.iter().flat_map(|(_, b)| b).map(|b| (b, 0));
    for e in block::index(all) {
        let _ = writeln!(
            out,
            "<p><a href=\"#{}\">{} <bdi>{}</bdi></a></p>",
            esc(&e.code),
            esc(&e.name),
            esc(&e.display)
        );
    }
    out.push_str("</nav>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping() {
        assert_eq!(
            super::esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}
