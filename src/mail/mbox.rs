//! mbox files, read as a stream: a message starts at a `From ` line at the
//! start of the file or after a blank line; `>From ` quoting (mboxrd, and the
//! mboxo subset of it) is undone. The stream is read in large blocks and
//! searched for `From ` with memmem; what lies between is copied in bulk.

use super::{Item, Origin};
use crate::snapshot::MAX_MESSAGE;
use std::io::Read;

pub fn looks_like_mbox(b: &[u8]) -> bool {
    b.starts_with(b"From ")
}

/// The message being read: its bytes are kept in the splitter's one
/// message buffer, reused from message to message, so that a mailbox of
/// large messages never holds more than one and leaves no holes behind.
struct Current {
    index: usize,
    size: u64,
}

/// Adds to the message, keeping nothing of one over the size limit.
fn add(c: &mut Current, buf: &mut Vec<u8>, bytes: &[u8]) {
    c.size += bytes.len() as u64;
    if c.size <= MAX_MESSAGE as u64 {
        buf.extend_from_slice(bytes);
    } else {
        buf.clear();
    }
}

/// Bytes read at once, and the most of one line held: a longer line is
/// read in blocks, so no line, however long, is ever buffered whole.
const BLOCK: usize = 1 << 20;

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
pub fn split(reader: impl Read, file: &str, first: usize, visit: &mut dyn FnMut(Item)) -> End {
    let mut s = Splitter {
        file,
        current: None,
        count: first,
        end: End {
            messages: first,
            ..End::default()
        },
        line_start: true,
        prev_blank: true,
        message: Vec::new(),
    };
    s.run(reader, visit);
    if let Some(c) = s.current.take() {
        s.finish(c, visit);
    }
    s.end.messages = s.count;
    s.end.closed = s.prev_blank && s.line_start;
    s.end
}

struct Splitter<'f> {
    file: &'f str,
    current: Option<Current>,
    count: usize,
    end: End,
    /// The next byte starts a line.
    line_start: bool,
    /// The last whole line was blank.
    prev_blank: bool,
    /// The bytes of the message being read.
    message: Vec<u8>,
}

impl Splitter<'_> {
    fn run(&mut self, mut reader: impl Read, visit: &mut dyn FnMut(Item)) {
        let mut buf = vec![0u8; BLOCK];
        let (mut start, mut end, mut eof) = (0, 0, false);
        loop {
            if !eof {
                if start > 0 {
                    buf.copy_within(start..end, 0);
                    end -= start;
                    start = 0;
                }
                match reader.read(&mut buf[end..]) {
                    Ok(0) => eof = true,
                    Ok(n) => end += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        visit(Item::Problem {
                            origin: Origin {
                                file: self.file.to_string(),
                                index: Some(self.count),
                            },
                            what: crate::tr!("mail-read-error", error = e.to_string()),
                        });
                        eof = true;
                    }
                }
            }
            let data = &buf[start..end];
            // Whole lines only, unless the input ended or one line fills the block.
            let cut = match memchr::memrchr(b'\n', data) {
                _ if eof => data.len(),
                Some(i) => i + 1,
                None if end == BLOCK => data.len(),
                None => 0,
            };
            if cut > 0 {
                self.lines(&data[..cut], visit);
                start += cut;
            }
            if eof && start == end {
                return;
            }
        }
    }

    /// Splits a run of lines (the last one possibly cut short) read on from
    /// where the last run stopped.
    fn lines(&mut self, run: &[u8], visit: &mut dyn FnMut(Item)) {
        let base = self.end.read;
        let mut copied = 0;
        for hit in from_lines(run) {
            if hit < copied {
                continue;
            }
            let quotes = run[..hit].iter().rev().take_while(|c| **c == b'>').count();
            let at = hit - quotes;
            let starts_line = if at == 0 { self.line_start } else { run[at - 1] == b'\n' };
            if !starts_line {
                continue;
            }
            if quotes > 0 {
                // `>From ` quoting: one `>` goes.
                if let Some(c) = self.current.as_mut() {
                    add(c, &mut self.message, &run[copied..at]);
                }
                copied = at + 1;
                continue;
            }
            let blank = if at == 0 {
                self.prev_blank
            } else {
                blank_before(run, at, self.line_start)
            };
            if !blank {
                continue;
            }
            if let Some(mut c) = self.current.take() {
                add(&mut c, &mut self.message, &run[copied..at]);
                self.finish(c, visit);
            }
            self.count += 1;
            self.end.last_start = base + at as u64;
            self.current = Some(Current {
                index: self.count,
                size: 0,
            });
            copied = memchr::memchr(b'\n', &run[at..]).map_or(run.len(), |i| at + i + 1);
        }
        if let Some(c) = self.current.as_mut() {
            add(c, &mut self.message, &run[copied..]);
        }
        self.end.read += run.len() as u64;
        if !run.is_empty() {
            let ends_line = run.ends_with(b"\n");
            self.prev_blank = ends_line && blank_before(run, run.len(), self.line_start);
            self.line_start = ends_line;
        }
    }

    fn finish(&mut self, c: Current, visit: &mut dyn FnMut(Item)) {
        let origin = Origin {
            file: self.file.to_string(),
            index: Some(c.index),
        };
        if c.size > MAX_MESSAGE as u64 {
            visit(Item::Oversize { origin, size: c.size });
        } else {
            let mut bytes = &self.message[..];
            // The blank line before the next separator belongs to the mbox.
            if bytes.ends_with(b"\r\n\r\n") {
                bytes = &bytes[..bytes.len() - 2];
            } else if bytes.ends_with(b"\n\n") {
                bytes = &bytes[..bytes.len() - 1];
            }
            visit(Item::Message {
                origin,
                bytes: bytes.into(),
            });
        }
        self.message.clear();
    }
}

/// Where `From ` may start a separator or a quoted line in a run, in
/// order: after a blank line, after a `>`, or at the run's first three
/// bytes (a line, or a blank line, that began in the run before). Searched
/// by bytes that base64 never holds (a blank line, `>`), so an attachment
/// costs one quick pass.
fn from_lines(run: &[u8]) -> Vec<usize> {
    use memchr::memmem::{Finder, FinderBuilder};
    use std::sync::OnceLock;
    /// Line ends, `>` and spaces are rare in base64, which is most of the bytes.
    struct MailRank;
    impl memchr::arch::all::packedpair::HeuristicFrequencyRank for MailRank {
        fn rank(&self, byte: u8) -> u8 {
            match byte {
                b'>' => 0,
                b'\n' => 1,
                b'\r' => 2,
                b' ' => 3,
                _ => 255,
            }
        }
    }
    static FINDERS: OnceLock<[Finder<'static>; 3]> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| {
        let needles: [&'static [u8]; 3] = [b"\n\nFrom ", b"\n\r\nFrom ", b">From "];
        needles.map(|n| FinderBuilder::new().build_forward_with_ranker(MailRank, n))
    });
    let mut hits: Vec<usize> = (0..3.min(run.len()))
        .filter(|i| run[*i..].starts_with(b"From "))
        .collect();
    // Where `From ` starts in each needle.
    let lead = [2, 3, 1];
    for (finder, lead) in finders.iter().zip(lead) {
        hits.extend(finder.find_iter(run).map(|i| i + lead));
    }
    hits.sort_unstable();
    hits.dedup();
    hits
}

/// Whether the line that ends just before `at` (with the LF at `at - 1`)
/// is blank; `line_start` says whether `run` starts a line.
fn blank_before(run: &[u8], at: usize, line_start: bool) -> bool {
    let lf = at - 1;
    match lf {
        0 => line_start,
        1 if run[0] == b'\r' => line_start,
        _ => run[lf - 1] == b'\n' || (run[lf - 1] == b'\r' && run[lf - 2] == b'\n'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(input: &[u8]) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        split(input, "t", 0, &mut |i| {
            if let Item::Message { bytes, .. } = i {
                out.push(bytes.into_owned())
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
                "quoted inside a paragraph",
                b"From a\n\nx\n>From y\n>>From z\nw>From v\n",
                &[b"\nx\nFrom y\n>From z\nw>From v\n"],
            ),
            (
                "separator after a crlf blank line, quoted after a crlf",
                b"From a\r\n\r\nx\r\n>From y\r\n\r\nFrom b\r\n\r\nz\r\n",
                &[b"\r\nx\r\nFrom y\r\n", b"\r\nz\r\n"],
            ),
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
        let long = "x".repeat(3 * BLOCK + 7);
        let input = format!("From a\n\n{long}\nFrom inside a long line is not a separator\n\nFrom b\n\ny\n");
        let got = messages(input.as_bytes());
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            format!("\n{long}\nFrom inside a long line is not a separator\n").into_bytes()
        );
    }

    #[test]
    fn a_separator_just_after_a_block_boundary_is_found() {
        // The blank line ends one block and the From line starts the next.
        for pad in [BLOCK - 9, BLOCK - 8, BLOCK - 7, BLOCK - 6] {
            let body = "y".repeat(pad);
            let input = format!("From a\n\n{body}\n\nFrom b\n\nz\n");
            let got = messages(input.as_bytes());
            assert_eq!(got.len(), 2, "pad {pad}");
            assert_eq!(got[1], b"\nz\n", "pad {pad}");
        }
    }

    #[test]
    fn a_quoted_from_after_a_piece_boundary_is_text() {
        // Only a line's start is unquoted, never the start of a later piece.
        let input = format!("From a\n\n{}>From x\n", "y".repeat(BLOCK));
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
