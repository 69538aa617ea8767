//! `tldops sync`: read every source, verify every candidate, then apply all
//! accepted snapshots in one transaction and say what happened.

use crate::cli::SyncArgs;
use crate::config::Config;
use crate::current::open_rw;
use crate::diff::{diff, Counts};
use crate::error::exit;
use crate::intake::{judge, Judged};
use crate::mail::{self, Item, Origin, Shape, SourceState};
use crate::present::fingerprints;
use crate::reasons;
use crate::snapshot::rotation::Handover;
use crate::snapshot::{self, Detail, Queued, Reason, Rejection, Trust};
use crate::store::{Applied, NewRejection, Provenance, Store};
use crate::term::sanitize;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

/// A rejection met in this sync, to alarm once and keep.
struct Met {
    label: String,
    rejection: Rejection,
    digest: String,
    source: String,
    message_id: Option<String>,
}

#[derive(Default)]
struct Tally {
    messages: usize,
    passed_over: usize,
    unpinned: usize,
    oversize: usize,
    rejected: usize,
    rejected_before: usize,
    unchanged: usize,
    equivocation: bool,
    unreadable: usize,
    /// Sources that hold no message at all.
    empty: usize,
    known: usize,
    new: Vec<(u64, usize, usize, String)>,
}

pub fn run(config: &Config, args: &SyncArgs) -> Result<i32> {
    if let (true, Some(problem)) = (args.sources.is_empty(), &config.sources_problem) {
        bail!(crate::tr!("sync-sources-problem", problem = problem.as_str()));
    }
    let sources = if args.sources.is_empty() {
        config.sources.clone()
    } else {
        args.sources.clone()
    };
    if sources.is_empty() {
        bail!(crate::tr!(
            "sync-nothing-to-read",
            path = config.config_file.path.display().to_string()
        ));
    }
    let pinned = match crate::current::open_ro(config)? {
        Some(store) => !store.pinned()?.is_empty(),
        None => false,
    };
    if !pinned {
        bail!(crate::tr!("sync-no-key"));
    }
    let store = open_rw(config)?;
    for line in crate::current::unpinned_config_keys(config, &store)? {
        eprintln!("{}", crate::tr!("warning-said", message = line));
    }
    store.reassess(&config.thresholds)?;
    let before = store.current()?;
    // Snapshots made new by an earlier pass, and the handovers made.
    let mut earlier: Vec<(u64, usize, usize, String)> = Vec::new();
    let mut handovers = Vec::new();
    let mut passes = 0;
    let (mut t, met, states) = loop {
        passes += 1;
        let trust = store.trust(&config.thresholds)?;
        let mut pass = read_sources(&store, &sources, &trust, args, config)?;
        let outcome = if pass.accepted.is_empty() {
            crate::store::Outcome {
                applied: Vec::new(),
                handovers: Vec::new(),
            }
        } else {
            store.apply(&pass.accepted, &config.thresholds, config.now)?
        };
        let t = &mut pass.tally;
        for (((v, prov), applied), (label, digest)) in pass.accepted.iter().zip(outcome.applied).zip(&pass.labels) {
            let s = v;
            match applied {
                Applied::New => t.new.push((s.serial, s.cctlds, s.contacts, s.directory.clone())),
                Applied::Known if earlier.iter().any(|n| n.0 == s.serial && n.3 == s.directory) => {}
                Applied::Known => t.known += 1,
                Applied::Rejected(rejection) => pass.met.push(Met {
                    label: label.clone(),
                    rejection,
                    digest: digest.clone(),
                    source: prov.source.clone(),
                    message_id: prov.message_id.clone(),
                }),
            }
        }
        handovers.extend(outcome.handovers);
        // A handover changes which keys vouch: mail judged before it was
        // kept (a snapshot that only the next keys signed, read before the
        // handover itself) is judged again, so arrival order never matters.
        let changed = store.trust(&config.thresholds)?.directories != trust.directories;
        if changed && passes < MAX_PASSES {
            earlier.append(&mut pass.tally.new);
            continue;
        }
        let mut t = pass.tally;
        earlier.append(&mut t.new);
        t.new = earlier;
        break (t, pass.met, pass.states);
    };
    announce(&handovers);
    alarm_once(&store, &met, &mut t, args.verbose, config.now)?;
    store.keep_source_states(&states, config.now)?;
    let mut line = summary(&t);
    let current = store.current()?;
    for after in &current {
        let Some(prev) = before
            .iter()
            .find(|b| b.directory == after.directory && b.serial != after.serial)
        else {
            continue;
        };
        let counts = Counts::of(&diff(&store.load(prev)?, &store.load(after)?));
        line.push_str(&crate::tr!(
            "sync-since",
            directory = sanitize(&after.directory),
            serial = prev.serial.to_string(),
            added = counts.added,
            removed = counts.removed,
            changed = counts.changed
        ));
        if !counts.is_empty() {
            line.push_str(&crate::tr!("sync-review"));
        }
    }
    eprintln!("tldops: {line}");
    crate::current::warn_stale(config, &current);
    Ok(if t.equivocation {
        exit::EQUIVOCATION
    } else if t.rejected > 0 {
        exit::REJECTED
    } else if t.unreadable > 0 || t.empty > 0 {
        exit::INPUT
    } else {
        exit::OK
    })
}

/// At most this many passes over the sources in one sync: one, and one more
/// after each pass that made a handover.
const MAX_PASSES: usize = 4;

/// What one pass over the sources found.
#[derive(Default)]
struct Pass {
    tally: Tally,
    /// Verified snapshots, held as their bytes until they are stored.
    accepted: Vec<(Queued, Provenance)>,
    /// Label and message digest of each accepted snapshot.
    labels: Vec<(String, String)>,
    met: Vec<Met>,
    states: Vec<(String, SourceState)>,
}

/// Reads every source once, judging each message with `trust`.
fn read_sources(store: &Store, sources: &[String], trust: &Trust, args: &SyncArgs, config: &Config) -> Result<Pass> {
    let mut pass = Pass::default();
    let Pass {
        tally: t,
        accepted,
        labels,
        met,
        states,
    } = &mut pass;
    let key = state_key(trust);
    for source in sources {
        let mut judged: Vec<(String, Judged, Option<String>, Origin)> = Vec::new();
        // A source is remembered by its absolute path; standard input never is.
        let remembered = (source != "-")
            .then(|| std::fs::canonicalize(source).ok())
            .flatten()
            .map(|p| p.display().to_string());
        let resume = match (&remembered, args.rescan) {
            (Some(path), false) => store.source_state(path)?.filter(|s| s.key == key),
            _ => None,
        };
        // A source that held no message is never passed over as unchanged:
        // it is read, and said, again.
        let mut held_none = None;
        if resume.as_ref().is_some_and(|state| mail::unchanged(source, state)) {
            held_none = mail::emptiness(source);
            if held_none.is_none() {
                t.unchanged += 1;
                continue;
            }
        }
        // A database that cannot say means reading the messages again.
        let mut known = |names: &[String]| match &remembered {
            Some(path) => store.known_names(path, names).unwrap_or_default(),
            None => Default::default(),
        };
        let mut items = 0;
        let outcome = mail::read(source, resume.as_ref(), &mut known, &mut |item| {
            items += 1;
            match item {
                Item::Message { origin, bytes } => {
                    for (label, j, digest) in judge(&origin, &bytes, trust, config.now) {
                        match j {
                            // Held as bytes from here on: a mailbox of many
                            // snapshots never holds all their parsed contacts.
                            Judged::Verified(v, prov) => {
                                t.messages += 1;
                                accepted.push((Queued::from(*v), prov));
                                labels.push((label, digest.unwrap_or_default()));
                            }
                            j => judged.push((label, j, digest, origin.clone())),
                        }
                    }
                }
                Item::Oversize { origin, size } => {
                    t.oversize += 1;
                    eprintln!(
                        "tldops: {}",
                        crate::tr!(
                            "reason-line-oversize",
                            source = sanitize(&origin.to_string()),
                            size = size as usize,
                            mib = snapshot::MAX_MESSAGE >> 20
                        )
                    );
                }
                Item::Problem { origin, what } => {
                    t.unreadable += 1;
                    eprintln!("tldops: {}: {what}", sanitize(&origin.to_string()));
                }
            }
        });
        // A source that holds no message is said on every sync: a wrong
        // path must not turn into "unchanged". It is still remembered, so
        // that `doctor` can say it held none.
        let empty = items == 0 && source != "-" && {
            let why = held_none.or_else(|| mail::emptiness(source));
            if let Some(why) = &why {
                t.empty += 1;
                eprintln!(
                    "{}",
                    crate::tr!(
                        "warning-said",
                        message = crate::tr!("error-cause", message = sanitize(source), cause = why)
                    )
                );
            }
            why.is_some()
        };
        let shape = outcome.shape;
        t.unchanged += usize::from(outcome.unchanged && !empty);
        if let (Some(path), Some(mut state)) = (remembered, outcome.state) {
            state.key = key.clone();
            // Only what changed is written back.
            if resume.as_ref() != Some(&state) {
                states.push((path, state));
            }
        }
        for (label, j, digest, origin) in judged {
            t.messages += 1;
            let digest = digest.unwrap_or_default();
            match j {
                Judged::Verified(v, prov) => {
                    accepted.push((Queued::from(*v), prov));
                    labels.push((label, digest));
                }
                Judged::NotASnapshot(notes) if shape == Shape::Single => {
                    t.rejected += 1;
                    let none = crate::detail!("reason-no-snapshot-in-message");
                    eprintln!(
                        "tldops: {}",
                        crate::tr!(
                            "reason-line-rejected",
                            label = label.as_str(),
                            code = Reason::NotASnapshot.code(),
                            detail = reasons::say(&none)
                        )
                    );
                    for note in notes {
                        eprintln!(
                            "tldops: {}",
                            crate::tr!(
                                "reason-line-note",
                                label = label.as_str(),
                                note = sanitize(&reasons::say(&note))
                            )
                        );
                    }
                }
                Judged::NotASnapshot(notes) => {
                    t.passed_over += 1;
                    if args.verbose && notes.is_empty() {
                        eprintln!(
                            "tldops: {}",
                            crate::tr!("reason-line-passed-over-chatter", label = label.as_str())
                        );
                    }
                    if let Some(notes) = Detail::all(notes) {
                        // Said once, like a rejection, but not one: the
                        // member learns of a list server's change now rather
                        // than when the data goes stale.
                        met.push(Met {
                            label,
                            rejection: Rejection::new(Reason::UnreadPlace, notes),
                            digest,
                            source: origin.to_string(),
                            message_id: None,
                        });
                    }
                }
                Judged::Rejected(r, _) if r.reason == Reason::UnknownSigner && shape == Shape::Mailbox => {
                    // Members sign their own mail too: in a mailbox, mail
                    // signed by nobody pinned is not a snapshot of ours.
                    t.unpinned += 1;
                    if args.verbose {
                        eprintln!(
                            "tldops: {}",
                            crate::tr!(
                                "reason-line-passed-over",
                                label = label.as_str(),
                                detail = sanitize(&reasons::say(&r.detail))
                            )
                        );
                    }
                }
                Judged::Rejected(rejection, message_id) => met.push(Met {
                    label,
                    rejection,
                    digest,
                    source: origin.to_string(),
                    message_id,
                }),
            }
        }
    }
    Ok(pass)
}

/// Says each handover made, loudly, once: it is the moment to compare
/// fingerprints with what the secretariat announced by another channel.
fn announce(handovers: &[(String, Handover)]) {
    for (directory, h) in handovers {
        eprintln!(
            "tldops: {}",
            crate::tr!(
                "sync-rotation",
                directory = sanitize(directory),
                serial = h.serial.to_string(),
                retired = fingerprints(&h.retired),
                pinned = fingerprints(&h.pinned),
                threshold = h.threshold
            )
        );
        eprintln!("tldops: {}", crate::tr!("sync-rotation-compare"));
    }
}

/// Says each rejection met for the first time, and keeps it; one met
/// before is counted quietly (named with `--verbose`), so a hostile or
/// broken mail alarms once, not on every later sync.
fn alarm_once(store: &Store, met: &[Met], t: &mut Tally, verbose: bool, now: DateTime<Utc>) -> Result<()> {
    if met.is_empty() {
        return Ok(());
    }
    // Kept in English whatever the language: the database is read by
    // scripts and by other runs in other languages.
    let english: Vec<String> = met.iter().map(|m| m.rejection.detail.to_string()).collect();
    let words: Vec<String> = met.iter().map(|m| reasons::to_words(&m.rejection.detail)).collect();
    let list: Vec<NewRejection> = met
        .iter()
        .zip(english.iter().zip(&words))
        .map(|(m, (detail, words))| NewRejection {
            message_sha256: &m.digest,
            reason: m.rejection.reason.code(),
            detail,
            words,
            source: &m.source,
            message_id: m.message_id.as_deref(),
        })
        .collect();
    let before = store.keep_rejections(&list, now)?;
    for (m, before) in met.iter().zip(before) {
        let notice = m.rejection.reason == Reason::UnreadPlace;
        if notice {
            if !before || verbose {
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "reason-line-notice",
                        label = m.label.as_str(),
                        detail = sanitize(&reasons::say(&m.rejection.detail))
                    )
                );
            }
        } else if before {
            t.rejected_before += 1;
            if verbose {
                eprintln!(
                    "tldops: {}",
                    crate::tr!(
                        "reason-line-rejected-before",
                        label = m.label.as_str(),
                        code = m.rejection.reason.code(),
                        detail = sanitize(&reasons::say(&m.rejection.detail))
                    )
                );
            }
        } else {
            t.rejected += 1;
            t.equivocation |= m.rejection.reason == Reason::Equivocation;
            eprintln!(
                "tldops: {}",
                crate::tr!(
                    "reason-line-rejected",
                    label = m.label.as_str(),
                    code = m.rejection.reason.code(),
                    detail = sanitize(&reasons::say(&m.rejection.detail))
                )
            );
        }
    }
    Ok(())
}

/// What a source's remembered state was made under: this tldops and these
/// pinned keys, as they are now (revocations merged included). When any of
/// it changes, mail read before may read otherwise now (a key pinned since,
/// a rule added), so every source is read in full.
fn state_key(trust: &Trust) -> String {
    use sequoia_openpgp::serialize::Marshal;
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    for cert in &trust.certs {
        let mut bytes = Vec::new();
        if cert.serialize(&mut bytes).is_ok() {
            h.update(&bytes);
        }
    }
    for (directory, eras) in &trust.directories {
        h.update(format!("\n{directory}"));
        for era in &eras.0 {
            h.update(format!(" {:?}={}:", era.after, era.threshold));
            for fp in &era.keys {
                h.update(format!("{fp},"));
            }
        }
    }
    snapshot::hex(&h.finalize())
}

fn summary(t: &Tally) -> String {
    let snapshots = t.new.len() + t.known + t.rejected + t.rejected_before;
    let new = match t.new.as_slice() {
        [] => crate::tr!("sync-new-none"),
        [(serial, cctlds, contacts, _)] => crate::tr!(
            "sync-new-one",
            serial = serial.to_string(),
            cctlds = *cctlds,
            contacts = *contacts
        ),
        many => {
            let mut directories: Vec<&str> = many.iter().map(|n| n.3.as_str()).collect();
            directories.sort();
            directories.dedup();
            let per: Vec<String> = directories
                .iter()
                .map(|d| {
                    let mine: Vec<u64> = many.iter().filter(|n| n.3 == *d).map(|n| n.0).collect();
                    let top = mine.iter().max().copied().unwrap_or(0);
                    let serials: Vec<String> = mine.iter().map(u64::to_string).collect();
                    let head = if directories.len() > 1 {
                        format!("{} ", sanitize(d))
                    } else {
                        String::new()
                    };
                    if mine.len() == 1 {
                        crate::tr!("sync-serial", head = head, top = top.to_string())
                    } else {
                        crate::tr!(
                            "sync-serials",
                            head = head,
                            serials = serials.join(", "),
                            top = top.to_string()
                        )
                    }
                })
                .collect();
            crate::tr!("sync-new-many", count = many.len(), serials = per.join("; "))
        }
    };
    let mut s = crate::tr!(
        "sync-synced",
        count = snapshots,
        new = new,
        known = t.known,
        rejected = t.rejected
    );
    if t.rejected_before > 0 {
        s.push_str(&crate::tr!("sync-rejected-before", count = t.rejected_before));
    }
    let other = t.passed_over + t.unpinned + t.oversize;
    s.push_str(&crate::tr!("sync-passed-over", count = other));
    if t.unpinned > 0 {
        s.push_str(&crate::tr!("sync-unpinned", count = t.unpinned));
    }
    if t.unchanged > 0 {
        s.push_str(&crate::tr!("sync-unchanged", count = t.unchanged));
    }
    if t.unreadable > 0 {
        s.push_str(&crate::tr!("sync-unreadable", count = t.unreadable));
    }
    if t.empty > 0 {
        s.push_str(&crate::tr!("sync-empty", count = t.empty));
    }
    s
}
