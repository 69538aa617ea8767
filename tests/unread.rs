//! A snapshot signed by a pinned key, sitting where the format never reads
//! (an attachment, an HTML or nested part, a message enclosed twice), is
//! never read as data, but is named once, so a member notices a list
//! server's change long before the data goes stale.

mod common;

use common::{fixture, s, Env};

fn signed(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

fn message(i: usize, content_type: &str, body: &str) -> String {
    format!(
        "From list@tld-ops.example Sun Nov  1 06:00:00 2026\nFrom: list@tld-ops.example\nSubject: contacts\n\
         Message-ID: <unread-{i}@tld-ops.example>\nMIME-Version: 1.0\nContent-Type: {content_type}\n\n{body}\n"
    )
}

fn mixed(i: usize, part_headers: &str, part: &str) -> String {
    message(
        i,
        "multipart/mixed; boundary=\"b\"",
        &format!("--b\nContent-Type: text/plain\n\nHello.\n--b\n{part_headers}\n\n{part}\n--b--\n"),
    )
}

fn base64(text: &str) -> String {
    use base64::Engine as _;
    let b = base64::engine::general_purpose::STANDARD.encode(text);
    b.as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_pinned_signature_in_an_unread_place_is_named_once() {
    let good = signed("good-bare.toml.asc");
    let cases = [
        (
            "a text/plain attachment",
            mixed(
                1,
                "Content-Type: text/plain\nContent-Disposition: attachment; filename=\"s.asc\"",
                &good,
            ),
        ),
        (
            "an HTML part",
            mixed(2, "Content-Type: text/html", &format!("<pre>{good}</pre>")),
        ),
        (
            "an attachment",
            mixed(
                3,
                "Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64",
                &base64(&good),
            ),
        ),
        (
            "a nested multipart",
            message(
                4,
                "multipart/alternative; boundary=\"a\"",
                &format!("--a\nContent-Type: text/plain\n\n{good}\n--a\nContent-Type: text/html\n\n<p>x</p>\n--a--\n"),
            ),
        ),
    ];
    for (place, mail) in cases {
        let env = Env::pinned();
        let mbox = env.write("tld-ops.mbox", mail.as_bytes());
        let r = env.run(&["sync", s(&mbox)]);
        r.ok();
        assert!(
            r.stderr.contains("no new snapshot"),
            "{place}: never read as data: {}",
            r.stderr
        );
        let notices: Vec<&str> = r.stderr.lines().filter(|l| l.contains("notice:")).collect();
        assert_eq!(notices.len(), 1, "{place}: {}", r.stderr);
        assert!(
            notices[0].contains(place) && notices[0].contains("BF036CF30FB1C4D0D5BDCE2712479753134F6951"),
            "{place}: {}",
            r.stderr
        );
        // Once: a sync that reads the same mail again says nothing more.
        let again = env.run(&["sync", "--rescan", s(&mbox)]);
        again.ok();
        assert!(!again.stderr.contains("notice:"), "{place}: {}", again.stderr);
    }
}

#[test]
fn a_signature_by_a_key_not_pinned_stays_quiet() {
    let env = Env::pinned();
    let stranger = signed("reject-unknown-signer.toml.asc");
    let mail = mixed(
        1,
        "Content-Type: text/plain\nContent-Disposition: attachment",
        &stranger,
    );
    let mbox = env.write("tld-ops.mbox", mail.as_bytes());
    let r = env.run(&["sync", s(&mbox)]);
    r.ok();
    assert!(!r.stderr.contains("notice:"), "{}", r.stderr);
}

#[test]
fn a_message_enclosed_twice_is_named_when_given_alone() {
    let env = Env::pinned();
    let r = env.run(&["sync", s(&fixture("not-a-snapshot-enclosed-twice.eml"))]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("NOT_A_SNAPSHOT"), "{}", r.stderr);
    assert!(
        r.stderr.contains("a message enclosed in an enclosed message"),
        "{}",
        r.stderr
    );
}
