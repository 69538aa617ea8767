//! Every command-line type, and nothing but std and clap. Doc comments here
//! are the help text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// tldops: the TLD-OPS contact directory, signed, offline and on your own disk.
///
/// Reads the list's signed contact snapshots from your mail, verifies them
/// against pinned keys and answers from a local cache. Nothing touches the
/// network.
#[derive(Debug, Parser)]
#[command(
    name = "tldops",
    version,
    propagate_version = true,
    max_term_width = 100,
    after_long_help = "Exit status: 0 success (a closed pipe too); 1 nothing found; 2 usage error; \
3 a snapshot was rejected; 4 equivocation (two snapshots with one serial); 5 a source could not be \
read or holds no message; 6 any other error (no snapshot yet, database or config unusable).\n\n\
Files: `tldops paths` shows the config file, the database and why (flag, TLDOPS_CONFIG_DIR, \
TLDOPS_DATA_DIR, OS default). Nothing in tldops touches the network."
)]
pub struct Cli {
    /// Read this config file instead of the default one
    #[arg(long, global = true, value_name = "FILE", env = "TLDOPS_CONFIG")]
    pub config: Option<PathBuf>,

    /// Keep the database in this directory [env: TLDOPS_DATA_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Never send a long answer through $PAGER
    #[arg(long, global = true)]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find who to call: by ccTLD, country, name, role, e-mail or phone digits
    #[command(visible_alias = "f")]
    Find(FindArgs),
    /// Show one ccTLD in full, with when each contact was first seen and last changed
    Show(ShowArgs),
    /// List every ccTLD of the current snapshot, by ICANN region
    List(RegionArgs),
    /// Show which ccTLDs of the root zone have no contact yet, by region
    Coverage(RegionArgs),
    /// Export contacts as vCards for phones, CSV or JSON
    Export(ExportArgs),
    /// Show a QR code a phone camera reads as a contact
    Qr(QrArgs),
    /// Make the emergency contact sheet to print: PDF, HTML or text
    Sheet(SheetArgs),
    /// List the kept snapshots, oldest first
    History(HistoryArgs),
    /// Show contacts added, removed and changed between two snapshots
    Diff(DiffArgs),
    /// Read mailings, verify their signed snapshots and keep the good ones
    Sync(SyncArgs),
    /// Check one message or file as sync would, and store nothing
    Verify(VerifyArgs),
    /// Show the current snapshot of each directory, its age and provenance
    Status(StatusArgs),
    /// Pin, list and remove the keys that sign snapshots
    #[command(subcommand)]
    Trust(TrustCommand),
    /// Sign a roster as a snapshot mailing (for the list's secretariat)
    Publish(PublishArgs),
    /// Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources
    ///
    /// Exit status 0 when all is well, 1 with each problem and its fix.
    Doctor,
    /// Show where the config, database and keys are, and why
    Paths,
    /// Print a commented example config file
    ExampleConfig,
    /// Print a shell completion script
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print the manual page (roff)
    Man,
}

/// Which directory to answer from.
#[derive(Debug, Clone, Default, Args)]
pub struct Scope {
    /// Answer from this directory only [default: every directory kept]
    #[arg(long, value_name = "NAME")]
    pub directory: Option<String>,
}

impl Command {
    /// The directory a command that answers from the current snapshots is
    /// limited to, if any.
    pub fn scope(&self) -> Option<&str> {
        match self {
            Command::Find(a) => a.scope.directory.as_deref(),
            Command::Show(a) => a.scope.directory.as_deref(),
            Command::List(a) | Command::Coverage(a) => a.scope.directory.as_deref(),
            Command::Export(a) => a.scope.directory.as_deref(),
            Command::Qr(a) => a.scope.directory.as_deref(),
            Command::Sheet(a) => a.scope.directory.as_deref(),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FindFormat {
    /// A table grouped by ccTLD
    Table,
    /// The documented JSON shape
    Json,
    /// mutt/neomutt `query_command`: a message line, then address, name, ccTLD
    Mutt,
    /// aerc `address-book-cmd`: address and name
    Aerc,
}

#[derive(Debug, Args)]
pub struct FindArgs {
    /// Words to match: `.tz`, `tanzania`, `oystein`, `+255 65 000 1661`; several words narrow the result [default: every ccTLD]
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = FindFormat::Table)]
    pub format: FindFormat,

    /// Same as --format json
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// vCard 3.0: what iOS and Android import reliably
    Vcard3,
    /// vCard 4.0
    Vcard4,
    /// One row per person, spreadsheet-safe
    Csv,
    /// The documented JSON shape of `find --json`
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only contacts matching these words (as for `find`) [default: everyone]
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Vcard3)]
    pub format: ExportFormat,

    /// Write to this file (created 0600) instead of standard output
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    pub output: Option<std::path::PathBuf>,

    /// Keep this directory a mirror of the selection, one vCard per file (the vdir of khard and vdirsyncer)
    ///
    /// New people are added, a card is rewritten only when its content changed
    /// (an unchanged card keeps its bytes and its time), and the cards of
    /// people who left are removed. Only cards tldops wrote (recognised by
    /// their UID and content) are ever replaced or removed; anything else is
    /// left alone and named. Cards of an older tldops are replaced by the same
    /// person's card. The first export into a non-empty directory that holds
    /// no tldops card needs --force.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<std::path::PathBuf>,

    /// Only people added or changed since this serial (a small monthly phone update)
    #[arg(long, value_name = "SERIAL")]
    pub changed_since: Option<u64>,

    /// CSV: do not neutralise cells a spreadsheet would run as formulas
    #[arg(long)]
    pub raw: bool,

    /// Replace a file that exists (-o); with --dir, write into a non-empty directory that holds no tldops card yet
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QrFormat {
    /// Unicode half blocks on standard output
    Terminal,
    /// An SVG file
    Svg,
    /// A PNG file
    Png,
}

#[derive(Debug, Args)]
pub struct QrArgs {
    /// One person, or one ccTLD's contacts (`.tz`, `amani`)
    #[arg(value_name = "QUERY", required = true)]
    pub query: Vec<String>,

    /// Where the code goes
    #[arg(long, value_enum, default_value_t = QrFormat::Terminal)]
    pub format: QrFormat,

    /// The file for svg or png (created 0600)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// PDF, fonts embedded (the default when writing a file)
    Pdf,
    /// One self-contained HTML file to print from a browser
    Html,
    /// Plain text for 80 columns, pages separated by form feeds (the default on standard output)
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperSize {
    A4,
    Letter,
}

#[derive(Debug, Args)]
pub struct SheetArgs {
    /// Only contacts matching these words (as for `find`) [default: everyone]
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,

    /// Output format [default: pdf for a file (html or text by its extension), text on standard output]
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,

    /// Paper size; the layout fits both unscaled
    #[arg(long, value_enum, default_value_t = PaperSize::A4)]
    pub paper: PaperSize,

    /// Only this ICANN region: africa, ap, europe, lac, na
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard
    #[arg(long)]
    pub qr: bool,

    /// Write to this file (created 0600) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,

    /// Replace the file if it exists
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The ccTLD (`.tz`, `рф`, `xn--p1ai`), or any words `find` takes (`tanzania`, `kiprono`) that lead to one ccTLD
    #[arg(value_name = "QUERY", required = true)]
    pub query: Vec<String>,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct RegionArgs {
    /// Only this ICANN region: africa, ap (Asia/Australia/Pacific), europe, lac, na
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older serial [default: the one before the newer]
    #[arg(value_name = "OLD")]
    pub old: Option<u64>,

    /// The newer serial [default: the current one]
    #[arg(value_name = "NEW")]
    pub new: Option<u64>,

    /// The directory [default: the only one kept]
    #[arg(long)]
    pub directory: Option<String>,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// mbox files, Maildirs, .eml files, directories of .eml files, signed
    /// snapshot files, or - for standard input [default: the config's `sources`]
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// Also name every message passed over, and why
    #[arg(short, long)]
    pub verbose: bool,

    /// Read every source in full, not only what is new since the last sync
    #[arg(long)]
    pub rescan: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A message (.eml), an mbox, a signed snapshot file, or - for standard input
    #[arg(value_name = "FILE")]
    pub file: String,

    /// Print the result as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Print the status as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Pin a certificate's primary key for a directory (again: merge updates, such as a revocation)
    Add {
        /// An OpenPGP certificate, armoured or binary
        #[arg(value_name = "CERT")]
        cert: PathBuf,
        /// The directory this key vouches for, and no other
        #[arg(long, default_value = "TLD-OPS")]
        directory: String,
    },
    /// List pinned keys and their state
    List {
        /// Print the list as JSON
        #[arg(long)]
        json: bool,
    },
    /// Unpin a key
    Remove {
        /// The primary key's fingerprint (spaces allowed)
        #[arg(value_name = "FINGERPRINT")]
        fingerprint: String,
        /// Unpin it only for this directory
        #[arg(long)]
        directory: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Carrier {
    /// A text/plain mail whose body is the cleartext-signed snapshot
    Inline,
    /// A PGP/MIME (RFC 3156) multipart/signed mail
    PgpMime,
    /// A bare cleartext-signed file, not a mail
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferEncoding {
    QuotedPrintable,
    Base64,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The roster: a snapshot document, with or without its header fields
    ///
    /// It is checked against every rule a reader enforces before it is signed.
    /// Each contact may carry `id`, your stable identifier for the person
    /// (1 to 64 characters of A-Z a-z 0-9 . _ -, unique within the directory):
    /// a contact's identity is its `id` when present, otherwise its ccTLD,
    /// name and first e-mail address, and it is what keeps a person the same
    /// card on every phone from one snapshot to the next. Two contacts with
    /// one identity are refused: give namesakes different first addresses or
    /// an `id` each; give a person a new `id` only when they are a new person.
    #[arg(value_name = "ROSTER")]
    pub roster: PathBuf,

    /// The secret key to sign with (OpenPGP, armoured or binary)
    #[arg(long, value_name = "SECRET-KEY")]
    pub key: PathBuf,

    /// Read the key's passphrase from this file instead of asking on the terminal
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// The snapshot's serial: higher than every earlier one
    #[arg(long)]
    pub serial: u64,

    /// The directory's name [default: the roster's, else TLD-OPS]
    #[arg(long)]
    pub directory: Option<String>,

    /// When the snapshot is issued, RFC 3339 [default: now]
    #[arg(long, value_name = "TIME")]
    pub issued: Option<String>,

    /// When the snapshot goes stale, RFC 3339
    #[arg(long, value_name = "TIME", conflicts_with = "valid_for")]
    pub expires: Option<String>,

    /// How long the snapshot stays fresh after it is issued (45d, 36h)
    #[arg(long, value_name = "DURATION", default_value = "45d")]
    pub valid_for: String,

    /// How the snapshot is carried
    #[arg(long, value_enum, default_value_t = Carrier::Inline)]
    pub carrier: Carrier,

    /// Transfer encoding of the mail's text part
    #[arg(long, value_enum, default_value_t = TransferEncoding::QuotedPrintable)]
    pub transfer_encoding: TransferEncoding,

    /// The From header [default: the signing key's first user ID]
    #[arg(long)]
    pub from: Option<String>,

    /// The To header [default: the From address]
    #[arg(long)]
    pub to: Option<String>,

    /// Write here instead of standard output (created 0600)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists
    #[arg(long)]
    pub force: bool,
}
