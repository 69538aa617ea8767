//! The mbox splitter over arbitrary bytes: it never panics, never reports a
//! read problem on a reader that cannot fail, and never hands on a message
//! larger than the message limit; and what it yields does not depend on
//! how the reader hands out its bytes. (`mbox_large` crosses the limit.)

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::BufReader;
use tldops::mail::{mbox, Item};
use tldops::snapshot::MAX_MESSAGE;

fn check(item: Item) {
    match item {
        Item::Message { bytes, .. } => assert!(
            bytes.len() <= MAX_MESSAGE,
            "a message of {} bytes passed the {MAX_MESSAGE}-byte limit",
            bytes.len()
        ),
        Item::Oversize { size, .. } => assert!(size > MAX_MESSAGE as u64, "oversize at {size} bytes"),
        Item::Problem { what, .. } => panic!("a problem from a reader that cannot fail: {what}"),
    }
}

/// An item as plain data, to compare two runs.
fn summary(item: &Item) -> (u8, Option<usize>, usize, Vec<u8>) {
    match item {
        Item::Message { origin, bytes } => (0, origin.index, bytes.len(), bytes.to_vec()),
        Item::Oversize { origin, size } => (1, origin.index, *size as usize, Vec::new()),
        Item::Problem { origin, what } => (2, origin.index, 0, what.clone().into_bytes()),
    }
}

fuzz_target!(|data: &[u8]| {
    let mut whole = Vec::new();
    mbox::split(data, "fuzz", 0, &mut |item| {
        whole.push(summary(&item));
        check(item);
    });
    // Unquoting and separators only ever remove bytes.
    assert!(whole.iter().map(|s| s.2).sum::<usize>() <= data.len());
    // How the reader hands out its bytes changes nothing.
    let mut trickled = Vec::new();
    let small = BufReader::with_capacity(1 + data.len() % 13, data);
    mbox::split(small, "fuzz", 0, &mut |item| trickled.push(summary(&item)));
    assert_eq!(whole, trickled, "the split depends on the reader's buffer size");
});
