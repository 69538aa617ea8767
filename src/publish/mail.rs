//! The mail around a signed snapshot: headers a list server accepts, the
//! inline and PGP/MIME carriers, an optional cover note outside the signed
//! text, and the transfer encodings.

use crate::cli::TransferEncoding;
use base64::Engine;
use chrono::{DateTime, Utc};

/// The header fields of one mailing.
pub struct Headers<'a> {
    pub from: &'a str,
    pub to: &'a str,
    pub subject: &'a str,
    /// The time of sending.
    pub date: DateTime<Utc>,
    pub message_id: &'a str,
}

/// `<tldops.tld-ops.119.20261101T060000Z@tld-ops.example>`: the same for
/// the same directory, serial, `issued` and sender domain, so a re-send
/// carries the Message-ID of the first send.
pub fn message_id(from: &str, directory: &str, serial: u64, issued: DateTime<Utc>) -> String {
    let domain = address_of(from).rsplit_once('@').map(|(_, d)| d).unwrap_or("localhost");
    let slug: String = directory
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("<tldops.{slug}.{serial}.{}@{domain}>", issued.format("%Y%m%dT%H%M%SZ"))
}

/// A text/plain mail whose body is the cleartext-signed snapshot, after the
/// cover note if there is one: the form that survives list servers.
pub fn inline(h: &Headers, signed: &[u8], note: Option<&str>, how: TransferEncoding) -> Vec<u8> {
    let mut body = Vec::new();
    if let Some(n) = note {
        body.extend_from_slice(n.trim_end().as_bytes());
        body.extend_from_slice(b"\n\n");
    }
    body.extend_from_slice(signed);
    let (cte, text) = encode(&body, how);
    let mut m = envelope(h);
    m.push_str(&format!(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{text}"
    ));
    m.into_bytes()
}

/// The first part of a PGP/MIME mail, the bytes the detached signature
/// covers once its line ends are CRLF.
pub fn signed_part(toml: &[u8], how: TransferEncoding) -> String {
    let (cte, body) = encode(toml, how);
    format!(
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{}",
        body.trim_end_matches('\n')
    )
}

/// An RFC 3156 multipart/signed mail; with a cover note, wrapped in a
/// multipart/mixed whose first part is the note.
pub fn pgp_mime(h: &Headers, part: &str, signature: &[u8], boundary: &str, note: Option<&str>) -> Vec<u8> {
    let signed = format!(
        "Content-Type: multipart/signed; micalg=pgp-sha512;\n protocol=\"application/pgp-signature\";\n boundary=\"{boundary}\"\n\n\
         This is an OpenPGP/MIME signed message (RFC 4880 and 3156).\n\
         --{boundary}\n{part}\n--{boundary}\n\
         Content-Type: application/pgp-signature; name=\"signature.asc\"\n\
         Content-Description: OpenPGP digital signature\n\
         Content-Disposition: attachment; filename=\"signature.asc\"\n\n{}\n--{boundary}--\n",
        String::from_utf8_lossy(signature).trim_end()
    );
    let mut m = envelope(h);
    match note {
        None => m.push_str(&signed),
        Some(n) => {
            let (cte, text) = encode(
                format!("{}\n", n.trim_end()).as_bytes(),
                TransferEncoding::QuotedPrintable,
            );
            m.push_str(&format!(
                "Content-Type: multipart/mixed; boundary=\"{boundary}_note\"\n\n\
                 --{boundary}_note\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{text}\n\
                 --{boundary}_note\n{signed}--{boundary}_note--\n"
            ));
        }
    }
    m.into_bytes()
}

pub fn address_of(from: &str) -> &str {
    match (from.rfind('<'), from.rfind('>')) {
        (Some(a), Some(b)) if a < b => &from[a + 1..b],
        _ => from.trim(),
    }
}

/// An RFC 2047 encoded word for a header value that is not ASCII.
fn header_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    format!("=?utf-8?b?{}?=", base64::engine::general_purpose::STANDARD.encode(s))
}

/// `Name <address>` for a header: a name with special characters quoted,
/// one that is not ASCII encoded.
fn mailbox(s: &str) -> String {
    let Some(i) = s.rfind('<') else {
        return s.trim().to_string();
    };
    let name = s[..i].trim().trim_matches('"');
    let name = if !name.is_ascii() {
        header_text(name)
    } else if name.contains(|c: char| "()<>[]:;@\\,.\"".contains(c)) {
        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        name.to_string()
    };
    format!("{name} <{}>", address_of(s))
}

fn envelope(h: &Headers) -> String {
    [
        format!("From: {}", mailbox(h.from)),
        format!("To: {}", mailbox(h.to)),
        format!("Subject: {}", header_text(h.subject)),
        format!("Date: {}", h.date.to_rfc2822()),
        format!("Message-ID: {}", h.message_id),
        "MIME-Version: 1.0".to_string(),
    ]
    .iter()
    .map(|l| fold(l) + "\n")
    .collect()
}

/// Folds a header line at white space outside quoted strings so that no
/// line passes 78 characters where that can be helped.
fn fold(line: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut quoted = false;
    for part in line.split(' ') {
        match words.last_mut() {
            Some(last) if quoted => {
                last.push(' ');
                last.push_str(part);
            }
            _ => words.push(part.to_string()),
        }
        quoted ^= part.matches('"').count() % 2 == 1;
    }
    let mut out = String::new();
    let mut current = String::new();
    for word in &words {
        if !current.is_empty() && current.len() + 1 + word.len() > 78 {
            out.push_str(&current);
            out.push('\n');
            current = String::new();
        }
        current.push(' ');
        current.push_str(word);
    }
    out.push_str(&current);
    out[1..].to_string()
}

/// Encodes a body for mail: (Content-Transfer-Encoding, text with LF ends).
pub fn encode(data: &[u8], how: TransferEncoding) -> (&'static str, String) {
    match how {
        TransferEncoding::Base64 => {
            let b = base64::engine::general_purpose::STANDARD.encode(data);
            let lines: Vec<&str> = b
                .as_bytes()
                .chunks(76)
                .map(|c| std::str::from_utf8(c).unwrap_or(""))
                .collect();
            ("base64", lines.join("\n") + "\n")
        }
        TransferEncoding::QuotedPrintable => ("quoted-printable", quoted_printable(data)),
    }
}

/// RFC 2045 quoted-printable with soft breaks at 76 characters. `From ` at
/// a line start is encoded too, so mbox quoting never touches the body.
pub fn quoted_printable(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len() * 11 / 10);
    for line in data.split(|b| *b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let mut col = 0;
        for (i, &b) in line.iter().enumerate() {
            let last = i + 1 == line.len();
            let plain = (b == b' ' || b == b'\t') && !last
                || (33..=126).contains(&b) && b != b'=' && !(i == 0 && (b == b'F' || b == b'.' || b == b'-'));
            let piece = if plain {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            };
            if col + piece.len() > 75 {
                out.push_str("=\n");
                col = 0;
            }
            col += piece.len();
            out.push_str(&piece);
        }
        out.push('\n');
    }
    // The last piece `split` yields is what follows the final line end.
    out.pop();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::decoders::quoted_printable::quoted_printable_decode;

    #[test]
    fn quoted_printable_round_trips() {
        let long = "é".repeat(100);
        let cases = [
            "plain line\n",
            "From here\n",
            "- dash\n",
            "trailing space \n",
            "= sign\n",
            long.as_str(),
            "x",
        ];
        for c in cases {
            let enc = quoted_printable(c.as_bytes());
            assert!(enc.lines().all(|l| l.len() <= 76), "{c}: {enc}");
            assert!(
                !enc.lines().any(|l| l.starts_with("From ") || l.starts_with('-')),
                "{c}: {enc}"
            );
            assert_eq!(quoted_printable_decode(enc.as_bytes()).unwrap(), c.as_bytes(), "{c}");
        }
    }
}
