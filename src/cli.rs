//! Every command-line type, and nothing but std and clap. The help text is
//! not here: it is in `i18n/LANG/help.ftl`, by command path and argument
//! (`help-find-about`, `help-find-arg-format`), and `help.rs` gives it to the
//! command tree when help, a usage error or a manual page is shown.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "tldops", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[arg(long, global = true, value_name = "FILE", env = "TLDOPS_CONFIG")]
    pub config: Option<PathBuf>,

    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[arg(long, global = true)]
    pub no_pager: bool,

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
    #[command(visible_alias = "f")]
    Find(FindArgs),
    Route(RouteArgs),
    Show(ShowArgs),
    List(RegionArgs),
    Coverage(RegionArgs),
    Export(ExportArgs),
    Qr(QrArgs),
    Sheet(SheetArgs),
    History(HistoryArgs),
    Diff(DiffArgs),
    Sync(SyncArgs),
    Verify(VerifyArgs),
    Status(StatusArgs),
    #[command(subcommand)]
    Trust(TrustCommand),
    Publish(Box<PublishArgs>),
    Cosign(CosignArgs),
    Doctor,
    Paths,
    ExampleConfig,
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
    Man {
        #[arg(value_name = "COMMAND", value_hint = ValueHint::Other)]
        command: Vec<String>,
        #[arg(long, conflicts_with = "command")]
        list: bool,
    },
}

/// Which directory to answer from.
#[derive(Debug, Clone, Default, Args)]
pub struct Scope {
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
    Table,
    Json,
    Mutt,
    Aerc,
}

#[derive(Debug, Clone, Args)]
pub struct FindArgs {
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[arg(long, value_enum, default_value_t = FindFormat::Table)]
    pub format: FindFormat,

    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RouteFormat {
    Text,
    Json,
    Csv,
}

#[derive(Debug, Args)]
pub struct RouteArgs {
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = RouteFormat::Text)]
    pub format: RouteFormat,

    #[arg(long)]
    pub json: bool,

    #[arg(long, value_name = "DIR")]
    pub drafts: Option<PathBuf>,

    #[arg(long, value_name = "FILE", requires = "drafts")]
    pub template: Option<PathBuf>,

    #[arg(long, requires = "drafts")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Vcard3,
    Vcard4,
    Csv,
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[arg(long, value_enum, default_value_t = ExportFormat::Vcard3)]
    pub format: ExportFormat,

    #[arg(short, long, value_name = "FILE", conflicts_with = "dir", value_hint = ValueHint::FilePath)]
    pub output: Option<std::path::PathBuf>,

    #[arg(long, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: Option<std::path::PathBuf>,

    #[arg(long, value_name = "SERIAL", value_hint = ValueHint::Other)]
    pub changed_since: Option<u64>,

    #[arg(long)]
    pub raw: bool,

    #[arg(long)]
    pub excel: bool,

    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum QrFormat {
    Terminal,
    Svg,
    Png,
}

#[derive(Debug, Args)]
pub struct QrArgs {
    #[arg(value_name = "QUERY", required = true, value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[arg(long, value_enum, default_value_t = QrFormat::Terminal)]
    pub format: QrFormat,

    #[arg(short, long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub output: Option<std::path::PathBuf>,

    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    Pdf,
    Html,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperSize {
    A4,
    Letter,
}

#[derive(Debug, Args)]
pub struct SheetArgs {
    #[arg(value_name = "QUERY", value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[arg(long, value_enum)]
    pub format: Option<SheetFormat>,

    #[arg(long, value_enum, default_value_t = PaperSize::A4)]
    pub paper: PaperSize,

    #[arg(long, value_name = "REGION", value_parser = regions(), ignore_case = true)]
    pub region: Option<String>,

    #[arg(long)]
    pub qr: bool,

    #[arg(short, long, value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub output: Option<std::path::PathBuf>,

    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(value_name = "QUERY", required = true, value_hint = ValueHint::Other)]
    pub query: Vec<String>,

    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct RegionArgs {
    #[arg(long, value_name = "REGION", value_parser = regions(), ignore_case = true)]
    pub region: Option<String>,

    #[arg(long)]
    pub json: bool,

    #[command(flatten)]
    pub scope: Scope,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(value_name = "OLD", value_hint = ValueHint::Other)]
    pub old: Option<u64>,

    #[arg(value_name = "NEW", value_hint = ValueHint::Other)]
    pub new: Option<u64>,

    #[arg(long, value_name = "NAME", value_hint = ValueHint::Other)]
    pub directory: Option<String>,

    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[arg(value_name = "SOURCE", value_hint = ValueHint::AnyPath)]
    pub sources: Vec<String>,

    #[arg(short, long)]
    pub verbose: bool,

    #[arg(long)]
    pub rescan: bool,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[arg(value_name = "FILE", value_hint = ValueHint::FilePath)]
    pub file: String,

    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[arg(long)]
    pub json: bool,

    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Subcommand)]
pub enum TrustCommand {
    Add {
        #[arg(value_name = "CERT", value_hint = ValueHint::FilePath)]
        cert: PathBuf,
        #[arg(long, default_value = "TLD-OPS", value_name = "NAME", value_hint = ValueHint::Other)]
        directory: String,
    },
    List {
        #[arg(long)]
        json: bool,
    },
    Remove {
        #[arg(value_name = "FINGERPRINT", value_hint = ValueHint::Other)]
        fingerprint: String,
        #[arg(long, value_name = "NAME", value_hint = ValueHint::Other)]
        directory: Option<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Carrier {
    Inline,
    PgpMime,
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TransferEncoding {
    QuotedPrintable,
    Base64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RosterFormat {
    Toml,
    Csv,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    #[arg(value_name = "ROSTER", required_unless_present_any = ["template", "journal_from"])]
    pub roster: Option<PathBuf>,

    #[arg(long, value_name = "SECRET-KEY")]
    pub key: Vec<PathBuf>,

    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Vec<PathBuf>,

    #[arg(long, value_name = "CERT")]
    pub rotate_to: Vec<PathBuf>,

    #[arg(long, value_name = "N", requires = "rotate_to")]
    pub next_threshold: Option<usize>,

    #[arg(long, required_unless_present_any = ["template", "journal_from"])]
    pub serial: Option<u64>,

    #[arg(long)]
    pub directory: Option<String>,

    #[arg(long, value_name = "TIME")]
    pub issued: Option<String>,

    #[arg(long, value_name = "TIME", conflicts_with = "valid_for")]
    pub expires: Option<String>,

    #[arg(long, value_name = "DURATION", default_value = "45d")]
    pub valid_for: String,

    #[arg(long, value_enum, default_value_t = Carrier::Inline)]
    pub carrier: Carrier,

    #[arg(long, value_enum, default_value_t = TransferEncoding::QuotedPrintable)]
    pub transfer_encoding: TransferEncoding,

    #[arg(long)]
    pub from: Option<String>,

    #[arg(long)]
    pub to: Option<String>,

    #[arg(long, value_name = "FILE")]
    pub note: Option<PathBuf>,

    #[arg(long, value_enum)]
    pub roster_format: Option<RosterFormat>,

    #[arg(long)]
    pub dry_run: bool,

    #[arg(long, value_enum, value_name = "FORMAT", exclusive = true)]
    pub template: Option<RosterFormat>,

    #[arg(long, value_name = "FILE", conflicts_with_all = ["roster", "dry_run"])]
    pub journal_from: Option<PathBuf>,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct CosignArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    #[arg(long, value_name = "SECRET-KEY")]
    pub key: PathBuf,

    #[arg(long, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long)]
    pub force: bool,
}

/// The ICANN regions as `--region` takes them, with the other spellings
/// people type; completions offer the five names.
fn regions() -> PossibleValuesParser {
    PossibleValuesParser::new([
        PossibleValue::new("africa").alias("af"),
        PossibleValue::new("ap").aliases(["aap", "asia", "pacific", "asia-pacific", "asiapacific", "oceania"]),
        PossibleValue::new("europe").alias("eu"),
        PossibleValue::new("lac").aliases([
            "latin-america",
            "latinamerica",
            "caribbean",
            "south-america",
            "southamerica",
        ]),
        PossibleValue::new("na").aliases(["north-america", "northamerica"]),
    ])
}
