//! Terminal sanitising over arbitrary text: what comes out holds nothing
//! that a terminal acts on or that reorders or hides what is shown.

#![no_main]

use libfuzzer_sys::fuzz_target;

/// Characters that must never reach a terminal from untrusted text.
fn dangerous(c: char) -> bool {
    matches!(
        c as u32,
        // C0 (ESC included), DEL, C1
        0x00..=0x1F | 0x7F..=0x9F
        // bidirectional embeddings, overrides and isolates
        | 0x202A..=0x202E | 0x2066..=0x2069
        // line and paragraph separators
        | 0x2028 | 0x2029
        // tag characters
        | 0xE0000..=0xE007F
    )
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let out = tldops::term::sanitize(&text);
    if let Some(c) = out.chars().find(|c| dangerous(*c)) {
        panic!("sanitize let U+{:04X} through: {:?} -> {:?}", c as u32, text, out);
    }
});
