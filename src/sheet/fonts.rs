//! Fonts for the PDF: DejaVu Sans (Latin, Greek, Cyrillic, Arabic and more)
//! inside the binary, and for scripts it lacks (Chinese, Japanese, Korean...)
//! a system font when one is installed.

use krilla::text::Font;
use rustybuzz::{Face, UnicodeBuffer};

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
    /// direction: `primary` where it can, else a fallback. Characters nobody
    /// covers stay with `primary` and are returned so the caller can warn.
    /// Right-to-left runs (Arabic, Hebrew) are laid out left to right in a
    /// left-to-right line, each shaped right to left.
    pub fn runs<'f>(&'f self, primary: &'f FontFace, text: &str, missing: &mut Vec<char>) -> Vec<Run<'f>> {
        let mut out: Vec<Run<'f>> = Vec::new();
        let chars: Vec<char> = text.chars().collect();
        let dirs = directions(&chars);
        for (c, rtl) in chars.into_iter().zip(dirs) {
            let face = if primary.covers(c) {
                primary
            } else if let Some(f) = self.fallbacks.iter().find(|f| f.covers(c)) {
                f
            } else if self.regular.covers(c) {
                &self.regular
            } else {
                missing.push(c);
                primary
            };
            match out.last_mut() {
                Some(run) if std::ptr::eq(run.face, face) && run.rtl == rtl => run.text.push(c),
                _ => out.push(Run {
                    face,
                    text: c.to_string(),
                    rtl,
                }),
            }
        }
        out
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

/// A piece of text in one font and one direction.
pub struct Run<'f> {
    pub face: &'f FontFace,
    pub text: String,
    pub rtl: bool,
}

fn strong_rtl(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

fn strong_ltr(c: char) -> bool {
    c.is_alphanumeric() && !strong_rtl(c)
}

/// The direction of each character in a left-to-right line: neutrals
/// (spaces, punctuation) between two right-to-left characters go with them.
fn directions(chars: &[char]) -> Vec<bool> {
    let mut out = vec![false; chars.len()];
    let mut prev_rtl = false;
    for i in 0..chars.len() {
        let c = chars[i];
        out[i] = if strong_rtl(c) {
            true
        } else if strong_ltr(c) {
            false
        } else {
            let next = chars[i + 1..]
                .iter()
                .find(|c| strong_rtl(**c) || strong_ltr(**c))
                .copied();
            prev_rtl && next.is_some_and(strong_rtl)
        };
        if strong_rtl(c) || strong_ltr(c) {
            prev_rtl = strong_rtl(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn directions_group_neutrals_with_their_neighbours() {
        let s: Vec<char> = "محمد الحسن — Head of security".chars().collect();
        let d = super::directions(&s);
        let rtl: String = s.iter().zip(&d).filter(|(_, r)| **r).map(|(c, _)| *c).collect();
        assert_eq!(rtl, "محمد الحسن");
        let s: Vec<char> = ".مصر (xn--wgbh1c)".chars().collect();
        let rtl: String = s
            .iter()
            .zip(super::directions(&s))
            .filter(|(_, r)| *r)
            .map(|(c, _)| *c)
            .collect();
        assert_eq!(rtl, "مصر");
    }
}
