//! The mbox splitter over large mailboxes made from a small recipe, so that
//! the message limit and long lines (read in pieces) are crossed: it never
//! panics and never hands on a message larger than the limit.
//!
//! The input is three bytes of repeat count, then `head 0x00 unit 0x00
//! tail`; the stream is the head, the unit repeated, and the tail, made as
//! it is read (at most the limit and 1 MiB of repeats).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::{BufReader, Read};
use tldops::mail::{mbox, Item};
use tldops::snapshot::MAX_MESSAGE;

/// A stream made of a head, a unit repeated `count` times, and a tail,
/// without holding it in memory.
struct Recipe<'a> {
    parts: [&'a [u8]; 3],
    count: usize,
    /// Which part is being read, and how far into it.
    part: usize,
    at: usize,
}

impl Read for Recipe<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.part > 2 {
                return Ok(0);
            }
            let p = self.parts[self.part];
            if self.at < p.len() {
                let n = buf.len().min(p.len() - self.at);
                buf[..n].copy_from_slice(&p[self.at..self.at + n]);
                self.at += n;
                return Ok(n);
            }
            self.at = 0;
            if self.part == 1 && self.count > 1 {
                self.count -= 1;
            } else {
                self.part += 1;
            }
        }
    }
}

fn recipe(data: &[u8]) -> Recipe<'_> {
    let count = u32::from_be_bytes([0, data[0], data[1], data[2]]) as usize;
    let rest = &data[3..];
    let mut it = rest.splitn(3, |b| *b == 0);
    let (head, unit, tail) = match (it.next(), it.next(), it.next()) {
        (Some(h), Some(u), t) => (h, u, t.unwrap_or(&[])),
        (Some(u), None, _) => (&[][..], u, &[][..]),
        _ => (&[][..], &[][..], &[][..]),
    };
    // Enough to cross the limit by a little, never by much.
    let most = (MAX_MESSAGE + (1 << 20)) / unit.len().max(1);
    Recipe {
        parts: [head, unit, tail],
        count: count.clamp(1, most.max(1)),
        part: 0,
        at: 0,
    }
}

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

fuzz_target!(|data: &[u8]| {
    if data.len() >= 3 {
        mbox::split(BufReader::new(recipe(data)), "fuzz", 0, &mut check);
    }
});
