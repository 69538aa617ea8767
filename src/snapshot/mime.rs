//! Just enough MIME to reach the places a snapshot may sit: an entity's
//! headers and body split without copying, only the few header fields the
//! carrier rules and the envelope need parsed, the direct children of a
//! multipart counted against the part limit as they are found, and a body
//! decoded only when it is about to be read.

use super::{transfer, Reason, Rejection};
use mail_parser::{Message, MessageParser, MimeHeaders};

/// Most MIME parts examined in one message.
pub const MAX_PARTS: usize = 100;

/// One MIME entity: its bytes, split into headers and body, and the header
/// fields the carrier rules look at.
pub struct Entity<'a> {
    /// The whole entity: headers, blank line and body.
    pub whole: &'a [u8],
    pub body: &'a [u8],
    /// `type/subtype` in lower case; text/plain when absent.
    pub content_type: String,
    pub boundary: Option<String>,
    pub protocol: Option<String>,
    pub charset: Option<String>,
    pub transfer_encoding: Option<String>,
    pub attachment: bool,
    /// Whether a Content-Type field was given (in a digest, a part without
    /// one is a message/rfc822).
    pub typed: bool,
    /// The header fields read (see [`FIELDS`]), copied out of the header.
    fields: Vec<u8>,
}

/// The header fields read; all others are passed over unparsed.
const FIELDS: &[&str] = &[
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
    "message-id",
    "date",
    "from",
    "subject",
];

/// A header field longer than this is passed over: no field read is ever
/// that long in mail that means well.
pub const MAX_FIELD: usize = 64 * 1024;

/// The fields of a header section that are read, each whole (continuation
/// lines included), in their order, ending with an empty line.
fn pick_fields(head: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = head;
    while !rest.is_empty() {
        // A field: its first line, and the lines after it that begin with white space.
        let mut end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        while end < rest.len() && matches!(rest[end], b' ' | b'\t') {
            end = memchr::memchr(b'\n', &rest[end..]).map_or(rest.len(), |i| end + i + 1);
        }
        let (field, tail) = rest.split_at(end);
        rest = tail;
        let Some(colon) = memchr::memchr(b':', &field[..field.len().min(64)]) else {
            continue;
        };
        let name = field[..colon].trim_ascii_end();
        if field.len() <= MAX_FIELD && FIELDS.iter().any(|f| name.eq_ignore_ascii_case(f.as_bytes())) {
            out.extend_from_slice(field);
            if !field.ends_with(b"\n") {
                out.push(b'\n');
            }
        }
    }
    if !out.is_empty() {
        out.push(b'\n');
    }
    out
}

impl<'a> Entity<'a> {
    /// Splits an entity at its first empty line and reads its header fields.
    pub fn parse(whole: &'a [u8]) -> Entity<'a> {
        let split = header_end(whole);
        let (head, body) = whole.split_at(split);
        let fields = pick_fields(head);
        let mut e = Entity {
            whole,
            body,
            content_type: "text/plain".to_string(),
            boundary: None,
            protocol: None,
            charset: None,
            transfer_encoding: None,
            attachment: false,
            typed: false,
            fields: Vec::new(),
        };
        let headers = if fields.is_empty() {
            None
        } else {
            MessageParser::default().parse_headers(&fields[..])
        };
        if let Some(h) = &headers {
            if let Some(ct) = h.content_type() {
                e.typed = true;
                e.content_type = format!(
                    "{}/{}",
                    ct.ctype().to_ascii_lowercase(),
                    ct.subtype().unwrap_or("").to_ascii_lowercase()
                );
                let param = |name: &str| {
                    ct.attributes()?
                        .iter()
                        .find(|a| a.name.eq_ignore_ascii_case(name))
                        .map(|a| a.value.to_string())
                };
                e.boundary = param("boundary");
                e.protocol = param("protocol");
                e.charset = param("charset");
            }
            e.transfer_encoding = h.content_transfer_encoding().map(|t| t.trim().to_ascii_lowercase());
            e.attachment = h
                .content_disposition()
                .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"));
        }
        drop(headers);
        e.fields = fields;
        e
    }

    /// The parsed header fields that are read, for the envelope of a
    /// top-level message.
    pub fn headers(&self) -> Option<Message<'_>> {
        if self.fields.is_empty() {
            return None;
        }
        MessageParser::default().parse_headers(&self.fields[..])
    }

    /// The body with its transfer encoding removed, whole: only for a body
    /// whose size was bounded first.
    pub fn decoded(&self) -> Result<std::borrow::Cow<'a, [u8]>, Rejection> {
        transfer::decode_whole(self.body, self.transfer_encoding.as_deref())
    }

    /// The body with its transfer encoding removed, handed on piece by piece.
    pub fn decode_pieces(&self, out: &mut dyn FnMut(transfer::Piece<'_>)) -> Result<(), Rejection> {
        transfer::decode(self.body, self.transfer_encoding.as_deref(), out)
    }
}

/// Where the header section ends: just after the first empty line, or at
/// the end when there is none. An entity that starts with an empty line
/// has no header fields.
fn header_end(b: &[u8]) -> usize {
    let mut at = 0;
    for line in lines(b) {
        at += line.len();
        if line == b"\n" || line == b"\r\n" {
            return at;
        }
    }
    b.len()
}

/// Lines with their line ends, without copying.
pub fn lines(b: &[u8]) -> impl Iterator<Item = &[u8]> {
    b.split_inclusive(|c| *c == b'\n')
}

/// The direct children of a multipart body (RFC 2046 section 5.1.1): the
/// line end before a delimiter belongs to the delimiter; the preamble and
/// epilogue are not parts. Each child found counts against `budget`.
/// A multipart without a boundary has no children.
pub fn children<'a>(body: &'a [u8], boundary: Option<&str>, budget: &mut usize) -> Result<Vec<&'a [u8]>, Rejection> {
    let Some(boundary) = boundary.filter(|b| !b.is_empty()) else {
        return Ok(Vec::new());
    };
    let delimiter = format!("--{boundary}");
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // Only lines that begin with the delimiter are looked at: the body's
    // first line, and each found after a line end.
    let needle = format!("\n{delimiter}");
    let after_lf = memchr::memmem::find_iter(body, needle.as_bytes()).map(|i| i + 1);
    let candidates = body
        .starts_with(delimiter.as_bytes())
        .then_some(0)
        .into_iter()
        .chain(after_lf);
    for here in candidates {
        let end = memchr::memchr(b'\n', &body[here..]).map_or(body.len(), |i| here + i + 1);
        let rest = &body[here + delimiter.len()..end];
        let (close, rest) = match rest.strip_prefix(b"--") {
            Some(r) => (true, r),
            None => (false, rest),
        };
        if !rest.iter().all(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n')) {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&body[s..strip_line_end(body, here).max(s)]);
        }
        if close {
            return Ok(out);
        }
        if *budget == 0 {
            return Err(Rejection::new(
                Reason::Limit,
                crate::detail!("reason-too-many-parts", max = MAX_PARTS),
            ));
        }
        *budget -= 1;
        start = Some(end);
    }
    // No closing delimiter: the last part runs to the end, as mail readers take it.
    if let Some(s) = start {
        out.push(&body[s..]);
    }
    Ok(out)
}

/// The offset of the line end that ends just before `at`, if any.
fn strip_line_end(b: &[u8], at: usize) -> usize {
    let mut end = at;
    if end > 0 && b[end - 1] == b'\n' {
        end -= 1;
        if end > 0 && b[end - 1] == b'\r' {
            end -= 1;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entity_split_cases() {
        let cases: &[(&str, &[u8], &str, &[u8])] = &[
            ("plain", b"Subject: x\n\nbody\n", "text/plain", b"body\n"),
            ("crlf", b"Subject: x\r\n\r\nbody\r\n", "text/plain", b"body\r\n"),
            (
                "typed",
                b"Content-Type: TEXT/HTML; charset=utf-8\n\n<p>\n",
                "text/html",
                b"<p>\n",
            ),
            ("no headers", b"\nbody\n", "text/plain", b"body\n"),
            ("no body", b"Subject: x\n", "text/plain", b""),
        ];
        for (name, input, ct, body) in cases {
            let e = Entity::parse(input);
            assert_eq!(e.content_type, *ct, "{name}");
            assert_eq!(e.body, *body, "{name}");
        }
    }

    #[test]
    fn children_cases() {
        type Case<'a> = (&'a str, &'a [u8], &'a [&'a [u8]]);
        let cases: &[Case] = &[
            (
                "two parts, preamble and epilogue",
                b"pre\n--b\nA: 1\n\nx\n--b\n\ny\n--b--\nepi\n",
                &[b"A: 1\n\nx", b"\ny"],
            ),
            ("crlf", b"--b\r\n\r\nx\r\n--b--\r\n", &[b"\r\nx"]),
            ("no close", b"--b\n\nx\n", &[b"\nx\n"]),
            (
                "longer boundary is not ours",
                b"--b\n\nx\n--bb\n--b--\n",
                &[b"\nx\n--bb"],
            ),
            ("transport padding", b"--b  \n\nx\n--b-- \n", &[b"\nx"]),
        ];
        for (name, body, want) in cases {
            let mut budget = MAX_PARTS;
            assert_eq!(children(body, Some("b"), &mut budget).unwrap(), want.to_vec(), "{name}");
        }
    }

    #[test]
    fn the_part_limit_is_counted_at_its_edge() {
        let body = |n: usize| "--b\n\nx\n".repeat(n) + "--b--\n";
        let mut budget = MAX_PARTS;
        assert_eq!(
            children(body(MAX_PARTS).as_bytes(), Some("b"), &mut budget)
                .unwrap()
                .len(),
            MAX_PARTS
        );
        let mut budget = MAX_PARTS;
        let e = children(body(MAX_PARTS + 1).as_bytes(), Some("b"), &mut budget).unwrap_err();
        assert_eq!(e.reason, Reason::Limit);
    }
}
