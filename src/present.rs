//! How ccTLDs and contacts look: the grouped table for a terminal, and the
//! documented JSON shape shared by `find --json` and `show --json`.

use crate::contact::{group_fingerprint, Cctld, Contact};
use crate::refdata::{self, local_time};
use crate::term::{paint, sanitize, width as display_width};
use chrono::{DateTime, Utc};
use comfy_table::{presets, Cell, ColumnConstraint, ContentArrangement, Table, Width};
use serde_json::{json, Value};

/// `.tz` or `.рф (xn--p1ai)`.
pub fn display_code(c: &Cctld) -> String {
    sanitize(&c.display())
}

/// The lines above a ccTLD's contacts: who, and how to reach the registry
/// now, wrapped to `width` without breaking the 24x7 number.
pub fn heading(c: &Cctld, now: DateTime<Utc>, color: bool, width: u16) -> String {
    let mut first = paint(color, "1", &display_code(c));
    if let Some(name) = refdata::country_in(&c.code, crate::i18n::current()) {
        first.push_str(&format!("  {name}"));
    }
    if let Some(r) = &c.registry {
        first.push_str(&format!(" · {}", sanitize(r)));
    }
    let mut second = Vec::new();
    if let Some(p) = &c.emergency_phone {
        second.push(format!(
            "{} {}",
            crate::tr!("sheet-emergency"),
            paint(color, "1", &whole(&sanitize(p)))
        ));
    }
    if let Some(t) = local_time(&c.code, now) {
        second.push(crate::tr!(
            "find-heading-local-time",
            time = t.time,
            city = t.city,
            offset = t.offset
        ));
    }
    let mut out = wrapped(&first, 0, 4, width);
    if !second.is_empty() {
        out.push('\n');
        out.push_str(&wrapped(&second.join(" · "), 2, 4, width));
    }
    out
}

/// Spaces inside a number or a fingerprint group made no-break, so that
/// wrapping never splits it; [`wrapped`] turns them back.
fn whole(s: &str) -> String {
    s.replace(' ', "\u{a0}")
}

/// Wraps a line by display columns at its spaces, never inside what
/// [`whole`] protected nor inside an address: a word wider than the line
/// stays whole and overflows rather than being cut.
pub fn wrapped(text: &str, first: u16, rest: u16, width: u16) -> String {
    let (first, rest) = (" ".repeat(first as usize), " ".repeat(rest as usize));
    let options = textwrap::Options::new(width as usize)
        .initial_indent(&first)
        .subsequent_indent(&rest)
        .break_words(false);
    textwrap::wrap(text, options)
        .iter()
        .map(|l| l.trim_end().replace('\u{a0}', " "))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The width to lay tables out in: the terminal's, else `COLUMNS`, else 100.
pub fn width() -> u16 {
    if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size_of(std::io::stdout()) {
        return w;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w| *w >= 40)
        .unwrap_or(100)
}

/// One row per contact: name and role, e-mail, phones by kind, key and
/// languages. Below 110 columns, e-mail and phones share a column; below the
/// width where numbers, addresses and fingerprint groups fit whole in their
/// columns, each contact is stacked as lines instead.
pub fn table(contacts: &[&Contact], extra: Option<(&str, Vec<String>)>, width: u16) -> String {
    let narrow = width < 110;
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    let mut header: Vec<String> = if narrow {
        vec![
            crate::tr!("find-column-name"),
            crate::tr!("find-column-reach"),
            crate::tr!("find-column-keys"),
        ]
    } else {
        vec![
            crate::tr!("find-column-name"),
            crate::tr!("find-column-email"),
            crate::tr!("find-column-phones"),
            crate::tr!("find-column-keys"),
        ]
    };
    if let Some((title, _)) = &extra {
        header.push(title.to_string());
    }
    t.set_header(header);
    for (i, c) in contacts.iter().enumerate() {
        let mut name = sanitize(&c.name);
        if let Some(r) = &c.role {
            name.push_str(&format!("\n{}", sanitize(r)));
        }
        if let Some(n) = &c.note {
            name.push_str(&format!("\n({})", sanitize(n)));
        }
        let email = c.email.iter().map(|e| sanitize(e)).collect::<Vec<_>>().join("\n");
        let phones = c
            .phone
            .iter()
            .map(|p| crate::tr!("find-office", number = sanitize(p)))
            .chain(c.mobile.iter().map(|p| crate::tr!("find-mobile", number = sanitize(p))))
            .collect::<Vec<_>>()
            .join("\n");
        let mut key = c
            .pgp
            .as_deref()
            .map(|f| {
                let g = group_fingerprint(f);
                let half = g.len() / 2 + 1;
                format!("{}\n{}", g[..half].trim_end(), &g[half..])
            })
            .unwrap_or_default();
        if !c.languages.is_empty() {
            if !key.is_empty() {
                key.push('\n');
            }
            key.push_str(&sanitize(&c.languages.join(", ")));
        }
        let mut row = vec![Cell::new(name)];
        if narrow {
            row.push(Cell::new(
                [email, phones]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n"),
            ));
        } else {
            row.extend([Cell::new(email), Cell::new(phones)]);
        }
        row.push(Cell::new(key));
        if let Some((_, cells)) = &extra {
            row.push(Cell::new(cells.get(i).cloned().unwrap_or_default()));
        }
        t.add_row(row);
    }
    if !keep_whole(&mut t, width, if narrow { &[1, 2] } else { &[1, 2, 3] }) {
        return stacked(contacts, extra, width);
    }
    t.to_string()
}

/// Each contact as lines, for a terminal too narrow for the table: name and
/// role, then each number, address, key, languages and the extra cell,
/// indented, wrapped at spaces but never inside a number, an address or a
/// fingerprint group.
fn stacked(contacts: &[&Contact], extra: Option<(&str, Vec<String>)>, width: u16) -> String {
    let mut out = Vec::new();
    for (i, c) in contacts.iter().enumerate() {
        let mut name = sanitize(&c.name);
        if let Some(r) = &c.role {
            name.push_str(&format!(" — {}", sanitize(r)));
        }
        out.push(wrapped(&name, 0, 4, width));
        let mut item = |text: String| out.push(wrapped(&text, 2, 6, width));
        if let Some(n) = &c.note {
            item(format!("({})", sanitize(n)));
        }
        for p in &c.phone {
            item(crate::tr!("find-office", number = whole(&sanitize(p))));
        }
        for p in &c.mobile {
            item(crate::tr!("find-mobile", number = whole(&sanitize(p))));
        }
        for e in &c.email {
            item(sanitize(e));
        }
        if let Some(f) = &c.pgp {
            item(format!("PGP {}", group_fingerprint(f)));
        }
        if !c.languages.is_empty() {
            item(crate::tr!(
                "find-languages",
                languages = sanitize(&c.languages.join(", "))
            ));
        }
        if let Some((title, cells)) = &extra {
            for line in cells.get(i).map(String::as_str).unwrap_or("").lines() {
                item(crate::tr!(
                    "present-labelled",
                    label = title.to_lowercase(),
                    text = line
                ));
            }
        }
        out.push(String::new());
    }
    out.pop();
    out.join("\n")
}

/// Numbers, addresses and fingerprint groups must not wrap mid-way: give
/// those columns the width of their longest line while names keep room.
/// False when the table cannot fit so.
fn keep_whole(t: &mut Table, width: u16, columns: &[usize]) -> bool {
    const PADDING: u16 = 2;
    let longest = |col: usize| -> u16 {
        t.column_cells_iter(col)
            .flatten()
            .flat_map(|c| c.content().lines().map(display_width).collect::<Vec<_>>())
            .max()
            .unwrap_or(0) as u16
            + PADDING
    };
    let wanted: Vec<(usize, u16)> = columns.iter().map(|c| (*c, longest(*c))).collect();
    let borders = t.column_count() as u16 + 1;
    let rest = t.column_count() as u16 - columns.len() as u16;
    if wanted.iter().map(|w| w.1).sum::<u16>() + borders + 16 * rest > width {
        return false;
    }
    for (col, w) in wanted {
        if let Some(c) = t.column_mut(col) {
            c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
        }
    }
    true
}

/// The documented JSON shape of one contact.
pub fn contact_json(c: &Contact) -> Value {
    json!({
        "name": c.name,
        "role": c.role,
        "email": c.email,
        "phone": c.phone,
        "mobile": c.mobile,
        "pgp": c.pgp,
        "languages": c.languages,
        "note": c.note,
    })
}

/// The documented JSON shape of one ccTLD and the given contacts.
pub fn cctld_json(directory: &str, c: &Cctld, contacts: &[&Contact], now: DateTime<Utc>) -> Value {
    let r = refdata::lookup(&c.code);
    let names: serde_json::Map<String, Value> = r
        .map(|r| {
            refdata::LANGUAGES
                .iter()
                .zip(r.names)
                .map(|(l, n)| (l.to_string(), json!(n)))
                .collect()
        })
        .unwrap_or_default();
    let lt = local_time(&c.code, now);
    json!({
        "directory": directory,
        "code": c.code,
        "label": c.label,
        "territory": r.map(|r| r.territory),
        "country": names,
        "region": r.map(|r| r.region.name()),
        "time_zone": lt.as_ref().map(|t| t.zone),
        "utc_offset": lt.as_ref().map(|t| t.offset.clone()),
        "local_time": lt.as_ref().map(|t| t.iso.clone()),
        "registry": c.registry,
        "emergency_phone": c.emergency_phone,
        "contacts": contacts.iter().map(|p| contact_json(p)).collect::<Vec<_>>(),
    })
}

/// Keys as people compare them: grouped fingerprints, comma-separated, or
/// "no key" when there are none (a handover's retired or pinned keys).
pub fn fingerprints(keys: &std::collections::BTreeSet<String>) -> String {
    if keys.is_empty() {
        return crate::tr!("trust-no-key");
    }
    keys.iter()
        .map(|k| crate::contact::group_fingerprint(k))
        .collect::<Vec<_>>()
        .join(", ")
}
