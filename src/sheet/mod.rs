//! The emergency contact sheet: what goes on paper, grouped by region then
//! ccTLD, with provenance on every page, laid out as PDF, HTML or text.

pub mod block;
pub mod fonts;
pub mod html;
pub mod pdf;
pub mod text;

pub use block::Block;

use crate::i18n::Lang;
use crate::refdata::{self, Region};
use crate::tr;
use chrono::{DateTime, Utc};

/// Where the data came from, printed on every page so two holders can
/// compare their copies by reading the hash aloud.
#[derive(Debug, Clone)]
pub struct Provenance {
    pub directory: String,
    pub serial: u64,
    pub issued: DateTime<Utc>,
    pub expires: DateTime<Utc>,
    pub generated: DateTime<Utc>,
    /// Signer fingerprints, in groups of four.
    pub signers: Vec<String>,
    pub sha256: String,
    pub stale: bool,
}

impl Provenance {
    /// The footer, in the sheet's language; the serial, dates, fingerprints
    /// and hash as they are.
    pub fn lines(&self, lang: Lang) -> [String; 3] {
        [
            tr!(lang => "sheet-provenance",
                directory = self.directory.as_str(),
                serial = self.serial.to_string(),
                issued = self.issued.format("%Y-%m-%d").to_string(),
                expires = self.expires.format("%Y-%m-%d").to_string(),
                printed = self.generated.format("%Y-%m-%d %H:%M UTC").to_string()),
            tr!(lang => "sheet-signed-by", signers = self.signers.join(", ")),
            format!("sha256 {}", self.sha256),
        ]
    }

    pub fn stale_banner(&self, lang: Lang) -> String {
        tr!(lang => "sheet-stale", expires = self.expires.format("%Y-%m-%d %H:%M UTC").to_string())
    }
}

/// The whole sheet: provenance and the blocks, by region.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The language it is printed in; Arabic lays it out right to left.
    pub lang: Lang,
    pub provenance: Provenance,
    pub regions: Vec<(String, Vec<Block>)>,
}

impl Sheet {
    /// Message `id` in the sheet's language.
    pub fn text(&self, id: &str) -> String {
        crate::i18n::message(self.lang, id, None)
    }
}

/// Groups blocks by ICANN region, in region then code order, each region
/// named in `lang`.
pub fn by_region(blocks: Vec<Block>, lang: Lang) -> Vec<(String, Vec<Block>)> {
    let mut out: Vec<(Option<Region>, Vec<Block>)> = Vec::new();
    let mut blocks = blocks;
    blocks.sort_by(|a, b| {
        let ra = refdata::lookup(&a.code).map(|r| r.region);
        let rb = refdata::lookup(&b.code).map(|r| r.region);
        (ra.is_none(), ra, &a.code).cmp(&(rb.is_none(), rb, &b.code))
    });
    for b in blocks {
        let r = refdata::lookup(&b.code).map(|r| r.region);
        match out.last_mut() {
            Some((last, list)) if *last == r => list.push(b),
            _ => out.push((r, vec![b])),
        }
    }
    out.into_iter()
        .map(|(r, b)| {
            let name = match r {
                Some(r) => r.local_name(lang),
                None => tr!(lang => "region-none"),
            };
            (name, b)
        })
        .collect()
}

/// Paper sizes, and the area both fit (210 x 279 mm), in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub fn size_mm(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        }
    }

    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// The printable area used on either paper, centred: inside 210 x 279 mm.
pub const AREA_MM: (f32, f32) = (190.0, 259.0);
