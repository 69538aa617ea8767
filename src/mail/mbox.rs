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

/// Longest piece of a line held at once: a longer line is read in pieces,
/// so no line, however long, is ever buffered whole.
const PIECE: usize = 64 * 1024;

/// Where a split stopped, for reading on from there next time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct End {
    /// The number of the last message, counting on from `first`.
    pub messages: usize,
    /// Bytes read.
    pub read: u64,
    /// Where the last message's `From ` line starts.
    pub last_start: u64,
    /// The input ended with an empty line, so its last message is complete.
    pub closed: bool,
}

/// Splits an mbox stream into messages, numbered on from `first`.
pub fn split(mut reader: impl BufRead, file: &str, first: usize, visit: &mut dyn FnMut(Item)) -> End {
    let mut current: Option<Current> = None;
    let mut count = first;
    let mut end = End {
        messages: first,
        ..End::default()
    };
    let mut prev_blank = true;
    let mut line_start = true;
    let mut piece = Vec::new();
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
        piece.clear();
        match read_piece(&mut reader, &mut piece) {
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
        let first = line_start;
        let at = end.read;
        end.read += piece.len() as u64;
        line_start = piece.ends_with(b"\n");
        if first && prev_blank && piece.starts_with(b"From ") {
            if let Some(c) = current.take() {
                finish(c, visit);
            }
            count += 1;
            end.last_start = at;
            current = Some(Current {
                index: count,
                bytes: Vec::new(),
                size: 0,
            });
            prev_blank = false;
            continue;
        }
        if first {
            prev_blank = piece == b"\n" || piece == b"\r\n";
        }
        let Some(c) = current.as_mut() else { continue };
        let body: &[u8] = match piece.iter().position(|b| *b != b'>') {
            Some(n) if first && n > 0 && piece[n..].starts_with(b"From ") => &piece[1..],
            _ => &piece,
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
    end.messages = count;
    end.closed = prev_blank && line_start;
    end
}

/// Reads up to and including the next LF, or [`PIECE`] bytes, whichever
/// comes first. Returns how many bytes were read (0 at the end).
fn read_piece(reader: &mut impl BufRead, out: &mut Vec<u8>) -> std::io::Result<usize> {
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(out.len());
        }
        let room = PIECE - out.len();
        let (n, done) = match memchr::memchr(b'\n', &buf[..buf.len().min(room)]) {
            Some(i) => (i + 1, true),
            None => (buf.len().min(room), buf.len() >= room),
        };
        out.extend_from_slice(&buf[..n]);
        reader.consume(n);
        if done {
            return Ok(out.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(input: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        split(input, "t", 0, &mut |i| {
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
            ("empty", b"", &[]),
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

    #[test]
    fn a_long_line_is_read_in_pieces_and_kept_whole() {
        let long = "x".repeat(3 * PIECE + 7);
        let input = format!("From a\n\n{long}\nFrom inside a long line is not a separator\n\nFrom b\n\ny\n");
        let got = messages(input.as_bytes());
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            format!("\n{long}\nFrom inside a long line is not a separator\n").into_bytes()
        );
    }

    #[test]
    fn a_quoted_from_after_a_piece_boundary_is_text() {
        // Only a line's start is unquoted, never the start of a later piece.
        let input = format!("From a\n\n{}>From x\n", "y".repeat(PIECE));
        let got = messages(input.as_bytes());
        assert!(got[0].ends_with(b">From x\n"));
    }

    #[test]
    fn the_end_says_where_to_read_on() {
        let input = b"From a\n\nx\n\nFrom b\n\ny\n\n";
        let end = split(&input[..], "t", 4, &mut |_| {});
        assert_eq!(
            end,
            End {
                messages: 6,
                read: input.len() as u64,
                last_start: 11,
                closed: true
            }
        );
        let open = split(&b"From a\n\nx\n\nFrom b\n\ny\n"[..], "t", 0, &mut |_| {});
        assert!(!open.closed);
    }
}
