//! CSV, one row per person (RFC 4180: CRLF, quoted where needed, UTF-8),
//! spreadsheet-safe unless asked otherwise.

use super::Entry;
use crate::snapshot::fields::Phone;

pub const HEADER: [&str; 16] = [
    "directory",
    "serial",
    "cctld",
    "cctld_label",
    "country",
    "region",
    "registry",
    "emergency_phone",
    "name",
    "role",
    "email",
    "phone",
    "mobile",
    "pgp",
    "languages",
    "note",
];

/// Several values in one cell are joined by this.
const JOIN: &str = "; ";

/// A cell a spreadsheet would run as a formula starts with one of these.
fn risky(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Numbers in international form (`+255 22 000 0001`, several joined by
/// `; `) hold only digits and separators, so no formula, reference or DDE
/// payload can hide in them: they stay dialable.
fn is_phone_list(cell: &str) -> bool {
    !cell.is_empty() && cell.split(JOIN).all(|p| Phone::check(p).is_ok())
}

/// Neutralises a cell so a spreadsheet shows it as text.
pub fn neutralise(cell: &str) -> String {
    if risky(cell) && !is_phone_list(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

/// One CSV record with its CRLF, each cell neutralised unless `raw`.
pub fn row(cells: &[String], raw: bool) -> String {
    let mut line = cells
        .iter()
        .map(|c| if raw { quote(c) } else { quote(&neutralise(c)) })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// The whole CSV text for the entries.
pub fn write(entries: &[Entry<'_>], raw: bool) -> String {
    let mut out = row(&HEADER.map(str::to_string), true);
    for e in entries {
        let c = e.contact;
        let r = crate::refdata::lookup(&e.cctld.code);
        let cells = [
            e.directory.to_string(),
            e.serial.to_string(),
            e.cctld.code.clone(),
            e.cctld.label.clone(),
            r.map(|r| r.names[0]).unwrap_or("").to_string(),
            r.map(|r| r.region.name()).unwrap_or("").to_string(),
            e.cctld.registry.clone().unwrap_or_default(),
            e.cctld.emergency_phone.clone().unwrap_or_default(),
            c.name.clone(),
            c.role.clone().unwrap_or_default(),
            c.email.join(JOIN),
            c.phone.join(JOIN),
            c.mobile.join(JOIN),
            c.pgp.clone().unwrap_or_default(),
            c.languages.join(JOIN),
            c.note.clone().unwrap_or_default(),
        ];
        out.push_str(&row(&cells, raw));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_stay_dialable() {
        let cases = [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("+255 22 000 0001", "+255 22 000 0001"),
            (
                "+255 22 000 0001; +44 (0)20 7946 0000",
                "+255 22 000 0001; +44 (0)20 7946 0000",
            ),
            ("+255 22 000 0001; =1+1", "'+255 22 000 0001; =1+1"),
            ("Amani", "Amani"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(neutralise(input), want, "{input}");
        }
    }

    #[test]
    fn rfc4180_quoting() {
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("line\nbreak"), "\"line\nbreak\"");
        assert_eq!(quote("plain"), "plain");
    }
}
