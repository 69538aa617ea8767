//! Mail drafts, one per ccTLD: an RFC 5322 message (UTF-8, RFC 2047 encoded
//! header words) that mutt, neomutt (`-H`) and Thunderbird open to edit and
//! send, written from a template with placeholders. tldops sends nothing.
//!
//! A template is a `Subject:` line, an empty line, and the body. Placeholders:
//! `{count}` (3), `{n_items}` (3 items), `{cctld}` (.tz, .рф), `{code}` (tz,
//! xn--p1ai), `{country}` (Tanzania), `{directory}` (TLD-OPS) and, in the body
//! only and last on its line, `{items}`: the items defanged, one per line,
//! each after the text that stands before `{items}`. `{{` and `}}` are braces.

use crate::i18n::Lang;
use base64::Engine as _;
use std::fmt::Write as _;

/// The template used when none is given, in English (see [`default_text`]).
pub const DEFAULT_TEMPLATE: &str = "\
Subject: [{directory}] {n_items} under {cctld} ({country}) for your attention

Hello {cctld} security team,

In an incident we are handling, we found the following {n_items} under
{cctld}. They are written defanged (hxxp, [.], [@]) so that no mail client
turns them into links.

    {items}

Could you look into them, or tell us who should?

Thank you,
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Count,
    NItems,
    Cctld,
    Code,
    Country,
    Directory,
    Items,
}

const FIELDS: [(&str, Field); 7] = [
    ("count", Field::Count),
    ("n_items", Field::NItems),
    ("cctld", Field::Cctld),
    ("code", Field::Code),
    ("country", Field::Country),
    ("directory", Field::Directory),
    ("items", Field::Items),
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Field(Field),
}

/// A parsed template.
#[derive(Debug, Clone)]
pub struct Template {
    subject: Vec<Piece>,
    /// The body, line by line.
    body: Vec<Vec<Piece>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    NoSubject,
    NoBody,
    Unknown(usize, String),
    Unclosed(usize),
    Unopened(usize),
    ItemsPlace(usize),
    NoItems,
}

/// In the language in use: a template error is said to the person who wrote it.
impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let items = "{items}";
        f.write_str(&match self {
            TemplateError::NoSubject => crate::tr!("route-template-no-subject"),
            TemplateError::NoBody => crate::tr!("route-template-no-body"),
            TemplateError::Unknown(line, name) => {
                let known: Vec<String> = FIELDS.iter().map(|(k, _)| format!("{{{k}}}")).collect();
                crate::tr!(
                    "route-template-unknown",
                    line = line.to_string(),
                    placeholder = format!("{{{name}}}"),
                    known = known.join(", ")
                )
            }
            TemplateError::Unclosed(line) => crate::tr!("route-template-unclosed", line = line.to_string()),
            TemplateError::Unopened(line) => crate::tr!("route-template-unopened", line = line.to_string()),
            TemplateError::ItemsPlace(line) => {
                crate::tr!("route-template-items-place", line = line.to_string(), items = items)
            }
            TemplateError::NoItems => crate::tr!("route-template-no-items", items = items),
        })
    }
}

impl std::error::Error for TemplateError {}

fn pieces(line: &str, n: usize) -> Result<Vec<Piece>, TemplateError> {
    let mut out = Vec::new();
    let mut text = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '}' => return Err(TemplateError::Unopened(n)),
            '{' => {
                let mut name = String::new();
                loop {
                    match chars.next() {
                        Some('}') => break,
                        Some(c) => name.push(c),
                        None => return Err(TemplateError::Unclosed(n)),
                    }
                }
                let field = FIELDS
                    .iter()
                    .find(|(k, _)| *k == name.trim())
                    .map(|(_, f)| *f)
                    .ok_or_else(|| TemplateError::Unknown(n, name.clone()))?;
                if !text.is_empty() {
                    out.push(Piece::Text(std::mem::take(&mut text)));
                }
                out.push(Piece::Field(field));
            }
            c => text.push(c),
        }
    }
    if !text.is_empty() {
        out.push(Piece::Text(text));
    }
    Ok(out)
}

impl Template {
    pub fn parse(text: &str) -> Result<Template, TemplateError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = text.lines();
        let first = lines.next().unwrap_or("");
        let subject = match first.split_once(':') {
            Some((k, v)) if k.eq_ignore_ascii_case("subject") => v.trim(),
            _ => return Err(TemplateError::NoSubject),
        };
        let subject = pieces(subject, 1)?;
        if subject.contains(&Piece::Field(Field::Items)) {
            return Err(TemplateError::ItemsPlace(1));
        }
        if lines.next().is_some_and(|l| !l.trim().is_empty()) {
            return Err(TemplateError::NoBody);
        }
        let mut body = Vec::new();
        let mut has_items = false;
        for (i, line) in lines.enumerate() {
            let p = pieces(line.trim_end(), i + 3)?;
            if let Some(at) = p.iter().position(|p| *p == Piece::Field(Field::Items)) {
                if at + 1 != p.len() {
                    return Err(TemplateError::ItemsPlace(i + 3));
                }
                has_items = true;
            }
            body.push(p);
        }
        if !has_items {
            return Err(TemplateError::NoItems);
        }
        Ok(Template { subject, body })
    }

    /// The template used when none is given, in `lang`: its words from the
    /// messages, its placeholders those of any template.
    pub fn default_in(lang: Lang) -> Template {
        Template::parse(&default_text(lang)).expect("the default template parses")
    }
}

/// The default template's text in `lang`; in English, [`DEFAULT_TEMPLATE`].
pub fn default_text(lang: Lang) -> String {
    // Each message's variables stand for the placeholder of their name.
    let field = |id: &str| {
        let mut args = crate::i18n::Args::new();
        for (name, _) in FIELDS {
            args.set(name, crate::i18n::arg(format!("{{{name}}}")));
        }
        crate::i18n::message(lang, id, Some(&args))
    };
    format!(
        "Subject: {}\n\n{}\n\n{}\n\n    {{items}}\n\n{}\n\n{}\n",
        field("route-draft-subject"),
        field("route-draft-greeting"),
        field("route-draft-found"),
        field("route-draft-ask"),
        field("route-draft-thanks"),
    )
}

/// What one draft says.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    /// (name, address): each contact's first e-mail.
    pub to: Vec<(&'a str, &'a str)>,
    /// `.tz`, `.рф`.
    pub cctld: String,
    pub code: &'a str,
    pub country: &'a str,
    pub directory: &'a str,
    /// The language of the words a placeholder gives (`3 items`).
    pub lang: Lang,
    /// The items, defanged, in order.
    pub items: Vec<String>,
}

fn fill(pieces: &[Piece], f: &Facts<'_>) -> String {
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Field(field) => out.push_str(&match field {
                Field::Count => f.items.len().to_string(),
                Field::NItems => crate::tr!(
                    f.lang => "route-draft-n-items",
                    count = f.items.len().to_string(),
                    n = f.items.len()
                ),
                Field::Cctld => f.cctld.clone(),
                Field::Code => f.code.to_string(),
                Field::Country => f.country.to_string(),
                Field::Directory => f.directory.to_string(),
                Field::Items => String::new(),
            }),
        }
    }
    out
}

/// Longest body line, in octets, before an item is continued on the next
/// line (RFC 5322 allows 998).
const BODY_LINE: usize = 900;

/// The draft as the bytes of an .eml file (LF line ends, as mail files on
/// disk keep them).
pub fn render(t: &Template, f: &Facts<'_>) -> Vec<u8> {
    let mut out = String::new();
    let to: Vec<String> = f.to.iter().map(|(n, a)| mailbox(n, a)).collect();
    out.push_str("To: ");
    out.push_str(&to.join(",\n "));
    out.push('\n');
    let _ = writeln!(out, "Subject: {}", header_text(&fill(&t.subject, f), "Subject: ".len()));
    out.push_str("MIME-Version: 1.0\n");
    out.push_str("Content-Type: text/plain; charset=UTF-8\n");
    out.push_str("Content-Transfer-Encoding: 8bit\n");
    out.push('\n');
    for line in &t.body {
        if line.last() == Some(&Piece::Field(Field::Items)) {
            let prefix = fill(&line[..line.len() - 1], f);
            for item in &f.items {
                let mut rest = item.as_str();
                let mut lead = prefix.clone();
                loop {
                    let room = BODY_LINE.saturating_sub(lead.len()).max(16);
                    if rest.len() <= room {
                        let _ = writeln!(out, "{lead}{rest}");
                        break;
                    }
                    let mut cut = room;
                    while !rest.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    let _ = writeln!(out, "{lead}{}", &rest[..cut]);
                    rest = &rest[cut..];
                    lead = format!("{prefix}  ");
                }
            }
        } else {
            let _ = writeln!(out, "{}", fill(line, f).trim_end());
        }
    }
    out.into_bytes()
}

/// Characters a display name may hold unquoted (RFC 5322 atext and space).
fn atext(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~ ".contains(c)
}

/// `Name <address>`, the name quoted or encoded as it needs.
fn mailbox(name: &str, address: &str) -> String {
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    let name = name.trim();
    if name.is_empty() {
        return format!("<{address}>");
    }
    if name.is_ascii() && name.chars().all(atext) {
        format!("{name} <{address}>")
    } else if name.is_ascii() && !name.contains("=?") {
        format!("\"{}\" <{address}>", name.replace('\\', "\\\\").replace('"', "\\\""))
    } else {
        format!("{} <{address}>", encoded_words(name))
    }
}

/// Header text as is when it is short plain ASCII, else as RFC 2047 encoded
/// words, folded so no line passes 76 octets.
fn header_text(text: &str, used: usize) -> String {
    let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if text.is_ascii() && !text.contains("=?") {
        // Folded at spaces: unfolding takes out the line end only.
        let mut out = String::with_capacity(text.len() + 8);
        let mut column = used;
        for (i, word) in text.split(' ').enumerate() {
            if i > 0 {
                if column + 1 + word.len() > 76 {
                    out.push_str("\n ");
                    column = 1;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += word.len();
        }
        return out;
    }
    encoded_words(&text)
}

/// `=?UTF-8?B?...?=` words of whole characters, one per folded line.
fn encoded_words(text: &str) -> String {
    // 75 octets per word: 12 for `=?UTF-8?B?` and `?=`, 63 of base64 = 45 octets of text at most.
    const CHUNK: usize = 45;
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in text.chars() {
        if chunk.len() + c.len_utf8() > CHUNK {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    if !chunk.is_empty() {
        words.push(chunk);
    }
    words
        .iter()
        .map(|w| format!("=?UTF-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(w)))
        .collect::<Vec<_>>()
        .join("\n ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts<'static> {
        Facts {
            to: vec![("Amani Mfano", "amani@nic.tz"), ("Иван \"Ваня\" Иванов", "ivan@nic.tz")],
            cctld: ".tz".into(),
            code: "tz",
            country: "Tanzania",
            directory: "TLD-OPS",
            lang: Lang::En,
            items: vec!["bank[.]co[.]tz".into(), "hxxps://login[.]bank[.]co[.]tz/verify".into()],
        }
    }

    #[test]
    fn templates() {
        let bad = [
            ("no subject", "Hello\n\n{items}", TemplateError::NoSubject),
            ("no empty line", "Subject: x\nbody {items}", TemplateError::NoBody),
            (
                "unknown",
                "Subject: {nope}\n\n{items}",
                TemplateError::Unknown(1, "nope".into()),
            ),
            ("unclosed", "Subject: x\n\n{items\n", TemplateError::Unclosed(3)),
            ("unopened", "Subject: x}\n\n{items}", TemplateError::Unopened(1)),
            (
                "items in subject",
                "Subject: {items}\n\n{items}",
                TemplateError::ItemsPlace(1),
            ),
            (
                "items not last",
                "Subject: x\n\n{items} here",
                TemplateError::ItemsPlace(3),
            ),
            ("no items", "Subject: x\n\nhello", TemplateError::NoItems),
        ];
        for (name, text, want) in bad {
            assert_eq!(Template::parse(text).unwrap_err(), want, "{name}");
        }
        let t = Template::parse("Subject: {{{count}}} {code}\n\n- {items}\n").unwrap();
        let eml = String::from_utf8(render(&t, &facts())).unwrap();
        assert!(eml.contains("Subject: {2} tz\n"), "{eml}");
        assert!(
            eml.ends_with("\n\n- bank[.]co[.]tz\n- hxxps://login[.]bank[.]co[.]tz/verify\n"),
            "{eml}"
        );
    }

    #[test]
    fn headers_are_encoded() {
        let eml = String::from_utf8(render(&Template::default_in(Lang::En), &facts())).unwrap();
        let (head, body) = eml.split_once("\n\n").unwrap();
        assert!(head.is_ascii(), "{head}");
        assert!(head.lines().all(|l| l.len() <= 78), "{head}");
        assert!(
            head.starts_with("To: Amani Mfano <amani@nic.tz>,\n =?UTF-8?B?"),
            "{head}"
        );
        assert!(
            head.contains("Subject: [TLD-OPS] 2 items under .tz (Tanzania) for your attention"),
            "{head}"
        );
        assert!(body.contains("    bank[.]co[.]tz\n    hxxps://"), "{body}");
        let mut f = facts();
        f.cctld = ".рф".into();
        let eml = String::from_utf8(render(&Template::default_in(Lang::En), &f)).unwrap();
        assert!(eml.contains("Subject: =?UTF-8?B?"), "{eml}");
        assert_eq!(mailbox("A \"B\" C", "x@y"), "\"A \\\"B\\\" C\" <x@y>");
        assert_eq!(mailbox("", "x@y"), "<x@y>");
    }

    #[test]
    fn the_default_template_is_the_same_english_and_exists_in_french() {
        assert_eq!(default_text(Lang::En), DEFAULT_TEMPLATE);
        let fr = default_text(Lang::Fr);
        assert!(fr.starts_with("Subject: [{directory}] {n_items} sous {cctld}"), "{fr}");
        assert!(fr.contains("\n\n    {items}\n\n"), "{fr}");
        let mut f = facts();
        f.lang = Lang::Fr;
        let eml = String::from_utf8(render(&Template::default_in(Lang::Fr), &f)).unwrap();
        assert!(eml.contains("2 =?UTF-8?B?") || eml.contains("2 éléments"), "{eml}");
        assert!(eml.contains("les\néléments ci-dessous (2 éléments)"), "{eml}");
        f.items.truncate(1);
        let eml = String::from_utf8(render(&Template::default_in(Lang::Fr), &f)).unwrap();
        assert!(eml.contains("(1 élément)"), "{eml}");
    }

    #[test]
    fn long_items_are_continued() {
        let mut f = facts();
        f.items = vec!["x".repeat(2000)];
        let eml = String::from_utf8(render(&Template::default_in(Lang::En), &f)).unwrap();
        assert!(eml.lines().all(|l| l.len() <= 998));
        let body = eml.split_once("\n\n").unwrap().1;
        assert_eq!(body.replace("hxxp", "").matches('x').count(), 2000);
    }
}
