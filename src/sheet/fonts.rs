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
}

impl FontFace {
    fn new(data: &'static [u8], index: u32) -> Option<FontFace> {
        Some(FontFace {
            face: Face::from_slice(data, index)?,
            font: Font::new(data.into(), index)?,
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
        let embedded = |data| FontFace::new(data, 0).expect("the embedded DejaVu fonts parse");
        let fallbacks = FALLBACKS
            .iter()
            .filter_map(|path| {
                let data = std::fs::read(path).ok()?;
                // The font lives as long as the process: one sheet per run.
                let data: &'static [u8] = Box::leak(data.into_boxed_slice());
                FontFace::new(data, 0)
            })
            .collect();
        Fonts {
            regular: embedded(REGULAR),
            bold: embedded(BOLD),
            mono: embedded(MONO),
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
