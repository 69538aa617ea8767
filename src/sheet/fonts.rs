//! Fonts for the PDF: DejaVu Sans (Latin, Greek, Cyrillic, Arabic and more)
//! inside the binary, and for scripts it lacks (Chinese, Japanese, Korean...)
//! the system's fonts, found with fontdb when a character first needs one.

use krilla::text::Font;
use rustybuzz::{Face, UnicodeBuffer};
use std::cell::{OnceCell, RefCell};
use unicode_bidi::{BidiInfo, Level};

static REGULAR: &[u8] = include_bytes!("../../data/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../data/fonts/DejaVuSans-Bold.ttf");
static MONO: &[u8] = include_bytes!("../../data/fonts/DejaVuSansMono.ttf");

/// One font: the face to measure with and the font to draw with.
pub struct FontFace {
    pub face: Face<'static>,
    pub font: Font,
    /// What to call it in a message: `DejaVu Sans`, `NotoSansCJK-Regular`.
    pub name: String,
}

impl FontFace {
    fn new(data: &'static [u8], index: u32, name: String) -> Option<FontFace> {
        Some(FontFace {
            face: Face::from_slice(data, index)?,
            font: Font::new(data.into(), index)?,
            name,
        })
    }

    pub fn covers(&self, c: char) -> bool {
        c.is_whitespace() || self.face.glyph_index(c).is_some()
    }

    /// Width of `text` at `size` points, shaped as it will be drawn.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let shaped = rustybuzz::shape(&self.face, &[], buffer);
        let units: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
        units as f32 * size / self.face.units_per_em() as f32
    }
}

pub struct Fonts {
    pub regular: FontFace,
    pub bold: FontFace,
    pub mono: FontFace,
    system: SystemFonts,
}

/// The system's fonts: listed by fontdb once, on the first character the
/// built-in fonts lack; a face is read only when it is chosen.
#[derive(Default)]
struct SystemFonts {
    /// Every system face, best first (see `preference`).
    faces: OnceCell<(fontdb::Database, Vec<fontdb::ID>)>,
    /// The faces chosen so far, in the order they were.
    chosen: RefCell<Vec<&'static FontFace>>,
    /// Characters no system face covers, so they are looked for once.
    uncovered: RefCell<Vec<char>>,
}

impl SystemFonts {
    fn faces(&self) -> &(fontdb::Database, Vec<fontdb::ID>) {
        self.faces.get_or_init(|| {
            let mut db = fontdb::Database::new();
            db.load_system_fonts();
            let mut faces: Vec<&fontdb::FaceInfo> = db.faces().collect();
            faces.sort_by_cached_key(|f| preference(f));
            let ids = faces.iter().map(|f| f.id).collect();
            (db, ids)
        })
    }

    /// The best system face that has `c`, read and kept on first use.
    fn face_for(&self, c: char) -> Option<&'static FontFace> {
        if let Some(f) = self.chosen.borrow().iter().find(|f| f.covers(c)) {
            return Some(f);
        }
        if self.uncovered.borrow().contains(&c) {
            return None;
        }
        let (db, ids) = self.faces();
        let covers = |id: fontdb::ID| {
            db.with_face_data(id, |data, index| {
                rustybuzz::ttf_parser::Face::parse(data, index).is_ok_and(|f| f.glyph_index(c).is_some())
            })
            .unwrap_or(false)
        };
        let Some(id) = ids.iter().copied().find(|id| covers(*id)) else {
            self.uncovered.borrow_mut().push(c);
            return None;
        };
        let info = db.face(id)?;
        // The font lives as long as the process: one sheet per run.
        let data: &'static [u8] = Box::leak(db.with_face_data(id, |data, _| data.to_vec())?.into_boxed_slice());
        let name = info
            .families
            .first()
            .map_or_else(|| info.post_script_name.clone(), |f| f.0.clone());
        let face: &'static FontFace = Box::leak(Box::new(FontFace::new(data, info.index, name)?));
        self.chosen.borrow_mut().push(face);
        Some(face)
    }
}

/// How a system face ranks for a character DejaVu lacks, best first: Noto
/// Sans (made to cover every script, and Noto Sans CJK SC first among its
/// CJK faces, the Chinese sheet's own), then the rest of Noto, then any
/// other; upright, regular weight; then by name, so every run picks alike.
fn preference(f: &fontdb::FaceInfo) -> (u8, bool, u16, String, String) {
    let family = f.families.first().map(|f| f.0.as_str()).unwrap_or("");
    let family_rank = if family == "Noto Sans CJK SC" {
        0
    } else if family.starts_with("Noto Sans") {
        1
    } else if family.starts_with("Noto") {
        2
    } else {
        3
    };
    (
        family_rank,
        f.style != fontdb::Style::Normal,
        f.weight.0.abs_diff(400),
        family.to_string(),
        f.post_script_name.clone(),
    )
}

impl Fonts {
    pub fn load() -> Fonts {
        let embedded = |data, name: &str| FontFace::new(data, 0, name.into()).expect("the embedded DejaVu fonts parse");
        Fonts {
            regular: embedded(REGULAR, "DejaVu Sans"),
            bold: embedded(BOLD, "DejaVu Sans Bold"),
            mono: embedded(MONO, "DejaVu Sans Mono"),
            system: SystemFonts::default(),
        }
    }

    /// Splits text into runs that one font covers and that go in one
    /// direction, in the order they are drawn from left to right: the
    /// Unicode bidirectional algorithm (`unicode-bidi`) on a left-to-right
    /// line, so an Arabic or Hebrew name, with digits or Latin inside it,
    /// reads as it should. Each right-to-left run is shaped right to left.
    /// A run's font is `primary` where it can, else a fallback; characters
    /// nobody covers stay with `primary` and are returned so the caller can
    /// warn.
    pub fn runs<'f>(&'f self, primary: &'f FontFace, text: &str, missing: &mut Vec<char>) -> Vec<Run<'f>> {
        self.runs_in(primary, text, false, missing)
    }

    /// As `runs`, on a line whose base direction is right to left when
    /// `rtl` (a sheet in Arabic): the runs still come in the order they are
    /// drawn from left to right.
    pub fn runs_in<'f>(
        &'f self,
        primary: &'f FontFace,
        text: &str,
        rtl: bool,
        missing: &mut Vec<char>,
    ) -> Vec<Run<'f>> {
        let mut out: Vec<Run<'f>> = Vec::new();
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(base));
        for para in &info.paragraphs {
            let (levels, runs) = info.visual_runs(para, para.range.clone());
            for range in runs {
                let rtl = levels[range.start].is_rtl();
                let mut pieces: Vec<Run<'f>> = Vec::new();
                // Bidi controls (isolates, marks) have done their work in the
                // algorithm above; no font draws them.
                for c in text[range].chars().filter(|c| !is_bidi_control(*c)) {
                    let face = self.face_for(primary, c, missing);
                    match pieces.last_mut() {
                        Some(run) if std::ptr::eq(run.face, face) => run.text.push(c),
                        _ => pieces.push(Run {
                            face,
                            text: c.to_string(),
                            rtl,
                        }),
                    }
                }
                // Pieces of a right-to-left run in other fonts go right to left too.
                if rtl {
                    pieces.reverse();
                }
                out.extend(pieces);
            }
        }
        out
    }

    fn face_for<'f>(&'f self, primary: &'f FontFace, c: char, missing: &mut Vec<char>) -> &'f FontFace {
        if primary.covers(c) {
            primary
        } else if self.regular.covers(c) {
            &self.regular
        } else if let Some(f) = self.system.face_for(c) {
            f
        } else {
            missing.push(c);
            primary
        }
    }

    /// The fonts looked in, for a message: `DejaVu Sans (built in), 81
    /// system fonts`, and those of them used.
    pub fn searched(&self) -> String {
        let count = self.system.faces().1.len();
        std::iter::once(crate::tr!("sheet-built-in", font = self.regular.name.as_str()))
            .chain(std::iter::once(crate::tr!("sheet-system-fonts", count = count)))
            .chain(self.system.chosen.borrow().iter().map(|f| f.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A font that shows a character of a script DejaVu Sans lacks, to name in
/// the advice to install one, with the Debian (and Ubuntu) package that
/// has it: `Noto Sans CJK SC (apt install fonts-noto-cjk)`.
pub fn font_for(c: char) -> String {
    let font = font_name(c);
    match debian_package(c) {
        Some(package) => format!("{font} (apt install {package})"),
        None => font,
    }
}

/// The Debian package with the Noto font for `c`'s script: Chinese,
/// Japanese and Korean in `fonts-noto-cjk`, the other scripts in
/// `fonts-noto-core`.
pub fn debian_package(c: char) -> Option<&'static str> {
    if is_cjk(c) {
        Some("fonts-noto-cjk")
    } else if font_name(c).starts_with("Noto") {
        Some("fonts-noto-core")
    } else {
        None
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF
        | 0x3040..=0x30FF | 0x31F0..=0x31FF
        | 0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF
        | 0xFF00..=0xFFEF | 0x20000..=0x3134F)
}

fn font_name(c: char) -> String {
    let name = match c as u32 {
        0x0E00..=0x0E7F => "Noto Sans Thai",
        0x0E80..=0x0EFF => "Noto Sans Lao",
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => "Noto Sans CJK KR",
        0x3040..=0x30FF | 0x31F0..=0x31FF => "Noto Sans CJK JP",
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F => {
            "Noto Sans CJK SC"
        }
        0x0900..=0x097F => "Noto Sans Devanagari",
        0x0980..=0x09FF => "Noto Sans Bengali",
        0x0A00..=0x0A7F => "Noto Sans Gurmukhi",
        0x0A80..=0x0AFF => "Noto Sans Gujarati",
        0x0B00..=0x0B7F => "Noto Sans Oriya",
        0x0B80..=0x0BFF => "Noto Sans Tamil",
        0x0C00..=0x0C7F => "Noto Sans Telugu",
        0x0C80..=0x0CFF => "Noto Sans Kannada",
        0x0D00..=0x0D7F => "Noto Sans Malayalam",
        0x0D80..=0x0DFF => "Noto Sans Sinhala",
        0x0F00..=0x0FFF => "Noto Serif Tibetan",
        0x1000..=0x109F => "Noto Sans Myanmar",
        0x1200..=0x139F => "Noto Sans Ethiopic",
        0x1780..=0x17FF => "Noto Sans Khmer",
        0x1800..=0x18AF => "Noto Sans Mongolian",
        0x13000..=0x1343F => "Noto Sans Egyptian Hieroglyphs",
        _ => return crate::tr!("sheet-font-for", code = format!("{:04X}", c as u32)),
    };
    name.to_string()
}

/// The invisible characters that steer the bidi algorithm.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A piece of text in one font and one direction.
pub struct Run<'f> {
    pub face: &'f FontFace,
    pub text: String,
    pub rtl: bool,
}

#[cfg(test)]
mod tests {
    use super::{font_for, Fonts};

    #[test]
    fn the_advice_names_a_font_and_its_debian_package() {
        let cases = [
            ("chinese", '中', "Noto Sans CJK SC (apt install fonts-noto-cjk)"),
            ("japanese kana", 'ア', "Noto Sans CJK JP (apt install fonts-noto-cjk)"),
            ("korean", '한', "Noto Sans CJK KR (apt install fonts-noto-cjk)"),
            ("thai", 'ไ', "Noto Sans Thai (apt install fonts-noto-core)"),
            ("sinhala", 'ශ', "Noto Sans Sinhala (apt install fonts-noto-core)"),
            ("unknown script", '\u{10FFFD}', "a font with U+10FFFD"),
        ];
        for (name, c, want) in cases {
            assert_eq!(font_for(c), want, "{name}");
        }
    }

    /// The runs of a text as drawn from left to right: (text, right to left).
    fn runs(text: &str) -> Vec<(String, bool)> {
        let fonts = Fonts::load();
        let mut missing = Vec::new();
        fonts
            .runs(&fonts.regular, text, &mut missing)
            .into_iter()
            .map(|r| (r.text, r.rtl))
            .collect()
    }

    #[test]
    fn runs_follow_the_bidirectional_algorithm() {
        let own = |v: &[(&str, bool)]| v.iter().map(|(t, r)| (t.to_string(), *r)).collect::<Vec<_>>();
        type Case<'a> = (&'a str, &'a str, Vec<(String, bool)>);
        let cases: [Case<'_>; 4] = [
            (
                "name then latin",
                "محمد الحسن — Head of security",
                own(&[("محمد الحسن", true), (" — Head of security", false)]),
            ),
            (
                "idn code",
                ".مصر (xn--wgbh1c)",
                own(&[(".", false), ("مصر", true), (" (xn--wgbh1c)", false)]),
            ),
            (
                "digits inside arabic come between its words, reversed",
                "مكتب 24 ساعة",
                own(&[(" ساعة", true), ("24", false), ("مكتب ", true)]),
            ),
            ("latin only", "Amani Mfano", own(&[("Amani Mfano", false)])),
        ];
        for (name, text, want) in cases {
            assert_eq!(runs(text), want, "{name}");
        }
    }
}
