//! Mail sources: mbox files (mboxrd and mboxo), Maildirs, single messages,
//! directories of .eml files, bare signed files and standard input. Messages
//! come out one at a time; a problem with one file or message is reported
//! and never stops the others.

pub mod mbox;

use crate::snapshot::MAX_MESSAGE;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Where one message came from, for every line that talks about it.
#[derive(Debug, Clone)]
pub struct Origin {
    pub file: String,
    /// The message's number within an mbox, from 1.
    pub index: Option<usize>,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.index {
            Some(i) => write!(f, "{} (message {i})", self.file),
            None => f.write_str(&self.file),
        }
    }
}

/// What reading a source yields, one item at a time.
pub enum Item {
    Message {
        origin: Origin,
        bytes: Vec<u8>,
    },
    /// Larger than a message may be: passed over, with a notice.
    Oversize {
        origin: Origin,
        size: u64,
    },
    /// A file that could not be read, or is not mail.
    Problem {
        origin: Origin,
        what: String,
    },
}

/// How a source was read, which decides how strict a sync is with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single file named on the command line: not a snapshot is an error.
    Single,
    /// A mailbox of any kind: what is not a snapshot is passed over quietly.
    Mailbox,
}

/// Reads one source and hands each item to `visit`. Returns the source's shape.
pub fn read(source: &str, visit: &mut dyn FnMut(Item)) -> Shape {
    if source == "-" {
        let origin = Origin {
            file: "standard input".into(),
            index: None,
        };
        read_stream(io::stdin().lock(), origin, Shape::Mailbox, visit);
        return Shape::Mailbox;
    }
    let path = Path::new(source);
    let origin = Origin {
        file: source.to_string(),
        index: None,
    };
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            visit(Item::Problem {
                origin,
                what: io_words(&e),
            });
            return Shape::Mailbox;
        }
    };
    if meta.is_dir() {
        if path.join("cur").is_dir() || path.join("new").is_dir() {
            for sub in ["new", "cur"] {
                read_dir(&path.join(sub), |_| true, visit);
            }
        } else {
            read_dir(
                path,
                |p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")),
                visit,
            );
        }
        return Shape::Mailbox;
    }
    match fs::File::open(path) {
        Err(e) => {
            visit(Item::Problem {
                origin,
                what: io_words(&e),
            });
            Shape::Mailbox
        }
        Ok(f) => read_stream(f, origin, Shape::Single, visit),
    }
}

/// Reads one file or standard input: an mbox (it starts with `From `) is
/// split as it streams; anything else is one message or signed file, read up
/// to the size limit. Returns `single` for the latter.
fn read_stream(mut r: impl Read, origin: Origin, single: Shape, visit: &mut dyn FnMut(Item)) -> Shape {
    let mut head = Vec::with_capacity(5);
    if let Err(e) = r.by_ref().take(5).read_to_end(&mut head) {
        visit(Item::Problem {
            origin,
            what: io_words(&e),
        });
        return single;
    }
    let mut stream = io::Cursor::new(head.clone()).chain(r);
    if mbox::looks_like_mbox(&head) {
        mbox::split(io::BufReader::new(stream), &origin.file, visit);
        return Shape::Mailbox;
    }
    let mut bytes = Vec::new();
    match stream.by_ref().take(MAX_MESSAGE as u64 + 1).read_to_end(&mut bytes) {
        Err(e) => visit(Item::Problem {
            origin,
            what: io_words(&e),
        }),
        Ok(_) if bytes.len() > MAX_MESSAGE => {
            let rest = io::copy(&mut stream, &mut io::sink()).unwrap_or(0);
            visit(Item::Oversize {
                origin,
                size: bytes.len() as u64 + rest,
            });
        }
        Ok(_) => visit(Item::Message { origin, bytes }),
    }
    single
}

fn read_dir(dir: &Path, wanted: impl Fn(&Path) -> bool, visit: &mut dyn FnMut(Item)) {
    let origin = |p: &Path| Origin {
        file: p.display().to_string(),
        index: None,
    };
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            visit(Item::Problem {
                origin: origin(dir),
                what: io_words(&e),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .filter(|p| wanted(p))
        .collect();
    paths.sort();
    for p in paths {
        match fs::metadata(&p) {
            Ok(m) if m.is_file() => visit(read_one(&p, origin(&p), m.len())),
            Ok(_) => visit(Item::Problem {
                origin: origin(&p),
                what: "not a regular file; skipped".into(),
            }),
            Err(e) => visit(Item::Problem {
                origin: origin(&p),
                what: io_words(&e),
            }),
        }
    }
}

fn read_one(path: &Path, origin: Origin, size: u64) -> Item {
    if size > MAX_MESSAGE as u64 {
        return Item::Oversize { origin, size };
    }
    match fs::read(path) {
        Ok(bytes) => message(origin, bytes),
        Err(e) => Item::Problem {
            origin,
            what: io_words(&e),
        },
    }
}

fn message(origin: Origin, bytes: Vec<u8>) -> Item {
    if bytes.len() > MAX_MESSAGE {
        return Item::Oversize {
            origin,
            size: bytes.len() as u64,
        };
    }
    Item::Message { origin, bytes }
}

fn io_words(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}
