//! QR codes of compact vCards: for a terminal (half blocks), SVG and PNG.

use anyhow::{anyhow, Result};
use qrcode::{Color, EcLevel, QrCode};

/// The largest payload that still gives a code a phone reads reliably off
/// paper or a laptop screen (about version 15 at error level M).
pub const MAX_BYTES: usize = 400;
const QUIET: usize = 4;

#[derive(Debug, Clone)]
pub struct Matrix {
    pub width: usize,
    dark: Vec<bool>,
}

impl Matrix {
    pub fn encode(data: &str) -> Result<Matrix> {
        if data.len() > MAX_BYTES {
            return Err(anyhow!(crate::tr!(
                "qr-too-large",
                bytes = data.len().to_string(),
                max = MAX_BYTES
            )));
        }
        let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M)
            .map_err(|e| anyhow!(crate::tr!("qr-cannot", error = e.to_string())))?;
        let width = code.width();
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Ok(Matrix { width, dark })
    }

    /// Whether the module at (x, y) is dark, counting the quiet zone.
    fn at(&self, x: usize, y: usize) -> bool {
        let (w, q) = (self.width, QUIET);
        x >= q && y >= q && x < w + q && y < w + q && self.dark[(y - q) * w + (x - q)]
    }

    /// Modules across, quiet zone included.
    pub fn modules(&self) -> usize {
        self.width + 2 * QUIET
    }

    /// The dark modules as (x, y), quiet zone included.
    pub fn dark_modules(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.modules();
        (0..n).flat_map(move |y| (0..n).filter(move |x| self.at(*x, y)).map(move |x| (x, y)))
    }

    /// Two rows per line with half blocks. `ansi` forces black on white so
    /// the code reads on a dark terminal too.
    pub fn terminal(&self, ansi: bool) -> String {
        let n = self.modules();
        let mut out = String::new();
        for y in (0..n).step_by(2) {
            if ansi {
                out.push_str("\x1b[30;47m");
            }
            for x in 0..n {
                let (top, bottom) = (self.at(x, y), y + 1 < n && self.at(x, y + 1));
                out.push(match (top, bottom) {
                    (true, true) => '█',
                    (true, false) => '▀',
                    (false, true) => '▄',
                    (false, false) => ' ',
                });
            }
            if ansi {
                out.push_str("\x1b[0m");
            }
            out.push('\n');
        }
        out
    }

    /// The SVG with a title saying whose card it holds.
    pub fn svg_titled(&self, title: &str) -> String {
        let title = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        self.svg()
            .replacen("\n<rect", &format!("\n<title>Card of {title}</title>\n<rect"), 1)
    }

    pub fn svg(&self) -> String {
        let n = self.modules();
        let mut path = String::new();
        for y in 0..n {
            for x in 0..n {
                if self.at(x, y) {
                    path.push_str(&format!("M{x} {y}h1v1h-1z"));
                }
            }
        }
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {n} {n}\" width=\"{w}mm\" height=\"{w}mm\" shape-rendering=\"crispEdges\">\n<rect width=\"{n}\" height=\"{n}\" fill=\"#fff\"/>\n<path fill=\"#000\" d=\"{path}\"/>\n</svg>\n",
            w = n.max(30)
        )
    }

    /// A grayscale PNG, `scale` pixels per module.
    pub fn png(&self, scale: usize) -> Result<Vec<u8>> {
        let n = self.modules() * scale;
        let mut pixels = vec![255u8; n * n];
        for y in 0..n {
            for x in 0..n {
                if self.at(x / scale, y / scale) {
                    pixels[y * n + x] = 0;
                }
            }
        }
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, n as u32, n as u32);
            enc.set_color(png::ColorType::Grayscale);
            // Printed at its stated resolution the code is 30 mm wide, so
            // it scans off paper (2.5 cm at least).
            let per_metre = (n as f64 / 0.030).round() as u32;
            enc.set_pixel_dims(Some(png::PixelDimensions {
                xppu: per_metre,
                yppu: per_metre,
                unit: png::Unit::Meter,
            }));
            enc.set_depth(png::BitDepth::Eight);
            let mut w = enc.write_header()?;
            w.write_image_data(&pixels)?;
        }
        Ok(out)
    }
}
