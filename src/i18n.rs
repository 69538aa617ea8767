//! The languages tldops speaks to people: Project Fluent messages embedded
//! per language, the language chosen once (flag, environment, config file),
//! English for any message a translation lacks, numbers and plural
//! categories from ICU4X. Machine output never goes through here.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::OnceLock;

/// A language tldops has messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Fr,
    Es,
    Ru,
    Ar,
    Zh,
}

impl Lang {
    /// Every language, in the order of the reference data's name columns.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::Es, Lang::Ru, Lang::Ar, Lang::Zh];

    /// The BCP 47 code: `en`, `fr`...
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ru => "ru",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
        }
    }

    /// Reads a language as a flag, a config file or a locale variable gives
    /// it: `fr`, `FR`, `fr-CA`, `fr_FR.UTF-8`, `ar_EG.UTF-8@latin`. `None` for
    /// a language tldops does not speak, and for `C` and `POSIX`.
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s.split(['.', '@']).next().unwrap_or("");
        let language = base.split(['_', '-']).next().unwrap_or("").to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// Where the language's column is among the reference data's names.
    pub fn index(self) -> usize {
        Lang::ALL
            .iter()
            .position(|l| *l == self)
            .expect("every language is in ALL")
    }

    fn from_index(i: u8) -> Lang {
        Lang::ALL.get(usize::from(i)).copied().unwrap_or(Lang::En)
    }
}

/// The language in use and what chose it, for `tldops paths`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub origin: &'static str,
}

/// The locale variables, in the order the C library reads them.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// Chooses the language: `--lang`, then the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that names a language tldops speaks (`C`, `POSIX` and other
/// languages are passed over), then `lang` in the config file, else English.
pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>, config: Option<Lang>) -> Choice {
    if let Some(lang) = flag {
        return Choice { lang, origin: "--lang" };
    }
    for var in LOCALE_VARIABLES {
        if let Some(lang) = env(var).as_deref().and_then(Lang::parse) {
            return Choice { lang, origin: var };
        }
    }
    match config {
        Some(lang) => Choice {
            lang,
            origin: "the config file",
        },
        None => Choice {
            lang: Lang::En,
            origin: "the default",
        },
    }
}

/// The process's environment, for `choose`.
pub fn process_env(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

static CURRENT: AtomicU8 = AtomicU8::new(0);
static ORIGIN: OnceLock<std::sync::Mutex<&'static str>> = OnceLock::new();

/// Makes `choice` the language of every message from now on.
pub fn set(choice: Choice) {
    CURRENT.store(choice.lang.index() as u8, Ordering::Relaxed);
    let origin = ORIGIN.get_or_init(|| std::sync::Mutex::new("the default"));
    if let Ok(mut o) = origin.lock() {
        *o = choice.origin;
    }
}

/// The language in use (English until `set`).
pub fn current() -> Lang {
    Lang::from_index(CURRENT.load(Ordering::Relaxed))
}

/// What chose the language in use.
pub fn current_origin() -> &'static str {
    ORIGIN
        .get()
        .and_then(|o| o.lock().ok().map(|o| *o))
        .unwrap_or("the default")
}

/// The files each language's messages are written in, under `i18n/LANG/`:
/// what most people read (`tldops.ftl`), the other lookup and export
/// commands (`commands.ftl`), keys, publishing and the errors of the store
/// and the config (`admin.ftl`), why a mail or a snapshot was rejected
/// (`reasons.ftl`), and `--help` with the man pages (`help.ftl`).
pub const FILES: [&str; 5] = ["tldops.ftl", "commands.ftl", "admin.ftl", "reasons.ftl", "help.ftl"];

macro_rules! sources {
    ($($lang:ident $code:literal),+) => {
        [$((
            Lang::$lang,
            [
                include_str!(concat!("../i18n/", $code, "/tldops.ftl")),
                include_str!(concat!("../i18n/", $code, "/commands.ftl")),
                include_str!(concat!("../i18n/", $code, "/admin.ftl")),
                include_str!(concat!("../i18n/", $code, "/reasons.ftl")),
                include_str!(concat!("../i18n/", $code, "/help.ftl")),
            ],
        )),+]
    };
}

/// The messages, as written: the `FILES` of `i18n/LANG/`, embedded.
const SOURCES: [(Lang, [&str; 5]); 6] = sources!(En "en", Fr "fr", Es "es", Ru "ru", Ar "ar", Zh "zh");

/// Where `help.ftl` is among `FILES`: it has a bundle of its own, built only
/// when help, a usage error or a manual page is shown, so that an ordinary
/// run never parses it.
const HELP: usize = 4;

/// Which of a language's bundles: what every run may say, or the help.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Messages,
    Help,
}

impl Part {
    /// The `FILES` (by index) this part is made of.
    fn files(self) -> std::ops::Range<usize> {
        match self {
            Part::Messages => 0..HELP,
            Part::Help => HELP..FILES.len(),
        }
    }
}

type Bundle = FluentBundle<FluentResource>;

/// A language's place in `SOURCES`, and in every per-language cache.
fn slot(lang: Lang) -> usize {
    SOURCES
        .iter()
        .position(|(l, _)| *l == lang)
        .expect("every language has a source")
}

/// A number as the language writes it: `4,210`, `4 210`, `4.210`.
pub fn number(lang: Lang, n: f64) -> String {
    use icu_decimal::DecimalFormatter;
    thread_local! {
        static FORMATTERS: [std::cell::OnceCell<Option<DecimalFormatter>>; 6] = Default::default();
    }
    FORMATTERS.with(|all| {
        let formatter =
            all[slot(lang)].get_or_init(|| DecimalFormatter::try_new(locale(lang).into(), Default::default()).ok());
        match formatter {
            Some(formatter) => format_decimal(formatter, n),
            None => n.to_string(),
        }
    })
}

fn format_decimal(formatter: &icu_decimal::DecimalFormatter, n: f64) -> String {
    use fixed_decimal::Decimal;
    let value = if n.fract() == 0.0 && n.abs() < 1e15 {
        Decimal::from(n as i64)
    } else {
        match Decimal::try_from_str(&n.to_string()) {
            Ok(d) => d,
            Err(_) => return n.to_string(),
        }
    };
    formatter.format(&value).to_string()
}

/// The CLDR plural category of `n` in `lang`: `one`, `few`, `many`, `other`...
pub fn plural_category(lang: Lang, n: f64) -> &'static str {
    use icu_plurals::PluralRules;
    thread_local! {
        static RULES: [std::cell::OnceCell<Option<PluralRules>>; 6] = Default::default();
    }
    RULES.with(
        |all| match all[slot(lang)].get_or_init(|| PluralRules::try_new_cardinal(locale(lang).into()).ok()) {
            Some(rules) => category(rules, n),
            None => "other",
        },
    )
}

fn category(rules: &icu_plurals::PluralRules, n: f64) -> &'static str {
    use icu_plurals::PluralCategory;
    let category = if n.fract() == 0.0 && n.abs() < 1e15 {
        rules.category_for(n as i64)
    } else {
        match fixed_decimal::Decimal::try_from_str(&n.to_string()) {
            Ok(d) => rules.category_for(&d),
            Err(_) => PluralCategory::Other,
        }
    };
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The locale ICU4X formats in. Arabic is written with Western digits,
/// as in the Maghreb and in the contact data itself, so that a number on
/// the sheet reads the same as the phone numbers beside it.
fn locale(lang: Lang) -> icu_locale_core::Locale {
    let tag = match lang {
        Lang::Ar => "ar-u-nu-latn",
        other => other.code(),
    };
    tag.parse().expect("the six locales parse")
}

fn format_with(lang: Lang, value: &FluentValue<'_>) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(number(lang, n.value)),
        _ => None,
    }
}

/// The formatter of a bundle in `lang`: a plain function per language, as
/// the bundle wants.
fn formatter<M>(lang: Lang) -> fn(&FluentValue<'_>, &M) -> Option<String> {
    fn en<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::En, v)
    }
    fn fr<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::Fr, v)
    }
    fn es<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::Es, v)
    }
    fn ru<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::Ru, v)
    }
    fn ar<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::Ar, v)
    }
    fn zh<M>(v: &FluentValue<'_>, _: &M) -> Option<String> {
        format_with(Lang::Zh, v)
    }
    match lang {
        Lang::En => en::<M>,
        Lang::Fr => fr::<M>,
        Lang::Es => es::<M>,
        Lang::Ru => ru::<M>,
        Lang::Ar => ar::<M>,
        Lang::Zh => zh::<M>,
    }
}

/// A language's bundle, built the first time one of its messages is asked
/// for: a run parses its own language's files and at most English's, never
/// all six, and the help only when it shows help.
fn bundle(lang: Lang, part: Part) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 6] = [const { OnceLock::new() }; 6];
    static HELP_BUNDLES: [OnceLock<Bundle>; 6] = [const { OnceLock::new() }; 6];
    let slot = slot(lang);
    let cell = match part {
        Part::Messages => &BUNDLES[slot],
        Part::Help => &HELP_BUNDLES[slot],
    };
    cell.get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("the six codes parse");
        let mut bundle = Bundle::new_concurrent(vec![id]);
        // Bidi isolation marks only where the text runs right to left:
        // elsewhere they are noise in a terminal and in tests.
        bundle.set_use_isolating(lang.is_rtl());
        bundle.set_formatter(Some(formatter(lang)));
        bundle
            .add_function("PLURAL", move |positional, _| match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(plural_category(lang, n.value)),
                _ => FluentValue::from("other"),
            })
            .expect("PLURAL is defined once");
        for i in part.files() {
            let (file, source) = (FILES[i], SOURCES[slot].1[i]);
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, e)| panic!("i18n/{}/{file} does not parse: {e:?}", lang.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("i18n/{}/{file}: {e:?}", lang.code()));
        }
        bundle
    })
}

/// Formats message `id` in `lang`, in English where `lang` lacks it. An id
/// no language has comes back as itself (a test keeps that from happening).
pub fn message(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    format(lang, Part::Messages, id, args).unwrap_or_else(|| id.to_string())
}

/// Formats help message `id` (from `help.ftl`) in `lang`, in English where
/// `lang` lacks it; `None` when English lacks it too.
pub fn help(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    format(lang, Part::Help, id, args)
}

fn format(lang: Lang, part: Part, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    for l in [lang, Lang::En] {
        let bundle = bundle(l, part);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return Some(bundle.format_pattern(pattern, args, &mut errors).into_owned());
        }
    }
    None
}

/// Message `id` in the language in use.
pub fn text(id: &str) -> String {
    message(current(), id, None)
}

/// Whether `lang` has message `id` of its own, in any of its files.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang, Part::Messages).has_message(id) || bundle(lang, Part::Help).has_message(id)
}

/// Every message id of a language, in file order.
pub fn ids(lang: Lang) -> Vec<String> {
    ids_in(lang, 0..FILES.len())
}

/// Every message id of a language's `help.ftl`.
pub fn help_ids(lang: Lang) -> Vec<String> {
    ids_in(lang, Part::Help.files())
}

fn ids_in(lang: Lang, files: std::ops::Range<usize>) -> Vec<String> {
    let sources = SOURCES.iter().find(|(l, _)| *l == lang).map_or([""; 5], |(_, s)| *s);
    sources[files]
        .iter()
        .flat_map(|source| {
            let resource = match FluentResource::try_new(source.to_string()) {
                Ok(r) | Err((r, _)) => r,
            };
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The ids English has and `lang` lacks: what is left to translate.
pub fn missing(lang: Lang) -> Vec<String> {
    ids(Lang::En).into_iter().filter(|id| !has(lang, id)).collect()
}

/// Arguments for `tr!`: text or a number.
pub fn arg<'a>(v: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    v.into()
}

pub use fluent_bundle::FluentArgs as Args;

/// A message in the language in use: `tr!("sync-none")`, or in a given
/// one: `tr!(lang => "sheet-index")`;
/// `tr!("stale", directory = name.as_str(), serial = 118)`. Numbers are
/// formatted for the language; `{ PLURAL($n) -> ... }` selects by ICU4X.
#[macro_export]
macro_rules! tr {
    ($lang:expr => $id:literal) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr => $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($key), $crate::i18n::arg($value)); )+
        $crate::i18n::message($lang, $id, Some(&args))
    }};
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($key), $crate::i18n::arg($value)); )+
        $crate::i18n::message($crate::i18n::current(), $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_as_the_platform_writes_them() {
        let cases: [(&str, Option<Lang>); 10] = [
            ("fr", Some(Lang::Fr)),
            ("fr_FR.UTF-8", Some(Lang::Fr)),
            ("ar_EG.UTF-8@latin", Some(Lang::Ar)),
            ("zh-Hans-CN", Some(Lang::Zh)),
            ("RU", Some(Lang::Ru)),
            ("es_419", Some(Lang::Es)),
            ("en_GB", Some(Lang::En)),
            ("C", None),
            ("POSIX", None),
            ("de_DE.UTF-8", None),
        ];
        for (given, want) in cases {
            assert_eq!(Lang::parse(given), want, "{given}");
        }
    }

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_config() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        type Case = (
            &'static str,
            Option<Lang>,
            &'static [(&'static str, &'static str)],
            Option<Lang>,
            Lang,
            &'static str,
        );
        let cases: [Case; 7] = [
            (
                "flag over all",
                Some(Lang::Ar),
                &[("LC_ALL", "fr_FR.UTF-8")],
                Some(Lang::Zh),
                Lang::Ar,
                "--lang",
            ),
            (
                "LC_ALL first",
                None,
                &[("LC_ALL", "ru_RU.UTF-8"), ("LANG", "fr_FR")],
                None,
                Lang::Ru,
                "LC_ALL",
            ),
            (
                "then LC_MESSAGES",
                None,
                &[("LC_MESSAGES", "es_ES"), ("LANG", "fr_FR")],
                None,
                Lang::Es,
                "LC_MESSAGES",
            ),
            (
                "C passed over",
                None,
                &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")],
                None,
                Lang::Zh,
                "LANG",
            ),
            (
                "environment over config",
                None,
                &[("LANG", "fr_FR.UTF-8")],
                Some(Lang::Ar),
                Lang::Fr,
                "LANG",
            ),
            (
                "config when the environment says nothing",
                None,
                &[("LANG", "POSIX")],
                Some(Lang::Ar),
                Lang::Ar,
                "the config file",
            ),
            (
                "English at last",
                None,
                &[("LANG", "de_DE.UTF-8")],
                None,
                Lang::En,
                "the default",
            ),
        ];
        for (name, flag, vars, config, lang, origin) in cases {
            assert_eq!(choose(flag, env(vars), config), Choice { lang, origin }, "{name}");
        }
    }

    #[test]
    fn numbers_and_plurals_follow_the_language() {
        let cases: [(Lang, f64, &str, &str); 8] = [
            (Lang::En, 4210.0, "4,210", "other"),
            (Lang::En, 1.0, "1", "one"),
            (Lang::Fr, 4210.0, "4\u{202f}210", "other"),
            (Lang::Fr, 0.0, "0", "one"),
            (Lang::Ru, 22.0, "22", "few"),
            (Lang::Ru, 25.0, "25", "many"),
            (Lang::Ar, 3.0, "3", "few"),
            (Lang::Zh, 1.0, "1", "other"),
        ];
        for (lang, n, written, category) in cases {
            assert_eq!(number(lang, n), written, "{lang:?} {n}");
            assert_eq!(plural_category(lang, n), category, "{lang:?} {n}");
        }
    }

    #[test]
    fn every_file_parses_and_english_fills_the_gaps() {
        for lang in Lang::ALL {
            // Panics on a file that does not parse or repeats an id.
            let _ = bundle(lang, Part::Messages);
            let _ = bundle(lang, Part::Help);
            let mut seen = std::collections::BTreeSet::new();
            for id in ids(lang) {
                assert!(has(Lang::En, &id), "{}: `{id}` is not an English message", lang.code());
                // The help has a bundle of its own: no id may be in both.
                assert!(seen.insert(id.clone()), "{}: `{id}` is written twice", lang.code());
            }
        }
        assert_eq!(message(Lang::Fr, "no-such-message", None), "no-such-message");
        assert_eq!(help(Lang::Fr, "no-such-message", None), None);
    }
}
