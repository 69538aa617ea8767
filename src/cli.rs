//! Every command-line type, and nothing but std and clap. Doc comments here
//! are the help text.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};
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
read or holds no message; 6 any other error (no snapshot yet, database or config unusable); 7 publish or cosign refused \
(the roster, the journal or the self-check said no; nothing written).\n\n\
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

    /// Language of messages and of the sheet: en, fr, es, ru, ar, zh
    ///
    /// Chosen in this order: --lang; the first of LC_ALL, LC_MESSAGES and LANG
    /// that names one of these languages (C and POSIX are passed over); `lang`
    /// in the config file; English. Machine output (JSON, CSV, vCard, mutt and
    /// aerc lines, reason codes, exit codes) is the same in every language.
    #[arg(long, global = true, value_name = "LANG", value_parser = PossibleValuesParser::new(["en", "fr", "es", "ru", "ar", "zh"]))]
    pub lang: Option<String>,

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
    #[command(visible_alias = "f", after_help = FIND_HELP)]
    Find(FindArgs),
    /// Route evidence to its ccTLDs: domains, URLs and addresses in free text, grouped with their contacts
    #[command(after_help = ROUTE_HELP)]
    Route(RouteArgs),
    /// Show one ccTLD in full, with when each contact was first seen and last changed
    #[command(after_help = SHOW_HELP)]
    Show(ShowArgs),
    /// List every ccTLD of the current snapshot, by ICANN region
    #[command(after_help = LIST_HELP)]
    List(RegionArgs),
    /// Show which ccTLDs of the root zone have no contact yet, by region
    #[command(after_help = COVERAGE_HELP)]
    Coverage(RegionArgs),
    /// Export contacts as vCards for phones, CSV or JSON
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Show a QR code a phone camera reads as a contact
    #[command(after_help = QR_HELP)]
    Qr(QrArgs),
    /// Make the emergency contact sheet to print: PDF, HTML or text
    #[command(after_help = SHEET_HELP)]
    Sheet(SheetArgs),
    /// List the kept snapshots, oldest first
    #[command(after_help = HISTORY_HELP)]
    History(HistoryArgs),
    /// Show contacts added, removed and changed between two snapshots
    #[command(after_help = DIFF_HELP)]
    Diff(DiffArgs),
    /// Read mailings, verify their signed snapshots and keep the good ones
    #[command(after_help = SYNC_HELP)]
    Sync(SyncArgs),
    /// Check one message or file as sync would, and store nothing
    #[command(after_help = VERIFY_HELP)]
    Verify(VerifyArgs),
    /// Show the current snapshot of each directory, its age and provenance
    #[command(after_help = STATUS_HELP)]
    Status(StatusArgs),
    /// Pin, list and remove the keys that sign snapshots
    #[command(subcommand, after_help = TRUST_HELP)]
    Trust(TrustCommand),
    /// Sign a roster as a snapshot mailing (for the list's secretariat)
    #[command(after_help = PUBLISH_HELP)]
    Publish(Box<PublishArgs>),
    /// Add a second signature to a mailing `publish` wrote, changing no byte of the signed text
    #[command(after_help = COSIGN_HELP)]
    Cosign(CosignArgs),
    /// Check what would hurt during an incident: database, file modes, staleness, keys, clock, sources
    ///
    /// Each problem is named with its fix.
    #[command(after_help = DOCTOR_HELP)]
    Doctor,
    /// Show where the config, database and keys are, and why
    #[command(after_help = PATHS_HELP)]
    Paths,
    /// Print a commented example config file
    #[command(after_help = EXAMPLE_CONFIG_HELP)]
    ExampleConfig,
    /// Print a shell completion script
    #[command(after_help = COMPLETIONS_HELP)]
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: Shell,
    },
    /// Print a manual page (roff): tldops(1), or one command's (tldops-find(1) ...)
    #[command(after_help = MAN_HELP)]
    Man {
        /// The command whose page to print (`find`, `trust add`) [default: the overview, tldops(1)]
        #[arg(value_name = "COMMAND", value_hint = ValueHint::Other)]
        command: Vec<String>,
        /// List every page, one a line: its name, then the command it documents (`tldops-trust-add trust add`)
        #[arg(long, conflicts_with = "command")]
        list: bool,
    },
}

/// Which directory to answer from.
#[derive(Debug, Clone, Default, Args)]
pub struct Scope {
    /// Answer from this directory only [default: every directory kept]
    #[arg(long, value_name = "NAME", value_hint = ValueHint::Other)]
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

#[derive(Debug, Clone, Args)]
pub struct FindArgs {
    /// Words to match: `.tz`, `tanzania`, `oystein`, `+255 65 000 1661`; several words narrow the result [default: every ccTLD]
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
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
pub enum RouteFormat {
    /// Per ccTLD: its contacts (24x7 line first) and the items under it
    Text,
    /// The documented JSON shape
    Json,
    /// One row per item, spreadsheet-safe
    Csv,
}

#[derive(Debug, Args)]
pub struct RouteArgs {
    /// Files of free text: logs, CSV, mail bodies, abuse feeds; - for standard input [default: standard input]
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = RouteFormat::Text)]
    pub format: RouteFormat,

    /// Same as --format json
    #[arg(long)]
    pub json: bool,

    /// Also write one mail draft (.eml) per ccTLD with contacts into this directory
    #[arg(long, value_name = "DIR")]
    pub drafts: Option<PathBuf>,

    /// The drafts' wording: a `Subject:` line, an empty line, then the body, with placeholders
    /// {count} {n_items} {cctld} {code} {country} {directory} {items}
    #[arg(long, value_name = "FILE", requires = "drafts")]
    pub template: Option<PathBuf>,

    /// Replace drafts that exist
    #[arg(long, requires = "drafts")]
    pub force: bool,
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
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Vcard3)]
    pub format: ExportFormat,

    /// Write to this file (created 0600) instead of standard output (`-` is standard output)
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir", value_hint = ValueHint::FilePath)]
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
    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<std::path::PathBuf>,

    /// Only people added or changed since this serial (a small monthly phone update)
    #[arg(long, value_name = "SERIAL", value_hint = ValueHint::Other)]
    pub changed_since: Option<u64>,

    /// CSV: do not neutralise cells a spreadsheet would run as formulas
    #[arg(long)]
    pub raw: bool,

    /// CSV for Excel on Windows: a UTF-8 byte-order mark first (lines end in CRLF, as always)
    #[arg(long)]
    pub excel: bool,

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
    #[arg(value_name = "QUERY", required = true, value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    /// Where the code goes
    #[arg(long, value_enum, default_value_t = QrFormat::Terminal)]
    pub format: QrFormat,

    /// The file for svg or png (created 0600; `-` is standard output)
    #[arg(short, long, value_name = "FILE", value_hint = ValueHint::FilePath)]
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
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    /// Output format [default: pdf for a file (html or text by its extension), text on standard output]
    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,

    /// Paper size; the layout fits both unscaled
    #[arg(long, value_enum, default_value_t = PaperSize::A4)]
    pub paper: PaperSize,

    /// Only this ICANN region
    #[arg(long, value_name = "REGION", value_parser = regions(), ignore_case = true)]
    pub region: Option<String>,

    /// A QR code per ccTLD, 2.55 cm wide, with its contacts as a vCard
    #[arg(long)]
    pub qr: bool,

    /// Write to this file (created 0600) instead of standard output (`-` is standard output)
    #[arg(short, long, value_name = "FILE", value_hint = ValueHint::FilePath)]
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
    #[arg(value_name = "QUERY", required = true, value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct RegionArgs {
    /// Only this ICANN region
    #[arg(long, value_name = "REGION", value_parser = regions(), ignore_case = true)]
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
    #[arg(value_name = "OLD", value_hint = ValueHint::Other)]
    pub old: Option<u64>,

    /// The newer serial [default: the current one]
    #[arg(value_name = "NEW", value_hint = ValueHint::Other)]
    pub new: Option<u64>,

    /// The directory [default: the only one kept]
    #[arg(long, value_name = "NAME", value_hint = ValueHint::Other)]
    pub directory: Option<String>,

    /// Print as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// mbox files, Maildirs, .eml files, directories of .eml files, signed
    /// snapshot files, or - for standard input [default: the config's `sources`]
    #[arg(value_name = "SOURCE", value_hint = ValueHint::AnyPath)]
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
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
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

    /// For monitoring: exit 1 when a current snapshot is stale or there is none
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    /// Pin a certificate's primary key for a directory (again: merge updates, such as a revocation)
    #[command(after_help = TRUST_ADD_HELP)]
    Add {
        /// An OpenPGP certificate, armoured or binary, or - for standard input
        #[arg(value_name = "CERT", value_hint = ValueHint::FilePath)]
        cert: PathBuf,
        /// The directory this key vouches for, and no other
        #[arg(long, default_value = "TLD-OPS", value_name = "NAME", value_hint = ValueHint::Other)]
        directory: String,
    },
    /// List pinned keys and their state
    #[command(after_help = TRUST_LIST_HELP)]
    List {
        /// Print the list as JSON
        #[arg(long)]
        json: bool,
    },
    /// Unpin a key
    #[command(after_help = TRUST_REMOVE_HELP)]
    Remove {
        /// The primary key's fingerprint (spaces allowed)
        #[arg(value_name = "FINGERPRINT", value_hint = ValueHint::Other)]
        fingerprint: String,
        /// Unpin it only for this directory
        #[arg(long, value_name = "NAME", value_hint = ValueHint::Other)]
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RosterFormat {
    /// The snapshot document, with or without its header fields
    Toml,
    /// A spreadsheet saved as CSV: one row per contact, documented columns
    Csv,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// The roster: TOML (the snapshot document, header fields optional) or CSV
    ///
    /// It is checked against every rule a reader enforces before it is signed.
    /// Each contact may carry `id`, your stable identifier for the person
    /// (1 to 64 characters of A-Z a-z 0-9 . _ -, unique within the directory):
    /// a contact's identity is its `id` when present, otherwise its ccTLD,
    /// name and first e-mail address, and it is what keeps a person the same
    /// card on every phone from one snapshot to the next. Two contacts with
    /// one identity are refused: give namesakes different first addresses or
    /// an `id` each; give a person a new `id` only when they are a new person.
    #[arg(value_name = "ROSTER", required_unless_present_any = ["template", "journal_from"])]
    pub roster: Option<PathBuf>,

    /// A secret key to sign with (OpenPGP, armoured or binary); repeat for two signers
    #[arg(long, value_name = "SECRET-KEY")]
    pub key: Vec<PathBuf>,

    /// Read a key's passphrase from this file instead of asking; repeat in the order of --key
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Vec<PathBuf>,

    /// Hand the directory over to this key (repeatable): writes `[rotation]`
    /// with its public certificate; the next keys must sign this snapshot too
    #[arg(long, value_name = "CERT")]
    pub rotate_to: Vec<PathBuf>,

    /// How many of the next keys must sign each snapshot after the handover
    #[arg(long, value_name = "N", requires = "rotate_to")]
    pub next_threshold: Option<usize>,

    /// The snapshot's serial: above every earlier one, by at most the serial step
    #[arg(long, required_unless_present_any = ["template", "journal_from"])]
    pub serial: Option<u64>,

    /// The directory's name [default: the roster's, else TLD-OPS]
    #[arg(long)]
    pub directory: Option<String>,

    /// When the snapshot is issued, RFC 3339 [default: the journal's for a serial sent before, else now]
    #[arg(long, value_name = "TIME")]
    pub issued: Option<String>,

    /// When the snapshot goes stale, RFC 3339 (within a year)
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

    /// The From header [default: the first signing key's first user ID]
    #[arg(long)]
    pub from: Option<String>,

    /// The To header: the list's address [default: the config's list_address for the directory]
    #[arg(long)]
    pub to: Option<String>,

    /// A short cover text for the mail, outside the signed text
    #[arg(long, value_name = "FILE")]
    pub note: Option<PathBuf>,

    /// The roster's format [default: by its extension, .csv or else TOML]
    #[arg(long, value_enum)]
    pub roster_format: Option<RosterFormat>,

    /// Show what members will see change and the lint warnings; sign and write nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Print an empty roster with every column or key documented, and exit
    #[arg(long, value_enum, value_name = "FORMAT", exclusive = true)]
    pub template: Option<RosterFormat>,

    /// Record a published mailing or file in this machine's journal, and exit
    #[arg(long, value_name = "FILE", conflicts_with_all = ["roster", "dry_run"])]
    pub journal_from: Option<PathBuf>,

    /// Write here instead of standard output (created 0600)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists, and allow a serial step above the limit
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CosignArgs {
    /// A mailing or file written by `tldops publish` (inline, PGP/MIME or bare)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The secret key to add a signature with
    #[arg(long, value_name = "SECRET-KEY")]
    pub key: PathBuf,

    /// Read the key's passphrase from this file instead of asking on the terminal
    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Write the cosigned mailing here [default: replace FILE]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists
    #[arg(long)]
    pub force: bool,
}

/// The ICANN regions as `--region` takes them, with the other spellings
/// people type; completions offer the five names.
fn regions() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("africa").alias("af").help("Africa"),
        PossibleValue::new("ap")
            .aliases(["aap", "asia", "pacific", "asia-pacific", "asiapacific", "oceania"])
            .help("Asia/Australia/Pacific"),
        PossibleValue::new("europe").alias("eu").help("Europe"),
        PossibleValue::new("lac")
            .aliases([
                "latin-america",
                "latinamerica",
                "caribbean",
                "south-america",
                "southamerica",
            ])
            .help("Latin America/Caribbean"),
        PossibleValue::new("na")
            .aliases(["north-america", "northamerica"])
            .help("North America"),
    ])
}

// What `--help` shows after the options, and what each manual page is made
// of: "Examples:" (each line a command and what it does, run by a test
// against the sample) and "Exit status:".

const FIND_HELP: &str = "Examples:
  tldops find .tz                      who answers for .tz, with the local time there
  tldops find tanzania                 by country, in six languages (tanzanie, танзания ...)
  tldops find oystein                  names fold accents and scripts: Øystein
  tldops find +255 65 000 1661         phone digits, however written
  tldops find tz baraka                several words narrow the result
  tldops find                          every ccTLD, through $PAGER on a terminal
  tldops find --format mutt kiprono    the lines mutt's query_command reads
  tldops find --json .tz               the documented JSON shape

Exit status:
  0 found; 1 nothing found (said with near misses, or that the ccTLD has no contact yet); 2 usage; 6 no \
snapshot yet. With --format mutt or aerc, nothing is written to standard error: mutt's first line says it.";

const SHOW_HELP: &str = "Examples:
  tldops show .tz                      one ccTLD in full, with each contact's history
  tldops show tanzania                 whatever find takes, when it leads to one ccTLD

Exit status:
  0 shown; 1 nothing matches, or the ccTLD has no contact; 2 usage, or the words match several ccTLDs \
(they are listed); 6 no snapshot yet.";

const LIST_HELP: &str = "Examples:
  tldops list                          every ccTLD of the current snapshots
  tldops list --region africa          one ICANN region

Exit status:
  0 listed; 2 usage; 6 no snapshot yet.";

const COVERAGE_HELP: &str = "Examples:
  tldops coverage                      the ccTLDs of the root zone nobody answers for yet
  tldops coverage --region africa      in one ICANN region

Exit status:
  0 shown; 2 usage; 6 no snapshot yet.";

const EXPORT_HELP: &str = "Examples:
  tldops export -o tld-ops.vcf                  every contact as vCard 3.0, for a phone
  tldops export --directory TLD-OPS --changed-since 117 -o new.vcf   who changed since serial 117
  tldops export --dir ~/.contacts/tld-ops       a mirrored vdir for khard and vdirsyncer
  tldops export --format csv --excel -o tld-ops.csv  for Excel on Windows
  tldops export --format json .tz -o -          JSON on standard output

Exit status:
  0 written; 1 nothing to export; 2 usage; 6 no snapshot yet, or a file not writable.";

const QR_HELP: &str = "Examples:
  tldops qr tz upendo                  one person's card, for a phone camera
  tldops qr tz upendo --format png -o upendo.png   a file to print, at least 2.5 cm wide

Exit status:
  0 shown; 1 nothing matches; 2 usage, or too much for one code; 6 no snapshot yet.";

const PUBLISH_HELP: &str = "Examples:
  tldops publish roster.toml --key secretariat.secret.asc --serial 119 -o serial-119.eml   sign

Exit status:
  0 written; 2 usage, or a roster that breaks a rule of the format; 6 a key or file that cannot be used.";

const COSIGN_HELP: &str = "Examples:
  tldops cosign serial-120.eml --key bob.secret.asc   a second staff member signs, on their machine

Exit status:
  0 signed and checked as a member would; 2 usage; 6 a key or file that cannot be used; 7 refused \
(already signed by this key, or a member would reject the result; nothing written).";

const ROUTE_HELP: &str = "Examples:
  tldops route abuse-feed.csv                   every domain, URL and address in a text, by ccTLD
  tldops route --drafts drafts/ < incident.log  and one mail draft per ccTLD, to edit and send

Exit status:
  0 routed; 1 no domain, URL or address found; 2 usage; 5 a file could not be read; 6 no snapshot yet, \
or a draft not writable.";

const SHEET_HELP: &str = "Examples:
  tldops sheet --directory TLD-OPS -o sheet.pdf   the emergency contact sheet to print
  tldops sheet --format text --region europe    plain text, one ICANN region

Exit status:
  0 written; 1 nothing matches; 2 usage; 6 no snapshot yet, or a file not writable.";

const HISTORY_HELP: &str = "Examples:
  tldops history                       every kept snapshot, with what changed

Exit status:
  0 listed; 1 no snapshot yet.";

const DIFF_HELP: &str = "Examples:
  tldops diff --directory TLD-OPS               what the newest snapshot changed
  tldops diff --directory TLD-OPS 113 118       between two kept serials

Exit status:
  0 shown; 1 no earlier snapshot to compare with; 2 usage; 6 no snapshot yet.";

const SYNC_HELP: &str = "Examples:
  tldops sync ~/Mail/tld-ops           an mbox file or a Maildir
  tldops sync                          the config's sources

Exit status:
  0 synced; 3 a snapshot was rejected; 4 equivocation; 5 a source could not be read or holds no \
message; 6 no key pinned, or the database unusable.";

const VERIFY_HELP: &str = "Examples:
  tldops verify mailing.eml            one message: its verdict, signer, serial and digest

Exit status:
  0 every snapshot found is good; 3 a rejection, or no snapshot at all; 6 the database unusable.";

const STATUS_HELP: &str = "Examples:
  tldops status                        current snapshot, age, signer and provenance
  tldops status --check                for monitoring: exit 1 when stale

Exit status:
  0 a current snapshot (stale or not, without --check); 1 none yet, or, with --check, a stale one.";

const DOCTOR_HELP: &str = "Examples:
  tldops doctor                        what would hurt during an incident, with fixes

Exit status:
  0 all is well; 1 at least one problem.";

const PATHS_HELP: &str = "Examples:
  tldops paths                         where the config and database are, and why

Exit status:
  0.";

const EXAMPLE_CONFIG_HELP: &str = "Examples:
  tldops example-config                a commented config to start from

Exit status:
  0.";

const COMPLETIONS_HELP: &str = "Examples:
  tldops completions bash              the bash completion script

Exit status:
  0; 2 usage.";

const MAN_HELP: &str = "Examples:
  tldops man find                      tldops-find(1)
  tldops man --list                    every page, and the command it documents

Exit status:
  0; 2 no such command.";

const TRUST_HELP: &str = "Examples:
  tldops trust add tld-ops-secretariat.asc        pin the secretariat's key for TLD-OPS
  tldops trust list                               every pinned key, its state and its handovers

Exit status:
  As each command's: tldops-trust-add(1), tldops-trust-list(1), tldops-trust-remove(1).";

const TRUST_ADD_HELP: &str = "Examples:
  tldops trust add tld-ops-secretariat.asc        pin the secretariat's key for TLD-OPS
  tldops trust add aftld.asc --directory AFTLD    a regional directory's key, for it alone

Exit status:
  0 pinned or updated (a warning when the key is revoked or expired); 6 not a certificate.";

const TRUST_LIST_HELP: &str = "Examples:
  tldops trust list                    every pinned key, its state and its handovers

Exit status:
  0 listed; 1 no key pinned.";

const TRUST_REMOVE_HELP: &str = "Examples:
  tldops trust remove 'BF03 6CF3 0FB1 C4D0 D5BD CE27 1247 9753 134F 6951'   unpin a key

Exit status:
  0 removed; 6 not pinned, or not a fingerprint.";
