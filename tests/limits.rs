//! The resource budget, tested rather than hoped for: the built binary runs
//! under an address-space limit (set on the child with `ulimit -v`) over
//! generated hostile mail of every shape the format's limits are there for.
//! Each case asserts the exit code and the reason, that nothing of the
//! hostile message is stored, and that the genuine snapshots around it in
//! the same mailbox still are. A memory limit is deterministic; nothing
//! here asserts on time.

mod common;
use common::*;
use std::process::{Command, Stdio};

/// Address space allowed to a sync: far below what any of these inputs
/// would take if a stage copied, decompressed or buffered without bound.
const LIMIT_KIB: u64 = 512 * 1024;

const BEGIN: &str = "-----BEGIN PGP SIGNED MESSAGE-----";

fn limited(env: &Env, args: &[&str]) -> Run {
    limited_to(env, args, LIMIT_KIB)
}

fn limited_to(env: &Env, args: &[&str], kib: u64) -> Run {
    let inner = env.command();
    let mut c = Command::new("sh");
    c.arg("-c")
        .arg(format!("ulimit -v {kib} && exec \"$0\" \"$@\""))
        .arg(inner.get_program())
        .args(args);
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    c.current_dir(env.dir.path()).stdin(Stdio::null());
    let out = c.output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The genuine sample mailbox (six signed snapshots among list chatter).
fn sample_mbox() -> Vec<u8> {
    std::fs::read(root().join("data/sample/tld-ops.mbox")).unwrap()
}

fn sample_block() -> String {
    std::fs::read_to_string(fixture("good-bare.toml.asc")).unwrap()
}

fn mail(id: &str, headers: &str, body: &str) -> Vec<u8> {
    format!("From hostile@list.example Mon Nov  2 00:00:00 2026\nFrom: hostile@list.example\nMessage-ID: <{id}@list.example>\nSubject: {id}\n{headers}\n{body}\n")
        .into_bytes()
}

fn highest_serial(env: &Env) -> u64 {
    let r = env.run(&["status", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    v["directories"][0]["current"]["serial"].as_u64().unwrap_or(0)
}

/// Syncs an mbox of the hostile message followed by the whole sample
/// mailbox, under the memory limit, and checks the outcome.
fn survives(name: &str, hostile: Vec<u8>, code: i32, reason: Option<&str>) {
    survives_within(name, hostile, code, reason, LIMIT_KIB)
}

/// [`survives`], under an address-space limit of `kib`.
fn survives_within(name: &str, hostile: Vec<u8>, code: i32, reason: Option<&str>, kib: u64) {
    let env = Env::pinned();
    let mut mbox = hostile;
    mbox.extend_from_slice(b"\n");
    mbox.extend_from_slice(&sample_mbox());
    let p = env.write("hostile.mbox", &mbox);
    let r = limited_to(&env, &["sync", s(&p)], kib);
    assert_eq!(r.code, code, "{name}: exit\n{}", r.stderr);
    match reason {
        Some(reason) => assert!(
            r.stderr.contains(reason) && r.stderr.contains("hostile.mbox (message 1)"),
            "{name}: wanted {reason} naming the message\n{}",
            r.stderr
        ),
        None => assert!(!r.stderr.contains("rejected hostile"), "{name}\n{}", r.stderr),
    }
    assert_eq!(
        highest_serial(&env),
        118,
        "{name}: the genuine snapshots are stored\n{}",
        r.stderr
    );
    let history = env.run(&["status", "--json"]).stdout;
    assert!(history.contains("\"history\""), "{name}");
}

#[test]
fn a_body_repeating_the_header_line_costs_one_pass() {
    let block = sample_block();
    let repeated = format!("{BEGIN}\n").repeat(200_000);
    survives(
        "repeated header, complete block after",
        mail("repeat", "", &format!("{repeated}{block}")),
        3,
        Some("AMBIGUOUS"),
    );
    survives(
        "repeated header, no complete block (chatter)",
        mail("repeat-chatter", "", &repeated),
        0,
        None,
    );
}

#[test]
fn a_compressed_message_before_the_block_is_never_unpacked() {
    // About 1 GiB of zeros behind two levels of deflate (make-hostile.py),
    // then a genuine snapshot: the snapshot is read, the bomb never is.
    let env = Env::pinned();
    let p = fixture("hostile-compression-bomb-before-block.eml");
    let r = limited(&env, &["sync", s(&p)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 new snapshot (serial 1"), "{}", r.stderr);
    assert_eq!(highest_serial(&env), 1);
}

#[test]
fn signature_blocks_hold_only_a_few_signatures() {
    let block = sample_block();
    let (text, armor) = block.split_at(block.find("-----BEGIN PGP SIGNATURE-----").unwrap());
    // A signature packet header with a junk body: counted, never parsed.
    let junk_sig = |n: usize| {
        let mut bin = Vec::new();
        for _ in 0..n {
            bin.extend_from_slice(&[0xC2, 4, 4, 0, 22, 10]);
        }
        bin
    };
    let armored = |bin: &[u8], kind: &str| {
        use base64::Engine as _;
        let b64 = base64::engine::general_purpose::STANDARD.encode(bin);
        let lines: Vec<&str> = b64
            .as_bytes()
            .chunks(64)
            .map(|c| std::str::from_utf8(c).unwrap())
            .collect();
        format!(
            "-----BEGIN PGP {kind}-----\n\n{}\n-----END PGP {kind}-----\n",
            lines.join("\n")
        )
    };
    let _ = armor;
    let cases: Vec<(&str, String, &str)> = vec![
        ("17 signature packets", armored(&junk_sig(17), "SIGNATURE"), "LIMIT"),
        (
            "a million signature packets",
            armored(&junk_sig(1_000_000), "SIGNATURE"),
            "LIMIT",
        ),
        // A compressed data packet (tag 8) where signatures belong.
        (
            "a compressed packet",
            armored(&[0xC8, 2, 1, 0], "SIGNATURE"),
            "BAD_SIGNATURE",
        ),
        (
            "a literal packet",
            armored(&[0xCB, 6, b'b', 0, 0, 0, 0, 0], "SIGNATURE"),
            "BAD_SIGNATURE",
        ),
    ];
    for (name, armor, reason) in cases {
        survives(name, mail("sigs", "", &format!("{text}{armor}")), 3, Some(reason));
        // The same in a PGP/MIME signature part.
        let pgp_mime = format!(
            "--b\nContent-Type: text/plain; charset=utf-8\n\nformat = 1\n--b\nContent-Type: application/pgp-signature\n\n{armor}--b--\n"
        );
        survives(
            name,
            mail(
                "mime-sigs",
                "Content-Type: multipart/signed; boundary=b; protocol=\"application/pgp-signature\"; micalg=pgp-sha512\n",
                &pgp_mime,
            ),
            3,
            Some(reason),
        );
    }
}

#[test]
fn a_lone_cr_reframing_of_a_genuine_snapshot_is_malformed_not_equivocation() {
    // The re-framed copy arrives first: it must neither displace the genuine
    // snapshot nor make it look like equivocation.
    let block = sample_block();
    let reframed = block.replacen("\nserial = 1\n", "\rserial = 1\n", 1);
    assert_ne!(reframed, block);
    let env = Env::pinned();
    let mut mbox = mail("reframed", "", &reframed);
    mbox.extend_from_slice(b"\n");
    mbox.extend_from_slice(&mail("genuine", "", &block));
    let p = env.write("m.mbox", &mbox);
    let r = limited(&env, &["sync", s(&p)]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("MALFORMED"), "{}", r.stderr);
    assert!(!r.stderr.contains("EQUIVOCATION"), "{}", r.stderr);
    assert!(r.stderr.contains("1 new snapshot (serial 1"), "{}", r.stderr);
}

#[test]
fn loosely_framed_blocks_count_as_candidates() {
    let block = sample_block();
    for (name, loose) in [
        ("no dashes", "BEGIN PGP SIGNED MESSAGE"),
        ("other dashes", "---BEGIN PGP SIGNED MESSAGE---"),
        ("quoted", "> -----BEGIN PGP SIGNED MESSAGE-----"),
    ] {
        let body = format!("{loose}\nHash: SHA512\n\nserial = 0\n{block}");
        survives(name, mail("loose", "", &body), 3, Some("AMBIGUOUS"));
    }
}

#[test]
fn mime_shapes_are_bounded() {
    let block = sample_block();
    let many_parts = format!("{}--b--\n", "--b\n\nx\n".repeat(200_000));
    let deep = {
        let mut open = String::new();
        for i in 0..20_000 {
            open.push_str(&format!(
                "--b{i}\nContent-Type: multipart/mixed; boundary=b{}\n\n",
                i + 1
            ));
        }
        open + &block
    };
    let huge_header = format!("X-Filler: {}\n", "a".repeat(20 << 20));
    let giant_line = format!("{}\n", "QUFB".repeat(7 << 20));
    let cases: Vec<(&str, Vec<u8>, i32, Option<&str>)> = vec![
        (
            "200,000 parts",
            mail("parts", "Content-Type: multipart/mixed; boundary=b\n", &many_parts),
            3,
            Some("LIMIT"),
        ),
        (
            "20,000 levels of nesting",
            mail("deep", "Content-Type: multipart/mixed; boundary=b0\n", &deep),
            0,
            None,
        ),
        ("a 20 MiB header", mail("header", &huge_header, "hello"), 0, None),
        (
            "a 28 MiB base64 line",
            mail("base64", "Content-Transfer-Encoding: base64\n", &giant_line),
            0,
            None,
        ),
        ("a 40 MiB message", mail("big", "", &"x".repeat(40 << 20)), 0, None),
    ];
    for (name, m, code, reason) in cases {
        survives(name, m, code, reason);
    }
}

#[test]
fn a_line_longer_than_memory_allows_twice_is_read_in_pieces() {
    // One 100 MiB line with no line end: the message is over the limit and
    // passed over; the mbox reader never holds the line whole.
    let env = Env::pinned();
    let mut mbox = b"From x Mon Nov  2 00:00:00 2026\nSubject: long\n\n".to_vec();
    mbox.resize(mbox.len() + (100 << 20), b'y');
    mbox.extend_from_slice(b"\n\n");
    mbox.extend_from_slice(&sample_mbox());
    let p = env.write("long.mbox", &mbox);
    let r = limited(&env, &["sync", s(&p)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("over the 32 MiB message limit"), "{}", r.stderr);
    assert_eq!(highest_serial(&env), 118);
}

#[test]
fn a_how_to_mail_is_chatter_and_a_rejection_alarms_once() {
    let env = Env::pinned();
    let how_to = mail(
        "how-to",
        "",
        &format!("To sign a file, gpg writes a first line like this:\n\n{BEGIN}\n\nand then the text.\n"),
    );
    let block = sample_block();
    let tampered = mail("tampered", "", &block.replace("Amani Mfano", "Amani Mfan0"));
    let mut mbox = how_to;
    mbox.extend_from_slice(b"\n");
    mbox.extend_from_slice(&tampered);
    let p = env.write("list.mbox", &mbox);

    let first = limited(&env, &["sync", s(&p)]);
    assert_eq!(first.code, 3, "{}", first.stderr);
    assert!(first.stderr.contains("BAD_SIGNATURE"), "{}", first.stderr);
    assert!(!first.stderr.contains("how-to"), "{}", first.stderr);

    // The same mailbox read again in full (as after a new key or a rewrite
    // of the mbox): nothing new is wrong, so nothing alarms.
    let again = limited(&env, &["sync", "--rescan", s(&p)]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stderr.contains("1 rejected before"), "{}", again.stderr);
    assert!(!again.stderr.contains("BAD_SIGNATURE"), "{}", again.stderr);

    let status = env.run(&["status"]);
    assert!(status.stdout.contains("BAD_SIGNATURE"), "{}", status.stdout);
    assert!(status.stdout.contains("<tampered@list.example>"), "{}", status.stdout);
    let json: serde_json::Value = serde_json::from_str(&env.run(&["status", "--json"]).stdout).unwrap();
    assert_eq!(json["rejected"][0]["times"], 2);

    // Something new that is wrong alarms again.
    let mut more = mbox.clone();
    more.extend_from_slice(b"\n");
    more.extend_from_slice(&mail("tampered-2", "", &block.replace("Amani", "Amanda")));
    let p2 = env.write("list2.mbox", &more);
    let third = limited(&env, &["sync", s(&p2)]);
    assert_eq!(third.code, 3, "{}", third.stderr);
    assert!(third.stderr.contains("tampered-2"), "{}", third.stderr);
}

#[test]
fn a_digest_of_ten_thousand_messages_is_one_limit() {
    // A MIME digest (multipart/digest, each part a message/rfc822 by
    // default) of 10,000 posts, each holding the same genuine snapshot:
    // the parts are counted as they are met, the 101st stops it.
    let block = sample_block();
    let mut body = String::new();
    for i in 0..10_000 {
        body.push_str(&format!(
            "--d\n\nFrom: member@list.example\nMessage-ID: <post-{i}@list.example>\nSubject: post {i}\n\n{block}\n"
        ));
    }
    body.push_str("--d--\n");
    survives(
        "digest of 10,000",
        mail(
            "digest",
            "MIME-Version: 1.0\nContent-Type: multipart/digest; boundary=\"d\"\n",
            &body,
        ),
        3,
        Some("LIMIT"),
    );
}

#[test]
fn a_wrapped_message_inside_a_wrapped_message_is_not_read() {
    let block = sample_block();
    let inner = format!(
        "From: list@list.example\nMessage-ID: <inner@list.example>\nMIME-Version: 1.0\n\
         Content-Type: multipart/mixed; boundary=\"i\"\n\n--i\nContent-Type: message/rfc822\n\n\
         From: secretariat@tld-ops.example\nSubject: contacts\n\n{block}\n--i--\n"
    );
    let outer = format!("--o\nContent-Type: message/rfc822\n\n{inner}\n--o--\n");
    survives(
        "wrap inside a wrap",
        mail(
            "wraps",
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"o\"\n",
            &outer,
        ),
        0,
        None,
    );
}

/// Address space for the shapes whose body is encoded: the hostile message
/// (about 24 MiB) is held once, with room to spare, but not a second time
/// decoded beside it.
const TIGHT_KIB: u64 = 92 * 1024;

fn base64_lines(text: &str) -> String {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = String::with_capacity(b64.len() + b64.len() / 76 + 1);
    for chunk in b64.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(chunk).unwrap());
        out.push('\n');
    }
    out
}

#[test]
fn an_encoded_body_is_surveyed_as_it_is_decoded() {
    let block = sample_block();
    let lines = format!("{BEGIN}\n").repeat((18 << 20) / (BEGIN.len() + 1));
    let lines_small = format!("{BEGIN}\n").repeat(8);
    let qp_lines = "=2D=2D=2D=2D=2DBEGIN PGP SIGNED MESSAGE=2D=2D=2D=2D=2D\n".repeat((24 << 20) / 58);
    let cases: Vec<(&str, Vec<u8>, i32, Option<&str>)> = vec![
        (
            "base64 body of header lines, a block at its end",
            mail(
                "b64",
                "Content-Transfer-Encoding: base64\n",
                &base64_lines(&format!("{lines}{block}")),
            ),
            3,
            Some("AMBIGUOUS"),
        ),
        (
            "base64 body of header lines (chatter)",
            mail(
                "b64-chatter",
                "Content-Transfer-Encoding: base64\n",
                &base64_lines(&lines),
            ),
            0,
            None,
        ),
        (
            "one 24 MiB base64 line",
            mail(
                "b64-line",
                "Content-Transfer-Encoding: base64\n",
                &"QUFB".repeat(6 << 20),
            ),
            0,
            None,
        ),
        (
            "quoted-printable header lines, a block at their end",
            mail(
                "qp",
                "Content-Transfer-Encoding: quoted-printable\n",
                &format!("{qp_lines}{}", block.replace('=', "=3D")),
            ),
            3,
            Some("AMBIGUOUS"),
        ),
        (
            "a text part of a multipart, in base64",
            mail(
                "mixed-b64",
                "Content-Type: multipart/mixed; boundary=b\n",
                &format!(
                    "--b\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n{}--b--\n",
                    base64_lines(&format!("{lines}{block}"))
                ),
            ),
            3,
            Some("AMBIGUOUS"),
        ),
        (
            "an enclosed message in base64, larger than any snapshot mailing: passed over",
            mail(
                "wrapped-b64",
                "Content-Type: multipart/mixed; boundary=w\n",
                &format!(
                    "--w\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{}--w--\n",
                    base64_lines(&format!("Subject: inner\n\n{lines}"))
                ),
            ),
            0,
            None,
        ),
        (
            "an enclosed message in base64 holding a genuine snapshot: read",
            mail(
                "wrapped-b64-genuine",
                "Content-Type: multipart/mixed; boundary=w\n",
                &format!(
                    "--w\nContent-Type: message/rfc822\nContent-Transfer-Encoding: base64\n\n{}--w--\n",
                    base64_lines(&format!("Subject: inner\n\n{lines_small}{block}"))
                ),
            ),
            3,
            Some("AMBIGUOUS"),
        ),
    ];
    for (name, m, code, reason) in cases {
        survives_within(name, m, code, reason, TIGHT_KIB);
    }
}
