//! Mail sources: mbox files (mboxrd and mboxo), Maildirs, single messages,
//! directories of .eml files, bare signed files and standard input. Messages
//! come out one at a time; a problem with one file or message is reported
//! and never stops the others.

pub mod mbox;
pub mod resume;

pub use resume::{DirState, MboxState, SourceState};

use crate::snapshot::MAX_MESSAGE;
use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read, Seek};
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

/// What reading a source yields, one item at a time. A message may be
/// lent rather than given: an mbox lends each message from one buffer.
pub enum Item<'a> {
    Message {
        origin: Origin,
        bytes: std::borrow::Cow<'a, [u8]>,
    },
    /// Larger than a message may be: passed over, with a notice.
    Oversize { origin: Origin, size: u64 },
    /// A file that could not be read, or is not mail.
    Problem { origin: Origin, what: String },
}

/// How a source was read, which decides how strict a sync is with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A single file named on the command line: not a snapshot is an error.
    Single,
    /// A mailbox of any kind: what is not a snapshot is passed over quietly.
    Mailbox,
}

/// What reading a source gives back besides its items.
pub struct Outcome {
    pub shape: Shape,
    /// What to remember for the next read, for an mbox or mail directory.
    pub state: Option<SourceState>,
    /// Nothing was read: the source is as the last read left it.
    pub unchanged: bool,
}

/// Which of the given message names of a mail directory were read before.
pub type Known<'a> = dyn FnMut(&[String]) -> BTreeSet<String> + 'a;

/// Reads one source and hands each item to `visit`. With `resume`, the
/// state a previous read of this source left, only what is new is read;
/// `known` says which messages of a changed mail directory were read before.
pub fn read(source: &str, resume: Option<&SourceState>, known: &mut Known, visit: &mut dyn FnMut(Item)) -> Outcome {
    let outcome = |shape| Outcome {
        shape,
        state: None,
        unchanged: false,
    };
    if source == "-" {
        let origin = Origin {
            file: "standard input".into(),
            index: None,
        };
        read_stream(io::stdin().lock(), origin, Shape::Mailbox, visit);
        return outcome(Shape::Mailbox);
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
            return outcome(Shape::Mailbox);
        }
    };
    if meta.is_dir() {
        let (maildir, dirs) = mail_dirs(path);
        let wanted = |p: &Path| maildir || p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml"));
        return read_dirs(&dirs, wanted, resume, known, visit);
    }
    match fs::File::open(path) {
        Err(e) => {
            visit(Item::Problem {
                origin,
                what: io_words(&e),
            });
            outcome(Shape::Mailbox)
        }
        Ok(f) => read_file(f, &meta, origin, resume.and_then(|r| r.mbox.as_ref()), visit),
    }
}

/// True when a source is as the read that left `state` left it: the same
/// mbox file, of the same length, ending in the same bytes; or mail
/// directories none of which changed. Costs a few system calls, so that a
/// sync with nothing new reads nothing.
pub fn unchanged(source: &str, state: &SourceState) -> bool {
    use std::os::unix::fs::MetadataExt;
    if let Some(m) = &state.mbox {
        return fs::File::open(source).is_ok_and(|f| {
            f.metadata()
                .is_ok_and(|meta| meta.dev() == m.dev && meta.ino() == m.ino && meta.len() == m.size)
                && resume::tail_digest(&f, m.size).is_ok_and(|t| t == m.end_tail)
        });
    }
    let path = Path::new(source);
    let (_, dirs) = mail_dirs(path);
    !state.dirs.is_empty()
        && dirs.len() == state.dirs.len()
        && dirs.iter().all(|d| {
            let mtime = fs::metadata(d).map(|m| resume::mtime_ns(&m)).unwrap_or(0);
            mtime != 0 && state.dir(&d.display().to_string()).is_some_and(|s| s.mtime_ns == mtime)
        })
}

/// Why a source from which no message came holds none, with a hint, or
/// `None` when it does hold mail (all of it read before, say). An empty
/// file; a Maildir whose `cur/` and `new/` are empty, naming the Maildir++
/// folders it holds (a mail client's root, whose folders are the `.Name`
/// directories); a directory with no `.eml` file, naming the mbox files
/// and Maildirs inside.
pub fn emptiness(source: &str) -> Option<String> {
    let path = Path::new(source);
    let meta = fs::metadata(path).ok()?;
    if meta.is_file() {
        return (meta.len() == 0).then(|| crate::tr!("mail-empty-file"));
    }
    if !meta.is_dir() {
        return None;
    }
    let (maildir, dirs) = mail_dirs(path);
    let any = |dir: &Path, wanted: &dyn Fn(&Path) -> bool| {
        fs::read_dir(dir).is_ok_and(|mut entries| {
            entries.any(|e| {
                e.is_ok_and(|e| {
                    let p = e.path();
                    !e.file_name().to_string_lossy().starts_with('.') && wanted(&p)
                })
            })
        })
    };
    if maildir {
        if dirs.iter().any(|d| any(d, &|_| true)) {
            return None;
        }
        let folders = inside(path, |p, name| name.starts_with('.') && is_maildir(p));
        return Some(match folders.as_slice() {
            [] => crate::tr!("mail-empty-maildir"),
            some => crate::tr!(
                "mail-maildir-root",
                folders = list(some),
                example = path.join(&some[0]).display().to_string()
            ),
        });
    }
    if any(path, &|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml"))) {
        return None;
    }
    let mboxes = inside(path, |p, _| p.is_file() && starts_like_mbox(p));
    let maildirs = inside(path, |p, _| is_maildir(p));
    let mut hint = crate::tr!("mail-empty-directory");
    if !mboxes.is_empty() {
        hint.push_str(&crate::tr!(
            "mail-holds-mboxes",
            files = list(&mboxes),
            example = path.join(&mboxes[0]).display().to_string()
        ));
    }
    if !maildirs.is_empty() {
        hint.push_str(&crate::tr!(
            "mail-holds-maildirs",
            dirs = list(&maildirs),
            example = path.join(&maildirs[0]).display().to_string()
        ));
    }
    Some(hint)
}

/// The names of the entries of `dir` that pass `keep`, sorted.
fn inside(dir: &Path, keep: impl Fn(&Path, &str) -> bool) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter(|e| keep(&e.path(), &e.file_name().to_string_lossy()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// At most five names, then how many more.
fn list(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(5).map(String::as_str).collect();
    match names.len().saturating_sub(5) {
        0 => shown.join(", "),
        more => format!("{} and {more} more", shown.join(", ")),
    }
}

fn is_maildir(p: &Path) -> bool {
    p.join("cur").is_dir() || p.join("new").is_dir()
}

fn starts_like_mbox(p: &Path) -> bool {
    let mut head = [0u8; 5];
    fs::File::open(p).is_ok_and(|mut f| f.read_exact(&mut head).is_ok()) && mbox::looks_like_mbox(&head)
}

/// The directories that hold a mail directory's messages: a Maildir's
/// `new` and `cur` (true), or the directory itself (of .eml files).
fn mail_dirs(path: &Path) -> (bool, Vec<PathBuf>) {
    let maildir = path.join("cur").is_dir() || path.join("new").is_dir();
    if !maildir {
        return (false, vec![path.to_path_buf()]);
    }
    let dirs = ["new", "cur"]
        .iter()
        .map(|d| path.join(d))
        .filter(|d| d.is_dir())
        .collect();
    (true, dirs)
}

/// A file: an mbox (it starts with `From `), read from where the last read
/// stopped when the bytes before that point are unchanged; or one message.
fn read_file(
    mut f: fs::File,
    meta: &fs::Metadata,
    origin: Origin,
    resume: Option<&MboxState>,
    visit: &mut dyn FnMut(Item),
) -> Outcome {
    use std::os::unix::fs::MetadataExt;
    let mut head = [0u8; 5];
    let is_mbox = f.read_exact(&mut head).is_ok() && mbox::looks_like_mbox(&head);
    if !is_mbox {
        let _ = f.seek(io::SeekFrom::Start(0));
        let shape = read_stream(f, origin, Shape::Single, visit);
        return Outcome {
            shape,
            state: None,
            unchanged: false,
        };
    }
    let (dev, ino, len) = (meta.dev(), meta.ino(), meta.len());
    let start = resume
        .filter(|m| m.dev == dev && m.ino == ino && m.offset <= len)
        .filter(|m| resume::tail_digest(&f, m.offset).is_ok_and(|t| t == m.tail));
    if let Some(m) = start {
        if m.size == len && resume::tail_digest(&f, len).is_ok_and(|t| t == m.end_tail) {
            return Outcome {
                shape: Shape::Mailbox,
                state: Some(SourceState {
                    mbox: Some(m.clone()),
                    ..SourceState::default()
                }),
                unchanged: true,
            };
        }
    }
    let (offset, first) = start.map_or((0, 0), |m| (m.offset, m.messages));
    if f.seek(io::SeekFrom::Start(offset)).is_err() {
        return Outcome {
            shape: Shape::Mailbox,
            state: None,
            unchanged: false,
        };
    }
    let end = mbox::split(io::BufReader::new(&f), &origin.file, first, visit);
    // A last message not closed by a blank line may still be arriving: read it again next time.
    let (resume_at, messages) = if end.closed {
        (offset + end.read, end.messages)
    } else {
        (offset + end.last_start, end.messages.saturating_sub(1))
    };
    let size = offset + end.read;
    let digests = resume::tail_digest(&f, resume_at).and_then(|t| Ok((t, resume::tail_digest(&f, size)?)));
    let state = digests.ok().map(|(tail, end_tail)| SourceState {
        mbox: Some(MboxState {
            dev,
            ino,
            offset: resume_at,
            tail,
            messages,
            size,
            end_tail,
        }),
        ..SourceState::default()
    });
    Outcome {
        shape: Shape::Mailbox,
        state,
        unchanged: false,
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
        mbox::split(io::BufReader::new(stream), &origin.file, 0, visit);
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
        // Nothing at all is no message (an empty file): the caller says so.
        Ok(_) if bytes.is_empty() => {}
        Ok(_) => visit(Item::Message {
            origin,
            bytes: bytes.into(),
        }),
    }
    single
}

/// Mail directories (a Maildir's `new` and `cur`, or a directory of .eml
/// files). A directory whose modification time is as the last read left it
/// has gained and lost no file, and is not listed; in one that changed,
/// only the messages not read before are read. The state's `seen` comes
/// back holding the names of the messages read now.
fn read_dirs(
    dirs: &[PathBuf],
    wanted: impl Fn(&Path) -> bool,
    resume: Option<&SourceState>,
    known: &mut Known,
    visit: &mut dyn FnMut(Item),
) -> Outcome {
    let mut state = SourceState::default();
    let mut unchanged = true;
    for dir in dirs {
        let path = dir.display().to_string();
        let mtime = fs::metadata(dir).map(|m| resume::mtime_ns(&m)).unwrap_or(0);
        let before = resume.and_then(|r| r.dir(&path));
        if mtime != 0 && before.is_some_and(|b| b.mtime_ns == mtime) {
            state.dirs.push(DirState { path, mtime_ns: mtime });
            continue;
        }
        unchanged = false;
        let clean = read_dir(dir, &wanted, resume.is_some(), known, &mut state.seen, visit);
        state.dirs.push(DirState {
            path,
            mtime_ns: if clean { mtime } else { 0 },
        });
    }
    Outcome {
        shape: Shape::Mailbox,
        state: Some(state),
        unchanged,
    }
}

/// Reads the wanted files of one directory that were not read before (when
/// `resuming`), and adds the name of each message read to `read_now`.
/// False when a file could not be read.
fn read_dir(
    dir: &Path,
    wanted: impl Fn(&Path) -> bool,
    resuming: bool,
    known: &mut Known,
    read_now: &mut BTreeSet<String>,
    visit: &mut dyn FnMut(Item),
) -> bool {
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
            return false;
        }
    };
    // The kind of each entry comes with the listing; only a link (or a
    // file system that does not say) costs a look at the file itself.
    let mut paths: Vec<(String, PathBuf, bool)> = entries
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (e.path(), e.file_type().is_ok_and(|t| t.is_file())))
        .filter(|(p, _)| wanted(p))
        .map(|(p, file)| {
            let name = p
                .file_name()
                .map(|n| resume::message_name(&n.to_string_lossy()).to_string())
                .unwrap_or_default();
            (name, p, file)
        })
        .collect();
    paths.sort();
    let before = if resuming {
        known(&paths.iter().map(|(n, _, _)| n.clone()).collect::<Vec<_>>())
    } else {
        BTreeSet::new()
    };
    let mut clean = true;
    for (name, p, file) in paths {
        if before.contains(&name) {
            continue;
        }
        let item = match file {
            true => read_one(&p, origin(&p)),
            false => match fs::metadata(&p) {
                Ok(m) if m.is_file() => read_one(&p, origin(&p)),
                Ok(_) => Item::Problem {
                    origin: origin(&p),
                    what: "not a regular file; skipped".into(),
                },
                Err(e) => Item::Problem {
                    origin: origin(&p),
                    what: io_words(&e),
                },
            },
        };
        if matches!(item, Item::Problem { .. }) {
            clean = false;
        } else {
            read_now.insert(name);
        }
        visit(item);
    }
    clean
}

/// One file of a mail directory, known to be a regular file: opened once,
/// its size taken from the open file, read whole when it is a message of
/// allowed size.
fn read_one(path: &Path, origin: Origin) -> Item<'static> {
    let problem = |origin, e: &io::Error| Item::Problem {
        origin,
        what: io_words(e),
    };
    let mut f = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return problem(origin, &e),
    };
    let size = match f.metadata() {
        Ok(m) if m.is_file() => m.len(),
        Ok(_) => {
            return Item::Problem {
                origin,
                what: "not a regular file; skipped".into(),
            }
        }
        Err(e) => return problem(origin, &e),
    };
    if size > MAX_MESSAGE as u64 {
        return Item::Oversize { origin, size };
    }
    let mut bytes = Vec::with_capacity(size as usize);
    match f.read_to_end(&mut bytes) {
        Ok(_) => message(origin, bytes),
        Err(e) => problem(origin, &e),
    }
}

fn message(origin: Origin, bytes: Vec<u8>) -> Item<'static> {
    if bytes.len() > MAX_MESSAGE {
        return Item::Oversize {
            origin,
            size: bytes.len() as u64,
        };
    }
    Item::Message {
        origin,
        bytes: bytes.into(),
    }
}

fn io_words(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => crate::tr!("mail-not-found"),
        io::ErrorKind::PermissionDenied => crate::tr!("mail-permission-denied"),
        _ => crate::tr!("mail-cannot-read", error = e.to_string()),
    }
}
