//! Cleartext framing against sequoia's own reading of it.
//!
//! Whenever `framing::scan` finds one block, the text sequoia's packet parser
//! reads from that block alone must be the text it reads from the whole
//! input starting at the block: tldops ends a block exactly where sequoia
//! does, so nothing after the cut can change what was signed.
//!
//! An input starting with 0xFE is `prefix 0x00 text 0x00 suffix`: the text
//! is cleartext-signed here with the sample key and put between the prefix
//! and the suffix, so that the verifier's path is reached too. When that
//! verifies as a bare file, the payload tldops keeps must be
//! `framing::payload` of the text sequoia reads from the block.

#![no_main]

mod common;

use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use openpgp::crypto::KeyPair;
use openpgp::parse::Parse;
use openpgp::policy::StandardPolicy;
use openpgp::serialize::stream::{Message, Signer};
use openpgp::Cert;
use sequoia_openpgp as openpgp;
use std::io::Write;
use std::sync::OnceLock;
use std::time::SystemTime;
use tldops::snapshot::carrier::is_bare_cleartext;
use tldops::snapshot::{examine, framing, CarrierKind, Trust, Verdict};

static TRUST: OnceLock<Trust> = OnceLock::new();
static SIGNER: OnceLock<KeyPair> = OnceLock::new();

fn signed_at() -> SystemTime {
    Utc.with_ymd_and_hms(2026, 11, 1, 6, 0, 0).unwrap().into()
}

fn signer() -> KeyPair {
    let tsk = Cert::from_bytes(include_bytes!(
        "../../tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.secret.asc"
    ))
    .expect("sample secret key");
    tsk.keys()
        .with_policy(&StandardPolicy::new(), signed_at())
        .for_signing()
        .secret()
        .next()
        .expect("a signing subkey")
        .key()
        .clone()
        .into_keypair()
        .expect("an unprotected key")
}

fn cleartext_sign(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let m = Message::new(&mut out);
    let mut m = Signer::new(m, SIGNER.get_or_init(signer).clone())
        .and_then(|s| s.creation_time(signed_at()).cleartext().build())
        .expect("signer");
    m.write_all(text).expect("write");
    m.finalize().expect("finalize");
    out
}

/// The differential: where scan cuts, sequoia cuts.
fn same_cut(input: &[u8]) {
    let Ok(Some(block)) = framing::scan(input) else { return };
    let start = block.bytes.as_ptr() as usize - input.as_ptr() as usize;
    let alone = common::literal(block.bytes);
    let onward = common::literal(&input[start..]);
    assert_eq!(
        alone.as_deref().map(String::from_utf8_lossy),
        onward.as_deref().map(String::from_utf8_lossy),
        "sequoia reads a different text from the block than from the input at the block"
    );
}

fuzz_target!(|data: &[u8]| {
    if data.first() != Some(&0xFE) {
        same_cut(data);
        return;
    }
    let mut parts = data[1..].splitn(3, |b| *b == 0);
    let (prefix, text, suffix) = match (parts.next(), parts.next(), parts.next()) {
        (Some(p), Some(t), s) => (p, t, s.unwrap_or(&[])),
        (Some(t), None, _) => (&[][..], t, &[][..]),
        _ => return,
    };
    let mut input = prefix.to_vec();
    input.extend_from_slice(&cleartext_sign(text));
    input.extend_from_slice(suffix);
    same_cut(&input);

    let trust = TRUST.get_or_init(common::trust);
    let mut judged = examine(&input, trust, common::now());
    let Verdict::Verified(v) = judged.remove(0).verdict else { return };
    if v.carrier == CarrierKind::Cleartext && is_bare_cleartext(&input) {
        let block = framing::scan(&input).expect("verified, so framed").expect("a block");
        let read = common::literal(block.bytes).expect("sequoia reads the verified block");
        assert_eq!(
            String::from_utf8_lossy(&v.payload),
            String::from_utf8_lossy(&framing::payload(&read)),
            "the kept payload is not the text sequoia reads"
        );
    }
});
