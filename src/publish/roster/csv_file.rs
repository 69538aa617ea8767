//! A CSV roster: a spreadsheet saved as CSV, one row per contact, the
//! columns named in its first row, several values in a cell separated by `;`.

use super::{suggest, Checker, Field, RawCctld, Table, Val, CSV_COLUMNS, LISTS};
use std::collections::HashMap;

pub(super) fn roster(bytes: &[u8], c: &mut Checker) -> Vec<RawCctld> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            c.error(1, "", "", crate::tr!("roster-csv-header", problem = e.to_string()));
            return Vec::new();
        }
        None => {
            c.error(0, "", "", crate::tr!("roster-csv-empty"));
            return Vec::new();
        }
    };
    let mut columns: Vec<Option<&'static str>> = Vec::new();
    for cell in header.iter() {
        let name = String::from_utf8_lossy(cell).trim().to_lowercase();
        match CSV_COLUMNS.iter().find(|k| **k == name) {
            Some(k) if columns.contains(&Some(*k)) => {
                c.error(1, "", "", crate::tr!("roster-column-twice", column = *k));
                columns.push(None);
            }
            Some(k) => columns.push(Some(*k)),
            None if name.is_empty() => columns.push(None),
            None => {
                let hint = suggest(&name, CSV_COLUMNS)
                    .map(|k| crate::tr!("roster-did-you-mean", key = k))
                    .unwrap_or_else(|| crate::tr!("roster-columns-are", columns = CSV_COLUMNS.join(", ")));
                c.error(
                    1,
                    "",
                    "",
                    crate::tr!(
                        "roster-unknown-column",
                        column = name.escape_debug().to_string(),
                        hint = hint
                    ),
                );
                columns.push(None);
            }
        }
    }
    for required in ["code", "name", "email"] {
        if !columns.contains(&Some(required)) {
            c.error(1, "", "", crate::tr!("roster-no-column", column = required));
        }
    }
    if !c.errors.is_empty() {
        return Vec::new();
    }
    // csv counts a CRLF line end oddly; the byte offset says where a record starts.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            bytes
                .iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    let line_of = |p: Option<&csv::Position>| {
        p.map_or(0, |p| {
            let mut at = p.byte() as usize;
            while matches!(bytes.get(at), Some(b'\r' | b'\n')) {
                at += 1;
            }
            starts.partition_point(|s| *s <= at)
        })
    };
    let mut out: Vec<RawCctld> = Vec::new();
    // The code as written (trimmed, lower case) -> index in `out`.
    let mut index: HashMap<String, usize> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                c.error(
                    line,
                    "",
                    "",
                    crate::tr!("roster-csv-unreadable", problem = e.to_string()),
                );
                continue;
            }
        };
        let line = line_of(record.position());
        if record.iter().all(|cell| cell.trim_ascii().is_empty()) {
            continue;
        }
        if record.len() > columns.len() {
            c.error(
                line,
                "",
                "",
                crate::tr!("roster-cells", cells = record.len(), columns = columns.len()),
            );
            continue;
        }
        let mut fields = Vec::new();
        let mut bad = false;
        for (cell, column) in record.iter().zip(&columns) {
            let Some(key) = column else { continue };
            let text = match std::str::from_utf8(cell) {
                Ok(t) => t,
                Err(_) => {
                    c.error(line, "", key, crate::tr!("roster-csv-utf8"));
                    bad = true;
                    continue;
                }
            };
            if text.trim().is_empty() {
                continue;
            }
            let val = if LISTS.contains(key) {
                Val::List(
                    text.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                )
            } else {
                Val::Text(text.to_string())
            };
            fields.push(Field {
                key: key.to_string(),
                line,
                val,
            });
        }
        if bad {
            continue;
        }
        let (cctld_fields, contact_fields): (Vec<Field>, Vec<Field>) = fields
            .into_iter()
            .partition(|f| matches!(f.key.as_str(), "code" | "registry" | "emergency_phone"));
        let code = cctld_fields
            .iter()
            .find(|f| f.key == "code")
            .and_then(|f| match &f.val {
                Val::Text(t) => Some(t.trim().to_string()),
                _ => None,
            });
        let Some(code) = code else {
            c.error(line, "", "code", crate::tr!("roster-csv-no-code"));
            continue;
        };
        let i = *index.entry(code.clone()).or_insert_with(|| {
            out.push(RawCctld {
                table: Table {
                    line,
                    fields: Vec::new(),
                },
                contacts: Vec::new(),
            });
            out.len() - 1
        });
        let rc = &mut out[i];
        for f in cctld_fields {
            match rc.table.get(&f.key) {
                None => rc.table.fields.push(f),
                Some(first) => {
                    if let (Val::Text(a), Val::Text(b)) = (&first.val, &f.val) {
                        if a.trim() != b.trim() {
                            let (first_line, key) = (first.line, f.key.clone());
                            c.error(
                                line,
                                &format!(".{code}"),
                                &key,
                                crate::tr!(
                                    "roster-differs",
                                    value = b.trim().escape_debug().to_string(),
                                    first = a.trim().escape_debug().to_string(),
                                    line = first_line.to_string()
                                ),
                            );
                        }
                    }
                }
            }
        }
        rc.contacts.push(Table {
            line,
            fields: contact_fields,
        });
    }
    out
}
