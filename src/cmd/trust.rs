//! `tldops trust`: pin, list and unpin the keys that sign snapshots.

use crate::cli::TrustCommand;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::open_rw;
use crate::error::exit;
use crate::error::usage;
use crate::snapshot::fields::{DirectoryName, Fingerprint};
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

/// The most `trust add -` reads from standard input.
const MAX_CERT: u64 = 16 << 20;

fn add(config: &Config, path: &std::path::Path, directory: &str) -> Result<i32> {
    DirectoryName::parse(directory).map_err(|e| {
        usage(&format!(
            "--directory `{}` {e}: a snapshot's directory name is {}",
            sanitize(directory),
            DirectoryName::RULE
        ))
    })?;
    let bytes = if crate::atomic::is_stdout(path) {
        let mut bytes = Vec::new();
        // A certificate is small; a pipe that never ends is not one.
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), MAX_CERT + 1),
            &mut bytes,
        )
        .context("cannot read standard input")?;
        if bytes.len() as u64 > MAX_CERT {
            anyhow::bail!(
                "standard input holds more than {} MiB: not a certificate",
                MAX_CERT >> 20
            );
        }
        bytes
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?
    };
    let path = if crate::atomic::is_stdout(path) {
        std::path::Path::new("standard input")
    } else {
        path
    };
    if let Some(revocations) = bare_revocations(&bytes) {
        return merge_revocations(config, path, revocations);
    }
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
    if crate::snapshot::rotation::compromised(&merged) {
        eprintln!("tldops: warning: this key is revoked as compromised: it vouches for nothing, the past included");
    } else if !state(&merged, config.now).starts_with("valid") {
        eprintln!(
            "tldops: warning: this key cannot sign now ({}): new snapshots will need another key",
            state(&merged, config.now)
        );
    }
    reassessed(config, &store)?;
    Ok(exit::OK)
}

/// The key revocation signatures a file holds when it holds nothing else
/// (what `sq key revoke` and some publishers hand out), armored or binary.
fn bare_revocations(bytes: &[u8]) -> Option<Vec<openpgp::packet::Signature>> {
    use openpgp::PacketPile;
    let pile = PacketPile::from_bytes(bytes).ok()?;
    let mut sigs = Vec::new();
    for p in pile.into_children() {
        match p {
            openpgp::Packet::Signature(s) if s.typ() == openpgp::types::SignatureType::KeyRevocation => sigs.push(s),
            _ => return None,
        }
    }
    (!sigs.is_empty()).then_some(sigs)
}

/// Merges bare revocation signatures into the stored certificates they
/// revoke, each checked against the key it names; pins nothing.
fn merge_revocations(
    config: &Config,
    path: &std::path::Path,
    revocations: Vec<openpgp::packet::Signature>,
) -> Result<i32> {
    let store = open_rw(config)?;
    let certs = store.trust(&config.thresholds)?.certs;
    let mut merged_any = false;
    for sig in revocations {
        let issuers = sig.get_issuers();
        let Some(cert) = certs
            .iter()
            .find(|c| issuers.iter().any(|h| h.aliases(c.primary_key().key().key_handle())))
        else {
            bail!(
                "{} revokes a key that is not pinned here ({}): nothing changed",
                path.display(),
                issuers.iter().map(|h| h.to_hex()).collect::<Vec<_>>().join(", ")
            );
        };
        let primary = cert.primary_key().key();
        sig.clone()
            .verify_primary_key_revocation(primary, primary)
            .map_err(|e| {
                anyhow::anyhow!(
                    "{}: the revocation of {} does not verify ({e}): nothing changed",
                    path.display(),
                    group_fingerprint(&cert.fingerprint().to_hex())
                )
            })?;
        let (revoked, _) = cert.clone().insert_packets(sig)?;
        let revoked = store.merge_cert(revoked, config.now)?;
        let fp = revoked.fingerprint().to_hex();
        out!("merged a revocation into {}", group_fingerprint(&fp));
        out!("  state    {}", state(&revoked, config.now));
        if crate::snapshot::rotation::compromised(&revoked) {
            eprintln!("tldops: this key is revoked as compromised: it vouches for nothing, the past included");
        }
        merged_any = true;
    }
    if merged_any {
        reassessed(config, &store)?;
    }
    Ok(exit::OK)
}

/// After the keys changed: says again which kept snapshots are vouched for,
/// and what is current now if that changed.
fn reassessed(config: &Config, store: &crate::store::Store) -> Result<()> {
    let before = store.current()?;
    let n = store.reassess(&config.thresholds)?;
    if n == 0 {
        return Ok(());
    }
    out!(
        "  history  {} changed state",
        crate::human::plural(n, "kept snapshot", "kept snapshots")
    );
    let after = store.current()?;
    for d in store.directories()? {
        let was = before.iter().find(|k| k.directory == d).map(|k| k.serial);
        let now = after.iter().find(|k| k.directory == d).map(|k| k.serial);
        if was != now {
            let show = |s: Option<u64>| s.map_or("none".to_string(), |s| format!("serial {s}"));
            out!("  current  {}: {} (was {})", sanitize(&d), show(now), show(was));
        }
    }
    Ok(())
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
                format!(
                    "valid, {}",
                    crate::human::plural(signing, "signing key", "signing keys")
                )
            }
        }
    }
}

/// One key as `trust list` shows it.
struct Listed<'a> {
    fingerprint: &'a str,
    cert: Option<&'a Cert>,
    /// Directory -> how it stands there.
    standing: Vec<(String, String)>,
}

fn list(config: &Config, as_json: bool) -> Result<i32> {
    let Some(store) = crate::current::open_ro(config)? else {
        if as_json {
            out!("[]");
        }
        eprintln!("tldops: no key is pinned yet: `tldops trust add KEY.asc`");
        return Ok(exit::NOT_FOUND);
    };
    let pinned = store.pinned()?;
    let trust = store.trust(&config.thresholds)?;
    let handovers = store.handovers(&config.thresholds)?;
    // Every key that ever vouched for a directory: pinned by hand, or by a handover.
    let mut keys: std::collections::BTreeMap<&str, Listed> = std::collections::BTreeMap::new();
    for k in &pinned {
        keys.insert(
            &k.fingerprint,
            Listed {
                fingerprint: &k.fingerprint,
                cert: Some(&k.cert),
                standing: Vec::new(),
            },
        );
    }
    for (_, h) in &handovers {
        for fp in h.pinned.iter().chain(&h.retired) {
            keys.entry(fp).or_insert_with(|| Listed {
                fingerprint: fp,
                cert: trust.certs.iter().find(|c| c.fingerprint().to_hex() == *fp),
                standing: Vec::new(),
            });
        }
    }
    for (fp, listed) in keys.iter_mut() {
        let by_hand: Vec<&String> = pinned
            .iter()
            .filter(|k| k.fingerprint == *fp)
            .flat_map(|k| &k.directories)
            .collect();
        let compromised = listed.cert.is_some_and(crate::snapshot::rotation::compromised);
        for (directory, eras) in &trust.directories {
            let in_now = eras.0.last().is_some_and(|e| e.keys.contains(*fp));
            let ever = by_hand.contains(&directory) || eras.0.iter().any(|e| e.keys.contains(*fp));
            let handed = handovers
                .iter()
                .filter(|(d, _)| d == directory)
                .find_map(|(_, h)| h.pinned.contains(*fp).then_some(h.serial));
            let retired = handovers
                .iter()
                .filter(|(d, _)| d == directory)
                .filter_map(|(_, h)| h.retired.contains(*fp).then_some(h.serial))
                .next_back();
            let standing = if compromised && (ever || retired.is_some()) {
                "revoked as compromised: vouches for nothing, the past included".to_string()
            } else if in_now {
                match handed {
                    Some(serial) if !by_hand.contains(&directory) => {
                        format!("pinned by the handover at serial {serial}")
                    }
                    _ => "pinned by hand".to_string(),
                }
            } else if let Some(serial) = retired {
                format!("retired at serial {serial}: vouches for serials up to {serial} only")
            } else if ever {
                "pinned".to_string()
            } else {
                continue;
            };
            listed.standing.push((directory.clone(), standing));
        }
    }
    let vouching = keys
        .values()
        .any(|k| k.standing.iter().any(|(_, s)| s.starts_with("pinned")));
    if as_json {
        let list: Vec<_> = keys
            .values()
            .map(|k| {
                json!({
                    "fingerprint": k.fingerprint,
                    "directories": k.standing.iter().filter(|(_, s)| s.starts_with("pinned")).map(|(d, _)| d).collect::<Vec<_>>(),
                    "standing": k.standing.iter().map(|(d, s)| json!({"directory": d, "standing": s})).collect::<Vec<_>>(),
                    "user_ids": k.cert.map(|c| c.userids().map(|u| String::from_utf8_lossy(u.userid().value()).into_owned()).collect::<Vec<_>>()).unwrap_or_default(),
                    "state": k.cert.map(|c| state(c, config.now)),
                })
            })
            .collect();
        let rotations: Vec<_> = handovers
            .iter()
            .map(|(d, h)| {
                json!({
                    "directory": d,
                    "serial": h.serial,
                    "retired": h.retired,
                    "pinned": h.pinned,
                    "threshold": h.threshold,
                })
            })
            .collect();
        if rotations.is_empty() {
            out!("{}", serde_json::to_string_pretty(&list)?);
        } else {
            out!(
                "{}",
                serde_json::to_string_pretty(&json!({"keys": list, "rotations": rotations}))?
            );
        }
    } else {
        for k in keys.values() {
            out!("{}", group_fingerprint(k.fingerprint));
            let pinned_in: Vec<&str> = k
                .standing
                .iter()
                .filter(|(_, s)| s.starts_with("pinned"))
                .map(|(d, _)| d.as_str())
                .collect();
            if !pinned_in.is_empty() {
                out!("  directory  {}", sanitize(&pinned_in.join(", ")));
            }
            for (d, standing) in &k.standing {
                if !standing.starts_with("pinned by hand") {
                    out!("  {}  {}", sanitize(d), standing);
                }
            }
            if let Some(cert) = k.cert {
                for uid in cert.userids() {
                    out!(
                        "  user ID    {}",
                        sanitize(&String::from_utf8_lossy(uid.userid().value()))
                    );
                }
                out!("  state      {}", state(cert, config.now));
            }
        }
        for (d, h) in &handovers {
            let fps = |keys: &std::collections::BTreeSet<String>| {
                keys.iter().map(|k| group_fingerprint(k)).collect::<Vec<_>>().join(", ")
            };
            out!(
                "handover in {} at serial {}: retired {}; pinned {}; threshold {}",
                sanitize(d),
                h.serial,
                if h.retired.is_empty() {
                    "none".into()
                } else {
                    fps(&h.retired)
                },
                if h.pinned.is_empty() {
                    "none".into()
                } else {
                    fps(&h.pinned)
                },
                h.threshold
            );
        }
        if !vouching {
            eprintln!("tldops: no key is pinned yet: `tldops trust add KEY.asc`");
        }
    }
    Ok(if vouching { exit::OK } else { exit::NOT_FOUND })
}

fn remove(config: &Config, fingerprint: &str, directory: Option<&str>) -> Result<i32> {
    let fp = Fingerprint::parse(fingerprint)
        .map_err(|e| anyhow::anyhow!(e))?
        .hex()
        .to_string();
    let store = open_rw(config)?;
    let dirs = store.unpin(&fp, directory, config.now)?;
    if dirs.is_empty() {
        bail!(
            "{} is not pinned{}",
            group_fingerprint(&fp),
            directory.map(|d| format!(" for {d}")).unwrap_or_default()
        );
    }
    out!(
        "unpinned {} ({}): it vouches for nothing from now on, the past included",
        group_fingerprint(&fp),
        sanitize(&dirs.join(", "))
    );
    reassessed(config, &store)?;
    Ok(exit::OK)
}
