//! `tldops trust`: pin, list and unpin the keys that sign snapshots.

use super::open_rw;
use crate::cli::TrustCommand;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::error::exit;
use crate::snapshot::schema::normalise_fingerprint;
use crate::term::sanitize;
use anyhow::{bail, Context, Result};
use chrono::{DateTime, Utc};
use openpgp::cert::CertParser;
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::types::RevocationStatus;
use openpgp::Cert;
use sequoia_openpgp as openpgp;
use serde_json::json;

pub fn run(config: &Config, cmd: &TrustCommand) -> Result<i32> {
    match cmd {
        TrustCommand::Add { cert, directory } => add(config, cert, directory),
        TrustCommand::List { json } => list(config, *json),
        TrustCommand::Remove { fingerprint, directory } => remove(config, fingerprint, directory.as_deref()),
    }
}

fn add(config: &Config, path: &std::path::Path, directory: &str) -> Result<i32> {
    crate::snapshot::schema::check_text(directory, 64).map_err(|e| anyhow::anyhow!("directory name {e}"))?;
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let certs: Vec<Cert> = CertParser::from_bytes(&bytes)
        .with_context(|| format!("{} is not an OpenPGP certificate", path.display()))?
        .collect::<openpgp::Result<_>>()
        .with_context(|| format!("{} is not an OpenPGP certificate", path.display()))?;
    let [cert] = <[Cert; 1]>::try_from(certs)
        .map_err(|c| anyhow::anyhow!("{} holds {} certificates; give one at a time", path.display(), c.len()))?;
    if cert.is_tsk() {
        eprintln!(
            "tldops: {} holds secret key material: only the public certificate is stored",
            path.display()
        );
    }
    let cert = cert.strip_secret_key_material();
    let store = open_rw(config)?;
    let (merged, new) = store.pin(cert, directory, config.now)?;
    let fp = merged.fingerprint().to_hex();
    let verb = if new { "pinned" } else { "updated" };
    out!(
        "{verb} {} for directory {}",
        group_fingerprint(&fp),
        sanitize(directory)
    );
    for uid in merged.userids() {
        out!(
            "  user ID  {}",
            sanitize(&String::from_utf8_lossy(uid.userid().value()))
        );
    }
    out!("  state    {}", state(&merged, config.now));
    Ok(exit::OK)
}

/// Whether a certificate can sign now, in words.
pub fn state(cert: &Cert, now: DateTime<Utc>) -> String {
    let policy = StandardPolicy::new();
    let t: std::time::SystemTime = now.into();
    match cert.with_policy(&policy, t) {
        Err(e) => format!("not valid now: {e}"),
        Ok(vc) => {
            if let RevocationStatus::Revoked(_) = vc.revocation_status() {
                return "revoked".into();
            }
            if let Err(e) = vc.alive() {
                return format!("not alive now: {e}");
            }
            let signing = vc.keys().alive().revoked(false).for_signing().count();
            if signing == 0 {
                "valid, but has no signing-capable key alive now".into()
            } else {
                format!("valid, {}", super::plural(signing, "signing key", "signing keys"))
            }
        }
    }
}

fn list(config: &Config, as_json: bool) -> Result<i32> {
    let Some(store) = super::open_ro(config)? else {
        if as_json {
            out!("[]");
        }
        eprintln!("tldops: no key is pinned yet: `tldops trust add KEY.asc`");
        return Ok(exit::NOT_FOUND);
    };
    let keys = store.pinned()?;
    if as_json {
        let list: Vec<_> = keys
            .iter()
            .map(|k| {
                json!({
                    "fingerprint": k.fingerprint,
                    "directories": k.directories,
                    "user_ids": k.cert.userids().map(|u| String::from_utf8_lossy(u.userid().value()).into_owned()).collect::<Vec<_>>(),
                    "state": state(&k.cert, config.now),
                })
            })
            .collect();
        out!("{}", serde_json::to_string_pretty(&list)?);
    } else {
        for k in &keys {
            out!("{}", group_fingerprint(&k.fingerprint));
            out!("  directory  {}", sanitize(&k.directories.join(", ")));
            for uid in k.cert.userids() {
                out!(
                    "  user ID    {}",
                    sanitize(&String::from_utf8_lossy(uid.userid().value()))
                );
            }
            out!("  state      {}", state(&k.cert, config.now));
        }
        if keys.is_empty() {
            eprintln!("tldops: no key is pinned yet: `tldops trust add KEY.asc`");
        }
    }
    Ok(if keys.is_empty() { exit::NOT_FOUND } else { exit::OK })
}

fn remove(config: &Config, fingerprint: &str, directory: Option<&str>) -> Result<i32> {
    let fp = normalise_fingerprint(fingerprint).map_err(|e| anyhow::anyhow!(e))?;
    let store = open_rw(config)?;
    let n = store.unpin(&fp, directory)?;
    if n == 0 {
        bail!(
            "{} is not pinned{}",
            group_fingerprint(&fp),
            directory.map(|d| format!(" for {d}")).unwrap_or_default()
        );
    }
    out!(
        "unpinned {} ({})",
        group_fingerprint(&fp),
        super::plural(n, "directory", "directories")
    );
    Ok(exit::OK)
}
