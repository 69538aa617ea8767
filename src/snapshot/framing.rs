//! The cleartext signature framework (RFC 9580 section 7) as the OpenPGP
//! library reads it: which lines open a signed block (exact, loosely dashed
//! or quoted), where the block's text ends and its signature armor closes.
//! Found by counting lines, never by copying, so a text that repeats a header
//! line costs no more than one that does not; only a complete block (header,
//! text, signature armor and its end line) is a candidate. A decoded text is
//! surveyed as it is decoded, never held whole.

use super::{Reason, Rejection, MAX_PAYLOAD};

/// Largest signature armor (or detached signature) read.
pub const MAX_SIGNATURE: usize = 64 * 1024;
/// Most signature packets read in one signature block.
pub const MAX_SIGNATURE_PACKETS: usize = 16;
/// Largest signed text (header to signature) read: the payload limit, with
/// headroom for dash-escaping and trailing white space.
pub const MAX_SIGNED_TEXT: usize = 2 * MAX_PAYLOAD;

/// Bytes the library skips before an armor header line: white space and
/// the usual quote characters.
const SKIPPED: &[u8] = b" \t\r>|]}";

/// One complete cleartext-signed block, and where its parts lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block<'a> {
    /// From the start of the header line to the end of the END line.
    pub bytes: &'a [u8],
    /// Offset in `bytes` where the signature armor starts.
    pub signature_at: usize,
}

impl<'a> Block<'a> {
    /// The signed text region: header line, armor headers and text.
    pub fn text(&self) -> &'a [u8] {
        &self.bytes[..self.signature_at]
    }

    /// The signature armor, from its BEGIN line to its END line.
    pub fn signature(&self) -> &'a [u8] {
        &self.bytes[self.signature_at..]
    }
}

/// What one text holds: how many lines open a cleartext-signed block, and
/// the first complete block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Survey<'a> {
    pub openers: usize,
    pub block: Option<Block<'a>>,
}

/// Longest start of a line that decides what the line is: longer than any
/// block within the limits may be, so a longer line only makes its block
/// too big; what follows on such a line is counted, never looked at.
pub const MAX_LINE: usize = MAX_SIGNED_TEXT + MAX_SIGNATURE;

/// Counts every line that opens a cleartext-signed block and finds the
/// first complete block. One pass; nothing is copied.
pub fn survey(text: &[u8]) -> Survey<'_> {
    let mut s = Surveyor::default();
    for line in text.split_inclusive(|c| *c == b'\n') {
        s.line(&line[..line.len().min(MAX_LINE)], line.len());
    }
    Survey {
        openers: s.openers,
        block: s.complete.then(|| Block {
            bytes: &text[s.start..s.at_end],
            signature_at: s.signature_at,
        }),
    }
}

/// Where a line fed to a [`Surveyor`] falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Before the first line that opens a block, or after its END line.
    Outside,
    /// In the first block: its header line, text or signature armor.
    Inside,
    /// The END line that completes the first block.
    End,
}

#[derive(Debug, Clone, Copy, Default)]
enum State {
    #[default]
    Seeking,
    /// The armor header lines after the header line, up to an empty line.
    Headers {
        prefix: usize,
        first: bool,
    },
    Text {
        prefix: usize,
    },
    Armor,
    Done,
}

/// The survey fed one line at a time, so that a text decoded piece by piece
/// is surveyed without ever being held whole. Each line is given by its
/// first [`MAX_LINE`] bytes (all of it when shorter) and its length.
#[derive(Debug, Default)]
pub struct Surveyor {
    pub openers: usize,
    state: State,
    /// Offsets in the text of the first block's start and end, and where
    /// its signature armor starts, relative to its start.
    start: usize,
    signature_at: usize,
    at_end: usize,
    complete: bool,
    at: usize,
}

impl Surveyor {
    /// Reads one line (with its line end): where it falls.
    pub fn line(&mut self, line: &[u8], len: usize) -> Place {
        let here = self.at;
        self.at += len;
        let opener = opener(line);
        if opener.is_some() {
            self.openers += 1;
        }
        // The library strips the header line's quote prefix from each line.
        let unquoted = |prefix: usize| &line[line.len().min(prefix)..];
        let mut place = Place::Inside;
        self.state = match self.state {
            State::Seeking => match opener {
                // What follows the header's label on its line, white space
                // aside, is read as the first armor header line.
                Some(o) => {
                    self.start = here;
                    let rest = &o.rest[o.rest.iter().take_while(|c| c.is_ascii_whitespace()).count()..];
                    let prefix = o.prefix;
                    if rest.is_empty() {
                        State::Headers { prefix, first: true }
                    } else {
                        match header_line(rest, true) {
                            HeaderLine::Header => State::Headers { prefix, first: false },
                            HeaderLine::End | HeaderLine::Body => State::Text { prefix },
                        }
                    }
                }
                None => {
                    place = Place::Outside;
                    State::Seeking
                }
            },
            State::Headers { prefix, first } => match header_line(unquoted(prefix), first) {
                HeaderLine::Header => State::Headers { prefix, first: false },
                HeaderLine::End => State::Text { prefix },
                // The first line is the first line of text, and may end it.
                HeaderLine::Body if signature_begins(unquoted(prefix)) => {
                    self.signature_at = here - self.start;
                    State::Armor
                }
                HeaderLine::Body => State::Text { prefix },
            },
            State::Text { prefix } => {
                if signature_begins(unquoted(prefix)) {
                    self.signature_at = here - self.start;
                    State::Armor
                } else {
                    State::Text { prefix }
                }
            }
            State::Armor => {
                if armor_ends(line) {
                    self.at_end = self.at;
                    self.complete = true;
                    place = Place::End;
                    State::Done
                } else {
                    State::Armor
                }
            }
            State::Done => {
                place = Place::Outside;
                State::Done
            }
        };
        place
    }

    /// The lengths of the first block's signed text and signature armor,
    /// once it is complete.
    pub fn block_sizes(&self) -> Option<(usize, usize)> {
        self.complete
            .then(|| (self.signature_at, self.at_end - self.start - self.signature_at))
    }
}

/// A text surveyed as it is decoded, piece by piece: lines are put together
/// from the pieces (at most [`MAX_LINE`] bytes of each kept), and the first
/// block is copied only while it is within the limits.
#[derive(Debug, Default)]
pub struct Stream {
    surveyor: Surveyor,
    /// The start of the line being put together, and its whole length.
    line: Vec<u8>,
    line_len: usize,
    /// The first block's bytes, while they fit the limits.
    copy: Vec<u8>,
    /// The first block outgrew the limits: only its size is known.
    spilled: bool,
}

/// What a [`Stream`] found: the lines that open a block, and the first
/// complete block with its framing checked.
pub struct Streamed {
    pub openers: usize,
    pub block: Option<Result<(Vec<u8>, usize), Rejection>>,
}

impl Stream {
    /// More of the text.
    pub fn push(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            let (piece, ends) = match memchr::memchr(b'\n', bytes) {
                Some(i) => (&bytes[..=i], true),
                None => (bytes, false),
            };
            let room = MAX_LINE - self.line.len();
            self.line.extend_from_slice(&piece[..piece.len().min(room)]);
            self.line_len += piece.len();
            bytes = &bytes[piece.len()..];
            if ends {
                self.end_line();
            }
        }
    }

    /// Takes back the last `n` bytes pushed, which are all on the line
    /// being put together (white space that quoted-printable drops).
    pub fn retract(&mut self, n: usize) {
        self.line_len -= n.min(self.line_len);
        self.line.truncate(self.line_len.min(self.line.len()));
    }

    fn end_line(&mut self) {
        let place = self.surveyor.line(&self.line, self.line_len);
        if place != Place::Outside && !self.spilled {
            if self.copy.len() + self.line_len <= MAX_LINE {
                self.copy.extend_from_slice(&self.line);
            } else {
                // Too big to be a snapshot: only its size is kept from here.
                self.spilled = true;
                self.copy = Vec::new();
            }
        }
        self.line.clear();
        self.line_len = 0;
    }

    pub fn finish(mut self) -> Streamed {
        if self.line_len > 0 {
            self.end_line();
        }
        let block = self.surveyor.block_sizes().map(|(text, signature)| {
            check_sizes(text, signature)?;
            let block = Block {
                bytes: &self.copy,
                signature_at: text,
            };
            check(&block)?;
            Ok((std::mem::take(&mut self.copy), text))
        });
        Streamed {
            openers: self.surveyor.openers,
            block,
        }
    }
}

/// How the library reads a line of the armor header section.
enum HeaderLine {
    /// A `Key: value` line, or a line it passes over: more headers follow.
    Header,
    /// An empty line: the text starts on the next line.
    End,
    /// The first line is not a header: it is the first line of text.
    Body,
}

fn header_line(line: &[u8], first: bool) -> HeaderLine {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let Ok(line) = std::str::from_utf8(line) else {
        return HeaderLine::Header;
    };
    if line.contains(": ") {
        HeaderLine::Header
    } else if line.trim_start().is_empty() {
        HeaderLine::End
    } else if first {
        HeaderLine::Body
    } else {
        HeaderLine::Header
    }
}

/// Finds the one complete block of a text: `None` when there is none,
/// AMBIGUOUS when more than one line opens a block, and the framing checks
/// of [`check`] on the block found.
pub fn scan(text: &[u8]) -> Result<Option<Block<'_>>, Rejection> {
    let s = survey(text);
    let Some(block) = s.block else { return Ok(None) };
    if s.openers > 1 {
        return Err(ambiguous(s.openers));
    }
    check(&block)?;
    Ok(Some(block))
}

pub fn ambiguous(n: usize) -> Rejection {
    Rejection::new(Reason::Ambiguous, crate::detail!("reason-several-snapshots", n = n))
}

/// The framing rules of a block, checked before any OpenPGP parsing: the
/// size limits, and no lone CR in the signed text (a verifier hashes it as
/// a line break, so it would give one signature two texts).
pub fn check(block: &Block<'_>) -> Result<(), Rejection> {
    let text = block.text();
    check_sizes(text.len(), block.signature().len())?;
    if let Some(i) = lone_cr(text) {
        let line = text[..i].iter().filter(|c| **c == b'\n').count() + 1;
        return Err(Rejection::new(
            Reason::Malformed,
            crate::detail!("reason-lone-carriage-return", line = line),
        ));
    }
    Ok(())
}

/// The size limits of a block: its signed text, then its signature armor.
fn check_sizes(text: usize, signature: usize) -> Result<(), Rejection> {
    if text > MAX_SIGNED_TEXT {
        return Err(Rejection::new(
            Reason::Limit,
            crate::detail!("reason-signed-text-too-big", size = text, max = MAX_SIGNED_TEXT),
        ));
    }
    if signature > MAX_SIGNATURE {
        return Err(Rejection::new(
            Reason::Limit,
            crate::detail!("reason-armor-too-big", size = signature, max = MAX_SIGNATURE),
        ));
    }
    Ok(())
}

/// The offset of the first CR not followed by LF.
pub fn lone_cr(b: &[u8]) -> Option<usize> {
    b.iter()
        .enumerate()
        .find(|(i, c)| **c == b'\r' && b.get(i + 1) != Some(&b'\n'))
        .map(|(i, _)| i)
}

/// The payload kept for a verified cleartext text, as the library returns
/// it (dash-escaping undone, trailing white space removed, the final line end
/// left out): LF line ends and one final LF, which is also what GnuPG writes
/// for a text written with LF. One signed text has exactly one payload.
pub fn payload(verified: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(verified.len() + 1);
    let mut rest = verified;
    while let Some(i) = rest.iter().position(|c| *c == b'\r') {
        out.extend_from_slice(&rest[..i]);
        if rest.get(i + 1) != Some(&b'\n') {
            out.push(b'\r');
        }
        rest = &rest[i + 1..];
    }
    out.extend_from_slice(rest);
    out.push(b'\n');
    out
}

/// A line that opens a cleartext-signed block as the library reads it.
struct Opener<'a> {
    /// The length of the quote prefix before the header.
    prefix: usize,
    /// What follows the header's label and its dashes on the line.
    rest: &'a [u8],
}

/// The library looks for a header within 128 bytes of the first byte that
/// is not white space or a quote mark.
const HEADER_WINDOW: usize = 128;

fn opener(line: &[u8]) -> Option<Opener<'_>> {
    const LABEL: &[u8] = b"BEGIN PGP SIGNED MESSAGE";
    let prefix = line.iter().take_while(|c| SKIPPED.contains(c)).count();
    let rest = &line[prefix..];
    let d = dashes(rest);
    if d + LABEL.len() > HEADER_WINDOW || !rest[d..].starts_with(LABEL) {
        return None;
    }
    let after = &rest[d + LABEL.len()..];
    Some(Opener {
        prefix,
        rest: &after[dashes(after)..],
    })
}

/// The line that ends the text: more than two bytes of dashes, then BEGIN
/// PGP SIGNATURE (the library's own test, after the quote prefix).
fn signature_begins(line: &[u8]) -> bool {
    let n = dashes(line);
    n > 2 && line[n..].starts_with(b"BEGIN PGP SIGNATURE")
}

fn armor_ends(line: &[u8]) -> bool {
    let prefix = line.iter().take_while(|c| SKIPPED.contains(c)).count();
    let rest = &line[prefix..];
    rest[dashes(rest)..].starts_with(b"END PGP SIGNATURE")
}

/// The length in bytes of a leading run of dash punctuation (U+002D and the
/// other Unicode dashes the library accepts in armor lines).
fn dashes(b: &[u8]) -> usize {
    const DASHES: &[char] = &[
        '\u{002D}', '\u{058A}', '\u{05BE}', '\u{1400}', '\u{1806}', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}',
        '\u{2014}', '\u{2015}', '\u{2E17}', '\u{2E1A}', '\u{2E3A}', '\u{2E3B}', '\u{2E40}', '\u{301C}', '\u{3030}',
        '\u{30A0}', '\u{FE31}', '\u{FE32}', '\u{FE58}', '\u{FE63}', '\u{FF0D}',
    ];
    let mut n = 0;
    while n < b.len() {
        if b[n] == b'-' {
            n += 1;
            continue;
        }
        // A multi-byte dash: decode just this one character.
        let len = match b[n] {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => break,
        };
        let Some(c) = b.get(n..n + len).and_then(|s| std::str::from_utf8(s).ok()) else {
            break;
        };
        if !c.chars().all(|c| DASHES.contains(&c)) {
            break;
        }
        n += len;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIG: &str = "-----BEGIN PGP SIGNATURE-----\n\nAAAA\n-----END PGP SIGNATURE-----\n";

    fn block(header: &str) -> String {
        format!("{header}\nHash: SHA256\n\nformat = 1\n{SIG}")
    }

    /// The limits are the numbers of the format's section 5, written out:
    /// a test that used the constants would move with them.
    #[test]
    fn the_limits_are_the_format_s() {
        assert_eq!(MAX_PAYLOAD, 1_048_576, "a signed payload: 1 MiB");
        assert_eq!(MAX_SIGNATURE, 65_536, "signature armor: 64 KiB");
        assert_eq!(MAX_SIGNATURE_PACKETS, 16);
        assert_eq!(
            MAX_SIGNED_TEXT, 2_097_152,
            "the payload with headroom for dash-escaping"
        );
        assert_eq!(MAX_LINE, 2_097_152 + 65_536);
        assert_eq!(super::super::MAX_MESSAGE, 33_554_432, "one message: 32 MiB");
        assert_eq!(super::super::mime::MAX_PARTS, 100);
    }

    /// A header line followed at once by the signature: an empty text,
    /// which the library reads as a block; the text's end is found after
    /// whatever stood before the block.
    #[test]
    fn a_signature_straight_after_the_header_ends_an_empty_text() {
        let header = "-----BEGIN PGP SIGNED MESSAGE-----\n";
        let input = format!("some chatter\nand more\n{header}{SIG}after\n");
        let block = scan(input.as_bytes()).unwrap().expect("a block");
        assert_eq!(block.text(), header.as_bytes());
        assert_eq!(block.signature(), SIG.as_bytes());
    }

    /// A text streamed in pieces of any size gives the block, and where
    /// its signature starts, that scanning it whole gives.
    #[test]
    fn streaming_in_pieces_finds_what_scanning_finds() {
        let texts = [
            format!("chatter\n{}after\n", block("-----BEGIN PGP SIGNED MESSAGE-----")),
            format!(
                "a\r\nb\r\n{}",
                block("-----BEGIN PGP SIGNED MESSAGE-----").replace('\n', "\r\n")
            ),
            format!("> quoted\n{}", block("> -----BEGIN PGP SIGNED MESSAGE-----")),
            format!("-----BEGIN PGP SIGNED MESSAGE-----\n{SIG}"),
        ];
        for text in &texts {
            let whole = scan(text.as_bytes()).unwrap().expect("a block");
            for size in [1, 7, 64, text.len()] {
                let mut stream = Stream::default();
                for piece in text.as_bytes().chunks(size) {
                    stream.push(piece);
                }
                let streamed = stream.finish();
                assert_eq!(streamed.openers, 1, "{text:?}");
                let (bytes, signature_at) = streamed.block.expect("a block").expect("within the limits");
                assert_eq!(
                    (&bytes[..], signature_at),
                    (whole.bytes, whole.signature_at),
                    "{text:?} by {size}"
                );
            }
        }
    }

    #[test]
    fn openers_the_library_would_take() {
        let cases = [
            ("exact", "-----BEGIN PGP SIGNED MESSAGE-----", true),
            ("no dashes", "BEGIN PGP SIGNED MESSAGE", true),
            ("other dashes", "--- BEGIN PGP SIGNED MESSAGE", false),
            ("three dashes", "---BEGIN PGP SIGNED MESSAGE---", true),
            ("unicode dashes", "\u{2014}\u{2014}BEGIN PGP SIGNED MESSAGE", true),
            ("quoted", "> -----BEGIN PGP SIGNED MESSAGE-----", true),
            ("deeply quoted", ">> > | -----BEGIN PGP SIGNED MESSAGE-----", true),
            ("indented", "   -----BEGIN PGP SIGNED MESSAGE-----", true),
            ("cr first", "\r-----BEGIN PGP SIGNED MESSAGE-----", true),
            ("words before", "see -----BEGIN PGP SIGNED MESSAGE-----", false),
            ("a message", "-----BEGIN PGP MESSAGE-----", false),
        ];
        for (name, line, want) in cases {
            assert_eq!(opener(line.as_bytes()).is_some(), want, "{name}");
        }
        let dashed = |n: usize| format!("{}BEGIN PGP SIGNED MESSAGE", "-".repeat(n));
        assert!(opener(dashed(HEADER_WINDOW - 24).as_bytes()).is_some());
        assert!(opener(dashed(HEADER_WINDOW - 23).as_bytes()).is_none());
    }

    #[test]
    fn survey_counts_and_finds_the_first_complete_block() {
        type Case<'a> = (&'a str, String, usize, bool);
        let cases: Vec<Case> = vec![
            ("one block", block("-----BEGIN PGP SIGNED MESSAGE-----"), 1, true),
            ("chatter", "hello\nworld\n".into(), 0, false),
            (
                "unterminated header (a how-to)",
                "To sign, start with\n-----BEGIN PGP SIGNED MESSAGE-----\nthen...\n".into(),
                1,
                false,
            ),
            (
                "no END line",
                "-----BEGIN PGP SIGNED MESSAGE-----\n\nx\n-----BEGIN PGP SIGNATURE-----\nAAAA\n".into(),
                1,
                false,
            ),
            (
                "loose old block before a normal one",
                format!(
                    "{}{}",
                    block("> BEGIN PGP SIGNED MESSAGE"),
                    block("-----BEGIN PGP SIGNED MESSAGE-----")
                ),
                2,
                true,
            ),
            (
                "repeated header lines",
                "-----BEGIN PGP SIGNED MESSAGE-----\n".repeat(1000) + SIG,
                1000,
                true,
            ),
        ];
        for (name, text, openers, complete) in cases {
            let s = survey(text.as_bytes());
            assert_eq!(s.openers, openers, "{name}");
            assert_eq!(s.block.is_some(), complete, "{name}");
        }
    }

    #[test]
    fn the_text_starts_after_the_armor_headers() {
        // Found by fuzzing against the library: a signature line among the
        // armor headers (before the empty line that ends them) does not end
        // the text; the library reads "END PGP SIGNATURE" as the text here.
        let text = b"BEGIN PGP SIGNED MESSAGE: \n---BEGIN PGP SIGNATURE\n\nEND PGP SIGNATURE\n---BEGIN PGP SIGNATURE\n-END PGP SIGNATURE\n";
        let b = survey(text).block.unwrap();
        assert_eq!(b.signature(), b"---BEGIN PGP SIGNATURE\n-END PGP SIGNATURE\n");
        // A first line that is no header starts the text.
        let no_headers = b"-----BEGIN PGP SIGNED MESSAGE-----\ntext\n-----BEGIN PGP SIGNATURE-----\nAAAA\n-----END PGP SIGNATURE-----\n";
        assert!(survey(no_headers).block.unwrap().text().ends_with(b"text\n"));
        // Lines that are no header later in the section are passed over.
        let junk = b"-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n-----BEGIN PGP SIGNATURE-----\n\nx\n-----BEGIN PGP SIGNATURE-----\nA\n-----END PGP SIGNATURE-----\n";
        assert!(survey(junk).block.unwrap().text().ends_with(b"\nx\n"));
    }

    #[test]
    fn the_block_runs_from_header_to_end_line() {
        let text = format!("before\n{}after\n", block("-----BEGIN PGP SIGNED MESSAGE-----"));
        let b = scan(text.as_bytes()).unwrap().unwrap();
        assert!(b.bytes.starts_with(b"-----BEGIN PGP SIGNED MESSAGE-----\n"));
        assert!(b.bytes.ends_with(b"-----END PGP SIGNATURE-----\n"));
        assert!(b.signature().starts_with(b"-----BEGIN PGP SIGNATURE-----"));
        assert!(b.text().ends_with(b"format = 1\n"));
    }

    #[test]
    fn framing_rejections() {
        let two = format!(
            "{}{}",
            block("-----BEGIN PGP SIGNED MESSAGE-----"),
            block("-----BEGIN PGP SIGNED MESSAGE-----")
        );
        let lone_cr = block("-----BEGIN PGP SIGNED MESSAGE-----").replace("format = 1\n", "a = 1\rb = 2\n");
        let big_sig = block("-----BEGIN PGP SIGNED MESSAGE-----")
            .replace("AAAA\n", &"A".repeat(MAX_SIGNATURE))
            .replace("A-----END", "A\n-----END");
        let big_text = format!(
            "-----BEGIN PGP SIGNED MESSAGE-----\n\n{}\n{SIG}",
            "x".repeat(MAX_SIGNED_TEXT)
        );
        let cases = [
            ("two blocks", two, Reason::Ambiguous),
            ("lone cr", lone_cr, Reason::Malformed),
            ("signature over 64 KiB", big_sig, Reason::Limit),
            ("text over the cap", big_text, Reason::Limit),
        ];
        for (name, text, reason) in cases {
            assert_eq!(scan(text.as_bytes()).unwrap_err().reason, reason, "{name}");
        }
    }

    #[test]
    fn limits_hold_at_their_edges() {
        let head = "-----BEGIN PGP SIGNED MESSAGE-----\n\n";
        let text = |n: usize| format!("{head}{}\n{SIG}", "x".repeat(n - head.len() - 1));
        assert!(scan(text(MAX_SIGNED_TEXT).as_bytes()).is_ok());
        assert_eq!(
            scan(text(MAX_SIGNED_TEXT + 1).as_bytes()).unwrap_err().reason,
            Reason::Limit
        );
        let fixed = "-----BEGIN PGP SIGNATURE-----\n\n\n-----END PGP SIGNATURE-----\n".len();
        let sig = |n: usize| {
            format!(
                "{head}x\n-----BEGIN PGP SIGNATURE-----\n\n{}\n-----END PGP SIGNATURE-----\n",
                "A".repeat(n - fixed)
            )
        };
        assert!(scan(sig(MAX_SIGNATURE).as_bytes()).is_ok());
        assert_eq!(
            scan(sig(MAX_SIGNATURE + 1).as_bytes()).unwrap_err().reason,
            Reason::Limit
        );
        // A decoded text, surveyed as it is decoded, is held to the same edges.
        let streamed = |t: String| {
            let mut stream = Stream::default();
            for piece in t.as_bytes().chunks(4096) {
                stream.push(piece);
            }
            stream
                .finish()
                .block
                .expect("a block")
                .map(|_| ())
                .map_err(|e| e.reason)
        };
        assert_eq!(streamed(text(MAX_SIGNED_TEXT)), Ok(()));
        assert_eq!(streamed(text(MAX_SIGNED_TEXT + 1)), Err(Reason::Limit));
        assert_eq!(streamed(sig(MAX_SIGNATURE)), Ok(()));
        assert_eq!(streamed(sig(MAX_SIGNATURE + 1)), Err(Reason::Limit));
        // The armor is measured from the block's start, not the text's.
        assert_eq!(streamed(format!("chatter\n{}", sig(MAX_SIGNATURE))), Ok(()));
        assert_eq!(streamed(format!("chatter\n{}", text(MAX_SIGNED_TEXT))), Ok(()));
    }

    /// A line longer than `MAX_LINE` is kept to its first `MAX_LINE` octets
    /// and its length; white space taken back leaves the line as if it had
    /// never been pushed.
    #[test]
    fn a_stream_holds_a_line_to_its_limit_and_takes_back_white_space() {
        let mut stream = Stream::default();
        stream.push(&[b'x'; 1000]);
        stream.push(&vec![b'x'; MAX_LINE]);
        assert_eq!((stream.line.len(), stream.line_len), (MAX_LINE, MAX_LINE + 1000));

        let text = block("-----BEGIN PGP SIGNED MESSAGE-----");
        let (head, tail) = text.split_at(text.find("format").unwrap());
        let mut stream = Stream::default();
        stream.push(head.as_bytes());
        stream.push(b"format = 1   ");
        stream.retract(3);
        stream.push(&tail.as_bytes()["format = 1".len()..]);
        let (bytes, _) = stream.finish().block.expect("a block").expect("within the limits");
        assert_eq!(bytes, text.as_bytes());
    }

    #[test]
    fn payload_cases() {
        let cases: &[(&str, &[u8], &[u8])] = &[
            ("lf", b"a\nb", b"a\nb\n"),
            ("crlf", b"a\r\nb", b"a\nb\n"),
            ("blank last line kept", b"a\n", b"a\n\n"),
            ("empty", b"", b"\n"),
        ];
        for (name, input, want) in cases {
            assert_eq!(payload(input), *want, "{name}");
        }
    }
}
