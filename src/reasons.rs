//! Why a mail or a snapshot was rejected or passed over, in words: the
//! trust boundary's typed details rendered through `i18n/LANG/reasons.ftl`,
//! in the language in use for people and in English for what is stored and
//! printed for machines.

use crate::i18n::{self, Lang};
use crate::snapshot::{Arg, Detail, Rejection};
use std::fmt;

/// A detail in `lang`, its nested details in the same language.
pub fn render(lang: Lang, detail: &Detail) -> String {
    if detail.args.is_empty() {
        return i18n::message(lang, detail.id, None);
    }
    let mut args = i18n::Args::new();
    for (key, value) in &detail.args {
        match value {
            Arg::Text(s) => args.set(*key, i18n::arg(s.clone())),
            Arg::Count(n) => args.set(*key, i18n::arg(*n)),
            Arg::Detail(d) => args.set(*key, i18n::arg(render(lang, d))),
        }
    }
    i18n::message(lang, detail.id, Some(&args))
}

/// A detail in the language in use, for a person to read.
pub fn say(detail: &Detail) -> String {
    render(i18n::current(), detail)
}

/// A rejection for a person: its code, untranslated, and its detail in the
/// language in use.
pub fn say_rejection(r: &Rejection) -> String {
    format!("{}: {}", r.reason, say(&r.detail))
}

/// A detail as the database keeps it beside its English: its message id
/// and arguments, as JSON, to be said later in the reader's language.
pub fn to_words(detail: &Detail) -> String {
    fn value(d: &Detail) -> serde_json::Value {
        let args: serde_json::Map<String, serde_json::Value> = d
            .args
            .iter()
            .map(|(key, arg)| {
                let v = match arg {
                    Arg::Text(s) => serde_json::json!({ "text": s }),
                    Arg::Count(n) => serde_json::json!({ "count": n }),
                    Arg::Detail(d) => serde_json::json!({ "detail": value(d) }),
                };
                (key.to_string(), v)
            })
            .collect();
        serde_json::json!({ "id": d.id, "args": args })
    }
    value(detail).to_string()
}

/// A kept rejection's detail in the language in use, from the words kept
/// beside it; its English when there are none or they do not read (a row
/// kept before there were, or by another version).
pub fn say_kept(words: Option<&str>, english: &str) -> String {
    fn render_value(lang: Lang, v: &serde_json::Value) -> Option<String> {
        let id = v.get("id")?.as_str()?;
        if !id.starts_with("reason-") || !i18n::has(Lang::En, id) {
            return None;
        }
        let mut args = i18n::Args::new();
        for (key, arg) in v.get("args")?.as_object()? {
            if let Some(s) = arg.get("text").and_then(|t| t.as_str()) {
                args.set(key.clone(), i18n::arg(s.to_string()));
            } else if let Some(n) = arg.get("count").and_then(|n| n.as_u64()) {
                args.set(key.clone(), i18n::arg(n as f64));
            } else {
                args.set(key.clone(), i18n::arg(render_value(lang, arg.get("detail")?)?));
            }
        }
        Some(i18n::message(lang, id, Some(&args)))
    }
    words
        .and_then(|w| serde_json::from_str::<serde_json::Value>(w).ok())
        .and_then(|v| render_value(i18n::current(), &v))
        .unwrap_or_else(|| english.to_string())
}

/// The English words: what the database keeps and JSON prints, the same in
/// every language.
impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&render(Lang::En, self))
    }
}

impl From<Detail> for String {
    fn from(d: Detail) -> String {
        d.to_string()
    }
}

impl serde::Serialize for Detail {
    /// As its English words.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `detail!("...")` id written in the source, with where.
    fn ids_in_source() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut out = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (i, line) in text.lines().enumerate() {
                for (at, _) in line.match_indices("\"reason-") {
                    let id: String = line[at + 1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    // The scan's own needle names no message.
                    if id != "reason-" {
                        out.push((id, format!("{}:{}", f.display(), i + 1)));
                    }
                }
            }
        }
        out
    }

    #[test]
    fn every_detail_id_has_english_and_french_words() {
        let ids = ids_in_source();
        assert!(ids.len() > 50, "the scan sees the ids: {ids:?}");
        let mut missing = Vec::new();
        for (id, place) in &ids {
            for lang in [Lang::En, Lang::Fr] {
                if !i18n::has(lang, id) {
                    missing.push(format!("{place}: `{id}` has no {} message", lang.code()));
                }
            }
        }
        assert!(missing.is_empty(), "{}", missing.join("\n"));
    }

    #[test]
    fn details_render_in_english_by_default_and_nest() {
        let cases: [(&str, Detail, Lang, &str); 4] = [
            ("plain", crate::detail!("reason-missing"), Lang::En, "missing"),
            (
                "at a path",
                crate::detail!(
                    "reason-at",
                    path = "cctld[0].code",
                    what = crate::detail!("reason-missing")
                ),
                Lang::En,
                "cctld[0].code: missing",
            ),
            (
                "French",
                crate::detail!(
                    "reason-at",
                    path = "cctld[0].code",
                    what = crate::detail!("reason-missing")
                ),
                Lang::Fr,
                "cctld[0].code\u{a0}: absent",
            ),
            (
                "numbers as written",
                crate::detail!("reason-message-too-big", size = 12345678usize, max = 10485760usize),
                Lang::En,
                "12345678 bytes is over the 10485760-byte message limit",
            ),
        ];
        for (name, detail, lang, want) in cases {
            assert_eq!(render(lang, &detail), want, "{name}");
            // Kept as words and said again later, it reads the same.
            assert_eq!(
                say_kept(Some(&to_words(&detail)), "kept English"),
                render(i18n::current(), &detail),
                "{name}"
            );
        }
        // Rows kept before there were words, or words that do not read.
        for words in [None, Some(""), Some("{}"), Some(r#"{"id":"sync-none","args":{}}"#)] {
            assert_eq!(say_kept(words, "kept English"), "kept English", "{words:?}");
        }
        assert_eq!(crate::detail!("reason-missing").to_string(), "missing");
    }
}
