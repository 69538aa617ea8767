//! Field rules used in more than one place, each as a small parsed type made
//! in one place: a directory's name, an OpenPGP fingerprint, a phone number.

use super::Detail;
use phonenumber::Mode;
use std::fmt;

/// Longest directory name, in characters.
pub const MAX_DIRECTORY: usize = 64;

/// A directory's name as a snapshot can carry it: 1 to 64 printable
/// characters, the only space the ASCII one, and none at either end (a
/// snapshot's values are trimmed, so a name with one would never match).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DirectoryName(String);

impl DirectoryName {
    /// The rule, in words, for messages.
    pub const RULE: &'static str = "1 to 64 printable characters, spaces only between words";

    pub fn parse(d: &str) -> Result<DirectoryName, Detail> {
        let n = d.chars().count();
        if n == 0 || n > MAX_DIRECTORY {
            return Err(crate::detail!(
                "reason-length-between",
                n = n,
                min = 1u8,
                max = MAX_DIRECTORY
            ));
        }
        let unprintable = |c: char| crate::detail!("reason-unprintable", code = format!("U+{:04X}", c as u32));
        if let Some(c) = d.chars().find(|c| (c.is_whitespace() && *c != ' ') || invisible(*c)) {
            return Err(unprintable(c));
        }
        if d.starts_with(' ') || d.ends_with(' ') {
            return Err(crate::detail!("reason-space-at-ends"));
        }
        if let Some(c) = d.chars().find(|c| super::schema::is_forbidden(*c)) {
            return Err(unprintable(c));
        }
        Ok(DirectoryName(d.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DirectoryName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Characters that print as nothing: the soft hyphen, zero-width spaces and
/// joiners, direction marks, word joiners and invisible operators, the byte
/// order mark.
pub(crate) fn invisible(c: char) -> bool {
    matches!(c as u32, 0xAD | 0x061C | 0x180E | 0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF)
}

/// An OpenPGP fingerprint: 40 (v4) or 64 (v6) hex digits, spaces ignored,
/// kept in upper case.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fingerprint(String);

impl Fingerprint {
    pub fn parse(p: &str) -> Result<Fingerprint, Detail> {
        let hex: String = p.chars().filter(|c| *c != ' ').collect();
        if !(hex.len() == 40 || hex.len() == 64) || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(crate::detail!(
                "reason-not-fingerprint",
                value = p.escape_debug().to_string()
            ));
        }
        Ok(Fingerprint(hex.to_ascii_uppercase()))
    }

    /// Upper-case hex without spaces.
    pub fn hex(&self) -> &str {
        &self.0
    }

    /// In groups of four, the way people read them aloud.
    pub fn grouped(&self) -> String {
        group(&self.0)
    }
}

/// Hex in groups of four.
pub fn group(hex: &str) -> String {
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.grouped())
    }
}

/// A phone number as a snapshot writes it (`+`, digits, with spaces, dots,
/// dashes or parentheses between them), with what the numbering plan says of
/// it: the form dialled from abroad (`+44 (0)20 7946 0000` is dialled
/// `+44 20 7946 0000`: the trunk prefix in brackets is not) and the form
/// dialled at home (`020 7946 0000`). The plan's knowledge comes from
/// libphonenumber's metadata through the `phonenumber` crate; a number it
/// cannot read keeps its written digits for every form.
#[derive(Debug, Clone)]
pub struct Phone {
    written: String,
    parsed: Option<phonenumber::PhoneNumber>,
    /// `442079460000`: country code and national number.
    e164: String,
    /// `02079460000`: as dialled inside the country, when the plan knows it.
    national: Option<String>,
}

impl Phone {
    /// Checks the written form alone, without reading the numbering plan.
    pub fn check(p: &str) -> Result<(), Detail> {
        check_written(p)
    }

    pub fn parse(p: &str) -> Result<Phone, Detail> {
        check_written(p)?;
        let parsed = phonenumber::parse(None, p).ok();
        let (e164, national) = match &parsed {
            Some(n) => {
                let nsn = n.national().to_string();
                let prefix = n
                    .metadata(&phonenumber::metadata::DATABASE)
                    .and_then(|m| m.national_prefix().map(str::to_string));
                (
                    format!("{}{nsn}", n.code().value()),
                    prefix.map(|prefix| format!("{prefix}{nsn}")),
                )
            }
            None => (digits(p), None),
        };
        Ok(Phone {
            written: p.to_string(),
            parsed,
            e164,
            national,
        })
    }

    pub fn written(&self) -> &str {
        &self.written
    }

    /// The form dialled from abroad when its digits differ from the written
    /// ones (a trunk prefix in brackets), else nothing: `+44 20 7946 0000`.
    pub fn dialable_if_different(&self) -> Option<String> {
        if digits(&self.written) == self.e164 {
            return None;
        }
        let n = self.parsed.as_ref()?;
        Some(n.format().mode(Mode::International).to_string())
    }

    /// Every string of digits this number is dialled or written as: the
    /// written digits, country code and national number, the national form.
    pub fn digit_forms(&self) -> Vec<String> {
        let mut out = vec![digits(&self.written), self.e164.clone()];
        out.extend(self.national.clone());
        out.dedup();
        out
    }

    /// The digit strings a query for a number may mean, as people type
    /// them: `+44 20 7946 0000`, `0044 20 7946 0000` (an international
    /// prefix), `+44 (0)20 7946 0000` (a trunk prefix that is not dialled
    /// from abroad), or part of a number. Give it the query's digits.
    pub fn query_forms(query_digits: &str) -> Vec<String> {
        let mut out = vec![query_digits.to_string()];
        if let Some(rest) = query_digits.strip_prefix("00").filter(|r| !r.starts_with('0')) {
            out.push(rest.to_string());
        }
        for q in out.clone() {
            // Only what reads as a whole international number.
            if q.len() >= 8 {
                if let Ok(p) = Phone::parse(&format!("+{q}")) {
                    out.push(p.e164);
                }
            }
        }
        out.dedup();
        out
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.written)
    }
}

/// The digits of a phone number.
pub fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// The written form: `+`, then digits, with spaces, dots, dashes or one
/// level of parentheses between them.
fn check_written(p: &str) -> Result<(), Detail> {
    let bad = |why: Detail| crate::detail!("reason-not-phone", value = p.escape_debug().to_string(), why = why);
    let Some(rest) = p.strip_prefix('+') else {
        return Err(bad(crate::detail!("reason-phone-plus-first")));
    };
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c == '(') {
        return Err(bad(crate::detail!("reason-phone-digits-after-plus")));
    }
    if let Some(c) = rest.chars().find(|c| !(c.is_ascii_digit() || " .-()".contains(*c))) {
        return Err(bad(crate::detail!(
            "reason-phone-character",
            character = c.escape_debug().to_string()
        )));
    }
    if !rest.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return Err(bad(crate::detail!("reason-phone-digit-last")));
    }
    let mut depth = 0i32;
    for c in rest.chars() {
        depth += match c {
            '(' => 1,
            ')' => -1,
            _ => 0,
        };
        if !(0..=1).contains(&depth) {
            return Err(bad(crate::detail!("reason-phone-parentheses")));
        }
    }
    if depth != 0 {
        return Err(bad(crate::detail!("reason-phone-parentheses")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_names() {
        let (at_edge, past_edge) = ("é".repeat(MAX_DIRECTORY), "é".repeat(MAX_DIRECTORY + 1));
        let cases: [(&str, &str, Result<&str, &str>); 12] = [
            ("plain", "TLD-OPS", Ok("TLD-OPS")),
            ("one character", "X", Ok("X")),
            ("64 characters of two octets", &at_edge, Ok(&at_edge)),
            ("65 characters of two octets", &past_edge, Err("65 characters long")),
            ("inner space", "LAC TLD", Ok("LAC TLD")),
            ("non-latin", "Ближний Восток", Ok("Ближний Восток")),
            ("empty", "", Err("is 0 characters long")),
            ("trailing space", "TLD-OPS ", Err("must not begin or end with a space")),
            ("leading space", " TLD-OPS", Err("must not begin or end with a space")),
            ("nbsp", "TLD\u{a0}OPS", Err("not U+00A0")),
            ("zero width", "TLD\u{200b}OPS", Err("not U+200B")),
            ("too long", &"x".repeat(65), Err("65 characters long")),
        ];
        for (name, input, want) in cases {
            match (DirectoryName::parse(input), want) {
                (Ok(d), Ok(w)) => {
                    assert_eq!(d.as_str(), w, "{name}");
                    assert_eq!(d.to_string(), w, "{name}: as shown");
                }
                (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{name}: {e}"),
                (got, _) => panic!("{name}: {got:?}"),
            }
        }
    }

    #[test]
    fn fingerprints() {
        let f = Fingerprint::parse("0123 4567 89ab CDEF 0123  4567 89AB CDEF 0123 4567").unwrap();
        assert_eq!(f.hex(), "0123456789ABCDEF0123456789ABCDEF01234567");
        assert_eq!(f.grouped(), "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567");
        assert_eq!(f.to_string(), f.grouped(), "shown in groups");
        assert!(Fingerprint::parse(&"A".repeat(64)).is_ok());
        assert_eq!(Fingerprint::parse(&"ab".repeat(20)).unwrap().hex(), "AB".repeat(20));
        let key_id = "89ABCDEF01234567";
        for bad in [
            "",
            "0123",
            key_id,
            &"G".repeat(40),
            &"A".repeat(39),
            &"A".repeat(41),
            &"A".repeat(63),
            &"A".repeat(65),
            &format!("{}\u{a0}{}", "A".repeat(20), "A".repeat(20)),
        ] {
            assert!(Fingerprint::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn phones_as_people_write_them() {
        let cases = [
            (
                "trunk prefix in brackets",
                "+44 (0)20 7946 0000",
                Some("+44 20 7946 0000"),
                vec!["4402079460000", "442079460000", "02079460000"],
            ),
            (
                "already dialable",
                "+44 20 7946 0000",
                None,
                vec!["442079460000", "02079460000"],
            ),
            ("tanzania", "+255 22 000 0001", None, vec!["255220000001"]),
        ];
        for (name, written, dial, forms) in cases {
            let p = Phone::parse(written).unwrap();
            assert_eq!(p.written(), written, "{name}");
            assert_eq!(p.to_string(), written, "{name}: shown as written");
            assert_eq!(p.dialable_if_different().as_deref(), dial, "{name}");
            for f in forms {
                assert!(
                    p.digit_forms().contains(&f.to_string()),
                    "{name}: {f} not in {:?}",
                    p.digit_forms()
                );
            }
        }
        assert!(Phone::parse("0044 20 7946 0000").is_err());
        assert!(Phone::parse("+44 20 7946 0000")
            .unwrap()
            .dialable_if_different()
            .is_none());
        assert!(Phone::parse("+44 ((0))20").is_err());
    }

    #[test]
    fn queries_for_numbers() {
        let cases = [
            ("international", "442079460000", "442079460000"),
            ("international prefix", "00442079460000", "442079460000"),
            ("trunk prefix typed too", "4402079460000", "442079460000"),
            ("national", "02079460000", "02079460000"),
            ("part", "0001", "0001"),
        ];
        for (name, q, want) in cases {
            assert!(
                Phone::query_forms(q).contains(&want.to_string()),
                "{name}: {:?}",
                Phone::query_forms(q)
            );
        }
    }
}
