//! What reaches a terminal: untrusted text made harmless and measured in
//! columns, and colour only where it was asked for.

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
use unicode_width::UnicodeWidthStr;

/// Shows every character that could steer a terminal, break a line or hide
/// or disguise text as an escape (`\u{1b}`), and every script as it is.
///
/// A character is escaped when it is (the classes of Unicode's General
/// Category, from the `unicode-properties` tables):
///
/// - a control (Cc: C0, DEL, C1): ESC and the C1 CSI begin escape sequences
///   that recolour, retitle or rewrite the screen; CR and BS overwrite what
///   was printed. With ESC gone no escape sequence can survive.
/// - a line or paragraph separator (Zl U+2028, Zp U+2029): some terminals,
///   pagers and editors break the line there, so one value could pose as two.
/// - a format character (Cf) that a real script does not need: the bidi
///   marks, embeddings, overrides and isolates (U+061C, U+200E-200F,
///   U+202A-202E, U+2066-2069) reorder what is shown; the soft hyphen, the
///   zero-width space, the word joiner, invisible operators, the byte-order
///   mark, interlinear annotations and the tag characters (U+E0000-E007F)
///   show as nothing, so two values that differ look the same.
/// - private use (Co): what it looks like is the font's choice, so sender
///   and reader may see different things, and its width is anyone's guess.
/// - unassigned (Cn), which includes the noncharacters (U+FDD0-FDEF and the
///   last two of every plane): no meaning and no known width; a format
///   character of a later Unicode version would land here.
/// - one of the few letters and marks that are ignorable and render as
///   nothing: the combining grapheme joiner, the Hangul fillers, the Khmer
///   inherent vowels.
///
/// Kept although they are format characters, because real writing needs
/// them: the zero-width non-joiner and joiner (U+200C, U+200D: Persian,
/// Arabic, Indic scripts, emoji sequences), the Mongolian vowel separator
/// (U+180E), and the prepended concatenation marks of Arabic, Syriac and
/// Kaithi (U+0600-0605, U+06DD, U+070F, U+0890-0891, U+08E2, U+110BD,
/// U+110CD), which are visible signs. Variation selectors are kept: they
/// choose a glyph (emoji or text, a CJK or Mongolian form) and hide nothing.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    sanitize_into(&mut out, s);
    out
}

/// `sanitize`, appending to `out`: what needs no escape is copied in runs.
pub fn sanitize_into(out: &mut String, s: &str) {
    use std::fmt::Write;
    let mut rest = s;
    while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_escaped(c)) {
        out.push_str(&rest[..i]);
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
        rest = &rest[i + c.len_utf8()..];
    }
    out.push_str(rest);
}

/// As `sanitize`, keeping the bidi isolates that come in matched pairs
/// (U+2066 to U+2068 opening, U+2069 closing): the ones a translated
/// message puts around its arguments and a right-to-left sheet around
/// numbers. A mark without its partner is escaped like any other.
pub fn sanitize_isolated(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut keep = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        match c {
            '\u{2066}'..='\u{2068}' => open.push(i),
            '\u{2069}' => {
                if let Some(o) = open.pop() {
                    keep[o] = true;
                    keep[i] = true;
                }
            }
            _ => {}
        }
    }
    let mut out = String::with_capacity(s.len());
    let mut piece = String::new();
    for (c, kept) in chars.into_iter().zip(keep) {
        if kept {
            out.push_str(&sanitize(&std::mem::take(&mut piece)));
            out.push(c);
        } else {
            piece.push(c);
        }
    }
    out.push_str(&sanitize(&piece));
    out
}

/// Whether `sanitize` shows this character as an escape (see there).
pub fn is_escaped(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_control();
    }
    match c.general_category() {
        GeneralCategory::Control
        | GeneralCategory::LineSeparator
        | GeneralCategory::ParagraphSeparator
        | GeneralCategory::PrivateUse
        | GeneralCategory::Surrogate
        | GeneralCategory::Unassigned => true,
        GeneralCategory::Format => !matches!(
            c as u32,
            0x200C | 0x200D | 0x180E | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD
        ),
        // Ignorable letters and marks that render as nothing.
        _ => matches!(c as u32, 0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x3164 | 0xFFA0),
    }
}

/// The columns a terminal gives `s` (East Asian wide characters take two,
/// combining marks none), as the `unicode-width` crate measures it.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` followed by spaces up to `columns` display columns: `{:<N}` counts
/// characters, so it misaligns wide and combining ones.
pub fn pad(s: &str, columns: usize) -> String {
    let mut out = s.to_string();
    out.push_str(&" ".repeat(columns.saturating_sub(width(s))));
    out
}

/// Wraps text in an SGR colour when colour is on.
pub fn paint(on: bool, sgr: &str, text: &str) -> String {
    if on {
        format!("\x1b[{sgr}m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn matched_isolates_are_kept_and_stray_ones_escaped() {
        let cases = [
            ("fluent argument", "\u{2068}TLD-OPS\u{2069}", "\u{2068}TLD-OPS\u{2069}"),
            ("ltr isolate", "\u{2066}+20 66\u{2069}", "\u{2066}+20 66\u{2069}"),
            (
                "nested",
                "\u{2068}a\u{2066}b\u{2069}\u{2069}",
                "\u{2068}a\u{2066}b\u{2069}\u{2069}",
            ),
            ("stray close", "a\u{2069}b", "a\\u{2069}b"),
            ("stray open", "\u{2068}a", "\\u{2068}a"),
            (
                "override inside",
                "\u{2068}\u{202e}x\u{2069}",
                "\u{2068}\\u{202e}x\u{2069}",
            ),
        ];
        for (name, given, want) in cases {
            assert_eq!(super::sanitize_isolated(given), want, "{name}");
        }
    }

    use super::{is_escaped, pad, sanitize, sanitize_into, width};
    use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

    #[test]
    fn hostile_text_is_escaped_and_scripts_are_kept() {
        let cases = [
            ("plain", "Amani Mfano", "Amani Mfano"),
            ("arabic", "محمد الحسن", "محمد الحسن"),
            ("persian with zwnj", "می\u{200c}خواهم", "می\u{200c}خواهم"),
            ("devanagari with zwj", "क्\u{200d}ष", "क्\u{200d}ष"),
            ("cjk", "山田太郎 情報セキュリティ", "山田太郎 情報セキュリティ"),
            ("cyrillic", "Иван Петров", "Иван Петров"),
            ("hebrew points", "שָׁלוֹם", "שָׁלוֹם"),
            ("emoji zwj sequence", "👩\u{200d}💻", "👩\u{200d}💻"),
            ("emoji variation selector", "☎\u{fe0f}", "☎\u{fe0f}"),
            ("ideographic space", "山田\u{3000}太郎", "山田\u{3000}太郎"),
            ("arabic number sign", "\u{600}١٢", "\u{600}١٢"),
            ("escape", "a\x1b[31mred", "a\\u{1b}[31mred"),
            ("osc title", "\x1b]0;pwned\x07", "\\u{1b}]0;pwned\\u{7}"),
            ("cr overwrite", "a\rb", "a\\u{d}b"),
            ("newline", "a\nb", "a\\u{a}b"),
            ("backspace", "ab\u{8}\u{8}", "ab\\u{8}\\u{8}"),
            ("del", "a\u{7f}", "a\\u{7f}"),
            ("c1 csi", "a\u{9b}2J", "a\\u{9b}2J"),
            ("c1 osc", "\u{9d}0;x\u{9c}", "\\u{9d}0;x\\u{9c}"),
            ("next line c1", "a\u{85}b", "a\\u{85}b"),
            ("bell", "\u{7}", "\\u{7}"),
            ("bidi override", "abc\u{202e}def", "abc\\u{202e}def"),
            ("bidi isolate", "\u{2067}x\u{2069}", "\\u{2067}x\\u{2069}"),
            ("right-to-left mark", "a\u{200f}b", "a\\u{200f}b"),
            ("arabic letter mark", "a\u{61c}b", "a\\u{61c}b"),
            ("line separator", "a\u{2028}b", "a\\u{2028}b"),
            ("paragraph separator", "a\u{2029}b", "a\\u{2029}b"),
            ("tag characters", "🏴\u{e0067}\u{e007f}", "🏴\\u{e0067}\\u{e007f}"),
            ("language tag", "\u{e0001}x", "\\u{e0001}x"),
            ("zero width space", "Am\u{200b}ani", "Am\\u{200b}ani"),
            ("word joiner", "a\u{2060}b", "a\\u{2060}b"),
            ("soft hyphen", "pay\u{ad}pal", "pay\\u{ad}pal"),
            ("byte order mark", "\u{feff}x", "\\u{feff}x"),
            (
                "interlinear annotation",
                "\u{fff9}a\u{fffa}b\u{fffb}",
                "\\u{fff9}a\\u{fffa}b\\u{fffb}",
            ),
            ("hangul filler", "\u{3164}", "\\u{3164}"),
            ("combining grapheme joiner", "a\u{34f}b", "a\\u{34f}b"),
            (
                "noncharacter",
                "a\u{fdd0}\u{ffff}\u{10fffe}",
                "a\\u{fdd0}\\u{ffff}\\u{10fffe}",
            ),
            ("private use", "\u{e000}\u{f8ff}", "\\u{e000}\\u{f8ff}"),
            ("unassigned", "\u{378}", "\\u{378}"),
            ("literal escape text stays text", "\\u{1b}", "\\u{1b}"),
        ];
        for (name, input, want) in cases {
            assert_eq!(sanitize(input), want, "{name}");
        }
    }

    /// The classes that must never reach a terminal, written from the
    /// standard rather than from `sanitize`.
    fn forbidden(c: char) -> bool {
        let u = c as u32;
        c.is_control()
            || matches!(u, 0x202A..=0x202E | 0x2066..=0x2069 | 0x200E | 0x200F | 0x061C)
            || matches!(u, 0x2028 | 0x2029)
            || matches!(u, 0xE0000..=0xE007F)
            || matches!(u, 0xFDD0..=0xFDEF)
            || u & 0xFFFE == 0xFFFE
            || (c.general_category() == GeneralCategory::Format
                && !matches!(u, 0x200C | 0x200D | 0x180E | 0x0600..=0x0605 | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x110BD | 0x110CD))
    }

    /// Escapes at the start, at the end and side by side, between letters
    /// of one to four octets: the runs copied whole are cut where one
    /// character at a time would cut them.
    #[test]
    fn runs_are_cut_where_each_character_is_judged() {
        let alphabet = ["a", "\u{1b}", "é", "\u{202e}", "中", "\u{e0041}", "𝒜", "\n", "\u{200d}"];
        let one_by_one = |s: &str| -> String {
            s.chars()
                .map(|c| {
                    if is_escaped(c) {
                        format!("\\u{{{:x}}}", c as u32)
                    } else {
                        c.to_string()
                    }
                })
                .collect()
        };
        for s in crate::testing::every_string(&alphabet, 4) {
            assert_eq!(sanitize(&s), one_by_one(&s), "{s:?}");
            let mut into = String::from("x");
            sanitize_into(&mut into, &s);
            assert_eq!(into, format!("x{}", one_by_one(&s)));
        }
    }

    #[test]
    fn no_character_escapes_the_sanitiser() {
        let (mut input, mut escaped) = (String::new(), 0);
        for u in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(u) else { continue };
            input.clear();
            input.extend(['a', c, 'b']);
            let out = sanitize(&input);
            if out == input {
                assert!(!forbidden(c), "U+{u:04X} reaches the terminal");
                continue;
            }
            // Otherwise its escape, in printable ASCII.
            assert_eq!(out, format!("a\\u{{{u:x}}}b"), "U+{u:04X}");
            escaped += 1;
            // Letters, marks, numbers, punctuation, symbols and spaces of
            // every script pass unchanged, bar the ignorable fillers.
            let visible = !matches!(
                c.general_category(),
                GeneralCategory::Control
                    | GeneralCategory::Format
                    | GeneralCategory::LineSeparator
                    | GeneralCategory::ParagraphSeparator
                    | GeneralCategory::PrivateUse
                    | GeneralCategory::Surrogate
                    | GeneralCategory::Unassigned
            );
            let filler = matches!(u, 0x034F | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x3164 | 0xFFA0);
            assert!(!visible || filler, "U+{u:04X} is visible and must be kept");
        }
        assert!(escaped > 100_000, "escaped {escaped}");
    }

    #[test]
    fn width_counts_columns_not_characters() {
        let cases = [
            ("ascii", "tz", 2),
            ("cjk is two each", "中国", 4),
            ("arabic letters", "مصر", 3),
            ("combining mark is none", "e\u{301}", 1),
            ("escape is ascii", &sanitize("\u{2028}"), 8),
        ];
        for (name, s, want) in cases {
            assert_eq!(width(s), want, "{name}");
        }
        assert_eq!(pad(".中国", 8), ".中国   ");
        assert_eq!(width(&pad(".中国", 8)), 8);
        assert_eq!(pad("toolong", 3), "toolong");
    }
}
