//! Where a snapshot may sit in a message (format section 3), and nowhere
//! else: a single text/plain body, a text/plain child of a top-level
//! multipart/mixed, or a multipart/signed entity at top level or as a direct
//! child of a top-level multipart/mixed. Also reads the envelope headers that
//! are kept, never trusted, to show where a snapshot came from.

use super::framing::{self, Block};
use super::mime::{self, Entity, MAX_PARTS};
use super::transfer::{self, Piece};
use super::{CarrierKind, Reason, Rejection, MAX_MESSAGE};
use mail_parser::Message;

/// One place that holds signed data, with the bytes the verifier must see.
#[derive(Debug, Clone)]
pub enum Candidate {
    /// A complete cleartext-signed block (header line to END line), transfer
    /// encoding removed, framing checked, and where its signature armor starts.
    Cleartext { block: Vec<u8>, signature_at: usize },
    /// The signed part's MIME bytes with CRLF line ends, and the detached signature.
    PgpMime { signed: Vec<u8>, signature: Vec<u8> },
}

impl Candidate {
    pub fn kind(&self) -> CarrierKind {
        match self {
            Candidate::Cleartext { .. } => CarrierKind::Cleartext,
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

/// True when the bytes are a bare cleartext-signed file rather than a
/// message: its first line that is not blank opens a signed block.
pub fn is_bare_cleartext(raw: &[u8]) -> bool {
    let raw = raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw);
    mime::lines(raw)
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
        .is_some_and(|l| framing::survey(l).openers > 0)
}

/// What one message holds, read once: its envelope and the one candidate.
pub struct Found {
    pub envelope: Envelope,
    pub candidate: Result<Option<Candidate>, Rejection>,
    /// Signatures met where the format never reads (an attachment, an HTML
    /// or nested part, a message enclosed twice): never verified nor read
    /// as data, only named, so a reader notices a list server's change.
    pub unread: Vec<Unread>,
}

/// A signature armor met in a place the format does not read.
#[derive(Debug, Clone)]
pub struct Unread {
    /// Where it sits: the id of its words in `reasons.ftl`.
    pub place: &'static str,
    /// The armor, from its BEGIN line to its END line.
    pub signature: Vec<u8>,
}

/// At most this many unread places are named per message.
const MAX_UNREAD: usize = 4;
const SIGNATURE_BEGIN: &[u8] = b"-----BEGIN PGP SIGNATURE-----";
const SIGNATURE_END: &[u8] = b"-----END PGP SIGNATURE-----";

/// Notes a signature armor in a part the format does not read: in its raw
/// bytes, or in its decoded body when it is small enough to decode.
fn note_unread(unread: &mut Vec<Unread>, place: &'static str, part: &Entity<'_>) {
    if unread.len() >= MAX_UNREAD {
        return;
    }
    let signature = match armor(part.body) {
        Some(a) => Some(a.to_vec()),
        None if part.transfer_encoding.is_some()
            && part.body.len() <= framing::MAX_SIGNED_TEXT
            && decodes_to_text(part) =>
        {
            part.decoded().ok().and_then(|d| armor(&d).map(<[u8]>::to_vec))
        }
        None => None,
    };
    if let Some(signature) = signature {
        unread.push(Unread { place, signature });
    }
}

/// Whether the start of an encoded part decodes to UTF-8 text, as a signed
/// text does: a binary attachment is never decoded beyond its first bytes.
fn decodes_to_text(part: &Entity<'_>) -> bool {
    const SNIFF: usize = 4096;
    let head = &part.body[..part.body.len().min(SNIFF)];
    let mut text = true;
    let mut first = true;
    let _ = transfer::decode(head, part.transfer_encoding.as_deref(), &mut |p| {
        if let (Piece::Bytes(b), true) = (p, first) {
            first = false;
            // A character cut at the end of the piece is still text.
            text = std::str::from_utf8(b).map_or_else(|e| e.error_len().is_none(), |_| true);
        }
    });
    text
}

/// The first signature armor in `b`, BEGIN to END line, if it is complete
/// and no larger than a signature may be.
fn armor(b: &[u8]) -> Option<&[u8]> {
    let start = memchr::memmem::find(b, SIGNATURE_BEGIN)?;
    let rest = &b[start..];
    let window = &rest[..rest.len().min(framing::MAX_SIGNATURE + SIGNATURE_END.len())];
    let end = memchr::memmem::find(window, SIGNATURE_END)? + SIGNATURE_END.len();
    Some(&rest[..end])
}

/// Where an unread part sits: the id of its words in `reasons.ftl`.
fn place_of(kind: &str) -> &'static str {
    match kind {
        "text/html" => "reason-place-html",
        k if k.starts_with("multipart/") => "reason-place-nested-multipart",
        "message/rfc822" => "reason-place-enclosed-twice",
        "text/plain" => "reason-place-text-attachment",
        _ => "reason-place-attachment",
    }
}

/// Reads one message or bare file: its envelope and the one candidate it
/// carries in the places section 3 names (none, or a rejection when it is
/// over a limit, ambiguous or malformed); then, each judged on its own, the
/// messages it encloses as message/rfc822 parts of a top-level
/// multipart/mixed (a list server's wrap) or multipart/digest (a MIME
/// digest), one level deep. An enclosed message that holds no snapshot is
/// left out; so is the outer message when it holds none but an enclosed
/// one does.
pub fn find(raw: &[u8]) -> Vec<Found> {
    if raw.len() > MAX_MESSAGE {
        return vec![Found {
            envelope: Envelope::default(),
            candidate: Err(Rejection::new(
                Reason::Limit,
                crate::detail!("reason-message-too-big", size = raw.len(), max = MAX_MESSAGE),
            )),
            unread: Vec::new(),
        }];
    }
    if is_bare_cleartext(raw) {
        let mut places = Places::default();
        places.text(raw);
        return vec![Found {
            envelope: Envelope::default(),
            candidate: places.finish(),
            unread: Vec::new(),
        }];
    }
    let top = Entity::parse(raw);
    let mut budget = MAX_PARTS - 1;
    let mut enclosed = Vec::new();
    let mut unread = Vec::new();
    let outer = Found {
        envelope: top.headers().map(|h| envelope(&h)).unwrap_or_default(),
        candidate: candidate(&top, &mut budget, Some(&mut enclosed), &mut unread),
        unread,
    };
    let mut inner = Vec::new();
    for part in enclosed {
        // Decoded one at a time, each dropped before the next.
        let message = match enclosed_bytes(&part) {
            None => continue,
            Some(Ok(m)) => m,
            Some(Err(r)) => {
                inner.push(Found {
                    envelope: Envelope::default(),
                    candidate: Err(r),
                    unread: Vec::new(),
                });
                continue;
            }
        };
        let e = Entity::parse(&message);
        let mut unread = Vec::new();
        let found = Found {
            envelope: e.headers().map(|h| envelope(&h)).unwrap_or_default(),
            candidate: candidate(&e, &mut budget, None, &mut unread),
            unread,
        };
        if !matches!(found.candidate, Ok(None)) || !found.unread.is_empty() {
            inner.push(found);
        }
    }
    if inner.is_empty() || !matches!(outer.candidate, Ok(None)) {
        inner.insert(0, outer);
    }
    inner
}

/// Largest encoded enclosed message decoded: room for a snapshot mail
/// with its headers, encoded. An enclosed message is 7bit or 8bit (RFC
/// 2046 section 5.2.1); one encoded and larger cannot be a snapshot mailing
/// and is passed over like any other list mail (a forwarded message with
/// its attachments, from a client that encodes what it should not), so it
/// is neither decoded nor alarmed about.
const MAX_ENCODED_ENCLOSED: usize = 2 * framing::MAX_SIGNED_TEXT;

/// An enclosed message's bytes, transfer encoding removed; `None` for one
/// passed over unread.
fn enclosed_bytes<'a>(part: &Entity<'a>) -> Option<Result<std::borrow::Cow<'a, [u8]>, Rejection>> {
    let encoded = !matches!(
        part.transfer_encoding.as_deref(),
        None | Some("7bit" | "8bit" | "binary")
    );
    if encoded && part.body.len() > MAX_ENCODED_ENCLOSED {
        return None;
    }
    Some(part.decoded())
}

/// The candidate of one message, from its top entity. Enclosed messages met
/// on the way are collected (not yet decoded) when `enclosed` is given.
fn candidate<'a>(
    top: &Entity<'a>,
    budget: &mut usize,
    mut enclosed: Option<&mut Vec<Entity<'a>>>,
    unread: &mut Vec<Unread>,
) -> Result<Option<Candidate>, Rejection> {
    let mut places = Places::default();
    match top.content_type.as_str() {
        "text/plain" if top.attachment => note_unread(unread, place_of("text/plain"), top),
        "text/plain" => places.text_part(top)?,
        "multipart/signed" => places.signed(top, budget)?,
        "multipart/mixed" | "multipart/digest" => {
            let digest = top.content_type == "multipart/digest";
            for child in mime::children(top.body, top.boundary.as_deref(), budget)? {
                let child = Entity::parse(child);
                let kind = if digest && !child.typed {
                    "message/rfc822"
                } else {
                    child.content_type.as_str()
                };
                match (kind, digest) {
                    ("text/plain", false) if child.attachment => note_unread(unread, place_of(kind), &child),
                    ("text/plain", false) => places.text_part(&child)?,
                    ("multipart/signed", false) => places.signed(&child, budget)?,
                    ("message/rfc822", _) => match enclosed.as_deref_mut() {
                        Some(list) => list.push(child),
                        None => note_unread(unread, place_of(kind), &child),
                    },
                    _ => note_unread(unread, place_of(kind), &child),
                }
            }
        }
        other => note_unread(unread, place_of(other), top),
    }
    places.finish()
}

/// The candidates found so far in one message, counted without copying.
#[derive(Default)]
struct Places {
    /// Lines opening a cleartext block, plus PGP/MIME entities.
    count: usize,
    found: Option<Candidate>,
    /// The first complete cleartext block, framing not yet checked.
    pending: Option<Result<Candidate, Rejection>>,
}

impl Places {
    /// A text/plain part that is not an attachment.
    fn text_part(&mut self, part: &Entity<'_>) -> Result<(), Rejection> {
        if part.attachment {
            return Ok(());
        }
        if matches!(
            part.transfer_encoding.as_deref(),
            None | Some("7bit" | "8bit" | "binary")
        ) {
            self.text(part.body);
            return Ok(());
        }
        // Surveyed as it is decoded: the decoded text is never held whole.
        let mut stream = framing::Stream::default();
        let decoded = part.decode_pieces(&mut |p| match p {
            Piece::Bytes(b) => stream.push(b),
            Piece::Retract(n) => stream.retract(n),
        });
        match decoded {
            Ok(()) => {
                let s = stream.finish();
                self.count += s.openers;
                if let (Some(block), None) = (s.block, &self.pending) {
                    self.pending =
                        Some(block.map(|(block, signature_at)| Candidate::Cleartext { block, signature_at }));
                }
                Ok(())
            }
            // A broken encoding around a snapshot is an error; around chatter, not our business.
            Err(e) if framing::survey(part.body).openers > 0 || contains(part.body, b"BEGIN PGP SIGNED") => Err(e),
            Err(_) => Ok(()),
        }
    }

    fn text(&mut self, text: &[u8]) {
        let s = framing::survey(text);
        self.count += s.openers;
        if let (Some(block), None) = (s.block, &self.pending) {
            self.pending = Some(cleartext(&block));
        }
    }

    /// A multipart/signed entity: a candidate when it is PGP/MIME with a
    /// text/plain first part.
    fn signed(&mut self, part: &Entity<'_>, budget: &mut usize) -> Result<(), Rejection> {
        if !part
            .protocol
            .as_deref()
            .is_some_and(|p| p.eq_ignore_ascii_case("application/pgp-signature"))
        {
            return Ok(());
        }
        let kids = mime::children(part.body, part.boundary.as_deref(), budget)?;
        let [first, sig] = kids.as_slice() else {
            return Err(Rejection::new(
                Reason::BadSignature,
                crate::detail!("reason-pgp-mime-parts", n = kids.len()),
            ));
        };
        let (first_entity, sig) = (Entity::parse(first), Entity::parse(sig));
        if first_entity.content_type != "text/plain" {
            return Ok(());
        }
        self.count += 1;
        if sig.content_type != "application/pgp-signature" {
            return Err(Rejection::new(
                Reason::BadSignature,
                crate::detail!("reason-pgp-mime-second-part"),
            ));
        }
        if first.len() > framing::MAX_SIGNED_TEXT {
            return Err(Rejection::new(
                Reason::Limit,
                crate::detail!(
                    "reason-signed-part-too-big",
                    size = first.len(),
                    max = framing::MAX_SIGNED_TEXT
                ),
            ));
        }
        // Base64 of the largest signature, with line ends: no more to decode.
        if sig.body.len() > framing::MAX_SIGNATURE / 3 * 4 * 2 {
            return Err(signature_too_big(sig.body.len()));
        }
        let signature = sig.decoded()?;
        if signature.len() > framing::MAX_SIGNATURE {
            return Err(signature_too_big(signature.len()));
        }
        if self.found.is_none() {
            self.found = Some(Candidate::PgpMime {
                signed: to_crlf(first),
                signature: signature.into_owned(),
            });
        }
        Ok(())
    }

    fn finish(self) -> Result<Option<Candidate>, Rejection> {
        if self.found.is_none() && self.pending.is_none() {
            // Armor that is not a complete signed block is chatter.
            return Ok(None);
        }
        if self.count > 1 {
            return Err(framing::ambiguous(self.count));
        }
        match (self.found, self.pending) {
            (Some(c), _) => Ok(Some(c)),
            (None, Some(c)) => c.map(Some),
            (None, None) => Ok(None),
        }
    }
}

fn cleartext(block: &Block<'_>) -> Result<Candidate, Rejection> {
    framing::check(block)?;
    Ok(Candidate::Cleartext {
        block: block.bytes.to_vec(),
        signature_at: block.signature_at,
    })
}

fn signature_too_big(n: usize) -> Rejection {
    Rejection::new(
        Reason::Limit,
        crate::detail!(
            "reason-detached-signature-too-big",
            size = n,
            max = framing::MAX_SIGNATURE
        ),
    )
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(hay, needle).is_some()
}

/// The envelope fields of a message's parsed headers.
fn envelope(msg: &Message<'_>) -> Envelope {
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

/// The payload of a verified PGP/MIME first part: its body decoded, with LF
/// line ends and one final line end. Called only with the exact bytes the
/// signature covered.
pub fn signed_part_payload(signed: &[u8]) -> Result<Vec<u8>, Rejection> {
    let part = Entity::parse(signed);
    if part.content_type != "text/plain" {
        return Err(Rejection::new(
            Reason::Schema,
            crate::detail!("reason-signed-part-not-text"),
        ));
    }
    if let Some(cs) = &part.charset {
        if !(cs.eq_ignore_ascii_case("utf-8") || cs.eq_ignore_ascii_case("us-ascii")) {
            return Err(Rejection::new(
                Reason::Schema,
                crate::detail!("reason-signed-part-charset", charset = cs.escape_debug().to_string()),
            ));
        }
    }
    let body = part.decoded()?;
    let mut out = framing::payload(&body);
    // `payload` adds the line end a cleartext text leaves out; a body keeps its own.
    if body.ends_with(b"\n") {
        out.pop();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BLOCK: &str = "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\nformat = 1\n-----BEGIN PGP SIGNATURE-----\n\nwnUEARYKAB0=\n-----END PGP SIGNATURE-----\n";

    fn cands(m: &str) -> Vec<Candidate> {
        let found = find(m.as_bytes());
        assert_eq!(found.len(), 1, "one message judged");
        found
            .into_iter()
            .next()
            .unwrap()
            .candidate
            .unwrap()
            .into_iter()
            .collect()
    }

    fn reason(m: &str) -> Reason {
        find(m.as_bytes()).remove(0).candidate.unwrap_err().reason
    }

    /// Per message judged: whether it holds a candidate, or the rejection.
    fn judged(m: &str) -> Vec<Result<bool, Reason>> {
        find(m.as_bytes())
            .into_iter()
            .map(|f| f.candidate.map(|c| c.is_some()).map_err(|r| r.reason))
            .collect()
    }

    #[test]
    fn enclosed_messages_are_judged_each_on_its_own() {
        let post = |id: &str, body: &str| format!("Message-ID: <{id}@x>\nSubject: {id}\n\n{body}");
        let wrap = |inner: &str| {
            let w = format!("w{}", inner.len());
            format!("Content-Type: multipart/mixed; boundary={w}\n\n--{w}\n\nThe list wrapped this post.\n--{w}\nContent-Type: message/rfc822\n\n{inner}\n--{w}--\n")
        };
        let digest = |posts: &[String]| {
            let mut d = "Content-Type: multipart/digest; boundary=d\n\n".to_string();
            for p in posts {
                d.push_str(&format!("--d\n\n{p}\n"));
            }
            d + "--d--\n"
        };
        type Case = (&'static str, String, Vec<Result<bool, Reason>>);
        let cases: Vec<Case> = vec![
            ("dmarc wrap", wrap(&post("s", BLOCK)), vec![Ok(true)]),
            ("wrapped chatter", wrap(&post("c", "hello")), vec![Ok(false)]),
            (
                "wrapped, base64",
                format!("Content-Type: multipart/mixed; boundary=w\n\n--w\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{}\n--w--\n", b64(&post("s", BLOCK))),
                vec![Ok(true)],
            ),
            (
                "digest of three, two snapshots",
                digest(&[post("a", BLOCK), post("b", "chatter"), post("c", BLOCK)]),
                vec![Ok(true), Ok(true)],
            ),
            (
                "digest, one ambiguous post",
                digest(&[post("a", &format!("{BLOCK}{BLOCK}")), post("b", BLOCK)]),
                vec![Err(Reason::Ambiguous), Ok(true)],
            ),
            ("two levels of enclosure", wrap(&wrap(&post("s", BLOCK))), vec![Ok(false)]),
            (
                "a digest's text part is not read",
                format!("Content-Type: multipart/digest; boundary=d\n\n--d\nContent-Type: text/plain\n\n{BLOCK}\n--d--\n"),
                vec![Ok(false)],
            ),
            (
                "outer snapshot and a wrapped one",
                format!("Content-Type: multipart/mixed; boundary=w\n\n--w\n\n{BLOCK}--w\nContent-Type: message/rfc822\n\n{}\n--w--\n", post("s", BLOCK)),
                vec![Ok(true), Ok(true)],
            ),
        ];
        for (name, m, want) in cases {
            assert_eq!(judged(&m), want, "{name}");
        }
    }

    #[test]
    fn enclosed_parts_count_against_the_message() {
        let inner = format!(
            "Content-Type: multipart/mixed; boundary=b\n\n{}--b--\n",
            "--b\n\nx\n".repeat(60)
        );
        let m = format!("Content-Type: multipart/digest; boundary=d\n\n--d\n\n{inner}\n--d\n\n{inner}\n--d--\n");
        assert!(judged(&m).contains(&Err(Reason::Limit)), "{:?}", judged(&m));
    }

    #[test]
    fn crlf_conversion_keeps_existing_crlf() {
        assert_eq!(to_crlf(b"a\nb\r\nc"), b"a\r\nb\r\nc");
    }

    #[test]
    fn where_a_snapshot_may_sit() {
        let cases = [
            ("body", format!("Subject: x\n\n{BLOCK}"), 1),
            ("bare", BLOCK.to_string(), 1),
            ("chatter", "From: a@b.example\r\nSubject: hi\r\n\r\nHello list\r\n".into(), 0),
            (
                "unterminated header in a how-to",
                "Subject: how to\n\nStart with -----BEGIN PGP SIGNED MESSAGE-----\n-----BEGIN PGP SIGNED MESSAGE-----\nand then sign.\n".into(),
                0,
            ),
            ("html", format!("Content-Type: text/html\n\n{BLOCK}"), 0),
            (
                "text child of mixed",
                format!("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n{BLOCK}--b\n\nfooter\n--b--\n"),
                1,
            ),
            (
                "attachment",
                format!("Content-Type: multipart/mixed; boundary=b\n\n--b\n\nhi\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=s.asc\n\n{BLOCK}--b--\n"),
                0,
            ),
            (
                "too deep",
                format!("Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\n{BLOCK}--b--\n--a--\n"),
                0,
            ),
            (
                "mixed without a boundary",
                format!("Content-Type: multipart/mixed\n\n--\n\n{BLOCK}"),
                0,
            ),
            (
                "base64 body",
                format!("Content-Transfer-Encoding: base64\n\n{}\n", b64(BLOCK)),
                1,
            ),
        ];
        for (name, m, n) in cases {
            assert_eq!(cands(&m).len(), n, "{name}");
        }
    }

    fn b64(s: &str) -> String {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD.encode(s)
    }

    #[test]
    fn rejections_before_any_openpgp_parsing() {
        let cases = [
            ("two blocks", format!("Subject: x\n\n{BLOCK}{BLOCK}"), Reason::Ambiguous),
            (
                "loosely framed block before a normal one",
                format!(
                    "Subject: x\n\n{}{BLOCK}",
                    BLOCK.replace("-----BEGIN PGP SIGNED MESSAGE-----", "> BEGIN PGP SIGNED MESSAGE")
                ),
                Reason::Ambiguous,
            ),
            (
                "a block in two text parts",
                format!("Content-Type: multipart/mixed; boundary=b\n\n--b\n\n{BLOCK}--b\n\n{BLOCK}--b--\n"),
                Reason::Ambiguous,
            ),
            (
                "broken base64 around a block",
                format!("Content-Transfer-Encoding: base64\n\n{BLOCK}"),
                Reason::Malformed,
            ),
            (
                "lone cr",
                format!(
                    "Subject: x\n\n{}",
                    BLOCK.replace("format = 1\n", "format = 1\rserial = 2\n")
                ),
                Reason::Malformed,
            ),
            (
                "too many parts",
                format!(
                    "Content-Type: multipart/mixed; boundary=b\n\n{}--b--\n",
                    "--b\n\nx\n".repeat(MAX_PARTS)
                ),
                Reason::Limit,
            ),
        ];
        for (name, m, want) in cases {
            assert_eq!(reason(&m), want, "{name}");
        }
    }

    #[test]
    fn broken_encoding_around_chatter_is_chatter() {
        assert!(cands("Content-Transfer-Encoding: base64\n\nnot base64 at all!\n").is_empty());
    }

    #[test]
    fn parts_limit_at_its_edge() {
        let m = |n: usize| {
            format!(
                "Content-Type: multipart/mixed; boundary=b\n\n{}--b--\n",
                "--b\n\nx\n".repeat(n)
            )
        };
        assert!(cands(&m(MAX_PARTS - 1)).is_empty());
        assert_eq!(reason(&m(MAX_PARTS)), Reason::Limit);
    }
}
