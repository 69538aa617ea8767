//! A TOML roster: the snapshot document, header fields optional, read with
//! the position of every key so that each problem has its line.

use super::{suggest, Checker, Field, RawCctld, Table, Val, TOP_KEYS};
use crate::snapshot::schema::{self, Header, MAX_SERIAL};
use chrono::{DateTime, Utc};
use toml::de::{DeTable, DeValue};

/// Where each line starts, to turn a byte offset into a 1-based line.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }

    fn at(&self, offset: usize) -> usize {
        self.0.partition_point(|s| *s <= offset)
    }
}

pub(super) fn roster(bytes: &[u8], c: &mut Checker) -> (Header, Vec<RawCctld>) {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
            c.error(line, "", "", crate::tr!("roster-utf8"));
            return (Header::default(), Vec::new());
        }
    };
    let lines = Lines::new(text);
    let doc = match DeTable::parse(text) {
        Ok(d) => d.into_inner(),
        Err(e) => {
            let line = e.span().map_or(0, |s| lines.at(s.start));
            c.error(line, "", "", crate::tr!("roster-toml", problem = e.message().trim()));
            return (Header::default(), Vec::new());
        }
    };
    let mut header = Header::default();
    let mut cctlds = Vec::new();
    for (k, v) in doc.iter() {
        let line = lines.at(k.span().start);
        let key = k.get_ref().as_ref();
        let value = v.get_ref();
        match key {
            "format" => match value.as_str() {
                Some(schema::FORMAT) => {}
                _ => c.error(line, "", "format", crate::tr!("roster-format", format = schema::FORMAT)),
            },
            "directory" => match value
                .as_str()
                .map(|d| (d, crate::snapshot::fields::DirectoryName::parse(d)))
            {
                Some((d, Ok(_))) => header.directory = Some(d.to_string()),
                Some((_, Err(m))) => c.error(line, "", "directory", m),
                None => c.error(line, "", "directory", crate::tr!("roster-must-be-string")),
            },
            "serial" => match value
                .as_integer()
                .and_then(|i| u64::from_str_radix(i.as_str(), i.radix()).ok())
            {
                Some(n) if (1..=MAX_SERIAL).contains(&n) => header.serial = Some(n),
                _ => c.error(line, "", "serial", crate::tr!("roster-serial")),
            },
            "issued" | "expires" => match value.as_datetime().and_then(datetime) {
                Some(t) if key == "issued" => header.issued = Some(t),
                Some(t) => header.expires = Some(t),
                None => c.error(line, "", key, crate::tr!("roster-datetime")),
            },
            "cctld" => match value.as_array() {
                Some(list) => {
                    for item in list.iter() {
                        let at = lines.at(item.span().start);
                        match item.get_ref().as_table() {
                            Some(t) => cctlds.push(toml_cctld(t, at, &lines, c)),
                            None => c.error(at, "", "cctld", crate::tr!("roster-cctld-table")),
                        }
                    }
                }
                None => c.error(line, "", "cctld", crate::tr!("roster-cctld-array")),
            },
            other => {
                let hint = suggest(other, TOP_KEYS)
                    .map(|k| crate::tr!("roster-did-you-mean", key = k))
                    .unwrap_or_default();
                c.error(
                    line,
                    "",
                    "",
                    crate::tr!(
                        "roster-unknown-key",
                        key = other.escape_debug().to_string(),
                        hint = hint
                    ),
                );
            }
        }
    }
    (header, cctlds)
}

fn datetime(d: &toml::value::Datetime) -> Option<DateTime<Utc>> {
    d.offset?;
    DateTime::parse_from_rfc3339(&d.to_string())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn toml_cctld(t: &DeTable, line: usize, lines: &Lines, c: &mut Checker) -> RawCctld {
    let mut raw = RawCctld {
        table: Table {
            line,
            fields: Vec::new(),
        },
        contacts: Vec::new(),
    };
    for (k, v) in t.iter() {
        let key = k.get_ref().as_ref();
        let at = lines.at(k.span().start);
        if key == "contact" {
            match v.get_ref().as_array() {
                Some(list) => {
                    for item in list.iter() {
                        let ct_line = lines.at(item.span().start);
                        match item.get_ref().as_table() {
                            Some(ct) => raw.contacts.push(toml_table(ct, ct_line, lines)),
                            None => c.error(ct_line, "", "contact", crate::tr!("roster-contact-table")),
                        }
                    }
                }
                None => c.error(at, "", "contact", crate::tr!("roster-contact-array")),
            }
        } else {
            raw.table.fields.push(toml_field(key, at, v.get_ref()));
        }
    }
    raw
}

fn toml_table(t: &DeTable, line: usize, lines: &Lines) -> Table {
    Table {
        line,
        fields: t
            .iter()
            .map(|(k, v)| toml_field(k.get_ref().as_ref(), lines.at(k.span().start), v.get_ref()))
            .collect(),
    }
}

fn toml_field(key: &str, line: usize, v: &DeValue) -> Field {
    let val = match v {
        DeValue::String(s) => Val::Text(s.to_string()),
        DeValue::Array(a) => {
            let items: Option<Vec<String>> = a.iter().map(|i| i.get_ref().as_str().map(str::to_string)).collect();
            match items {
                Some(v) => Val::List(v),
                None => Val::Wrong(crate::tr!("roster-wrong-list")),
            }
        }
        other => Val::Wrong(crate::tr!("roster-wrong-type", kind = other.type_str())),
    };
    Field {
        key: key.to_string(),
        line,
        val,
    }
}
