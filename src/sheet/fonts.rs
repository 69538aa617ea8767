//! Fonts for the PDF: DejaVu Sans (Latin, Greek, Cyrillic, Arabic and more)
//! inside the binary, and for scripts it lacks (Chinese, Japanese, Korean...)
//! a system font when one is installed.

use krilla::text::Font;
use rustybuzz::{Face, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

static REGULAR: &[u8] = include_bytes!("../../data/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../data/fonts/DejaVuSans-Bold.ttf");
static MONO: &[u8] = include_bytes!("../../data/fonts/DejaVuSansMono.ttf");

/// Where systems keep fonts with CJK coverage, tried in order.
const FALLBACKS: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansThai-Regular.ttf",
    "/usr/share/fonts/truetype/tlwg/Garuda.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansHebrew-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
    "/usr/share/fonts/truetype/unfonts-core/UnDotum.ttf",
    "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
];

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
    /// System fonts for what DejaVu lacks, tried in order.
    pub fallbacks: Vec<FontFace>,
}

impl Fonts {
    pub fn load() -> Fonts {
        let embedded = |data, name: &str| FontFace::new(data, 0, name.into()).expect("the embedded DejaVu fonts parse");
        let fallbacks = FALLBACKS
            .iter()
            .filter_map(|path| {
                let data = std::fs::read(path).ok()?;
                // The font lives as long as the process: one sheet per run.
                let data: &'static [u8] = Box::leak(data.into_boxed_slice());
                let name = std::path::Path::new(path).file_stem()?.to_string_lossy().into_owned();
                FontFace::new(data, 0, name)
            })
            .collect();
        Fonts {
            regular: embedded(REGULAR, "DejaVu Sans"),
            bold: embedded(BOLD, "DejaVu Sans Bold"),
            mono: embedded(MONO, "DejaVu Sans Mono"),
            fallbacks,
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
        } else if let Some(f) = self.fallbacks.iter().find(|f| f.covers(c)) {
            f
        } else if self.regular.covers(c) {
            &self.regular
        } else {
            missing.push(c);
            primary
        }
    }

    /// The fonts looked in, for a message: `DejaVu Sans (built in)` and
    /// the system fonts found.
    pub fn searched(&self) -> String {
        std::iter::once(format!("{} (built in)", self.regular.name))
            .chain(self.fallbacks.iter().map(|f| f.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A font that shows a character of a script DejaVu Sans lacks, to name in
/// the advice to install one.
pub fn font_for(c: char) -> String {
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
        _ => return format!("a font with U+{:04X}", c as u32),
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
    use super::Fonts;

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
