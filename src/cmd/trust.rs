//! `tldops trust`: pin, list and unpin the keys that sign snapshots.

use crate::cli::TrustCommand;
use crate::config::Config;
use crate::contact::group_fingerprint;
use crate::current::open_rw;
use crate::error::exit;
use crate::error::usage;
use crate::i18n::Lang;
use crate::present::fingerprints;
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
        usage(&crate::tr!(
            "trust-bad-directory",
            directory = sanitize(directory),
            problem = e.to_string(),
            rule = DirectoryName::RULE
        ))
    })?;
    let bytes = if crate::atomic::is_stdout(path) {
        let mut bytes = Vec::new();
        // A certificate is small; a pipe that never ends is not one.
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), MAX_CERT + 1),
            &mut bytes,
        )
        .context(crate::tr!("trust-stdin-unreadable"))?;
        if bytes.len() as u64 > MAX_CERT {
            anyhow::bail!(crate::tr!("trust-stdin-too-large", mib = MAX_CERT >> 20));
        }
        bytes
    } else {
        std::fs::read(path).with_context(|| crate::tr!("cannot-read", path = path.display().to_string()))?
    };
    let stdin_name = crate::tr!("trust-stdin");
    let path = if crate::atomic::is_stdout(path) {
        std::path::Path::new(&stdin_name)
    } else {
        path
    };
    if let Some(revocations) = bare_revocations(&bytes) {
        return merge_revocations(config, path, revocations);
    }
    let not_a_cert = || crate::tr!("trust-not-a-cert", path = path.display().to_string());
    let certs: Vec<Cert> = CertParser::from_bytes(&bytes)
        .with_context(not_a_cert)?
        .collect::<openpgp::Result<_>>()
        .with_context(not_a_cert)?;
    let [cert] = <[Cert; 1]>::try_from(certs).map_err(|c| {
        anyhow::anyhow!(crate::tr!(
            "trust-many-certs",
            path = path.display().to_string(),
            count = c.len()
        ))
    })?;
    if cert.is_tsk() {
        eprintln!(
            "tldops: {}",
            crate::tr!("trust-secret-stripped", path = path.display().to_string())
        );
    }
    let cert = cert.strip_secret_key_material();
    let store = open_rw(config)?;
    let (merged, new) = store.pin(cert, directory, config.now)?;
    let fp = merged.fingerprint().to_hex();
    let (key, directory) = (group_fingerprint(&fp), sanitize(directory));
    out!(
        "{}",
        if new {
            crate::tr!("trust-pinned", key = key, directory = directory)
        } else {
            crate::tr!("trust-updated", key = key, directory = directory)
        }
    );
    let labels = Labels::new(&[
        "trust-label-user-id",
        "trust-label-state",
        "trust-label-history",
        "trust-label-current",
    ]);
    for uid in merged.userids() {
        out!(
            "  {}{}",
            labels.pad(0),
            sanitize(&String::from_utf8_lossy(uid.userid().value()))
        );
    }
    let (words, valid) = state_of(&merged, config.now, crate::i18n::current());
    out!("  {}{words}", labels.pad(1));
    if crate::snapshot::rotation::compromised(&merged) {
        eprintln!(
            "{}",
            crate::tr!("warning-said", message = crate::tr!("trust-compromised"))
        );
    } else if !valid {
        eprintln!(
            "{}",
            crate::tr!("warning-said", message = crate::tr!("trust-cannot-sign", state = words))
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
            bail!(crate::tr!(
                "trust-revokes-unpinned",
                path = path.display().to_string(),
                keys = issuers.iter().map(|h| h.to_hex()).collect::<Vec<_>>().join(", ")
            ));
        };
        let primary = cert.primary_key().key();
        sig.clone()
            .verify_primary_key_revocation(primary, primary)
            .map_err(|e| {
                anyhow::anyhow!(crate::tr!(
                    "trust-revocation-bad",
                    path = path.display().to_string(),
                    key = group_fingerprint(&cert.fingerprint().to_hex()),
                    problem = e.to_string()
                ))
            })?;
        let (revoked, _) = cert.clone().insert_packets(sig)?;
        let revoked = store.merge_cert(revoked, config.now)?;
        let fp = revoked.fingerprint().to_hex();
        let labels = Labels::new(&[
            "trust-label-user-id",
            "trust-label-state",
            "trust-label-history",
            "trust-label-current",
        ]);
        out!(
            "{}",
            crate::tr!("trust-revocation-merged", key = group_fingerprint(&fp))
        );
        out!("  {}{}", labels.pad(1), state(&revoked, config.now));
        if crate::snapshot::rotation::compromised(&revoked) {
            eprintln!("tldops: {}", crate::tr!("trust-compromised"));
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
    let labels = Labels::new(&[
        "trust-label-user-id",
        "trust-label-state",
        "trust-label-history",
        "trust-label-current",
    ]);
    out!("  {}{}", labels.pad(2), crate::tr!("trust-reassessed", count = n));
    let after = store.current()?;
    for d in store.directories()? {
        let was = before.iter().find(|k| k.directory == d).map(|k| k.serial);
        let now = after.iter().find(|k| k.directory == d).map(|k| k.serial);
        if was != now {
            let show = |s: Option<u64>| {
                s.map_or(crate::tr!("trust-none"), |s| {
                    crate::tr!("trust-serial", serial = s.to_string())
                })
            };
            out!(
                "  {}{}",
                labels.pad(3),
                crate::tr!(
                    "trust-current-changed",
                    directory = sanitize(&d),
                    now = show(now),
                    was = show(was)
                )
            );
        }
    }
    Ok(())
}

/// Whether a certificate can sign now, in words of the language in use.
pub fn state(cert: &Cert, now: DateTime<Utc>) -> String {
    state_of(cert, now, crate::i18n::current()).0
}

/// Whether a certificate can sign now, in words of `lang`, and whether it
/// is valid.
fn state_of(cert: &Cert, now: DateTime<Utc>, lang: Lang) -> (String, bool) {
    let policy = StandardPolicy::new();
    let t: std::time::SystemTime = now.into();
    match cert.with_policy(&policy, t) {
        Err(e) => (
            crate::tr!(lang => "trust-state-invalid", problem = e.to_string()),
            false,
        ),
        Ok(vc) => {
            if let RevocationStatus::Revoked(_) = vc.revocation_status() {
                return (crate::tr!(lang => "trust-state-revoked"), false);
            }
            if let Err(e) = vc.alive() {
                return (crate::tr!(lang => "trust-state-dead", problem = e.to_string()), false);
            }
            let signing = vc.keys().alive().revoked(false).for_signing().count();
            if signing == 0 {
                (crate::tr!(lang => "trust-state-no-signing"), true)
            } else {
                (crate::tr!(lang => "trust-state-valid", count = signing), true)
            }
        }
    }
}

/// How a key stands in a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Standing {
    Compromised,
    ByHandover(u64),
    ByHand,
    Retired(u64),
    Pinned,
}

impl Standing {
    /// Whether the key vouches for new snapshots there.
    fn is_pinned(self) -> bool {
        matches!(self, Standing::ByHandover(_) | Standing::ByHand | Standing::Pinned)
    }

    fn words(self, lang: Lang) -> String {
        match self {
            Standing::Compromised => crate::tr!(lang => "trust-standing-compromised"),
            Standing::ByHandover(serial) => {
                crate::tr!(lang => "trust-standing-handover", serial = serial.to_string())
            }
            Standing::ByHand => crate::tr!(lang => "trust-standing-by-hand"),
            Standing::Retired(serial) => crate::tr!(lang => "trust-standing-retired", serial = serial.to_string()),
            Standing::Pinned => crate::tr!(lang => "trust-standing-pinned"),
        }
    }
}

/// Labels of a key's lines, padded to one width in the language in use.
struct Labels(Vec<String>, usize);

impl Labels {
    fn new(ids: &[&str]) -> Labels {
        let words: Vec<String> = ids.iter().map(|id| crate::i18n::text(id)).collect();
        let width = words.iter().map(|w| w.chars().count()).max().unwrap_or(0) + 2;
        Labels(words, width)
    }

    fn pad(&self, i: usize) -> String {
        format!("{:<width$}", self.0[i], width = self.1)
    }
}

/// One key as `trust list` shows it.
struct Listed<'a> {
    fingerprint: &'a str,
    cert: Option<&'a Cert>,
    /// Directory -> how it stands there.
    standing: Vec<(String, Standing)>,
}

fn list(config: &Config, as_json: bool) -> Result<i32> {
    let Some(store) = crate::current::open_ro(config)? else {
        if as_json {
            out!("[]");
        }
        eprintln!("tldops: {}", crate::tr!("trust-none-pinned"));
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
                Standing::Compromised
            } else if in_now {
                match handed {
                    Some(serial) if !by_hand.contains(&directory) => Standing::ByHandover(serial),
                    _ => Standing::ByHand,
                }
            } else if let Some(serial) = retired {
                Standing::Retired(serial)
            } else if ever {
                Standing::Pinned
            } else {
                continue;
            };
            listed.standing.push((directory.clone(), standing));
        }
    }
    let vouching = keys.values().any(|k| k.standing.iter().any(|(_, s)| s.is_pinned()));
    if as_json {
        let list: Vec<_> = keys
            .values()
            .map(|k| {
                json!({
                    "fingerprint": k.fingerprint,
                    "directories": k.standing.iter().filter(|(_, s)| s.is_pinned()).map(|(d, _)| d).collect::<Vec<_>>(),
                    "standing": k.standing.iter().map(|(d, s)| json!({"directory": d, "standing": s.words(Lang::En)})).collect::<Vec<_>>(),
                    "user_ids": k.cert.map(|c| c.userids().map(|u| String::from_utf8_lossy(u.userid().value()).into_owned()).collect::<Vec<_>>()).unwrap_or_default(),
                    "state": k.cert.map(|c| state_of(c, config.now, Lang::En).0),
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
        let labels = Labels::new(&["trust-label-directory", "trust-label-user-id", "trust-label-state"]);
        let lang = crate::i18n::current();
        for k in keys.values() {
            out!("{}", group_fingerprint(k.fingerprint));
            let pinned_in: Vec<&str> = k
                .standing
                .iter()
                .filter(|(_, s)| s.is_pinned())
                .map(|(d, _)| d.as_str())
                .collect();
            if !pinned_in.is_empty() {
                out!("  {}{}", labels.pad(0), sanitize(&pinned_in.join(", ")));
            }
            for (d, standing) in &k.standing {
                if *standing != Standing::ByHand {
                    out!("  {}  {}", sanitize(d), standing.words(lang));
                }
            }
            if let Some(cert) = k.cert {
                for uid in cert.userids() {
                    out!(
                        "  {}{}",
                        labels.pad(1),
                        sanitize(&String::from_utf8_lossy(uid.userid().value()))
                    );
                }
                out!("  {}{}", labels.pad(2), state(cert, config.now));
            }
        }
        for (d, h) in &handovers {
            out!(
                "{}",
                crate::tr!(
                    "trust-handover",
                    directory = sanitize(d),
                    serial = h.serial.to_string(),
                    retired = fingerprints(&h.retired),
                    pinned = fingerprints(&h.pinned),
                    threshold = h.threshold
                )
            );
        }
        if !vouching {
            eprintln!("tldops: {}", crate::tr!("trust-none-pinned"));
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
        bail!(match directory {
            Some(d) => crate::tr!("trust-not-pinned-for", key = group_fingerprint(&fp), directory = d),
            None => crate::tr!("trust-not-pinned", key = group_fingerprint(&fp)),
        });
    }
    out!(
        "{}",
        crate::tr!(
            "trust-unpinned",
            key = group_fingerprint(&fp),
            directories = sanitize(&dirs.join(", "))
        )
    );
    reassessed(config, &store)?;
    Ok(exit::OK)
}
