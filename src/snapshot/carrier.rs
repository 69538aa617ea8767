//! Where a snapshot may sit in a message (format section 3), and nowhere
//! else: a single text/plain body, a text/plain child of a top-level
//! multipart/mixed, or a multipart/signed entity at top level or as a direct
//! child of a top-level multipart/mixed. Also reads the envelope headers that
//! are kept, never trusted, to show where a snapshot came from.

use super::{CarrierKind, Reason, Rejection, MAX_MESSAGE};
use mail_parser::decoders::{base64::base64_decode, quoted_printable::quoted_printable_decode};
use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders, PartType};

const BEGIN_SIGNED: &[u8] = b"-----BEGIN PGP SIGNED MESSAGE-----";
const MAX_PARTS: usize = 100;

/// One place that holds signed data, with the bytes the verifier must see.
#[derive(Debug, Clone)]
pub enum Candidate {
    /// A cleartext-signed text (RFC 9580 section 7), transfer encoding removed.
    Cleartext(Vec<u8>),
    /// The signed part's MIME bytes with CRLF line ends, and the detached signature.
    PgpMime { signed: Vec<u8>, signature: Vec<u8> },
}

impl Candidate {
    pub fn kind(&self) -> CarrierKind {
        match self {
            Candidate::Cleartext(_) => CarrierKind::Cleartext,
            Candidate::PgpMime { .. } => CarrierKind::PgpMime,
        }
    }
}

/// The headers kept to show where a snapshot came from. Untrusted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    pub message_id: Option<String>,
    pub date: Option<String>,
    pub from: Option<String>,
    pub subject: Option<String>,
}

/// True when the bytes are a bare cleartext-signed file rather than a message.
pub fn is_bare_cleartext(raw: &[u8]) -> bool {
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    let start = raw.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(raw.len());
    raw[start..].starts_with(BEGIN_SIGNED)
}

/// Finds every candidate in one message or bare file.
pub fn find(raw: &[u8]) -> Result<Vec<Candidate>, Rejection> {
    if raw.len() > MAX_MESSAGE {
        return Err(Rejection::new(
            Reason::Limit,
            format!("{} bytes is over the {MAX_MESSAGE}-byte message limit", raw.len()),
        ));
    }
    if is_bare_cleartext(raw) {
        return Ok(cleartext_candidates(raw));
    }
    let Some(msg) = MessageParser::default().parse(raw) else {
        return Ok(Vec::new());
    };
    if msg.parts.len() > MAX_PARTS {
        return Err(Rejection::new(
            Reason::Limit,
            format!("{} MIME parts; at most {MAX_PARTS} are examined", msg.parts.len()),
        ));
    }
    let Some(root) = msg.parts.first() else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    match content_type(root).as_str() {
        "text/plain" => out.extend(text_candidates(raw, root)?),
        "multipart/signed" => out.extend(signed_candidate(raw, &msg, root)?),
        "multipart/mixed" => {
            for child in children(&msg, root) {
                match content_type(child).as_str() {
                    "text/plain" => out.extend(text_candidates(raw, child)?),
                    "multipart/signed" => out.extend(signed_candidate(raw, &msg, child)?),
                    _ => {}
                }
            }
        }
        _ => {}
    }
    Ok(out)
}

/// Reads the envelope headers of a message (none for a bare file).
pub fn envelope(raw: &[u8]) -> Envelope {
    if is_bare_cleartext(raw) {
        return Envelope::default();
    }
    let Some(msg) = MessageParser::default().parse_headers(raw) else {
        return Envelope::default();
    };
    Envelope {
        message_id: msg.message_id().map(|m| format!("<{m}>")),
        date: msg.date().map(|d| d.to_rfc3339()),
        from: msg
            .from()
            .and_then(|a| a.first())
            .map(|a| match (a.name(), a.address()) {
                (Some(n), Some(e)) => format!("{n} <{e}>"),
                (None, Some(e)) => e.to_string(),
                (Some(n), None) => n.to_string(),
                (None, None) => String::new(),
            }),
        subject: msg.subject().map(str::to_string),
    }
}

/// `type/subtype` in lower case; a part without a Content-Type is text/plain.
fn content_type(part: &MessagePart<'_>) -> String {
    match part.content_type() {
        None => "text/plain".to_string(),
        Some(ct) => format!(
            "{}/{}",
            ct.ctype().to_ascii_lowercase(),
            ct.subtype().unwrap_or("").to_ascii_lowercase()
        ),
    }
}

fn param<'a>(part: &'a MessagePart<'_>, name: &str) -> Option<&'a str> {
    part.content_type()?
        .attributes()?
        .iter()
        .find(|a| a.name.eq_ignore_ascii_case(name))
        .map(|a| a.value.as_ref())
}

fn children<'m>(msg: &'m Message<'_>, part: &MessagePart<'_>) -> Vec<&'m MessagePart<'m>> {
    match &part.body {
        PartType::Multipart(ids) => ids.iter().filter_map(|id| msg.parts.get(*id as usize)).collect(),
        _ => Vec::new(),
    }
}

fn is_attachment(part: &MessagePart<'_>) -> bool {
    part.content_disposition()
        .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"))
}

fn raw_body<'r>(raw: &'r [u8], part: &MessagePart<'_>) -> &'r [u8] {
    let (start, end) = (part.offset_body as usize, part.offset_end as usize);
    raw.get(start..end.max(start)).unwrap_or(&[])
}

/// Removes the content transfer encoding from a body.
fn decode_body(body: &[u8], cte: Option<&str>) -> Result<Vec<u8>, Rejection> {
    let cte = cte.unwrap_or("7bit").trim().to_ascii_lowercase();
    match cte.as_str() {
        "7bit" | "8bit" | "binary" => Ok(body.to_vec()),
        "quoted-printable" => quoted_printable_decode(body).ok_or_else(|| {
            Rejection::new(
                Reason::BadSignature,
                "the signed part's quoted-printable encoding is broken",
            )
        }),
        "base64" => base64_decode(body)
            .ok_or_else(|| Rejection::new(Reason::BadSignature, "the signed part's base64 encoding is broken")),
        other => Err(Rejection::new(
            Reason::BadSignature,
            format!("unknown transfer encoding `{}`", other.escape_debug()),
        )),
    }
}

/// A text/plain part holds a candidate for each line that opens a
/// cleartext-signed message.
fn text_candidates(raw: &[u8], part: &MessagePart<'_>) -> Result<Vec<Candidate>, Rejection> {
    if is_attachment(part) {
        return Ok(Vec::new());
    }
    let body = raw_body(raw, part);
    // Cheap test first: ordinary chatter is passed over without decoding.
    let encoded = part.content_transfer_encoding().map(str::to_ascii_lowercase);
    if encoded.as_deref() != Some("base64") && !contains_begin(body, encoded.is_some()) {
        return Ok(Vec::new());
    }
    let decoded = match decode_body(body, part.content_transfer_encoding()) {
        Ok(d) => d,
        // A broken encoding around text that is not a snapshot is not our business.
        Err(e) if contains_begin(body, false) => return Err(e),
        Err(_) => return Ok(Vec::new()),
    };
    Ok(cleartext_candidates(&decoded))
}

fn contains_begin(body: &[u8], loose: bool) -> bool {
    // Quoted-printable may split or encode the header line; look loosely then.
    if loose {
        return body.windows(20).any(|w| w == b"BEGIN PGP SIGNED MES");
    }
    lines(body).any(|l| l.starts_with(BEGIN_SIGNED))
}

fn lines(b: &[u8]) -> impl Iterator<Item = &[u8]> {
    b.split(|c| *c == b'\n')
}

fn cleartext_candidates(text: &[u8]) -> Vec<Candidate> {
    let n = lines(text).filter(|l| l.starts_with(BEGIN_SIGNED)).count();
    (0..n).map(|_| Candidate::Cleartext(text.to_vec())).collect()
}

/// A multipart/signed entity is a candidate when it is PGP/MIME with a
/// text/plain first part.
fn signed_candidate(raw: &[u8], msg: &Message<'_>, part: &MessagePart<'_>) -> Result<Option<Candidate>, Rejection> {
    let protocol = param(part, "protocol").unwrap_or("");
    if !protocol.eq_ignore_ascii_case("application/pgp-signature") {
        return Ok(None);
    }
    let kids = children(msg, part);
    let [first, sig] = kids.as_slice() else {
        return Err(Rejection::new(
            Reason::BadSignature,
            format!("a PGP/MIME entity has {} parts; it must have 2", kids.len()),
        ));
    };
    if content_type(first) != "text/plain" {
        return Ok(None);
    }
    if content_type(sig) != "application/pgp-signature" {
        return Err(Rejection::new(
            Reason::BadSignature,
            "the second part of a PGP/MIME entity is not application/pgp-signature",
        ));
    }
    let (start, end) = (first.offset_header as usize, first.offset_end as usize);
    let signed = raw.get(start..end.max(start)).unwrap_or(&[]);
    let signature = decode_body(raw_body(raw, sig), sig.content_transfer_encoding())?;
    Ok(Some(Candidate::PgpMime {
        signed: to_crlf(signed),
        signature,
    }))
}

/// RFC 3156 section 5: the signature is over the part with CRLF line ends.
pub fn to_crlf(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + b.len() / 32);
    let mut prev = 0u8;
    for &c in b {
        if c == b'\n' && prev != b'\r' {
            out.push(b'\r');
        }
        out.push(c);
        prev = c;
    }
    out
}

/// Decodes the body of a verified PGP/MIME first part. Called only with the
/// exact bytes the signature covered.
pub fn decode_signed_part(signed: &[u8]) -> Result<Vec<u8>, Rejection> {
    let msg = MessageParser::default()
        .parse(signed)
        .ok_or_else(|| Rejection::new(Reason::Schema, "the signed part cannot be read as a MIME entity"))?;
    let part = msg
        .parts
        .first()
        .ok_or_else(|| Rejection::new(Reason::Schema, "the signed part is empty"))?;
    if content_type(part) != "text/plain" {
        return Err(Rejection::new(Reason::Schema, "the signed part is not text/plain"));
    }
    if let Some(cs) = param(part, "charset") {
        if !(cs.eq_ignore_ascii_case("utf-8") || cs.eq_ignore_ascii_case("us-ascii")) {
            return Err(Rejection::new(
                Reason::Schema,
                format!(
                    "the signed part is in charset `{}`; a snapshot is UTF-8",
                    cs.escape_debug()
                ),
            ));
        }
    }
    decode_body(raw_body(signed, part), part.content_transfer_encoding())
}

/// The canonical form of a signed text, so that one document gives the same
/// bytes whichever carrier brought it: LF line ends, no trailing white space
/// on a line, exactly one final line end.
pub fn canonical_text(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(b.len() + 1);
    for line in b.split(|c| *c == b'\n') {
        let end = line
            .iter()
            .rposition(|c| !matches!(c, b' ' | b'\t' | b'\r'))
            .map_or(0, |i| i + 1);
        out.extend_from_slice(&line[..end]);
        out.push(b'\n');
    }
    while out.ends_with(b"\n\n") {
        out.pop();
    }
    if out == b"\n" {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_text_cases() {
        let cases: &[(&str, &[u8], &[u8])] = &[
            ("lf kept", b"a\nb\n", b"a\nb\n"),
            ("crlf", b"a\r\nb\r\n", b"a\nb\n"),
            ("no final", b"a\nb", b"a\nb\n"),
            ("trailing ws", b"a  \t\nb \r\n", b"a\nb\n"),
            ("extra blank lines", b"a\n\n\n", b"a\n"),
            ("empty", b"", b""),
        ];
        for (name, input, want) in cases {
            assert_eq!(canonical_text(input), *want, "{name}");
        }
    }

    #[test]
    fn crlf_conversion_keeps_existing_crlf() {
        assert_eq!(to_crlf(b"a\nb\r\nc"), b"a\r\nb\r\nc");
    }

    #[test]
    fn chatter_is_not_a_candidate() {
        let m = b"From: a@b.example\r\nSubject: hi\r\n\r\nHello list\r\n";
        assert!(find(m).unwrap().is_empty());
        let quoted = b"Subject: re\n\n> -----BEGIN PGP SIGNED MESSAGE-----\n> x\n";
        assert!(find(quoted).unwrap().is_empty());
    }

    #[test]
    fn html_and_attachments_are_never_read() {
        let html = b"Content-Type: text/html\n\n-----BEGIN PGP SIGNED MESSAGE-----\n";
        assert!(find(html).unwrap().is_empty());
        let att = b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=s.asc\n\n-----BEGIN PGP SIGNED MESSAGE-----\nx\n--b--\n";
        assert!(find(att).unwrap().is_empty());
        let deep = b"Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n-----BEGIN PGP SIGNED MESSAGE-----\nx\n--b--\n--a--\n";
        assert!(find(deep).unwrap().is_empty());
    }

    #[test]
    fn two_signed_blocks_are_two_candidates() {
        let m = b"Subject: x\n\n-----BEGIN PGP SIGNED MESSAGE-----\na\n-----BEGIN PGP SIGNED MESSAGE-----\nb\n";
        assert_eq!(find(m).unwrap().len(), 2);
    }
}
