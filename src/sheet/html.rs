//! The sheet as one self-contained HTML file for printing from a browser:
//! no script, no remote resource, print CSS with `@page`, everything escaped.

use super::block::{self, Emphasis, Kind, Span};
use super::{Block, Paper, Sheet, SENSITIVITY, VERIFY_NOTE};
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
  @bottom-center { content: "page " counter(page) " of " counter(pages); font: 8pt "DejaVu Sans", sans-serif; } }
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
.person { margin: 0 0 1mm 3mm; }
.person p { margin: 0; }
.num, .key, .addr { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
.emergency { font-weight: bold; font-size: 9pt; margin: 0; }
.quiet { font-size: 7.5pt; }
.qr { float: right; width: 29mm; margin: 0 0 1mm 2mm; }
.qr svg { width: 29mm; height: 29mm; display: block; }
.qr p { font-size: 6pt; line-height: 1.2; margin: 0; }
nav { break-before: page; columns: 3; font-size: 8pt; }
nav p { margin: 0; break-inside: avoid; }
nav h2 { column-span: all; }
nav a { color: #000; text-decoration: none; }
@media screen { .provenance { position: static; } }
"#;

fn span_html(s: &Span) -> String {
    let t = esc(&s.text);
    match s.emphasis {
        Emphasis::Plain => t,
        Emphasis::Strong => format!("<strong>{t}</strong>"),
        Emphasis::Number => format!("<span class=\"num\">{t}</span>"),
        Emphasis::StrongNumber => format!("<strong class=\"num\">{t}</strong>"),
        Emphasis::Key => format!("<span class=\"key\">{t}</span>"),
        Emphasis::Quiet => format!("<span class=\"quiet\">{t}</span>"),
    }
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

pub fn render(sheet: &Sheet, paper: Paper) -> String {
    let p = &sheet.provenance;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{} emergency contact sheet, serial {}</title><style>{}</style></head><body>\n",
        esc(&p.directory),
        p.serial,
        STYLE.replace("PAPER", paper.css())
    );
    let _ = write!(
        out,
        "<header><h1>{} emergency contact sheet</h1><p class=\"sensitivity\">{}</p><p>{}</p>",
        esc(&p.directory),
        esc(SENSITIVITY),
        esc(VERIFY_NOTE)
    );
    if p.stale {
        let _ = write!(out, "<p class=\"stale\">{}</p>", esc(&p.stale_banner()));
    }
    out.push_str("</header>\n<footer class=\"provenance\">");
    for line in p.lines() {
        let _ = write!(out, "<p>{}</p>", esc(&line));
    }
    let _ = write!(out, "<p>{}</p></footer>\n<main>\n", esc(SENSITIVITY));
    for (region, blocks) in &sheet.regions {
        let _ = writeln!(out, "<h2>{}</h2>", esc(region));
        for b in blocks {
            block_html(b, &mut out);
        }
    }
    out.push_str("</main>\n<nav><h2>Index</h2>\n");
    let all = sheet.regions.iter().flat_map(|(_, b)| b).map(|b| (b, 0));
    for e in block::index(all) {
        let _ = writeln!(
            out,
            "<p><a href=\"#{}\">{} {}</a></p>",
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
