//! vCard 3.0 (what phones import reliably) and 4.0, written with calcard:
//! escaping and 75-octet folding that never splits a character, CRLF, UTF-8,
//! no PHOTO.

use super::Entry;
use calcard::vcard::{VCard, VCardEntry, VCardParameter, VCardProperty, VCardType, VCardValue, VCardVersion};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V3,
    V4,
}

impl Version {
    pub fn name(self) -> &'static str {
        match self {
            Version::V3 => "vCard 3.0",
            Version::V4 => "vCard 4.0",
        }
    }
}

fn text(p: VCardProperty, v: &str) -> VCardEntry {
    VCardEntry::new(p).with_value(v.to_string())
}

fn components(p: VCardProperty, parts: &[&str]) -> VCardEntry {
    VCardEntry::new(p).with_values(parts.iter().map(|s| VCardValue::Text(s.to_string())).collect())
}

/// The full card of one person.
pub fn card(e: &Entry<'_>, version: Version) -> VCard {
    let c = e.contact;
    let mut card = VCard::default();
    let push = |card: &mut VCard, entry: VCardEntry| card.entries.push(entry);
    push(&mut card, text(VCardProperty::Uid, &format!("urn:uuid:{}", e.uid())));
    push(&mut card, text(VCardProperty::Fn, &c.name));
    push(&mut card, components(VCardProperty::N, &[&c.name, "", "", "", ""]));
    let org = match e.country() {
        Some(country) => format!("{} {} ({country})", e.directory, e.dotted()),
        None => format!("{} {}", e.directory, e.dotted()),
    };
    let registry = e.cctld.registry.as_deref().unwrap_or("");
    push(&mut card, components(VCardProperty::Org, &[&org, registry]));
    push(
        &mut card,
        text(VCardProperty::Nickname, &format!("{} {}", e.dotted(), e.directory)),
    );
    if let Some(r) = &c.role {
        push(&mut card, text(VCardProperty::Title, r));
    }
    push(
        &mut card,
        text(
            VCardProperty::Role,
            &format!("{} security contact for {}", e.directory, e.dotted()),
        ),
    );
    for mail in &c.email {
        push(
            &mut card,
            text(VCardProperty::Email, mail)
                .with_param(VCardParameter::typ("INTERNET".to_string()))
                .with_param(VCardParameter::typ(VCardType::Work)),
        );
    }
    for p in &c.phone {
        push(
            &mut card,
            text(VCardProperty::Tel, p)
                .with_param(VCardParameter::typ(VCardType::Work))
                .with_param(VCardParameter::typ(VCardType::Voice)),
        );
    }
    for p in &c.mobile {
        push(
            &mut card,
            text(VCardProperty::Tel, p).with_param(VCardParameter::typ(VCardType::Cell)),
        );
    }
    if let Some(p) = &e.cctld.emergency_phone {
        // Apple's item label shows "24x7 registry line" on iOS and macOS.
        let group = Some("item1".to_string());
        push(
            &mut card,
            text(VCardProperty::Tel, p)
                .with_group(group.clone())
                .with_param(VCardParameter::typ(VCardType::Work))
                .with_param(VCardParameter::typ(VCardType::Voice)),
        );
        push(
            &mut card,
            text(
                VCardProperty::Other("X-ABLabel".into()),
                &format!("{} 24x7 registry line", e.dotted()),
            )
            .with_group(group),
        );
    }
    if let (Some(fp), Version::V4) = (&c.pgp, version) {
        push(&mut card, text(VCardProperty::Key, &format!("openpgp4fpr:{fp}")));
    }
    push(
        &mut card,
        components(VCardProperty::Categories, &[e.directory, &e.dotted()]),
    );
    push(&mut card, text(VCardProperty::Note, &note(e)));
    push(
        &mut card,
        text(VCardProperty::Rev, &e.issued.format("%Y%m%dT%H%M%SZ").to_string()),
    );
    card
}

fn note(e: &Entry<'_>) -> String {
    let c = e.contact;
    let mut n = format!("{} security contact for {}", e.directory, e.dotted());
    if let Some(country) = e.country() {
        let _ = write!(n, " ({country})");
    }
    n.push('.');
    if let Some(fp) = &c.pgp {
        let _ = write!(n, " PGP fingerprint: {}.", crate::contact::group_fingerprint(fp));
    }
    if !c.languages.is_empty() {
        let _ = write!(n, " Languages: {}.", c.languages.join(", "));
    }
    if let Some(x) = &c.note {
        let _ = write!(n, " {x}");
    }
    let _ = write!(
        n,
        " From {} snapshot serial {} ({}).",
        e.directory,
        e.serial,
        e.issued.format("%Y-%m-%d")
    );
    n
}

/// Writes one card as text.
pub fn write(card: &VCard, version: Version) -> String {
    let mut s = String::new();
    let v = match version {
        Version::V3 => VCardVersion::V3_0,
        Version::V4 => VCardVersion::V4_0,
    };
    // Writing to a String cannot fail.
    let _ = card.write_to(&mut s, v);
    s
}

/// The small card a QR code carries: name, organisation, numbers, addresses.
pub fn compact(entries: &[Entry<'_>]) -> String {
    let mut card = VCard::default();
    match entries {
        [e] => {
            let c = e.contact;
            card.entries.push(text(VCardProperty::Fn, &c.name));
            card.entries
                .push(components(VCardProperty::N, &[&c.name, "", "", "", ""]));
            card.entries.push(components(
                VCardProperty::Org,
                &[&format!("{} {}", e.directory, e.dotted())],
            ));
            for p in &c.mobile {
                card.entries
                    .push(text(VCardProperty::Tel, p).with_param(VCardParameter::typ(VCardType::Cell)));
            }
            for p in &c.phone {
                card.entries
                    .push(text(VCardProperty::Tel, p).with_param(VCardParameter::typ(VCardType::Work)));
            }
            for m in &c.email {
                card.entries.push(text(VCardProperty::Email, m));
            }
        }
        many => {
            // One card for the ccTLD, each number and address labelled with its person.
            let e = many[0];
            let name = format!("{} {}", e.directory, e.dotted());
            card.entries.push(text(VCardProperty::Fn, &name));
            card.entries
                .push(components(VCardProperty::N, &[&name, "", "", "", ""]));
            card.entries.push(components(VCardProperty::Org, &[&name]));
            let mut item = 0;
            let mut labelled = |card: &mut VCard, p: VCardProperty, v: &str, label: String| {
                item += 1;
                let g = Some(format!("item{item}"));
                card.entries.push(text(p, v).with_group(g.clone()));
                card.entries
                    .push(text(VCardProperty::Other("X-ABLabel".into()), &label).with_group(g));
            };
            if let Some(p) = &e.cctld.emergency_phone {
                labelled(&mut card, VCardProperty::Tel, p, "24x7".into());
            }
            // Full names and the kind ("Amani Otieno, mobile"), so that
            // namesakes and two numbers of one person stay apart.
            for e in many {
                let c = e.contact;
                for (p, kind) in c
                    .mobile
                    .iter()
                    .map(|p| (p, "mobile"))
                    .chain(c.phone.iter().map(|p| (p, "office")))
                {
                    labelled(&mut card, VCardProperty::Tel, p, format!("{}, {kind}", c.name));
                }
                for m in &c.email {
                    labelled(&mut card, VCardProperty::Email, m, format!("{}, e-mail", c.name));
                }
            }
        }
    }
    write(&card, Version::V3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::{Cctld, Contact};

    /// Values a verified snapshot can never hold must still not forge a
    /// property or a second card.
    #[test]
    fn hostile_values_stay_inside_their_property() {
        let contact = Contact {
            name: "Mallory\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Forged".into(),
            role: Some("a;b,c\\d\"e".into()),
            email: vec!["m@x.example\nTEL:+1 666".into()],
            phone: vec![],
            mobile: vec![],
            pgp: None,
            languages: vec![],
            note: Some("\u{202e}right-to-left override and עברית".into()),
            id: None,
        };
        let cctld = Cctld {
            code: "tz".into(),
            label: "tz".into(),
            registry: None,
            emergency_phone: None,
            contacts: vec![],
        };
        let e = Entry {
            directory: "TLD-OPS",
            serial: 1,
            issued: chrono::DateTime::UNIX_EPOCH,
            cctld: &cctld,
            contact: &contact,
        };
        for version in [Version::V3, Version::V4] {
            let text = write(&card(&e, version), version);
            let lines: Vec<&str> = text.split("\r\n").collect();
            assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VCARD").count(), 1, "{text}");
            assert_eq!(lines.iter().filter(|l| l.starts_with("FN")).count(), 1, "{text}");
            assert!(!lines.iter().any(|l| l.starts_with("TEL")), "{text}");
            assert!(
                lines
                    .iter()
                    .all(|l| l.len() <= 75 && !l.contains('\n') && !l.contains('\r')),
                "{text}"
            );
            let back = calcard::vcard::VCard::parse(&text).unwrap();
            let role = back.entries.iter().find(|x| x.name == VCardProperty::Title).unwrap();
            assert_eq!(role.values[0].as_text(), Some("a;b,c\\d\"e"));
        }
    }
}
