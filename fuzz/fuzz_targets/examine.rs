//! The whole trust boundary, one message in, a verdict out, with the test
//! keys pinned: it never panics, and a verified snapshot is one that every
//! rule vouches for.

#![no_main]

mod common;

use chrono::Duration;
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;
use tldops::snapshot::carrier::is_bare_cleartext;
use tldops::snapshot::schema::parse_snapshot;
use tldops::snapshot::{examine, framing, hex, CarrierKind, Trust, Verdict, Verified, MAX_FUTURE_HOURS, MAX_PAYLOAD};

static TRUST: OnceLock<Trust> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let trust = TRUST.get_or_init(common::trust);
    let now = common::now();
    let judged = examine(data, trust, now);
    assert!(!judged.is_empty(), "every message gets a verdict");
    for e in judged {
        if let Verdict::Verified(v) = e.verdict {
            check(data, trust, now, &v);
        }
    }
});

/// What every verified snapshot must be.
fn check(data: &[u8], trust: &Trust, now: chrono::DateTime<chrono::Utc>, v: &Verified) {

    assert!(v.payload.len() <= MAX_PAYLOAD);
    assert_eq!(v.sha256, hex(&Sha256::digest(&v.payload)));
    assert!(!v.signers.is_empty(), "verified without a signer");
    let era = trust
        .era(&v.snapshot.directory, v.snapshot.serial)
        .expect("verified for a directory no key is pinned for");
    let vouching = v.signers.iter().filter(|fp| era.keys.contains(*fp)).count();
    assert!(vouching >= era.threshold, "{vouching} signers vouch; {} needed", era.threshold);
    assert!(v.snapshot.issued <= now + Duration::hours(MAX_FUTURE_HOURS));
    // The snapshot is the payload, read again.
    let again = parse_snapshot(&v.payload).expect("the stored payload parses");
    assert_eq!(
        (&again.directory, again.serial, again.issued, again.expires),
        (
            &v.snapshot.directory,
            v.snapshot.serial,
            v.snapshot.issued,
            v.snapshot.expires
        )
    );
    assert_eq!(again.cctlds.len(), v.snapshot.cctlds.len());

    if v.carrier == CarrierKind::Cleartext {
        assert_eq!(framing::lone_cr(&v.payload), None, "a lone CR in a stored payload");
        assert!(v.payload.ends_with(b"\n"));
        // For a bare file the block is in the raw bytes: the payload is the
        // text sequoia's own parser reads from that block.
        if is_bare_cleartext(data) {
            let block = framing::scan(data).expect("verified, so framed").expect("a block");
            let text = common::literal(block.bytes).expect("sequoia reads the verified block");
            assert_eq!(
                v.payload,
                framing::payload(&text),
                "stored payload differs from the signed text"
            );
        }
    }
}
