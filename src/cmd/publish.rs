//! `tldops publish`: the secretariat's side. A roster in, a signed snapshot
//! mailing (or bare signed file) out, checked against the journal of what
//! was published and then, as a member would check it, before a byte is
//! written.

use crate::cli::{Carrier, PublishArgs, RosterFormat};
use crate::config::Config;
use crate::contact::Snapshot;
use crate::error::{exit, Quiet};
use crate::publish::journal::{self, Entry, Journal, Refusal};
use crate::publish::{mail, roster, sign};
use crate::snapshot::schema::{self, MAX_SERIAL};
use crate::snapshot::{self, carrier, Trust, Verdict, MAX_PAYLOAD};
use crate::term::sanitize;
use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Duration, Utc};
use openpgp::types::HashAlgorithm;
use sequoia_openpgp as openpgp;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

pub fn run(config: &Config, args: &PublishArgs) -> Result<i32> {
    match args.template {
        Some(RosterFormat::Toml) => return template(roster::TEMPLATE_TOML),
        Some(RosterFormat::Csv) => return template(roster::TEMPLATE_CSV),
        None => {}
    }
    if let Some(path) = &args.journal_from {
        return import(config, args, path);
    }
    let (Some(roster_path), Some(serial)) = (&args.roster, args.serial) else {
        return Err(crate::error::usage(&crate::tr!("publish-give-roster")));
    };
    let roster_name = roster_path.display().to_string();
    let text = read_capped(roster_path, MAX_PAYLOAD)?;
    let format = roster::format_of(roster_path, args.roster_format);
    let roster = match roster::read(&text, format) {
        Ok(r) => r,
        Err(problems) => {
            for p in &problems {
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "error-cause",
                        message = sanitize(&roster_name),
                        cause = sanitize(&p.to_string())
                    )
                );
            }
            return Err(refuse(&crate::tr!(
                "publish-roster-problems",
                roster = roster_name.as_str(),
                count = problems.len()
            )));
        }
    };
    for w in &roster.warnings {
        eprintln!(
            "{}",
            crate::tr!(
                "warning-said",
                message = crate::tr!(
                    "error-cause",
                    message = sanitize(&roster_name),
                    cause = sanitize(&w.to_string())
                )
            )
        );
    }
    let (header, cctlds) = (roster.header, roster.cctlds);

    let directory = match (&args.directory, &header.directory) {
        (Some(a), Some(b)) if a != b => {
            return Err(refuse(&crate::tr!(
                "publish-other-directory",
                roster = roster_name.as_str(),
                theirs = b.as_str(),
                ours = a.as_str()
            )))
        }
        (Some(a), _) => a.clone(),
        (None, Some(b)) => b.clone(),
        (None, None) => "TLD-OPS".to_string(),
    };
    if let Err(m) = crate::snapshot::fields::DirectoryName::parse(&directory) {
        return Err(refuse(&crate::tr!(
            "publish-bad-directory",
            directory = directory.as_str(),
            problem = m.to_string()
        )));
    }
    if serial == 0 || serial > MAX_SERIAL {
        return Err(refuse(&crate::tr!("publish-serial-range", serial = serial.to_string())));
    }
    if let Some(s) = header.serial.filter(|s| *s != serial) {
        return Err(refuse(&crate::tr!(
            "publish-serial-differs",
            roster = roster_name.as_str(),
            theirs = s.to_string(),
            serial = serial.to_string()
        )));
    }

    let journal_path = Journal::path(&config.data_dir.path);
    let mut journal = Journal::load(&journal_path)?;
    let sent = journal.get(&directory, serial).cloned();

    // A serial sent before keeps its times, so a re-send is the same document.
    let issued = match (&args.issued, header.issued, &sent) {
        (Some(t), _, _) => parse_time(t, "--issued")?,
        (None, Some(t), _) => t,
        (None, None, Some(e)) => e.issued,
        (None, None, None) => config.now,
    };
    let issued = DateTime::from_timestamp(issued.timestamp(), 0).unwrap_or(issued);
    let expires = match (&args.expires, header.expires, &sent) {
        (Some(t), _, _) => parse_time(t, "--expires")?,
        (None, Some(t), _) => t,
        (None, None, Some(e)) if args.issued.is_none() => e.expires,
        _ => issued + parse_duration(&args.valid_for)?,
    };
    let snapshot = schema::finish(
        schema::Header {
            directory: Some(directory.clone()),
            serial: Some(serial),
            issued: Some(issued),
            expires: Some(expires),
        },
        cctlds,
    )
    .map_err(|r| refuse(&format!("{roster_name}: {}", r.detail)))?;
    let handover = rotation_table(args)?;
    let mut toml = schema::to_toml(&snapshot);
    if let Some((table, _)) = &handover {
        toml.push_str(table);
    }
    // The document must read back as exactly what was meant.
    let (reread, rotation) = schema::parse_verified(toml.as_bytes())
        .map_err(|r| anyhow!("internal: the written snapshot does not read back: {r}"))?;
    if reread != snapshot || rotation.map(|r| r.next_keys) != handover.as_ref().map(|(_, keys)| keys.clone()) {
        bail!("internal: the written snapshot does not read back identically");
    }
    if toml.len() > MAX_PAYLOAD {
        return Err(refuse(&crate::tr!(
            "publish-too-large",
            bytes = toml.len(),
            max = MAX_PAYLOAD
        )));
    }
    let sha256 = snapshot::hex(&Sha256::digest(toml.as_bytes()));

    match &sent {
        Some(e) if e.sha256 != sha256 => return Err(equivocation(e, &snapshot)),
        Some(_) => eprintln!(
            "tldops: {}",
            crate::tr!(
                "publish-resend",
                serial = serial.to_string(),
                directory = sanitize(&directory)
            )
        ),
        None => {
            journal::check_times(issued, expires, config.now).map_err(|r| refusal(&r))?;
            let step = config
                .serial_steps
                .get(&directory)
                .copied()
                .unwrap_or(journal::DEFAULT_STEP);
            journal::check_new_serial(journal.entries(&directory), serial, issued, step, args.force)
                .map_err(|r| refusal(&r))?;
        }
    }

    if args.dry_run {
        return dry_run(&journal, &snapshot, config.now);
    }
    if args.key.is_empty() {
        return Err(crate::error::usage(&crate::tr!("publish-give-key")));
    }
    let to = match (&args.to, config.list_addresses.get(&directory)) {
        (Some(t), _) => Some(t.clone()),
        (None, Some(t)) => Some(t.clone()),
        (None, None) if args.carrier == Carrier::File => None,
        (None, None) => {
            return Err(crate::error::usage(&crate::tr!(
                "publish-give-to",
                directory = directory.as_str()
            )))
        }
    };
    let note = match &args.note {
        None => None,
        Some(_) if args.carrier == Carrier::File => return Err(crate::error::usage(&crate::tr!("publish-note-file"))),
        Some(p) => Some(read_note(p)?),
    };
    let mut keys = Vec::new();
    for (i, k) in args.key.iter().enumerate() {
        let key = sign::load(k, args.passphrase_file.get(i).map(|p| p.as_path()), issued)
            .map_err(|e| refuse(&format!("{e:#}")))?;
        if keys.iter().any(|o: &sign::SigningKey| o.fingerprint == key.fingerprint) {
            return Err(refuse(&crate::tr!(
                "publish-twice",
                key = key.fingerprint.as_str(),
                flag = "--key"
            )));
        }
        keys.push(key);
    }
    if let Some((_, next)) = &handover {
        let threshold = args.next_threshold.unwrap_or(1);
        let signing = keys.iter().filter(|k| next.contains(&k.fingerprint)).count();
        if signing < threshold {
            return Err(refuse(&crate::tr!(
                "publish-handover-signers",
                signing = signing,
                threshold = threshold
            )));
        }
    }
    let from = args
        .from
        .clone()
        .or_else(|| keys[0].user_id.clone())
        .ok_or_else(|| anyhow!(crate::tr!("publish-no-user-id")))?;
    let to = to.unwrap_or_default();
    if args.carrier != Carrier::File && mail::address_of(&to).eq_ignore_ascii_case(mail::address_of(&from)) {
        eprintln!(
            "{}",
            crate::tr!(
                "warning-said",
                message = crate::tr!("publish-to-self", address = sanitize(mail::address_of(&to)))
            )
        );
    }
    let subject = format!("[{directory}] Contact repository, serial {serial}");
    let message_id = sent
        .as_ref()
        .and_then(|e| e.message_id.clone())
        .unwrap_or_else(|| mail::message_id(&from, &directory, serial, issued));
    let headers = mail::Headers {
        from: &from,
        to: &to,
        subject: &subject,
        date: config.now,
        message_id: &message_id,
    };
    let certs: Vec<openpgp::Cert> = keys.iter().map(|k| k.cert.clone()).collect();
    let fingerprints: Vec<String> = keys.iter().map(|k| k.fingerprint.clone()).collect();
    let pairs = keys.into_iter().map(|k| k.keypair).collect::<Vec<_>>();

    let out = match args.carrier {
        Carrier::File => sign::cleartext(pairs, toml.as_bytes(), issued, HashAlgorithm::SHA512).map_err(signing)?,
        Carrier::Inline => {
            let signed = sign::cleartext(pairs, toml.as_bytes(), issued, HashAlgorithm::SHA512).map_err(signing)?;
            mail::inline(&headers, &signed, note.as_deref(), args.transfer_encoding)
        }
        Carrier::PgpMime => {
            let part = mail::signed_part(toml.as_bytes(), args.transfer_encoding);
            let signature = sign::detached(pairs, &carrier::to_crlf(part.as_bytes()), issued).map_err(signing)?;
            let boundary = format!("=_tldops_{serial}_{}", issued.timestamp());
            mail::pgp_mime(&headers, &part, &signature, &boundary, note.as_deref())
        }
    };

    self_check(&out, &directory, certs, &fingerprints, &sha256, config.now)?;

    match &args.output {
        Some(path) => crate::atomic::write_private(path, &out, args.force)?,
        None => std::io::stdout().lock().write_all(&out)?,
    }
    if sent.is_none() {
        journal.record(
            &directory,
            Entry {
                serial,
                issued,
                expires,
                sha256: sha256.clone(),
                message_id: (args.carrier != Carrier::File).then(|| message_id.clone()),
                signers: fingerprints.clone(),
                recorded: config.now,
                source: "published".to_string(),
                payload: toml.clone(),
            },
        );
        journal.save(&journal_path)?;
    }
    let what = match args.carrier {
        Carrier::File => crate::tr!("publish-carrier-file"),
        Carrier::Inline => crate::tr!("publish-carrier-inline"),
        Carrier::PgpMime => crate::tr!("publish-carrier-pgp-mime"),
    };
    let signers = fingerprints.join(&crate::tr!("publish-and"));
    let said = match &args.output {
        Some(p) => crate::tr!(
            "publish-wrote",
            serial = serial.to_string(),
            directory = sanitize(&directory),
            cctlds = snapshot.cctlds.len(),
            contacts = snapshot.contact_count(),
            what = what,
            signers = signers,
            path = p.display().to_string()
        ),
        None => crate::tr!(
            "publish-printed",
            serial = serial.to_string(),
            directory = sanitize(&directory),
            cctlds = snapshot.cctlds.len(),
            contacts = snapshot.contact_count(),
            what = what,
            signers = signers
        ),
    };
    eprintln!("tldops: {said}");
    Ok(exit::OK)
}

/// The `[rotation]` table that `--rotate-to` and `--next-threshold` ask
/// for, with the next keys' fingerprints: each certificate public only and
/// minimal (its own signatures, none by third parties), within the format's
/// limit.
fn rotation_table(args: &PublishArgs) -> Result<Option<(String, Vec<String>)>> {
    use base64::Engine as _;
    use openpgp::parse::Parse;
    use openpgp::serialize::SerializeInto;
    if args.rotate_to.is_empty() {
        return Ok(None);
    }
    let threshold = args.next_threshold.unwrap_or(1);
    if threshold == 0 || threshold > args.rotate_to.len() {
        return Err(refuse(&crate::tr!(
            "publish-next-threshold",
            threshold = threshold,
            keys = args.rotate_to.len()
        )));
    }
    if args.rotate_to.len() > snapshot::rotation::MAX_NEXT_KEYS {
        return Err(refuse(&crate::tr!(
            "publish-next-keys",
            max = snapshot::rotation::MAX_NEXT_KEYS
        )));
    }
    let mut keys = Vec::new();
    let mut certs = Vec::new();
    for path in &args.rotate_to {
        let bytes =
            std::fs::read(path).with_context(|| crate::tr!("cannot-read", path = path.display().to_string()))?;
        let cert = openpgp::Cert::from_bytes(&bytes).map_err(|e| {
            refuse(&crate::tr!(
                "publish-not-one-cert",
                path = path.display().to_string(),
                problem = e.to_string()
            ))
        })?;
        let cert = minimal(cert.strip_secret_key_material())?;
        let fp = cert.fingerprint().to_hex();
        if keys.contains(&fp) {
            return Err(refuse(&crate::tr!(
                "publish-twice",
                key = fp.as_str(),
                flag = "--rotate-to"
            )));
        }
        let binary = cert.to_vec()?;
        if binary.len() > snapshot::rotation::MAX_CERT {
            return Err(refuse(&crate::tr!(
                "publish-cert-too-large",
                key = fp.as_str(),
                bytes = binary.len(),
                max = snapshot::rotation::MAX_CERT
            )));
        }
        keys.push(fp);
        certs.push(base64::engine::general_purpose::STANDARD.encode(binary));
    }
    let quoted = |v: &[String]| v.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
    let table = format!(
        "\n[rotation]\nnext_keys = [{}]\nnext_threshold = {threshold}\ncerts = [{}]\n",
        quoted(&keys),
        quoted(&certs)
    );
    Ok(Some((table, keys)))
}

/// A certificate with only the signatures its own primary key made.
fn minimal(cert: openpgp::Cert) -> Result<openpgp::Cert> {
    let primary = cert.primary_key().key().key_handle();
    let packets = cert.into_packets().filter(|p| match p {
        openpgp::Packet::Signature(s) => s.get_issuers().iter().any(|h| h.aliases(&primary)),
        _ => true,
    });
    openpgp::Cert::from_packets(packets)
}

/// `publish --dry-run`: what members will see change against the last
/// serial in the journal, and the warnings. Nothing is signed or written.
fn dry_run(journal: &Journal, snapshot: &Snapshot, now: DateTime<Utc>) -> Result<i32> {
    let previous = journal
        .entries(&snapshot.directory)
        .iter()
        .filter(|e| e.serial < snapshot.serial)
        .max_by_key(|e| e.serial)
        .and_then(|e| schema::parse_snapshot(e.payload.as_bytes()).ok());
    out!(
        "{}",
        crate::tr!(
            "publish-dry-run",
            serial = snapshot.serial.to_string(),
            directory = sanitize(&snapshot.directory),
            issued = crate::human::stamp(snapshot.issued),
            expires = crate::human::stamp(snapshot.expires),
            days = (snapshot.expires - now).num_days(),
            cctlds = snapshot.cctlds.len(),
            contacts = snapshot.contact_count()
        )
    );
    match &previous {
        None => out!("\n{}", crate::tr!("publish-dry-run-first")),
        Some(old) => {
            let changes = crate::diff::diff(old, snapshot);
            let counts = crate::diff::Counts::of(&changes);
            out!(
                "\n{}",
                crate::tr!(
                    "publish-dry-run-changes",
                    serial = old.serial.to_string(),
                    issued = crate::human::stamp(old.issued),
                    added = counts.added,
                    removed = counts.removed,
                    changed = counts.changed
                )
            );
            for c in &changes {
                out!("  {}", sanitize(&describe(c)));
            }
        }
    }
    let warnings = crate::publish::lint::lint(previous.as_ref(), snapshot);
    if warnings.is_empty() {
        out!("\n{}", crate::tr!("publish-no-warnings"));
    } else {
        out!("\n{}", crate::tr!("publish-warnings", count = warnings.len()));
        for w in &warnings {
            out!("  {}", sanitize(w));
        }
    }
    Ok(exit::OK)
}

/// Runs what was made through the trust boundary as a member would, with
/// the signing keys pinned: it must verify as exactly this payload, signed
/// by every key, or nothing is written.
fn self_check(
    out: &[u8],
    directory: &str,
    certs: Vec<openpgp::Cert>,
    fingerprints: &[String],
    sha256: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let pins = fingerprints
        .iter()
        .map(|fp| (fp.clone(), std::iter::once(directory.to_string()).collect()))
        .collect();
    let thresholds = std::iter::once((directory.to_string(), fingerprints.len())).collect();
    let trust = Trust::pinned(certs, &pins, &thresholds);
    let examined = snapshot::examine(out, &trust, now);
    let verdicts: Vec<&Verdict> = examined.iter().map(|e| &e.verdict).collect();
    match verdicts.as_slice() {
        [Verdict::Verified(v)] if v.sha256 == sha256 && v.signers.len() == fingerprints.len() => Ok(()),
        [Verdict::Verified(v)] => Err(refuse(&crate::tr!(
            "publish-self-check-other",
            sha256 = v.sha256.as_str(),
            signers = v.signers.join(", ")
        ))),
        [Verdict::Rejected(r)] => Err(refuse(&crate::tr!(
            "publish-self-check-rejected",
            reason = r.reason.to_string(),
            detail = r.detail.to_string()
        ))),
        _ => Err(refuse(&crate::tr!("publish-self-check-not-one"))),
    }
}

/// A different document under a serial already published.
fn equivocation(sent: &Entry, new: &Snapshot) -> anyhow::Error {
    let mut lines = vec![crate::tr!(
        "publish-equivocation",
        serial = sent.serial.to_string(),
        recorded = sent.recorded.format("%Y-%m-%d %H:%M UTC").to_string(),
        sha256 = sent.sha256.as_str(),
        next = (sent.serial + 1).to_string()
    )];
    match schema::parse_snapshot(sent.payload.as_bytes()) {
        Ok(old) => {
            for (field, a, b) in [
                ("issued", old.issued, new.issued),
                ("expires", old.expires, new.expires),
            ] {
                if a != b {
                    lines.push(format!("  {field}: {} -> {}", a.to_rfc3339(), b.to_rfc3339()));
                }
            }
            for c in crate::diff::diff(&old, new) {
                lines.push(format!("  {}", describe(&c)));
            }
        }
        Err(_) => lines.push(format!("  {}", crate::tr!("publish-no-copy"))),
    }
    for line in &lines {
        eprintln!("tldops: {}", sanitize(line));
    }
    Quiet(exit::EQUIVOCATION).into()
}

/// One change, in a line.
pub fn describe(c: &crate::diff::Change) -> String {
    use crate::diff::Change::*;
    match c {
        CctldAdded { label, .. } => format!("+ .{label}"),
        CctldRemoved { label, .. } => format!("- .{label}"),
        CctldChanged {
            label, field, old, new, ..
        } => format!("~ .{label} {field}: `{old}` -> `{new}`"),
        ContactAdded { label, person, .. } => format!("+ .{label} {}", person.describe()),
        ContactRemoved { label, person, .. } => format!("- .{label} {}", person.describe()),
        ContactChanged {
            label,
            person,
            field,
            old,
            new,
            ..
        } => format!("~ .{label} {} {field}: `{old}` -> `{new}`", person.describe()),
    }
}

/// `publish --journal-from FILE`: records a published mailing, verified
/// with the keys pinned here (and any --key), in this machine's journal.
fn import(config: &Config, args: &PublishArgs, path: &Path) -> Result<i32> {
    let bytes = std::fs::read(path).with_context(|| crate::tr!("cannot-read", path = path.display().to_string()))?;
    let mut trust = match crate::current::open_ro(config)? {
        Some(store) => store.trust(&config.thresholds)?,
        None => Trust::default(),
    };
    for eras in trust.directories.values_mut() {
        for era in &mut eras.0 {
            era.threshold = 1;
        }
    }
    for (i, k) in args.key.iter().enumerate() {
        let key = sign::load(k, args.passphrase_file.get(i).map(|p| p.as_path()), config.now)?;
        trust.certs.push(key.cert);
        let directory = args.directory.as_deref().unwrap_or("TLD-OPS");
        trust.vouch_everywhere(&key.fingerprint, directory, 1);
    }
    if trust.certs.is_empty() {
        return Err(refuse(&crate::tr!("publish-import-no-key")));
    }
    let verified = snapshot::examine(&bytes, &trust, config.now)
        .into_iter()
        .find_map(|e| match e.verdict {
            Verdict::Verified(v) => Some(Ok((v, e.envelope))),
            Verdict::Rejected(r) => Some(Err(r)),
            Verdict::NotASnapshot => None,
        });
    let (v, envelope) = match verified {
        Some(Ok(x)) => x,
        Some(Err(r)) => return Err(refuse(&format!("{}: {}: {}", path.display(), r.reason, r.detail))),
        None => {
            return Err(refuse(&crate::tr!(
                "publish-no-signed-snapshot",
                path = path.display().to_string()
            )))
        }
    };
    let s = &v.snapshot;
    let journal_path = Journal::path(&config.data_dir.path);
    let mut journal = Journal::load(&journal_path)?;
    if let Some(e) = journal.get(&s.directory, s.serial) {
        if e.sha256 == v.sha256 {
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "publish-import-known",
                    serial = s.serial.to_string(),
                    directory = sanitize(&s.directory)
                )
            );
            return Ok(exit::OK);
        }
        return Err(refuse(&crate::tr!(
            "publish-import-conflict",
            path = path.display().to_string(),
            serial = s.serial.to_string(),
            directory = s.directory.as_str(),
            sha256 = v.sha256.as_str(),
            journal = e.sha256.as_str()
        )));
    }
    journal.record(
        &s.directory,
        Entry {
            serial: s.serial,
            issued: s.issued,
            expires: s.expires,
            sha256: v.sha256.clone(),
            message_id: envelope.message_id.clone(),
            signers: v.signers.clone(),
            recorded: config.now,
            source: format!("imported from {}", path.display()),
            payload: String::from_utf8_lossy(&v.payload).into_owned(),
        },
    );
    journal.save(&journal_path)?;
    let last = journal.last(&s.directory).map_or(s.serial, |e| e.serial);
    eprintln!(
        "tldops: {}",
        crate::tr!(
            "publish-import-recorded",
            serial = s.serial.to_string(),
            directory = sanitize(&s.directory),
            issued = s.issued.to_rfc3339(),
            signers = v.signers.join(&crate::tr!("publish-and")),
            last = last.to_string()
        )
    );
    Ok(exit::OK)
}

fn template(text: &str) -> Result<i32> {
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(exit::OK)
}

/// A key that cannot sign (a gpg-agent without the secret, a card not
/// inserted): refused, nothing written.
fn signing(e: anyhow::Error) -> anyhow::Error {
    refuse(&crate::tr!("publish-signing-failed", problem = format!("{e:#}")))
}

/// Says why nothing was published, and exits 7.
fn refuse(message: &str) -> anyhow::Error {
    for line in message.lines() {
        eprintln!("{}", crate::tr!("refused-said", message = sanitize(line)));
    }
    Quiet(exit::REFUSED).into()
}

fn refusal(r: &Refusal) -> anyhow::Error {
    refuse(&r.to_string())
}

/// A cover note: short UTF-8 text, no control characters, and nothing a
/// reader could take for the start of a signed block.
fn read_note(path: &Path) -> Result<String> {
    const MAX_NOTE: usize = 4096;
    let bytes = read_capped(path, MAX_NOTE).map_err(|e| refuse(&format!("--note: {e:#}")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| refuse(&crate::tr!("publish-note-utf8", path = path.display().to_string())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text).replace("\r\n", "\n");
    if let Some(c) = text
        .chars()
        .find(|c| schema::is_forbidden(*c) && *c != '\n' && *c != '\t')
    {
        return Err(refuse(&crate::tr!(
            "publish-note-control",
            path = path.display().to_string(),
            character = format!("U+{:04X}", c as u32)
        )));
    }
    if text.lines().any(|l| l.trim_start().starts_with("-----")) {
        return Err(refuse(&crate::tr!(
            "publish-note-dashes",
            path = path.display().to_string()
        )));
    }
    Ok(text)
}

fn read_capped(path: &Path, max: usize) -> Result<Vec<u8>> {
    let cannot = || crate::tr!("cannot-read", path = path.display().to_string());
    let meta = std::fs::metadata(path).with_context(cannot)?;
    if meta.len() > max as u64 {
        bail!(crate::tr!(
            "publish-file-too-large",
            path = path.display().to_string(),
            bytes = meta.len(),
            max = max
        ));
    }
    std::fs::read(path).with_context(cannot)
}

fn parse_time(s: &str, flag: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .with_context(|| crate::tr!("publish-bad-time", flag = flag, value = s))
}

/// `45d`, `36h`, `90m`.
pub fn parse_duration(s: &str) -> Result<Duration> {
    let bad = || anyhow!(crate::tr!("publish-bad-duration", value = s));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("45d").unwrap(), Duration::days(45));
        assert_eq!(parse_duration("36h").unwrap(), Duration::hours(36));
        for bad in ["", "d", "45", "45w", "-1d", "0d"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
