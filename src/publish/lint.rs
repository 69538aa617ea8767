//! What a dry run warns about: not errors, but what the secretariat would
//! want to know before 345 members see it. A ccTLD without a 24x7 line, a
//! contact without a phone, a person whose identity changes (every phone
//! then shows a removal and an addition), namesakes without an `id`.

use crate::contact::{Cctld, Contact, Snapshot};
use crate::search::fold;

/// One warning per line, in roster order.
pub fn lint(old: Option<&Snapshot>, new: &Snapshot) -> Vec<String> {
    let mut out = Vec::new();
    for c in &new.cctlds {
        if c.emergency_phone.is_none() {
            out.push(crate::tr!("lint-no-emergency", cctld = c.display()));
        }
        for p in &c.contacts {
            if p.phone.is_empty() && p.mobile.is_empty() {
                out.push(crate::tr!("lint-no-phone", cctld = c.display(), name = p.name.as_str()));
            }
        }
        for (i, p) in c.contacts.iter().enumerate() {
            for q in &c.contacts[i + 1..] {
                if fold(&p.name) == fold(&q.name) && (p.id.is_none() || q.id.is_none()) {
                    out.push(crate::tr!(
                        "lint-namesakes",
                        cctld = c.display(),
                        name = p.name.as_str(),
                        one = first(p),
                        other = first(q)
                    ));
                }
            }
        }
        if let Some(o) = old.and_then(|o| o.cctlds.iter().find(|x| x.code == c.code)) {
            identity_changes(o, c, &mut out);
        }
    }
    out
}

fn first(c: &Contact) -> &str {
    c.email.first().map(String::as_str).unwrap_or("")
}

/// A person who is still there by name, id or first e-mail, but under
/// another identity.
fn identity_changes(old: &Cctld, new: &Cctld, out: &mut Vec<String>) {
    let ids_new: Vec<_> = new.contacts.iter().map(|c| c.identity(&new.code)).collect();
    let ids_old: Vec<_> = old.contacts.iter().map(|c| c.identity(&old.code)).collect();
    for (p, id) in new.contacts.iter().zip(&ids_new) {
        if ids_old.contains(id) {
            continue;
        }
        let was = old.contacts.iter().zip(&ids_old).find(|(q, qid)| {
            !ids_new.contains(qid)
                && (fold(&q.name) == fold(&p.name)
                    || (q.id.is_some() && q.id == p.id)
                    || first(q).eq_ignore_ascii_case(first(p)))
        });
        if let Some((q, qid)) = was {
            out.push(crate::tr!(
                "lint-identity",
                cctld = new.display(),
                name = p.name.as_str(),
                old = qid.to_string(),
                new = id.to_string(),
                was = q.name.as_str()
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::schema::parse_snapshot;

    fn snap(body: &str) -> Snapshot {
        let head = "format = \"tldops-snapshot/1\"\ndirectory = \"D\"\nserial = 1\nissued = 2026-01-01T00:00:00Z\nexpires = 2026-02-01T00:00:00Z\n";
        parse_snapshot(format!("{head}{body}").as_bytes()).unwrap()
    }

    #[test]
    fn warnings() {
        let old = snap("[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"Amani\"\nemail=[\"a@x.example\"]\nmobile=[\"+255 2\"]\n");
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "all well",
                "[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"Amani\"\nemail=[\"a@x.example\"]\nmobile=[\"+255 2\"]\n",
                &[],
            ),
            (
                "no 24x7 line, no phone",
                "[[cctld]]\ncode=\"tz\"\n[[cctld.contact]]\nname=\"Amani\"\nemail=[\"a@x.example\"]\n",
                &[".tz: no 24x7 line (emergency_phone)", ".tz, Amani: no phone or mobile"],
            ),
            (
                "first e-mail changes",
                "[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"Amani\"\nemail=[\"amani@new.example\"]\nmobile=[\"+255 2\"]\n",
                &[".tz, Amani: identity changes from `amani` <a@x.example> in .tz to `amani` <amani@new.example> in .tz: every member's phone will show Amani removed and Amani added; keep the old first e-mail first, or give them an `id`"],
            ),
            (
                "namesakes",
                "[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"Amani\"\nemail=[\"a@x.example\"]\nmobile=[\"+255 2\"]\n[[cctld.contact]]\nname=\"AMANI\"\nemail=[\"b@x.example\"]\nmobile=[\"+255 3\"]\nid=\"b\"\n",
                &[".tz, Amani: two people of this name (a@x.example and b@x.example) and not both with an `id`: a change to either's first e-mail will look like a removal and an addition"],
            ),
        ];
        for (name, body, want) in cases {
            assert_eq!(lint(Some(&old), &snap(body)), *want, "{name}");
        }
    }
}
