//! mbox files, read as a stream: a message starts at a `From ` line at the
//! start of the file or after a blank line; `>From ` quoting (mboxrd, and the
//! mboxo subset of it) is undone.

use super::{Item, Origin};
use crate::snapshot::MAX_MESSAGE;
use std::io::BufRead;

pub fn looks_like_mbox(b: &[u8]) -> bool {
    b.starts_with(b"From ")
}

struct Current {
    index: usize,
    bytes: Vec<u8>,
    size: u64,
}

pub fn split(mut reader: impl BufRead, file: &str, visit: &mut dyn FnMut(Item)) {
    let mut current: Option<Current> = None;
    let mut count = 0usize;
    let mut prev_blank = true;
    let mut line = Vec::new();
    let finish = |c: Current, visit: &mut dyn FnMut(Item)| {
        let origin = Origin {
            file: file.to_string(),
            index: Some(c.index),
        };
        if c.size > MAX_MESSAGE as u64 {
            visit(Item::Oversize { origin, size: c.size });
        } else {
            let mut bytes = c.bytes;
            // The blank line before the next separator belongs to the mbox.
            if bytes.ends_with(b"\r\n\r\n") {
                bytes.truncate(bytes.len() - 2);
            } else if bytes.ends_with(b"\n\n") {
                bytes.pop();
            }
            visit(Item::Message { origin, bytes });
        }
    };
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                visit(Item::Problem {
                    origin: Origin {
                        file: file.to_string(),
                        index: Some(count),
                    },
                    what: format!("read error: {e}"),
                });
                break;
            }
        }
        if prev_blank && line.starts_with(b"From ") {
            if let Some(c) = current.take() {
                finish(c, visit);
            }
            count += 1;
            current = Some(Current {
                index: count,
                bytes: Vec::new(),
                size: 0,
            });
            prev_blank = false;
            continue;
        }
        prev_blank = line == b"\n" || line == b"\r\n";
        let Some(c) = current.as_mut() else { continue };
        let body: &[u8] = match line.iter().position(|b| *b != b'>') {
            Some(n) if n > 0 && line[n..].starts_with(b"From ") => &line[1..],
            _ => &line,
        };
        c.size += body.len() as u64;
        if c.size <= MAX_MESSAGE as u64 {
            c.bytes.extend_from_slice(body);
        } else {
            c.bytes = Vec::new();
        }
    }
    if let Some(c) = current.take() {
        finish(c, visit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(input: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        split(input, "t", &mut |i| {
            if let Item::Message { bytes, .. } = i {
                out.push(bytes)
            }
        });
        out
    }

    #[test]
    fn splits_and_unquotes() {
        type Case<'a> = (&'a str, &'a [u8], &'a [&'a [u8]]);
        let cases: &[Case] = &[
            (
                "two",
                b"From a\nS: 1\n\nx\n\nFrom b\nS: 2\n\ny\n",
                &[b"S: 1\n\nx\n", b"S: 2\n\ny\n"],
            ),
            (
                "mboxrd quoting",
                b"From a\n\n>From me\n>>From you\n",
                &[b"\nFrom me\n>From you\n"],
            ),
            (
                "from inside a paragraph is not a separator",
                b"From a\n\nx\nFrom here\n",
                &[b"\nx\nFrom here\n"],
            ),
            ("truncated last", b"From a\n\nx\n\nFrom b\nSubj", &[b"\nx\n", b"Subj"]),
            (
                "crlf",
                b"From a\r\nS: 1\r\n\r\nx\r\n\r\nFrom b\r\n\r\ny\r\n",
                &[b"S: 1\r\n\r\nx\r\n", b"\r\ny\r\n"],
            ),
        ];
        for (name, input, want) in cases {
            assert_eq!(
                messages(input),
                want.iter().map(|w| w.to_vec()).collect::<Vec<_>>(),
                "{name}"
            );
        }
    }
}
