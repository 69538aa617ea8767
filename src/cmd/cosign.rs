//! `tldops cosign`: a second staff member adds a signature to a mailing
//! `publish` wrote, on another machine if need be, changing no byte of the
//! signed text; both carriers and the bare file. The result is checked as a
//! member would check it before it is written.

use crate::cli::{CosignArgs, TransferEncoding};
use crate::config::Config;
use crate::error::{exit, Quiet};
use crate::publish::journal::Journal;
use crate::publish::{mail, sign};
use crate::snapshot::carrier::{self, Candidate};
use crate::snapshot::mime::Entity;
use crate::snapshot::{self, framing, schema, Trust, Verdict};
use crate::term::sanitize;
use anyhow::{Context, Result};
use sha2::{Digest, Sha256};

pub fn run(config: &Config, args: &CosignArgs) -> Result<i32> {
    let name = args.file.display().to_string();
    let raw = std::fs::read(&args.file).with_context(|| crate::tr!("cannot-read", path = name.as_str()))?;
    let found = carrier::find(&raw);
    let mut candidates = Vec::new();
    for f in found {
        match f.candidate {
            Ok(Some(c)) => candidates.push(c),
            Ok(None) => {}
            Err(r) => return Err(refuse(&format!("{name}: {}: {}", r.reason, r.detail))),
        }
    }
    let candidate = match candidates.len() {
        1 => candidates.remove(0),
        0 => return Err(refuse(&crate::tr!("publish-no-signed-snapshot", path = name.as_str()))),
        _ => return Err(refuse(&crate::tr!("cosign-many", path = name.as_str()))),
    };
    let key =
        sign::load(&args.key, args.passphrase_file.as_deref(), config.now).map_err(|e| refuse(&format!("{e:#}")))?;
    let fingerprint = key.fingerprint.clone();
    let cert = key.cert.clone();

    let (payload, old, added, new) = match &candidate {
        Candidate::Cleartext { block, signature_at } => {
            let text = sign::cleartext_text(block).map_err(|e| refuse(&format!("{name}: {e:#}")))?;
            let fresh =
                sign::cleartext(vec![key.keypair], &text, config.now, sign::header_hash(block)).map_err(signing)?;
            let at = find(&fresh, b"-----BEGIN PGP SIGNATURE-----").context("internal: no signature armor")?;
            let old_armor = &block[*signature_at..];
            let old = sign::signatures(old_armor).map_err(|e| refuse(&format!("{name}: {e:#}")))?;
            let added = sign::signatures(&fresh[at..])?;
            let armor = sign::armor_signatures(&[old.clone(), added.clone()].concat())?;
            let new = replace_cleartext_armor(&raw, old_armor, &armor).map_err(|m| refuse(&format!("{name}: {m}")))?;
            (framing::payload(&text), old, added, new)
        }
        Candidate::PgpMime { signed, signature } => {
            let payload = carrier::signed_part_payload(signed).map_err(|r| refuse(&format!("{name}: {r}")))?;
            let fresh = sign::detached(vec![key.keypair], signed, config.now).map_err(signing)?;
            let old = sign::signatures(signature).map_err(|e| refuse(&format!("{name}: {e:#}")))?;
            let added = sign::signatures(&fresh)?;
            let armor = sign::armor_signatures(&[old.clone(), added.clone()].concat())?;
            let new = replace_detached_armor(&raw, &armor).map_err(|m| refuse(&format!("{name}: {m}")))?;
            (payload, old, added, new)
        }
    };
    let issuer = |s: &openpgp::packet::Signature| s.issuer_fingerprints().map(|f| f.to_hex()).collect::<Vec<_>>();
    let signing_key = added.first().map(issuer).unwrap_or_default();
    if old.iter().any(|s| issuer(s).iter().any(|f| signing_key.contains(f))) {
        return Err(refuse(&crate::tr!(
            "cosign-already",
            path = name.as_str(),
            key = fingerprint.as_str()
        )));
    }

    let sha256 = snapshot::hex(&Sha256::digest(&payload));
    let directory = schema::parse_snapshot(&payload)
        .map_err(|r| {
            refuse(&crate::tr!(
                "cosign-not-a-snapshot",
                path = name.as_str(),
                problem = r.to_string()
            ))
        })?
        .directory;
    // As a member would: the keys pinned here, and this key, for the directory.
    let mut trust = match crate::current::open_ro(config)? {
        Some(store) => store.trust(&config.thresholds)?,
        None => Trust::default(),
    };
    trust.certs.push(cert);
    trust.vouch_everywhere(&fingerprint, &directory, 1);
    for era in trust
        .directories
        .get_mut(&directory)
        .into_iter()
        .flat_map(|e| e.0.iter_mut())
    {
        era.threshold = 1;
    }
    let verdicts: Vec<Verdict> = snapshot::examine(&new, &trust, config.now)
        .into_iter()
        .map(|e| e.verdict)
        .collect();
    let signers = match verdicts.as_slice() {
        [Verdict::Verified(v)] if v.sha256 == sha256 && v.signers.contains(&fingerprint) => v.signers.clone(),
        [Verdict::Rejected(r)] => {
            return Err(refuse(&crate::tr!(
                "cosign-self-check-rejected",
                reason = r.reason.to_string(),
                detail = r.detail.to_string()
            )))
        }
        _ => return Err(refuse(&crate::tr!("cosign-self-check-other"))),
    };
    let out = args.output.as_ref().unwrap_or(&args.file);
    crate::atomic::write_private(out, &new, args.force || args.output.is_none())?;

    // This machine's journal learns the second signer of a serial it knows.
    let journal_path = Journal::path(&config.data_dir.path);
    if journal_path.exists() {
        let mut journal = Journal::load(&journal_path)?;
        let known = journal.entries(&directory).iter().find(|e| e.sha256 == sha256).cloned();
        if let Some(mut e) = known {
            if !e.signers.contains(&fingerprint) {
                e.signers.push(fingerprint.clone());
                journal.record(&directory, e);
                journal.save(&journal_path)?;
            }
        }
    }
    eprintln!(
        "tldops: {}",
        crate::tr!(
            "cosign-added",
            key = fingerprint.as_str(),
            path = sanitize(&name),
            count = old.len() + added.len(),
            signers = signers.join(&crate::tr!("publish-and")),
            output = out.display().to_string()
        )
    );
    Ok(exit::OK)
}

use sequoia_openpgp as openpgp;

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The armor with the line ends of the text it goes into.
fn like(text: &[u8], armor: &[u8]) -> Vec<u8> {
    let armor = armor.strip_suffix(b"\n").unwrap_or(armor);
    if find(text, b"\r\n").is_some() {
        carrier::to_crlf(armor)
    } else {
        armor.to_vec()
    }
}

/// Replaces the signature armor in a text, where it appears exactly once.
fn replace_once(text: &[u8], old: &[u8], new: &[u8]) -> Result<Vec<u8>, String> {
    let old = old.strip_suffix(b"\n").unwrap_or(old);
    let old = old.strip_suffix(b"\r").unwrap_or(old);
    let at = find(text, old).ok_or_else(|| crate::tr!("cosign-armor-elsewhere"))?;
    if find(&text[at + 1..], old).is_some() {
        return Err(crate::tr!("cosign-armor-twice"));
    }
    Ok([&text[..at], &like(text, new)[..], &text[at + old.len()..]].concat())
}

/// A bare file, or a text/plain mail whose body (after its transfer
/// encoding) holds the cleartext block: the new armor in place of the old,
/// the body encoded again as it was.
fn replace_cleartext_armor(raw: &[u8], old: &[u8], new: &[u8]) -> Result<Vec<u8>, String> {
    if carrier::is_bare_cleartext(raw) {
        return replace_once(raw, old, new);
    }
    let top = Entity::parse(raw);
    if top.content_type != "text/plain" {
        return Err(crate::tr!("cosign-handled", kind = top.content_type.as_str()));
    }
    let body = top.decoded().map_err(|r| r.to_string())?;
    let replaced = replace_once(&body, old, new)?;
    let encoded = match top.transfer_encoding.as_deref() {
        Some("quoted-printable") => mail::encode(&replaced, TransferEncoding::QuotedPrintable)
            .1
            .into_bytes(),
        Some("base64") => mail::encode(&replaced, TransferEncoding::Base64).1.into_bytes(),
        _ => replaced,
    };
    let head = &raw[..raw.len() - top.body.len()];
    Ok([head, &encoded[..]].concat())
}

/// A PGP/MIME mail: the detached signature's armor, in the signature part,
/// replaced by one that holds every signature.
fn replace_detached_armor(raw: &[u8], new: &[u8]) -> Result<Vec<u8>, String> {
    let begin = b"-----BEGIN PGP SIGNATURE-----";
    let end = b"-----END PGP SIGNATURE-----";
    let at = find(raw, begin).ok_or_else(|| crate::tr!("cosign-no-armor"))?;
    if find(&raw[at + 1..], begin).is_some() {
        return Err(crate::tr!("cosign-two-armors"));
    }
    let stop = find(&raw[at..], end).ok_or_else(|| crate::tr!("cosign-armor-no-end"))? + at + end.len();
    Ok([&raw[..at], &like(raw, new)[..], &raw[stop..]].concat())
}

/// A key that cannot sign (a gpg-agent without the secret, a card not
/// inserted): refused, nothing written.
fn signing(e: anyhow::Error) -> anyhow::Error {
    refuse(&crate::tr!("publish-signing-failed", problem = format!("{e:#}")))
}

/// Says why nothing was cosigned, and exits 7.
fn refuse(message: &str) -> anyhow::Error {
    for line in message.lines() {
        eprintln!("{}", crate::tr!("refused-said", message = sanitize(line)));
    }
    Quiet(exit::REFUSED).into()
}
