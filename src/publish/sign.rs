//! Signing for the secretariat: the keys to sign with (Ed25519 or another
//! constant-time algorithm, never an RSA secret key under the pure-Rust
//! backend), cleartext and detached signatures by one or more keys, and a
//! second signature added to a signed text without changing a byte of it.

use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use openpgp::armor;
use openpgp::crypto::Password;
use openpgp::packet::Signature;
use openpgp::parse::stream::{MessageStructure, VerificationHelper, VerifierBuilder};
use openpgp::parse::{PacketParser, PacketParserResult, Parse};
use openpgp::policy::StandardPolicy;
use openpgp::serialize::stream::{Armorer, Message, Signer};
use openpgp::serialize::Serialize;
use openpgp::types::{HashAlgorithm, PublicKeyAlgorithm};
use openpgp::{Cert, KeyHandle, Packet};
use sequoia_openpgp as openpgp;
use std::io::{Read, Write};
use std::path::Path;

/// What signs: a secret key read from a file, or one held by gpg-agent
/// (and so possibly on a smartcard).
pub type KeySigner = Box<dyn openpgp::crypto::Signer + Send + Sync>;

/// One key ready to sign, with its certificate (public parts only) to
/// check the result against.
pub struct SigningKey {
    pub keypair: KeySigner,
    pub cert: Cert,
    /// The primary key's fingerprint, upper-case hex.
    pub fingerprint: String,
    /// The primary user ID, for a default From.
    pub user_id: Option<String>,
}

/// Loads a secret key, finds its signing-capable key alive at `at`, asks
/// for or reads its passphrase, and refuses an RSA secret key. A file that
/// holds the certificate alone names a key held by the running gpg-agent
/// (`GNUPGHOME` chooses which), which then signs.
pub fn load(path: &Path, passphrase_file: Option<&Path>, at: DateTime<Utc>) -> Result<SigningKey> {
    let cert =
        Cert::from_file(path).with_context(|| crate::tr!("sign-not-a-key", path = path.display().to_string()))?;
    let policy = StandardPolicy::new();
    let t: std::time::SystemTime = at.into();
    let vc = cert.with_policy(&policy, t).with_context(|| {
        crate::tr!(
            "sign-not-valid-at",
            path = path.display().to_string(),
            time = at.to_rfc3339()
        )
    })?;
    let user_id = vc
        .primary_userid()
        .ok()
        .map(|u| String::from_utf8_lossy(u.userid().value()).into_owned());
    if !cert.is_tsk() {
        return in_agent(&cert, &vc, path, at, user_id);
    }
    let ka = vc
        .keys()
        .secret()
        .alive()
        .revoked(false)
        .for_signing()
        .next()
        .ok_or_else(|| {
            anyhow!(crate::tr!(
                "sign-no-secret-signing-key",
                path = path.display().to_string(),
                time = at.to_rfc3339()
            ))
        })?;
    check_algorithm(ka.key().pk_algo(), path)?;
    let mut key = ka.key().clone();
    if key.secret().is_encrypted() {
        let password: Password = match passphrase_file {
            Some(p) => {
                let s = std::fs::read_to_string(p)
                    .with_context(|| crate::tr!("sign-passphrase-file", path = p.display().to_string()))?;
                s.trim_end_matches(['\n', '\r']).into()
            }
            None => rpassword::prompt_password(format!(
                "{} ",
                crate::tr!("sign-passphrase-prompt", path = path.display().to_string())
            ))
            .context(crate::tr!("sign-no-terminal"))?
            .into(),
        };
        key = key
            .decrypt_secret(&password)
            .map_err(|_| anyhow!(crate::tr!("sign-wrong-passphrase", path = path.display().to_string())))?;
    }
    let fingerprint = cert.fingerprint().to_hex();
    Ok(SigningKey {
        keypair: Box::new(key.into_keypair()?),
        cert: cert.strip_secret_key_material(),
        fingerprint,
        user_id,
    })
}

/// A key whose secret the running gpg-agent holds. The agent does the
/// private-key arithmetic (libgcrypt, constant-time), so any algorithm it
/// supports may sign.
fn in_agent(
    cert: &Cert,
    vc: &openpgp::cert::ValidCert,
    path: &Path,
    at: DateTime<Utc>,
    user_id: Option<String>,
) -> Result<SigningKey> {
    let ka = vc.keys().alive().revoked(false).for_signing().next().ok_or_else(|| {
        anyhow!(crate::tr!(
            "sign-no-signing-key",
            path = path.display().to_string(),
            time = at.to_rfc3339()
        ))
    })?;
    #[cfg(not(feature = "gpg-agent"))]
    {
        let _ = (ka, user_id, cert);
        bail!(crate::tr!("sign-no-agent-feature", path = path.display().to_string()));
    }
    #[cfg(feature = "gpg-agent")]
    let ctx = sequoia_gpg_agent::Context::new()
        .with_context(|| crate::tr!("sign-no-agent", path = path.display().to_string()))?;
    #[cfg(feature = "gpg-agent")]
    {
        let pair = sequoia_gpg_agent::KeyPair::new_for_gnupg_context(&ctx, ka.key())
            .with_context(|| crate::tr!("sign-agent-refuses", path = path.display().to_string()))?
            .with_cert(vc);
        Ok(SigningKey {
            keypair: Box::new(pair),
            cert: cert.clone(),
            fingerprint: cert.fingerprint().to_hex(),
            user_id,
        })
    }
}

/// The pure-Rust backend's RSA private-key operations are not constant-time
/// (RUSTSEC-2023-0071), so an RSA key never signs here. Verifying RSA
/// handles no secret and stays supported.
fn check_algorithm(algo: PublicKeyAlgorithm, path: &Path) -> Result<()> {
    #[allow(deprecated)]
    let rsa = matches!(algo, PublicKeyAlgorithm::RSAEncryptSign | PublicKeyAlgorithm::RSASign);
    if rsa {
        bail!(crate::tr!("sign-rsa", path = path.display().to_string()));
    }
    Ok(())
}

/// Signs a text in the cleartext framework by every key. The line end
/// before the signature armor is the framework's, not the text's (RFC 9580
/// section 7.1), so the document's own final line end is left to it: the
/// signed text is then the document as GnuPG writes it back, and the same
/// bytes as the PGP/MIME carrier gives.
pub fn cleartext(keys: Vec<KeySigner>, text: &[u8], at: DateTime<Utc>, hash: HashAlgorithm) -> Result<Vec<u8>> {
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    let mut out = Vec::new();
    {
        let m = Message::new(&mut out);
        let mut keys = keys.into_iter();
        let first = keys.next().ok_or_else(|| anyhow!(crate::tr!("sign-no-key")))?;
        let mut s = Signer::new(m, first)?;
        for k in keys {
            s = s.add_signer(k)?;
        }
        let mut s = s
            .creation_time(std::time::SystemTime::from(at))
            .cleartext()
            .hash_algo(hash)?
            .build()?;
        s.write_all(text)?;
        s.finalize()?;
    }
    if !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    Ok(out)
}

/// An armored detached signature over `data` by every key.
pub fn detached(keys: Vec<KeySigner>, data: &[u8], at: DateTime<Utc>) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let m = Message::new(&mut out);
        let m = Armorer::new(m).kind(armor::Kind::Signature).build()?;
        let mut keys = keys.into_iter();
        let first = keys.next().ok_or_else(|| anyhow!(crate::tr!("sign-no-key")))?;
        let mut s = Signer::new(m, first)?;
        for k in keys {
            s = s.add_signer(k)?;
        }
        let mut s = s
            .creation_time(std::time::SystemTime::from(at))
            .detached()
            .hash_algo(HashAlgorithm::SHA512)?
            .build()?;
        s.write_all(data)?;
        s.finalize()?;
    }
    Ok(out)
}

/// The signature packets of an armored signature block.
pub fn signatures(armored: &[u8]) -> Result<Vec<Signature>> {
    let mut bytes = Vec::new();
    armor::Reader::from_bytes(armored, armor::ReaderMode::Tolerant(Some(armor::Kind::Signature)))
        .read_to_end(&mut bytes)
        .context(crate::tr!("sign-armor-unreadable"))?;
    let mut out = Vec::new();
    let mut ppr = PacketParser::from_bytes(&bytes)?;
    while let PacketParserResult::Some(pp) = ppr {
        let (packet, next) = pp.next()?;
        match packet {
            Packet::Signature(s) => out.push(s),
            p => bail!(crate::tr!("sign-foreign-packet", tag = p.tag().to_string())),
        }
        ppr = next;
    }
    Ok(out)
}

/// Armors signature packets as one signature block.
pub fn armor_signatures(sigs: &[Signature]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut w = armor::Writer::new(&mut out, armor::Kind::Signature)?;
        for s in sigs {
            Packet::from(s.clone()).serialize(&mut w)?;
        }
        w.finalize()?;
    }
    Ok(out)
}

/// The text a cleartext-signed block vouches for, as the OpenPGP library
/// reads it (dash-escaping undone, trailing white space removed, without
/// the line end that belongs to the framework). Nothing is verified here.
pub fn cleartext_text(block: &[u8]) -> Result<Vec<u8>> {
    struct Anything;
    impl VerificationHelper for Anything {
        fn get_certs(&mut self, _ids: &[KeyHandle]) -> openpgp::Result<Vec<Cert>> {
            Ok(Vec::new())
        }
        fn check(&mut self, _structure: MessageStructure) -> openpgp::Result<()> {
            Ok(())
        }
    }
    let policy = StandardPolicy::new();
    let mut v = VerifierBuilder::from_bytes(block)?
        .with_policy(&policy, None, Anything)
        .context(crate::tr!("sign-block-unreadable"))?;
    let mut text = Vec::new();
    v.read_to_end(&mut text)?;
    Ok(text)
}

/// The hash a cleartext block's `Hash:` header names first (SHA512 when it
/// names none this library signs with), so a signature added to it agrees
/// with the header GnuPG checks.
pub fn header_hash(block: &[u8]) -> HashAlgorithm {
    let head = block
        .split(|b| *b == b'\n')
        .skip(1)
        .take_while(|l| !l.trim_ascii().is_empty());
    for line in head {
        let line = String::from_utf8_lossy(line);
        if let Some(v) = line.trim().strip_prefix("Hash:") {
            match v.split(',').next().map(str::trim) {
                Some("SHA256") => return HashAlgorithm::SHA256,
                Some("SHA384") => return HashAlgorithm::SHA384,
                _ => return HashAlgorithm::SHA512,
            }
        }
    }
    HashAlgorithm::SHA512
}
