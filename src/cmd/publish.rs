//! `tldops publish`: the secretariat's side. A roster in, a signed snapshot
//! mailing (or bare signed file) out, checked against the same rules every
//! reader enforces.

use crate::cli::{Carrier, PublishArgs, TransferEncoding};
use crate::config::Config;
use crate::error::exit;
use crate::snapshot::schema::{self, MAX_SERIAL};
use crate::snapshot::{carrier, MAX_PAYLOAD};
use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use openpgp::armor;
use openpgp::crypto::{KeyPair, Password};
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::serialize::stream::{Armorer, Message, Signer};
use openpgp::types::HashAlgorithm;
use openpgp::Cert;
use sequoia_openpgp as openpgp;
use std::io::Write;

pub fn run(config: &Config, args: &PublishArgs) -> Result<i32> {
    let roster_name = args.roster.display().to_string();
    let text = read_capped(&args.roster, MAX_PAYLOAD)?;
    let (header, cctlds) = schema::parse_roster(&text).map_err(|r| anyhow!("{roster_name}: {}", r.detail))?;

    let directory = match (&args.directory, &header.directory) {
        (Some(a), Some(b)) if a != b => bail!("{roster_name} is for directory `{b}`, not `{a}`"),
        (Some(a), _) => a.clone(),
        (None, Some(b)) => b.clone(),
        (None, None) => "TLD-OPS".to_string(),
    };
    if args.serial == 0 || args.serial > MAX_SERIAL {
        bail!("--serial {} is outside 1 to 2^53-1", args.serial);
    }
    if let Some(s) = header.serial.filter(|s| *s != args.serial) {
        bail!("{roster_name} says serial {s}, but --serial is {}", args.serial);
    }
    let issued = match (&args.issued, header.issued) {
        (Some(t), _) => parse_time(t, "--issued")?,
        (None, Some(t)) => t,
        (None, None) => config.now,
    };
    let issued = DateTime::from_timestamp(issued.timestamp(), 0).unwrap_or(issued);
    let expires = match (&args.expires, header.expires) {
        (Some(t), _) => parse_time(t, "--expires")?,
        (None, Some(t)) => t,
        (None, None) => issued + parse_duration(&args.valid_for)?,
    };
    let snapshot = schema::finish(
        schema::Header {
            directory: Some(directory),
            serial: Some(args.serial),
            issued: Some(issued),
            expires: Some(expires),
        },
        cctlds,
    )
    .map_err(|r| anyhow!("{roster_name}: {}", r.detail))?;
    let toml = schema::to_toml(&snapshot);
    // The document must read back as exactly what was meant.
    let reread = schema::parse_snapshot(toml.as_bytes())
        .map_err(|r| anyhow!("internal: the written snapshot does not read back: {r}"))?;
    if reread != snapshot {
        bail!("internal: the written snapshot does not read back identically");
    }
    if toml.len() > MAX_PAYLOAD {
        bail!(
            "the snapshot is {} bytes; readers accept at most {MAX_PAYLOAD}",
            toml.len()
        );
    }

    let (keypair, uid) = load_signer(&args.key, args.passphrase_file.as_deref(), config.now)?;
    let from = args
        .from
        .clone()
        .or(uid)
        .ok_or_else(|| anyhow!("the key has no user ID: give --from"))?;
    let to = args.to.clone().unwrap_or_else(|| address_of(&from).to_string());
    let subject = format!(
        "[{}] Contact repository, serial {}",
        snapshot.directory, snapshot.serial
    );

    let out = match args.carrier {
        Carrier::File => sign_cleartext(keypair, toml.as_bytes(), issued)?,
        Carrier::Inline => {
            let signed = sign_cleartext(keypair, toml.as_bytes(), issued)?;
            let (cte, body) = encode(&signed, args.transfer_encoding);
            let mut m = envelope(&from, &to, &subject, issued, snapshot.serial, &snapshot.directory);
            m.push_str(&format!(
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{body}"
            ));
            m.into_bytes()
        }
        Carrier::PgpMime => {
            let (cte, body) = encode(toml.as_bytes(), args.transfer_encoding);
            let part = format!(
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n{}",
                body.trim_end_matches('\n')
            );
            let signature = sign_detached(keypair, &carrier::to_crlf(part.as_bytes()), issued)?;
            let boundary = format!("=_tldops_{}_{}", snapshot.serial, issued.timestamp());
            let mut m = envelope(&from, &to, &subject, issued, snapshot.serial, &snapshot.directory);
            m.push_str(&format!(
                "Content-Type: multipart/signed; micalg=pgp-sha512;\n protocol=\"application/pgp-signature\";\n boundary=\"{boundary}\"\n\n\
                 This is an OpenPGP/MIME signed message (RFC 4880 and 3156).\n\
                 --{boundary}\n{part}\n--{boundary}\n\
                 Content-Type: application/pgp-signature; name=\"signature.asc\"\n\
                 Content-Description: OpenPGP digital signature\n\
                 Content-Disposition: attachment; filename=\"signature.asc\"\n\n{}\n--{boundary}--\n",
                String::from_utf8_lossy(&signature).trim_end()
            ));
            m.into_bytes()
        }
    };
    match &args.output {
        Some(path) => {
            crate::atomic::write_private(path, &out, args.force)?;
            eprintln!(
                "tldops: wrote serial {} of {} ({} ccTLDs, {} contacts, {}) to {}",
                snapshot.serial,
                crate::term::sanitize(&snapshot.directory),
                snapshot.cctlds.len(),
                snapshot.contact_count(),
                match args.carrier {
                    Carrier::File => "cleartext-signed file",
                    Carrier::Inline => "inline-signed mail",
                    Carrier::PgpMime => "PGP/MIME mail",
                },
                path.display()
            );
        }
        None => std::io::stdout().lock().write_all(&out)?,
    }
    Ok(exit::OK)
}

fn read_capped(path: &std::path::Path, max: usize) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
    if meta.len() > max as u64 {
        bail!(
            "{} is {} bytes; a snapshot may be at most {max}",
            path.display(),
            meta.len()
        );
    }
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn parse_time(s: &str, flag: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .with_context(|| format!("{flag} `{s}` is not an RFC 3339 time such as 2026-11-01T06:00:00Z"))
}

/// `45d`, `36h`, `90m`.
pub fn parse_duration(s: &str) -> Result<Duration> {
    let bad = || anyhow!("`{s}` is not a duration such as 45d, 36h or 90m");
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let d = match unit {
        "d" => Duration::days(n),
        "h" => Duration::hours(n),
        "m" => Duration::minutes(n),
        _ => return Err(bad()),
    };
    if n <= 0 || n > 100_000 {
        return Err(bad());
    }
    Ok(d)
}

/// Finds the key's signing-capable key and makes it ready to sign.
fn load_signer(
    path: &std::path::Path,
    passphrase_file: Option<&std::path::Path>,
    now: DateTime<Utc>,
) -> Result<(KeyPair, Option<String>)> {
    let cert = Cert::from_file(path).with_context(|| format!("{} is not an OpenPGP key", path.display()))?;
    let policy = StandardPolicy::new();
    let t: std::time::SystemTime = now.into();
    let vc = cert
        .with_policy(&policy, t)
        .with_context(|| format!("the key in {} is not valid now", path.display()))?;
    let uid = vc
        .primary_userid()
        .ok()
        .map(|u| String::from_utf8_lossy(u.userid().value()).into_owned());
    let ka = vc
        .keys()
        .secret()
        .alive()
        .revoked(false)
        .for_signing()
        .next()
        .ok_or_else(|| {
            anyhow!(
                "{} holds no secret signing key that is alive and not revoked",
                path.display()
            )
        })?;
    let mut key = ka.key().clone();
    if key.secret().is_encrypted() {
        let password: Password = match passphrase_file {
            Some(p) => {
                let s = std::fs::read_to_string(p)
                    .with_context(|| format!("cannot read passphrase file {}", p.display()))?;
                s.trim_end_matches(['\n', '\r']).into()
            }
            None => rpassword::prompt_password(format!("Passphrase for {}: ", path.display()))
                .context("cannot ask for the passphrase (no terminal?): give --passphrase-file")?
                .into(),
        };
        key = key
            .decrypt_secret(&password)
            .map_err(|_| anyhow!("wrong passphrase for {}", path.display()))?;
    }
    Ok((key.into_keypair()?, uid))
}

/// Signs a text in the cleartext framework. The line end before the
/// signature armor is the framework's, not the text's (RFC 9580 section
/// 7.1), so the document's own final line end is left to it: the signed
/// text is then the document as GnuPG writes it back, and the same bytes as
/// the PGP/MIME carrier gives.
fn sign_cleartext(keypair: KeyPair, text: &[u8], at: DateTime<Utc>) -> Result<Vec<u8>> {
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    let mut out = Vec::new();
    {
        let m = Message::new(&mut out);
        let mut s = Signer::new(m, keypair)?
            .creation_time(std::time::SystemTime::from(at))
            .cleartext()
            .hash_algo(HashAlgorithm::SHA512)?
            .build()?;
        s.write_all(text)?;
        s.finalize()?;
    }
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    Ok(out)
}

fn sign_detached(keypair: KeyPair, data: &[u8], at: DateTime<Utc>) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let m = Message::new(&mut out);
        let m = Armorer::new(m).kind(armor::Kind::Signature).build()?;
        let mut s = Signer::new(m, keypair)?
            .creation_time(std::time::SystemTime::from(at))
            .detached()
            .hash_algo(HashAlgorithm::SHA512)?
            .build()?;
        s.write_all(data)?;
        s.finalize()?;
    }
    Ok(out)
}

fn address_of(from: &str) -> &str {
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

fn envelope(from: &str, to: &str, subject: &str, date: DateTime<Utc>, serial: u64, directory: &str) -> String {
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
    [
        format!("From: {}", mailbox(from)),
        format!("To: {}", mailbox(to)),
        format!("Subject: {}", header_text(subject)),
        format!("Date: {}", date.to_rfc2822()),
        format!(
            "Message-ID: <tldops.{slug}.{serial}.{}@{domain}>",
            date.format("%Y%m%dT%H%M%SZ")
        ),
        "MIME-Version: 1.0".to_string(),
    ]
    .iter()
    .map(|h| fold(h) + "\n")
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
fn encode(data: &[u8], how: TransferEncoding) -> (&'static str, String) {
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

    #[test]
    fn durations() {
        assert_eq!(parse_duration("45d").unwrap(), Duration::days(45));
        assert_eq!(parse_duration("36h").unwrap(), Duration::hours(36));
        for bad in ["", "d", "45", "45w", "-1d", "0d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
