//! The sheet as PDF with krilla: fonts embedded and subsetted, text that
//! extracts back as Unicode, two columns inside 190 x 259 mm so A4 and Letter
//! both print it unscaled, a ccTLD block never split across pages, provenance
//! and "page n of m" on every page, and an index of ccTLDs with their pages.

use super::block::{self, Emphasis, Kind};
use super::fonts::{FontFace, Fonts};
use super::{Block, Paper, Sheet, AREA_MM};
use crate::export::qr::Matrix;
use crate::tr;
use anyhow::{anyhow, Result};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Transform};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::TextDirection;
use krilla::Document;

const MM: f32 = 72.0 / 25.4;
const GAP: f32 = 6.0 * MM;
/// Room kept for a QR code; the code itself is drawn 25.5 mm wide (quiet
/// zone not counted), so it scans off paper.
const QR_SIZE: f32 = 29.0 * MM;
const QR_CODE: f32 = 25.5 * MM;
const BODY: f32 = 8.0;
const LEAD: f32 = 10.0;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Style {
    Regular(f32),
    Bold(f32),
    Mono(f32),
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Regular(s) | Style::Bold(s) | Style::Mono(s) => s,
        }
    }
}

#[derive(Debug, Clone)]
struct Line {
    spans: Vec<(Style, String)>,
    /// Text set flush right in the line's width (an index's page number).
    right: Option<(Style, String)>,
    /// Spans never broken across lines (phone numbers).
    whole: Vec<(Style, String)>,
    indent: f32,
    height: f32,
}

impl Line {
    fn one(style: Style, text: String, indent: f32) -> Line {
        Line {
            spans: vec![(style, text)],
            right: None,
            whole: Vec::new(),
            indent,
            height: style.size() * 1.25,
        }
    }
}

/// A word measured for textwrap's first-fit: its width, and the space
/// after it.
#[derive(Debug)]
struct Word {
    style: Style,
    text: String,
    width: f32,
    space: f32,
    spaced: bool,
}

impl Word {
    fn new(layout: &Layout<'_>, style: Style, text: String) -> Word {
        Word {
            width: layout.width_of(style, &text),
            style,
            text,
            space: 0.0,
            spaced: false,
        }
    }
}

impl textwrap::core::Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// What goes where: lines and QR codes at positions on pages.
enum Item {
    Text { x: f32, y: f32, width: f32, line: Line },
    Qr { x: f32, y: f32, code: Matrix },
}

struct Layout<'f> {
    fonts: &'f Fonts,
    /// Right to left: columns from the right, lines set flush right.
    rtl: bool,
    /// Origin of the printable area on the page, in points.
    ox: f32,
    width: f32,
    body_top: f32,
    body_bottom: f32,
    columns: usize,
    pages: Vec<Vec<Item>>,
    column: usize,
    y: f32,
}

impl<'f> Layout<'f> {
    fn face(&self, style: Style) -> &'f FontFace {
        match style {
            Style::Regular(_) => &self.fonts.regular,
            Style::Bold(_) => &self.fonts.bold,
            Style::Mono(_) => &self.fonts.mono,
        }
    }

    fn width_of(&self, style: Style, text: &str) -> f32 {
        let mut missing = Vec::new();
        self.fonts
            .runs(self.face(style), text, &mut missing)
            .iter()
            .map(|r| r.face.width(&r.text, style.size()))
            .sum()
    }

    fn column_width(&self) -> f32 {
        (self.width - GAP * (self.columns as f32 - 1.0)) / self.columns as f32
    }

    /// Wraps a line to `width` with textwrap's first-fit over words measured
    /// in the fonts that draw them: a line breaks at spaces, never inside a
    /// phone number, a fingerprint only between its groups, and a word
    /// inside only when it alone is wider than the line. Continuation lines
    /// are indented a little further.
    fn wrap(&self, line: Line, width: f32) -> Vec<Line> {
        let fits = |l: &Line| l.indent + l.spans.iter().map(|(s, t)| self.width_of(*s, t)).sum::<f32>() <= width;
        if fits(&line) {
            return vec![line];
        }
        let more = line.indent + 8.0;
        let room = (width - more).max(1.0);
        let mut words: Vec<Word> = Vec::new();
        for (style, text) in &line.spans {
            let pieces: Vec<&str> = if line.whole.contains(&(*style, text.clone())) {
                vec![text.as_str()]
            } else {
                text.split(' ').collect()
            };
            for (i, piece) in pieces.iter().enumerate() {
                if i > 0 {
                    if let Some(w) = words.last_mut() {
                        w.space = self.width_of(w.style, " ");
                        w.spaced = true;
                    }
                }
                if piece.is_empty() {
                    continue;
                }
                // A word wider than a line is cut where it must be.
                let mut current = String::new();
                for c in piece.chars() {
                    current.push(c);
                    if self.width_of(*style, &current) > room && current.chars().count() > 1 {
                        current.pop();
                        words.push(Word::new(self, *style, std::mem::take(&mut current)));
                        current.push(c);
                    }
                }
                words.push(Word::new(self, *style, current));
            }
        }
        let widths = [(width - line.indent) as f64, room as f64];
        let lines = textwrap::wrap_algorithms::wrap_first_fit(&words, &widths);
        lines
            .into_iter()
            .enumerate()
            .map(|(i, ws)| {
                let mut spans: Vec<(Style, String)> = Vec::new();
                for (k, w) in ws.iter().enumerate() {
                    let text = if w.spaced && k + 1 < ws.len() {
                        format!("{} ", w.text)
                    } else {
                        w.text.clone()
                    };
                    match spans.last_mut() {
                        Some((s, t)) if *s == w.style => t.push_str(&text),
                        _ => spans.push((w.style, text)),
                    }
                }
                Line {
                    spans,
                    right: None,
                    whole: Vec::new(),
                    indent: if i == 0 { line.indent } else { more },
                    height: line.height,
                }
            })
            .collect()
    }

    fn block_lines(&self, b: &Block, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        for l in &b.lines {
            let (indent, height) = match l.kind {
                Kind::Heading => (0.0, 12.0),
                Kind::Emergency => (0.0, 11.5),
                Kind::Detail => (0.0, LEAD),
                Kind::Name => (6.0, LEAD + 1.5),
                Kind::Item => (14.0, LEAD),
            };
            let mut line = Line {
                spans: Vec::new(),
                right: None,
                whole: Vec::new(),
                indent,
                height,
            };
            for sp in &l.spans {
                let style = match (l.kind, sp.emphasis) {
                    (Kind::Heading, _) => Style::Bold(9.5),
                    (Kind::Emergency, Emphasis::Strong | Emphasis::StrongNumber) => Style::Bold(9.0),
                    (_, Emphasis::Strong | Emphasis::StrongNumber) => Style::Bold(BODY),
                    (_, Emphasis::Number) => Style::Mono(BODY),
                    (_, Emphasis::Key) => Style::Mono(7.2),
                    (_, Emphasis::Quiet) => Style::Regular(7.0),
                    (_, Emphasis::Plain | Emphasis::Address) => Style::Regular(BODY),
                };
                if matches!(sp.emphasis, Emphasis::Number | Emphasis::StrongNumber) {
                    line.whole.push((style, sp.text.clone()));
                }
                line.spans.push((style, sp.text.clone()));
            }
            lines.extend(self.wrap(line, width));
        }
        lines
    }

    /// The characters of a block that no font here shows.
    fn missing_in(&self, b: &Block) -> Vec<char> {
        let mut missing = Vec::new();
        for l in &b.lines {
            for sp in &l.spans {
                self.fonts.runs(&self.fonts.regular, &sp.text, &mut missing);
            }
        }
        if let Some(c) = &b.qr_caption {
            self.fonts.runs(&self.fonts.regular, c, &mut missing);
        }
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    fn next_column(&mut self) {
        self.column += 1;
        if self.column >= self.columns {
            self.column = 0;
            self.pages.push(Vec::new());
        }
        self.y = self.body_top;
    }

    /// The left edge of the current column: the first column is on the
    /// left, or on the right when the sheet runs right to left.
    fn x(&self) -> f32 {
        let column = if self.rtl {
            self.columns - 1 - self.column
        } else {
            self.column
        };
        self.ox + column as f32 * (self.column_width() + GAP)
    }

    /// Places lines (and a QR code with its caption) that must stay together.
    fn place(&mut self, lines: Vec<Line>, qr: Option<(Matrix, Vec<Line>)>, space_after: f32) {
        let text_height: f32 = lines.iter().map(|l| l.height).sum();
        let height = match &qr {
            Some((_, caption)) => text_height.max(QR_SIZE + 2.0 + caption.iter().map(|l| l.height).sum::<f32>()),
            None => text_height,
        };
        let column_height = self.body_bottom - self.body_top;
        if self.y + height > self.body_bottom && self.y > self.body_top {
            self.next_column();
        }
        let x = self.x();
        if let Some((code, caption)) = qr {
            // At the end of the line: right, or left on a right-to-left sheet.
            let qx = if self.rtl { x } else { x + self.column_width() - QR_SIZE };
            let mut y = self.y;
            let page = self.pages.last_mut().expect("a page");
            page.push(Item::Qr { x: qx, y, code });
            y += QR_SIZE;
            for line in caption {
                y += line.height;
                page.push(Item::Text {
                    x: qx,
                    y,
                    width: QR_SIZE,
                    line,
                });
            }
        }
        let split = height > column_height;
        for line in lines {
            if split && self.y + line.height > self.body_bottom {
                self.next_column();
            }
            let x = self.x();
            self.y += line.height;
            let y = self.y;
            let width = self.column_width();
            self.pages
                .last_mut()
                .expect("a page")
                .push(Item::Text { x, y, width, line });
        }
        if !split {
            self.y = self.y.max(self.y - text_height + height);
        }
        self.y += space_after;
    }
}

/// Characters no font here could show, and where: a ccTLD (`.th`), or the
/// sheet's own lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub place: String,
    pub chars: Vec<char>,
}

/// Renders the sheet in its language, mirrored when it runs right to left;
/// returns the PDF and what no font could show, by place.
pub fn render(sheet: &Sheet, paper: Paper, fonts: &Fonts) -> Result<(Vec<u8>, Vec<Missing>)> {
    let lang = sheet.lang;
    let rtl = lang.is_rtl();
    let (pw, ph) = paper.size_mm();
    let (ox, oy) = ((pw - AREA_MM.0) / 2.0 * MM, (ph - AREA_MM.1) / 2.0 * MM);
    let (width, height) = (AREA_MM.0 * MM, AREA_MM.1 * MM);
    let p = &sheet.provenance;
    let header_height = 30.0 + if p.stale { 18.0 } else { 0.0 };
    let footer_height = 5.0 * 9.0;
    let with_qr = sheet.regions.iter().any(|(_, b)| b.iter().any(|b| b.qr.is_some()));
    let mut layout = Layout {
        fonts,
        rtl,
        ox,
        width,
        body_top: oy + header_height,
        body_bottom: oy + height - footer_height,
        columns: if with_qr { 1 } else { 2 },
        pages: vec![Vec::new()],
        column: 0,
        y: oy + header_height,
    };
    let cw = layout.column_width();
    let intro = layout.wrap(Line::one(Style::Regular(7.5), sheet.text("sheet-verify"), 0.0), cw);
    layout.place(intro, None, 4.0);
    let mut placed: Vec<(&Block, usize)> = Vec::new();
    let mut by_place: Vec<Missing> = Vec::new();
    for (region, blocks) in &sheet.regions {
        for (i, b) in blocks.iter().enumerate() {
            let text_width = if b.qr.is_some() { cw - QR_SIZE - 4.0 } else { cw };
            let mut lines = Vec::new();
            if i == 0 {
                lines.push(Line::one(Style::Bold(10.5), region.to_uppercase(), 0.0));
                lines.last_mut().expect("a line").height = 16.0;
            }
            lines.extend(layout.block_lines(b, text_width));
            let qr = b.qr.clone().map(|code| {
                let caption = b.qr_caption.clone().unwrap_or_default();
                (code, layout.wrap(Line::one(Style::Regular(6.0), caption, 0.0), QR_SIZE))
            });
            layout.place(lines, qr, 7.0);
            placed.push((b, layout.pages.len()));
            let chars = layout.missing_in(b);
            if !chars.is_empty() {
                by_place.push(Missing {
                    place: b.display.clone(),
                    chars,
                });
            }
        }
    }
    // The index, on pages of its own, three columns, by country; a long
    // name takes two lines rather than losing its end.
    layout.columns = 3;
    layout.pages.push(Vec::new());
    layout.column = 0;
    layout.y = layout.body_top;
    layout.place(
        vec![Line::one(Style::Bold(10.5), sheet.text("sheet-index"), 0.0)],
        None,
        4.0,
    );
    let icw = layout.column_width();
    for e in block::index(placed) {
        let label = Line {
            height: 9.0,
            ..Line::one(Style::Regular(7.0), format!("{} {}", e.name, e.display), 0.0)
        };
        let mut lines = layout.wrap(label, icw - 18.0);
        if let Some(last) = lines.last_mut() {
            last.right = Some((Style::Mono(7.0), e.page.to_string()));
        }
        layout.place(lines, None, 0.0);
    }

    let total = layout.pages.len();
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(tr!(lang => "sheet-title-serial", directory = p.directory.as_str(), serial = p.serial.to_string()))
            .creator("tldops".into())
            .language(lang.code().into()),
    );
    let mut missing = Vec::new();
    for (n, items) in layout.pages.iter().enumerate() {
        let mut page = doc.start_page_with(
            PageSettings::from_wh(pw * MM, ph * MM).ok_or_else(|| anyhow!(tr!(lang => "sheet-bad-paper")))?,
        );
        let mut s = page.surface();
        s.set_fill(Some(black()));
        // A line from its start: the left, or the right of a right-to-left
        // sheet, where its spans go leftwards in their order and `right`
        // (a page number, the sensitivity) goes to the other end.
        let draw = |s: &mut Surface<'_>, x: f32, y: f32, width: f32, line: &Line, missing: &mut Vec<char>| {
            if rtl {
                let mut end = x + width - line.indent;
                for (style, text) in &line.spans {
                    end -= layout.width_of(*style, text);
                    draw_runs(s, fonts, layout.face(*style), *style, end, y, text, true, missing);
                }
                if let Some((style, text)) = &line.right {
                    draw_runs(s, fonts, layout.face(*style), *style, x, y, text, true, missing);
                }
                return;
            }
            let mut at = x + line.indent;
            for (style, text) in &line.spans {
                at = draw_runs(s, fonts, layout.face(*style), *style, at, y, text, false, missing);
            }
            if let Some((style, text)) = &line.right {
                let w = layout.width_of(*style, text);
                draw_runs(
                    s,
                    fonts,
                    layout.face(*style),
                    *style,
                    x + width - w,
                    y,
                    text,
                    false,
                    missing,
                );
            }
        };
        // Header: title and sensitivity, the STALE banner when stale.
        let with_right = |mut line: Line, style: Style, right: String| {
            line.right = Some((style, right));
            line
        };
        let title = Line::one(
            Style::Bold(11.0),
            tr!(lang => "sheet-title", directory = p.directory.as_str()),
            0.0,
        );
        let title = with_right(title, Style::Bold(8.0), sheet.text("sheet-sensitivity"));
        draw(&mut s, ox, oy + 11.0, width, &title, &mut missing);
        rule(&mut s, ox, oy + 16.0, width, 0.8);
        if p.stale {
            rule(&mut s, ox, oy + 20.0, width, 16.0);
            s.set_fill(Some(white()));
            let banner = Line::one(Style::Bold(9.0), p.stale_banner(lang), 0.0);
            draw(&mut s, ox + 4.0, oy + 31.5, width - 8.0, &banner, &mut missing);
            s.set_fill(Some(black()));
        }
        // Body.
        for item in items {
            match item {
                Item::Text { x, y, width, line } => draw(&mut s, *x, *y, *width, line, &mut missing),
                Item::Qr { x, y, code } => qr(&mut s, *x, *y, code),
            }
        }
        // Footer: provenance, then sensitivity and page n of m.
        let fy = oy + height - footer_height + 8.0;
        rule(&mut s, ox, fy - 6.0, width, 0.5);
        for (i, text) in p.lines(lang).into_iter().enumerate() {
            let style = if i == 2 { Style::Mono(7.0) } else { Style::Regular(7.0) };
            draw(
                &mut s,
                ox,
                fy + 3.0 + i as f32 * 9.0,
                width,
                &Line::one(style, text, 0.0),
                &mut missing,
            );
        }
        let last = Line::one(Style::Bold(7.5), sheet.text("sheet-sensitivity"), 0.0);
        let last = with_right(
            last,
            Style::Bold(7.5),
            tr!(lang => "sheet-page", page = n + 1, pages = total),
        );
        draw(&mut s, ox, fy + 30.0, width, &last, &mut missing);
        s.finish();
        page.finish();
    }
    let pdf = doc
        .finish()
        .map_err(|e| anyhow!(crate::tr!("sheet-pdf-failed", error = format!("{e:?}"))))?;
    // What the blocks lack is named by block; anything else by the sheet.
    let named: Vec<char> = by_place.iter().flat_map(|m| m.chars.iter().copied()).collect();
    missing.retain(|c| !named.contains(c));
    missing.sort_unstable();
    missing.dedup();
    if !missing.is_empty() {
        by_place.push(Missing {
            place: sheet.text("sheet-elsewhere"),
            chars: missing,
        });
    }
    Ok((pdf, by_place))
}

#[allow(clippy::too_many_arguments)]
fn draw_runs(
    s: &mut Surface<'_>,
    fonts: &Fonts,
    primary: &FontFace,
    style: Style,
    x: f32,
    y: f32,
    text: &str,
    rtl: bool,
    missing: &mut Vec<char>,
) -> f32 {
    let mut x = x;
    for run in fonts.runs_in(primary, text, rtl, missing) {
        let dir = if run.rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        s.draw_text(
            Point::from_xy(x, y),
            run.face.font.clone(),
            style.size(),
            &run.text,
            false,
            dir,
        );
        x += run.face.width(&run.text, style.size());
    }
    x
}

fn black() -> Fill {
    Fill {
        paint: rgb::Color::new(0, 0, 0).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn white() -> Fill {
    Fill {
        paint: rgb::Color::new(255, 255, 255).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

fn rule(s: &mut Surface<'_>, x: f32, y: f32, w: f32, h: f32) {
    let mut pb = PathBuilder::new();
    if let Some(r) = Rect::from_xywh(x, y, w, h) {
        pb.push_rect(r);
    }
    if let Some(path) = pb.finish() {
        s.draw_path(&path);
    }
}

fn qr(s: &mut Surface<'_>, x: f32, y: f32, m: &Matrix) {
    // Drawn in module units, so the page stream holds small integers.
    let cell = QR_CODE / m.width as f32;
    let x = x + QR_SIZE - cell * m.modules() as f32;
    // One rectangle per horizontal run of dark modules keeps the path small.
    let mut pb = PathBuilder::new();
    let flush = |pb: &mut PathBuilder, (y0, x0, len): (usize, usize, usize)| {
        if let Some(r) = Rect::from_xywh(x0 as f32, y0 as f32, len as f32, 1.0) {
            pb.push_rect(r);
        }
    };
    let mut run: Option<(usize, usize, usize)> = None;
    for (mx, my) in m.dark_modules() {
        run = match run {
            Some((ry, rx, len)) if ry == my && rx + len == mx => Some((ry, rx, len + 1)),
            Some(r) => {
                flush(&mut pb, r);
                Some((my, mx, 1))
            }
            None => Some((my, mx, 1)),
        };
    }
    if let Some(r) = run {
        flush(&mut pb, r);
    }
    if let Some(path) = pb.finish() {
        s.push_transform(&Transform::from_row(cell, 0.0, 0.0, cell, x, y));
        s.draw_path(&path);
        s.pop();
    }
}
