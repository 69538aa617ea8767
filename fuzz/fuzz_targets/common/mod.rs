//! What the targets that verify share: the test keys pinned as the test
//! suite pins them, the test clock, and sequoia's own reading of a
//! cleartext-signed text.

#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use openpgp::parse::{PacketParserBuilder, PacketParserResult, Parse};
use openpgp::{Cert, Packet};
use sequoia_openpgp as openpgp;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use tldops::snapshot::Trust;

macro_rules! key {
    ($name:literal) => {
        include_bytes!(concat!("../../../tests/keys/", $name))
    };
}

/// The fixtures' clock: a day after the signatures were made.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 0, 0, 0).unwrap()
}

/// The sample key and the revoked test key (with its revocation) pinned for
/// TLD-OPS, the "otherdir" key for OTHER-DIRECTORY, as the tests pin them.
pub fn trust() -> Trust {
    let mut certs = Vec::new();
    let mut pins: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let pinned: [(&[u8], &str); 3] = [
        (key!("FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"), "TLD-OPS"),
        (key!("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc"), "TLD-OPS"),
        (key!("FICTIONAL-TEST-KEY-otherdir.cert.asc"), "OTHER-DIRECTORY"),
    ];
    for (bytes, directory) in pinned {
        let cert = Cert::from_bytes(bytes).expect("test key");
        pins.entry(cert.fingerprint().to_hex())
            .or_default()
            .insert(directory.to_string());
        certs.push(cert);
    }
    Trust::pinned(certs, &pins, &BTreeMap::new())
}

/// The body of the first literal data packet that sequoia's packet parser
/// yields for `bytes`, with the cleartext signature framework's
/// transformation on (as its verifier reads a cleartext-signed text).
/// `None` when it yields none.
pub fn literal(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut ppr = PacketParserBuilder::from_bytes(bytes)
        .ok()?
        .process_csf_message(true)
        .build()
        .ok()?;
    while let PacketParserResult::Some(mut pp) = ppr {
        if let Packet::Literal(_) = pp.packet {
            let mut body = Vec::new();
            return pp.read_to_end(&mut body).ok().map(|_| body);
        }
        ppr = pp.recurse().ok()?.1;
    }
    None
}
