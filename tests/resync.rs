//! A re-sync reads only what is new: the rest of an mbox past where the last
//! sync stopped, the messages of a Maildir not read before. Anything in
//! doubt (a rewritten mbox, a key pinned since, `--rescan`) reads in full.

mod common;
use common::*;
use std::fs;
use std::io::Write as _;

const CHATTER: &str = "From someone@list.example Mon Nov  2 00:00:00 2026\nFrom: someone@list.example\nSubject: hello\n\nJust chatter.\n\n";

/// The sample mailbox, closed by an empty line as a delivery agent leaves it.
fn sample() -> Vec<u8> {
    let mut m = fs::read(root().join("data/sample/tld-ops.mbox")).unwrap();
    m.push(b'\n');
    m
}

fn append(path: &std::path::Path, bytes: &[u8]) {
    fs::OpenOptions::new()
        .append(true)
        .open(path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
}

/// A snapshot mailing of the sample directory with a new serial, as mbox text.
fn next_mailing(env: &Env, serial: u64) -> Vec<u8> {
    let roster = fs::read_to_string(root().join("data/sample/roster-118.toml")).unwrap();
    let out = publish(env, &roster, serial, "2026-11-01T12:00:00Z");
    [
        b"From secretariat@tld-ops.example Sun Nov  1 12:00:00 2026\n".as_slice(),
        &fs::read(out).unwrap(),
        b"\n",
    ]
    .concat()
}

#[test]
fn an_mbox_is_read_on_from_where_the_last_sync_stopped() {
    let env = Env::pinned();
    let mbox = env.write("tld-ops.mbox", &sample());
    let first = env.run(&["sync", s(&mbox)]);
    first.ok();
    assert!(
        first.stderr.contains("12 other messages passed over"),
        "{}",
        first.stderr
    );

    // Nothing new: nothing read.
    let again = env.run(&["sync", s(&mbox)]);
    again.ok();
    assert!(again.stderr.contains("synced 0 snapshot messages"), "{}", again.stderr);
    assert!(
        again.stderr.contains("1 source unchanged since the last sync"),
        "{}",
        again.stderr
    );

    // One new message: only it is read.
    append(&mbox, CHATTER.as_bytes());
    let one = env.run(&["sync", s(&mbox)]);
    one.ok();
    assert!(one.stderr.contains("1 other message passed over"), "{}", one.stderr);

    // A new snapshot mailing arrives.
    append(&mbox, &next_mailing(&env, 119));
    let new = env.run(&["sync", s(&mbox)]);
    new.ok();
    assert!(new.stderr.contains("1 new snapshot (serial 119"), "{}", new.stderr);
    assert!(new.stderr.contains("0 other messages passed over"), "{}", new.stderr);

    // --rescan reads everything again.
    let all = env.run(&["sync", "--rescan", s(&mbox)]);
    all.ok();
    assert!(all.stderr.contains("7 already known"), "{}", all.stderr);
    assert!(all.stderr.contains("13 other messages passed over"), "{}", all.stderr);
}

#[test]
fn a_rewritten_mbox_is_read_in_full() {
    let env = Env::pinned();
    let mbox = env.write("tld-ops.mbox", &sample());
    env.run(&["sync", s(&mbox)]).ok();
    // A mail client expunges the first message and writes the file anew, longer than before.
    let text = sample();
    let second = text.windows(6).skip(1).position(|w| w == b"\nFrom ").unwrap() + 2;
    let mut rewritten = text[second..].to_vec();
    rewritten.extend_from_slice(CHATTER.as_bytes());
    rewritten.extend_from_slice(CHATTER.as_bytes());
    fs::write(&mbox, &rewritten).unwrap();
    let r = env.run(&["sync", s(&mbox)]);
    r.ok();
    assert!(
        r.stderr.contains("already known") && !r.stderr.contains("unchanged"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_message_still_arriving_is_read_again() {
    // The last message has no closing empty line yet: it may be half written.
    let env = Env::pinned();
    let mailing = next_mailing(&env, 119);
    let cut = mailing.len() / 2;
    let mbox = env.write("tld-ops.mbox", &[sample().as_slice(), &mailing[..cut]].concat());
    let first = env.run(&["sync", s(&mbox)]);
    assert!(!first.stderr.contains("serial 119"), "{}", first.stderr);
    append(&mbox, &mailing[cut..]);
    let second = env.run(&["sync", s(&mbox)]);
    second.ok();
    assert!(
        second.stderr.contains("1 new snapshot (serial 119"),
        "{}",
        second.stderr
    );
}

#[test]
fn a_maildir_reads_only_messages_not_read_before() {
    let env = Env::pinned();
    let md = env.path("Maildir");
    for d in ["new", "cur", "tmp"] {
        fs::create_dir_all(md.join(d)).unwrap();
    }
    // The sample's messages, one file each.
    let text = String::from_utf8(sample()).unwrap();
    let mut n = 0;
    for m in text
        .split("\n\nFrom ")
        .map(|m| m.split_once('\n').unwrap().1.to_string())
    {
        n += 1;
        fs::write(md.join("cur").join(format!("{n}.host:2,S")), m).unwrap();
    }
    let first = env.run(&["sync", s(&md)]);
    first.ok();
    assert!(first.stderr.contains("6 new snapshots"), "{}", first.stderr);

    let again = env.run(&["sync", s(&md)]);
    again.ok();
    assert!(again.stderr.contains("1 source unchanged"), "{}", again.stderr);

    // Delivery into new/, then the reader's client moves it to cur/ with flags.
    fs::write(md.join("new").join("900.host"), "Subject: hi\n\nchatter\n").unwrap();
    let one = env.run(&["sync", s(&md)]);
    one.ok();
    assert!(one.stderr.contains("1 other message passed over"), "{}", one.stderr);
    fs::rename(md.join("new").join("900.host"), md.join("cur").join("900.host:2,S")).unwrap();
    let moved = env.run(&["sync", s(&md)]);
    moved.ok();
    assert!(
        moved.stderr.contains("0 other messages passed over"),
        "{}",
        moved.stderr
    );
}

#[test]
fn a_key_pinned_since_reads_everything_again() {
    // Mail signed by a key not yet pinned is passed over; once it is pinned,
    // the same mailbox is read in full and the snapshot found.
    let env = Env::new();
    env.run(&[
        "trust",
        "add",
        s(&key("FICTIONAL-TEST-KEY-otherdir.cert.asc")),
        "--directory",
        "OTHER-DIRECTORY",
    ])
    .ok();
    let mbox = env.write("tld-ops.mbox", &sample());
    let first = env.run(&["sync", s(&mbox)]);
    first.ok();
    assert!(first.stderr.contains("no new snapshot"), "{}", first.stderr);
    env.run(&["trust", "add", s(&key(SAMPLE_CERT))]).ok();
    let second = env.run(&["sync", s(&mbox)]);
    second.ok();
    assert!(second.stderr.contains("6 new snapshots"), "{}", second.stderr);
}
