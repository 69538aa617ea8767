//! The sheet as PDF with krilla: fonts embedded and subsetted, text that
//! extracts back as Unicode, two columns inside 190 x 259 mm so A4 and Letter
//! both print it unscaled, a ccTLD block never split across pages, provenance
//! and "page n of m" on every page, and an index of ccTLDs with their pages.

use super::fonts::{FontFace, Fonts};
use super::{Block, Paper, Sheet, AREA_MM, SENSITIVITY, VERIFY_NOTE};
use crate::export::qr::Matrix;
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
    indent: f32,
    height: f32,
}

impl Line {
    fn one(style: Style, text: String, indent: f32) -> Line {
        Line {
            spans: vec![(style, text)],
            right: None,
            indent,
            height: style.size() * 1.25,
        }
    }
}

/// What goes where: lines and QR codes at positions on pages.
enum Item {
    Text { x: f32, y: f32, width: f32, line: Line },
    Qr { x: f32, y: f32, code: Matrix },
}

struct Layout<'f> {
    fonts: &'f Fonts,
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

    /// Wraps a one-span line to `width`, breaking at spaces, and inside a
    /// word only when the word alone is too long.
    fn wrap(&self, line: Line, width: f32) -> Vec<Line> {
        let fits = |l: &Line| l.indent + l.spans.iter().map(|(s, t)| self.width_of(*s, t)).sum::<f32>() <= width;
        if fits(&line) {
            return vec![line];
        }
        if line.spans.len() > 1 {
            return line
                .spans
                .into_iter()
                .flat_map(|(s, t)| self.wrap(Line::one(s, t, line.indent), width))
                .collect();
        }
        let (style, text) = line.spans[0].clone();
        let room = width - line.indent;
        let mut out = Vec::new();
        let mut current = String::new();
        for word in text.split(' ') {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if self.width_of(style, &candidate) <= room {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            let mut piece = String::new();
            for c in word.chars() {
                piece.push(c);
                if self.width_of(style, &piece) > room {
                    piece.pop();
                    out.push(std::mem::take(&mut piece));
                    piece.push(c);
                }
            }
            current = piece;
        }
        if !current.is_empty() {
            out.push(current);
        }
        let indent = line.indent;
        out.into_iter()
            .enumerate()
            .map(|(i, t)| Line::one(style, t, if i == 0 { indent } else { indent + 8.0 }))
            .collect()
    }

    fn block_lines(&self, b: &Block, width: f32) -> Vec<Line> {
        let mut lines = Vec::new();
        let mut head = b.display.clone();
        if let Some(c) = &b.country {
            head.push_str(&format!("  {c}"));
        }
        lines.push(Line::one(Style::Bold(9.5), head, 0.0));
        if let Some(r) = &b.registry {
            lines.push(Line::one(Style::Regular(BODY), r.clone(), 0.0));
        }
        let mut reach = Vec::new();
        if let Some(e) = &b.emergency {
            reach.push((Style::Regular(BODY), "24x7 ".to_string()));
            reach.push((Style::Mono(BODY), e.clone()));
        }
        if let Some(o) = &b.utc_offset {
            reach.push((
                Style::Regular(BODY),
                format!("{}{o}", if reach.is_empty() { "" } else { "   " }),
            ));
        }
        if !reach.is_empty() {
            lines.push(Line {
                spans: reach,
                right: None,
                indent: 0.0,
                height: LEAD,
            });
        }
        for p in &b.people {
            let mut name = vec![(Style::Bold(BODY), p.name.clone())];
            if let Some(r) = &p.role {
                name.push((Style::Regular(BODY), format!(" — {r}")));
            }
            lines.push(Line {
                spans: name,
                right: None,
                indent: 6.0,
                height: LEAD + 1.5,
            });
            for (kind, n) in &p.phones {
                lines.push(Line {
                    spans: vec![
                        (Style::Regular(BODY), format!("{kind} ")),
                        (Style::Mono(BODY), n.clone()),
                    ],
                    right: None,
                    indent: 14.0,
                    height: LEAD,
                });
            }
            for e in &p.email {
                lines.push(Line::one(Style::Regular(BODY), e.clone(), 14.0));
            }
            if let Some(k) = &p.pgp {
                lines.push(Line {
                    spans: vec![(Style::Regular(BODY), "PGP ".into()), (Style::Mono(7.2), k.clone())],
                    right: None,
                    indent: 14.0,
                    height: LEAD,
                });
            }
            if let Some(l) = &p.languages {
                lines.push(Line::one(Style::Regular(7.0), l.clone(), 14.0));
            }
        }
        lines.into_iter().flat_map(|l| self.wrap(l, width)).collect()
    }

    fn next_column(&mut self) {
        self.column += 1;
        if self.column >= self.columns {
            self.column = 0;
            self.pages.push(Vec::new());
        }
        self.y = self.body_top;
    }

    fn x(&self) -> f32 {
        self.ox + self.column as f32 * (self.column_width() + GAP)
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
            let qx = x + self.column_width() - QR_SIZE;
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

/// Renders the sheet; returns the PDF and the characters no font could show.
pub fn render(sheet: &Sheet, paper: Paper, fonts: &Fonts) -> Result<(Vec<u8>, Vec<char>)> {
    let (pw, ph) = paper.size_mm();
    let (ox, oy) = ((pw - AREA_MM.0) / 2.0 * MM, (ph - AREA_MM.1) / 2.0 * MM);
    let (width, height) = (AREA_MM.0 * MM, AREA_MM.1 * MM);
    let p = &sheet.provenance;
    let header_height = 30.0 + if p.stale { 18.0 } else { 0.0 };
    let footer_height = 5.0 * 9.0;
    let with_qr = sheet.regions.iter().any(|(_, b)| b.iter().any(|b| b.qr.is_some()));
    let mut layout = Layout {
        fonts,
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
    let intro = layout.wrap(Line::one(Style::Regular(7.5), VERIFY_NOTE.to_string(), 0.0), cw);
    layout.place(intro, None, 4.0);
    let mut index: Vec<(String, String, usize)> = Vec::new();
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
            index.push((
                b.display.clone(),
                b.country.clone().unwrap_or_default(),
                layout.pages.len(),
            ));
        }
    }
    // The index, on pages of its own, four columns.
    layout.columns = 4;
    layout.pages.push(Vec::new());
    layout.column = 0;
    layout.y = layout.body_top;
    layout.place(vec![Line::one(Style::Bold(10.5), "INDEX".into(), 0.0)], None, 4.0);
    let icw = layout.column_width();
    for (display, country, page) in &index {
        let mut label = format!("{display} {country}");
        while layout.width_of(Style::Regular(7.0), &label) > icw - 18.0 && label.chars().count() > 4 {
            label.pop();
        }
        layout.place(
            vec![Line {
                spans: vec![(Style::Regular(7.0), label)],
                right: Some((Style::Mono(7.0), page.to_string())),
                indent: 0.0,
                height: 9.0,
            }],
            None,
            0.0,
        );
    }

    let total = layout.pages.len();
    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(format!("{} emergency contact sheet, serial {}", p.directory, p.serial))
            .creator("tldops".into())
            .language("en".into()),
    );
    let mut missing = Vec::new();
    for (n, items) in layout.pages.iter().enumerate() {
        let mut page =
            doc.start_page_with(PageSettings::from_wh(pw * MM, ph * MM).ok_or_else(|| anyhow!("bad paper size"))?);
        let mut s = page.surface();
        s.set_fill(Some(black()));
        let draw = |s: &mut Surface<'_>, x: f32, y: f32, width: f32, line: &Line, missing: &mut Vec<char>| {
            let mut at = x + line.indent;
            for (style, text) in &line.spans {
                at = draw_runs(s, fonts, layout.face(*style), *style, at, y, text, missing);
            }
            if let Some((style, text)) = &line.right {
                let w = layout.width_of(*style, text);
                draw_runs(s, fonts, layout.face(*style), *style, x + width - w, y, text, missing);
            }
        };
        // Header: title and sensitivity, the STALE banner when stale.
        let with_right = |mut line: Line, style: Style, right: String| {
            line.right = Some((style, right));
            line
        };
        let title = Line::one(
            Style::Bold(11.0),
            format!("{} emergency contact sheet", p.directory),
            0.0,
        );
        let title = with_right(title, Style::Bold(8.0), SENSITIVITY.into());
        draw(&mut s, ox, oy + 11.0, width, &title, &mut missing);
        rule(&mut s, ox, oy + 16.0, width, 0.8);
        if p.stale {
            rule(&mut s, ox, oy + 20.0, width, 16.0);
            s.set_fill(Some(white()));
            let banner = Line::one(Style::Bold(9.0), p.stale_banner(), 0.0);
            draw(&mut s, ox + 4.0, oy + 31.5, width, &banner, &mut missing);
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
        for (i, text) in p.lines().into_iter().enumerate() {
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
        let last = Line::one(Style::Bold(7.5), SENSITIVITY.into(), 0.0);
        let last = with_right(last, Style::Bold(7.5), format!("page {} of {total}", n + 1));
        draw(&mut s, ox, fy + 30.0, width, &last, &mut missing);
        s.finish();
        page.finish();
    }
    let pdf = doc.finish().map_err(|e| anyhow!("cannot write the PDF: {e:?}"))?;
    missing.sort_unstable();
    missing.dedup();
    Ok((pdf, missing))
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
    missing: &mut Vec<char>,
) -> f32 {
    let mut x = x;
    for run in fonts.runs(primary, text, missing) {
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
