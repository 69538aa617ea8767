//! What reaches a terminal: untrusted text made harmless, and colour only
//! where it was asked for.

/// Shows control characters, escape sequences and bidirectional overrides
/// escaped (`\u{1b}`), and every script as it is.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if crate::snapshot::schema::is_forbidden(c) || is_invisible_format(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Format characters that can disguise text but are no use in a directory.
fn is_invisible_format(c: char) -> bool {
    matches!(c as u32, 0x200E | 0x200F | 0x061C | 0xFEFF | 0xFFF9..=0xFFFB)
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
    use super::sanitize;

    #[test]
    fn hostile_text_is_escaped_and_scripts_are_kept() {
        let cases = [
            ("plain", "Amani Mfano", "Amani Mfano"),
            ("arabic", "محمد", "محمد"),
            ("escape", "a\x1b[31mred", "a\\u{1b}[31mred"),
            ("cr", "a\rb", "a\\u{d}b"),
            ("c1 csi", "a\u{9b}2J", "a\\u{9b}2J"),
            ("bidi override", "abc\u{202e}def", "abc\\u{202e}def"),
            ("bell", "\u{7}", "\\u{7}"),
        ];
        for (name, input, want) in cases {
            assert_eq!(sanitize(input), want, "{name}");
        }
    }
}
