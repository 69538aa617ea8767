//! Content transfer encodings removed piece by piece: a body is decoded a
//! bounded piece at a time and each piece handed on, so no stage ever holds
//! a decoded body whole. The result, put together, is byte for byte what
//! decoding the body at once gives.

use super::{Reason, Rejection};

/// Most encoded bytes decoded at once.
pub const PIECE: usize = 64 * 1024;

/// One piece of a decoded body.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'b> {
    Bytes(&'b [u8]),
    /// The last `n` bytes handed on were white space at the end of a line,
    /// which quoted-printable drops: they are taken back.
    Retract(usize),
}

/// Removes the transfer encoding of `body`, handing each decoded piece to
/// `out`. An unencoded body is handed on as it is, in one piece.
pub fn decode(body: &[u8], encoding: Option<&str>, out: &mut dyn FnMut(Piece<'_>)) -> Result<(), Rejection> {
    decode_in(body, encoding, PIECE, out)
}

fn decode_in(
    body: &[u8],
    encoding: Option<&str>,
    piece: usize,
    out: &mut dyn FnMut(Piece<'_>),
) -> Result<(), Rejection> {
    let broken = |name: &str| {
        Rejection::new(
            Reason::Malformed,
            crate::detail!("reason-encoding-broken", encoding = name),
        )
    };
    match encoding.unwrap_or("7bit") {
        "7bit" | "8bit" | "binary" => {
            out(Piece::Bytes(body));
            Ok(())
        }
        "quoted-printable" => quoted_printable(body, piece, out).ok_or_else(|| broken("quoted-printable")),
        "base64" => base64(body, piece, out).ok_or_else(|| broken("base64")),
        other => Err(Rejection::new(
            Reason::Malformed,
            crate::detail!("reason-encoding-unknown", encoding = other.escape_debug().to_string()),
        )),
    }
}

/// The whole body decoded, for the few places that need it whole and have
/// bounded it first. Unencoded bodies are borrowed.
pub fn decode_whole<'a>(body: &'a [u8], encoding: Option<&str>) -> Result<std::borrow::Cow<'a, [u8]>, Rejection> {
    use std::borrow::Cow;
    if matches!(encoding.unwrap_or("7bit"), "7bit" | "8bit" | "binary") {
        return Ok(Cow::Borrowed(body));
    }
    let mut whole = Vec::new();
    decode(body, encoding, &mut |p| match p {
        Piece::Bytes(b) => whole.extend_from_slice(b),
        Piece::Retract(n) => whole.truncate(whole.len() - n),
    })?;
    Ok(Cow::Owned(whole))
}

const INVALID: u8 = 0xFF;

static BASE64: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut v = 0u8;
    while v < 64 {
        let c = match v {
            0..=25 => b'A' + v,
            26..=51 => b'a' + (v - 26),
            52..=61 => b'0' + (v - 52),
            62 => b'+',
            _ => b'/',
        };
        table[c as usize] = v;
        v += 1;
    }
    table
};

/// Base64 as mail readers take it: white space is passed over, `=` ends a
/// group early (and decoding goes on after it), anything else is broken.
fn base64(body: &[u8], piece: usize, out: &mut dyn FnMut(Piece<'_>)) -> Option<()> {
    let mut buf = Vec::with_capacity(piece / 4 * 3 + 3);
    let (mut chunk, mut count) = (0u32, 0u8);
    for input in body.chunks(piece.max(1)) {
        buf.clear();
        let mut rest = input;
        loop {
            if count == 0 {
                // Whole groups at once, while they are plain base64.
                while let [a, b, c, d, tail @ ..] = rest {
                    let (a, b, c, d) = (
                        BASE64[*a as usize],
                        BASE64[*b as usize],
                        BASE64[*c as usize],
                        BASE64[*d as usize],
                    );
                    if a | b | c | d >= 0x40 {
                        break;
                    }
                    let word = (u32::from(a) << 18) | (u32::from(b) << 12) | (u32::from(c) << 6) | u32::from(d);
                    buf.extend_from_slice(&word.to_be_bytes()[1..]);
                    rest = tail;
                }
            }
            let Some((&ch, tail)) = rest.split_first() else { break };
            rest = tail;
            let v = BASE64[ch as usize];
            if v < 0x40 {
                chunk = (chunk << 6) | u32::from(v);
                count = (count + 1) & 3;
                if count == 0 {
                    buf.extend_from_slice(&chunk.to_be_bytes()[1..]);
                }
            } else if ch == b'=' {
                flush_base64(chunk, &mut count, &mut buf);
            } else if !matches!(ch, b' ' | b'\t' | b'\r' | b'\n') {
                return None;
            }
        }
        if !buf.is_empty() {
            out(Piece::Bytes(&buf));
        }
    }
    buf.clear();
    flush_base64(chunk, &mut count, &mut buf);
    if !buf.is_empty() {
        out(Piece::Bytes(&buf));
    }
    Some(())
}

fn flush_base64(chunk: u32, count: &mut u8, buf: &mut Vec<u8>) {
    match *count {
        2 => buf.push((chunk >> 4) as u8),
        3 => buf.extend_from_slice(&[(chunk >> 10) as u8, (chunk >> 2) as u8]),
        _ => {}
    }
    *count = 0;
}

/// Quoted-printable as mail readers take it: `=` and a line end is a soft
/// break, white space before a hard line end is dropped, line ends become
/// CRLF once a CR was met, and a stray `=` is broken.
fn quoted_printable(body: &[u8], piece: usize, out: &mut dyn FnMut(Piece<'_>)) -> Option<()> {
    #[derive(PartialEq)]
    enum State {
        Plain,
        Eq,
        Hex1(u8),
    }
    let mut buf: Vec<u8> = Vec::with_capacity(piece + 2);
    let mut state = State::Plain;
    let mut ws = 0usize;
    let mut crlf: &[u8] = b"\n";
    for &ch in body {
        match ch {
            b'=' if state == State::Plain => state = State::Eq,
            b'=' => return None,
            b'\n' => {
                if state == State::Eq {
                    state = State::Plain;
                } else {
                    // Trailing white space goes, from here and from what
                    // was already handed on.
                    let here = ws.min(buf.len());
                    buf.truncate(buf.len() - here);
                    if ws > here {
                        out(Piece::Retract(ws - here));
                    }
                    buf.extend_from_slice(crlf);
                }
                ws = 0;
            }
            b'\r' => crlf = b"\r\n",
            _ => match state {
                State::Plain => {
                    ws = if ch.is_ascii_whitespace() { ws + 1 } else { 0 };
                    buf.push(ch);
                }
                State::Eq => match hex(ch) {
                    Some(h) => state = State::Hex1(h),
                    None if ch.is_ascii_whitespace() => {}
                    None => return None,
                },
                State::Hex1(h) => {
                    state = State::Plain;
                    buf.push((h << 4) | hex(ch)?);
                    ws = 0;
                }
            },
        }
        if buf.len() >= piece {
            out(Piece::Bytes(&buf));
            buf.clear();
        }
    }
    if !buf.is_empty() {
        out(Piece::Bytes(&buf));
    }
    Some(())
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};

    /// Decoded in pieces of `piece` bytes and put together again.
    fn pieced(body: &[u8], encoding: &str, piece: usize) -> Option<Vec<u8>> {
        let mut whole = Vec::new();
        decode_in(body, Some(encoding), piece, &mut |p| match p {
            Piece::Bytes(b) => whole.extend_from_slice(b),
            Piece::Retract(n) => whole.truncate(whole.len() - n),
        })
        .ok()?;
        Some(whole)
    }

    #[test]
    fn pieces_put_together_are_the_whole_decoding() {
        let long = "QUFB".repeat(300) + "\n";
        let cases: &[(&str, &str, &[u8])] = &[
            ("base64 plain", "base64", b"aGVsbG8gd29ybGQ=\n"),
            ("base64 lines", "base64", b"aGVs\nbG8g\r\nd29y bGQ=\n"),
            ("base64 padding mid-way", "base64", b"aGk=aGk=aA==aGVsbG8\n"),
            ("base64 odd tail", "base64", b"aGVsbG8gd29ybG"),
            ("base64 broken", "base64", b"aGVs!bG8="),
            ("base64 long", "base64", long.as_bytes()),
            ("qp plain", "quoted-printable", b"a=3Db\nc=\nd\n"),
            ("qp trailing space", "quoted-printable", b"line   \nnext\t \nend"),
            ("qp soft break keeps space", "quoted-printable", b"a  =\nb\n"),
            ("qp crlf", "quoted-printable", b"a \r\nb=\r\nc\r\n"),
            ("qp hex resets space", "quoted-printable", b"a =20\nb\n"),
            ("qp space after equals", "quoted-printable", b"a= \nb\n"),
            ("qp hex then line end", "quoted-printable", b"a=4\n1b\n"),
            ("qp broken", "quoted-printable", b"a==\n"),
            ("qp bad hex", "quoted-printable", b"a=4G\n"),
            (
                "qp long white space",
                "quoted-printable",
                b"x                                                  \ny\n",
            ),
        ];
        for (name, enc, body) in cases {
            let whole = if *enc == "base64" {
                base64_decode(body)
            } else {
                quoted_printable_decode(body)
            };
            for piece in [1, 2, 3, 5, 7, 64, PIECE] {
                assert_eq!(pieced(body, enc, piece), whole, "{name}, pieces of {piece}");
            }
        }
    }

    #[test]
    fn decoding_cases() {
        assert_eq!(&*decode_whole(b"aGk=", Some("base64")).unwrap(), b"hi");
        assert_eq!(&*decode_whole(b"a=3Db", Some("quoted-printable")).unwrap(), b"a=b");
        assert_eq!(&*decode_whole(b"raw", None).unwrap(), b"raw");
        for (name, body, enc) in [("bad base64", &b"!!!"[..], "base64"), ("unknown", b"x", "x-uuencode")] {
            assert_eq!(
                decode_whole(body, Some(enc)).unwrap_err().reason,
                Reason::Malformed,
                "{name}"
            );
        }
    }

    /// Every octet through base64 and quoted-printable, as another
    /// encoder writes them, comes back.
    #[test]
    fn every_octet_comes_back() {
        use base64::Engine as _;
        let all: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&all);
        assert_eq!(&*decode_whole(b64.as_bytes(), Some("base64")).unwrap(), &all[..]);
        assert_eq!(
            &*decode_whole(b"////++++", Some("base64")).unwrap(),
            b"\xff\xff\xff\xfb\xef\xbe"
        );
        let qp: String = all.iter().map(|b| format!("={b:02X}")).collect();
        assert_eq!(
            &*decode_whole(qp.as_bytes(), Some("quoted-printable")).unwrap(),
            &all[..]
        );
        // Trailing white space taken back when the whole is put together.
        assert_eq!(
            &*decode_whole(b"a  \nb \t\n", Some("quoted-printable")).unwrap(),
            b"a\nb\n"
        );
        // Across the end of a piece, it is handed on, then taken back.
        let long = "a".repeat(PIECE - 2) + " \t \nb";
        let want = "a".repeat(PIECE - 2) + "\nb";
        assert_eq!(
            &*decode_whole(long.as_bytes(), Some("quoted-printable")).unwrap(),
            want.as_bytes()
        );
    }

    /// A body is decoded in pieces of 64 KiB of encoded text: never more,
    /// and not in many small ones.
    #[test]
    fn pieces_are_64_kib_of_encoded_text() {
        let body = "QUFB".repeat(PIECE);
        assert_eq!(PIECE, 65_536);
        assert_eq!(body.len(), 4 * 65_536);
        assert_eq!(piece_sizes(body.as_bytes(), "base64"), (65_536 / 4 * 3, 4));
        let body = "a".repeat(4 * PIECE);
        assert_eq!(piece_sizes(body.as_bytes(), "quoted-printable"), (65_536, 4));
    }

    /// The largest piece `decode` hands on, and how many it hands on.
    fn piece_sizes(body: &[u8], encoding: &str) -> (usize, usize) {
        let (mut most, mut pieces) = (0, 0);
        decode(body, Some(encoding), &mut |p| {
            if let Piece::Bytes(b) = p {
                most = most.max(b.len());
                pieces += 1;
            }
        })
        .unwrap();
        (most, pieces)
    }

    /// After `=`, only two hex digits, a line end or white space before
    /// one may come.
    #[test]
    fn a_stray_equals_sign_is_broken() {
        for body in [&b"a=x\n"[..], b"a=\tx\n", b"a=4x\n", b"a==41\n", b"=\x00"] {
            let e = decode_whole(body, Some("quoted-printable")).unwrap_err();
            assert_eq!(e.detail.id, "reason-encoding-broken", "{body:?}");
        }
        assert_eq!(&*decode_whole(b"a= \t\nb", Some("quoted-printable")).unwrap(), b"ab");
    }

    #[test]
    fn no_piece_is_larger_than_a_piece() {
        let (most, _) = piece_sizes("QUFB".repeat(PIECE).as_bytes(), "base64");
        assert!(most <= PIECE, "{most}");
    }
}
