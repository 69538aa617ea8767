//! What changed between two snapshots of a directory: ccTLDs and contacts
//! added and removed, and every changed field. A changed e-mail or phone is
//! what a social-engineering attempt looks like, so nothing is summarised away.

use crate::contact::{Cctld, Contact, Snapshot};
use crate::search::fold;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    CctldAdded {
        code: String,
        label: String,
    },
    CctldRemoved {
        code: String,
        label: String,
    },
    CctldChanged {
        code: String,
        label: String,
        field: &'static str,
        old: String,
        new: String,
    },
    ContactAdded {
        code: String,
        label: String,
        name: String,
    },
    ContactRemoved {
        code: String,
        label: String,
        name: String,
    },
    ContactChanged {
        code: String,
        label: String,
        name: String,
        field: &'static str,
        old: String,
        new: String,
    },
}

/// Contacts added, removed and changed, for one-line summaries.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl Counts {
    pub fn of(changes: &[Change]) -> Counts {
        let mut c = Counts::default();
        let mut last_changed: Option<(&str, &str)> = None;
        for ch in changes {
            match ch {
                Change::ContactAdded { .. } => c.added += 1,
                Change::ContactRemoved { .. } => c.removed += 1,
                Change::ContactChanged { code, name, .. } if last_changed != Some((code, name)) => {
                    c.changed += 1;
                    last_changed = Some((code, name));
                }
                _ => {}
            }
        }
        c
    }

    pub fn is_empty(&self) -> bool {
        *self == Counts::default()
    }
}

/// Identifies a person within a ccTLD from one snapshot to the next.
pub fn identity(c: &Contact) -> String {
    name_identity(&c.name)
}

/// The same, from a name alone.
pub fn name_identity(name: &str) -> String {
    fold(name)
}

fn list(v: &[String]) -> String {
    v.join(", ")
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The fields of a contact that are compared, by name.
pub fn fields(c: &Contact) -> [(&'static str, String); 7] {
    [
        ("role", opt(&c.role)),
        ("email", list(&c.email)),
        ("phone", list(&c.phone)),
        ("mobile", list(&c.mobile)),
        ("pgp", opt(&c.pgp)),
        ("languages", list(&c.languages)),
        ("note", opt(&c.note)),
    ]
}

pub fn diff(old: &Snapshot, new: &Snapshot) -> Vec<Change> {
    let mut out = Vec::new();
    let find = |s: &'_ Snapshot, code: &str| s.cctlds.iter().position(|c| c.code == code);
    for n in &new.cctlds {
        match find(old, &n.code) {
            None => {
                out.push(Change::CctldAdded {
                    code: n.code.clone(),
                    label: n.label.clone(),
                });
                for p in &n.contacts {
                    out.push(Change::ContactAdded {
                        code: n.code.clone(),
                        label: n.label.clone(),
                        name: p.name.clone(),
                    });
                }
            }
            Some(i) => cctld(&old.cctlds[i], n, &mut out),
        }
    }
    for o in &old.cctlds {
        if find(new, &o.code).is_none() {
            out.push(Change::CctldRemoved {
                code: o.code.clone(),
                label: o.label.clone(),
            });
            for p in &o.contacts {
                out.push(Change::ContactRemoved {
                    code: o.code.clone(),
                    label: o.label.clone(),
                    name: p.name.clone(),
                });
            }
        }
    }
    out
}

fn cctld(o: &Cctld, n: &Cctld, out: &mut Vec<Change>) {
    let (code, label) = (n.code.clone(), n.label.clone());
    for (field, a, b) in [
        ("registry", &o.registry, &n.registry),
        ("emergency_phone", &o.emergency_phone, &n.emergency_phone),
    ] {
        if a != b {
            out.push(Change::CctldChanged {
                code: code.clone(),
                label: label.clone(),
                field,
                old: opt(a),
                new: opt(b),
            });
        }
    }
    let mut unmatched: Vec<&Contact> = o.contacts.iter().collect();
    for p in &n.contacts {
        match unmatched.iter().position(|q| identity(q) == identity(p)) {
            Some(i) => {
                let q = unmatched.remove(i);
                for ((field, a), (_, b)) in fields(q).into_iter().zip(fields(p)) {
                    if a != b {
                        out.push(Change::ContactChanged {
                            code: code.clone(),
                            label: label.clone(),
                            name: p.name.clone(),
                            field,
                            old: a,
                            new: b,
                        });
                    }
                }
            }
            None => out.push(Change::ContactAdded {
                code: code.clone(),
                label: label.clone(),
                name: p.name.clone(),
            }),
        }
    }
    for q in unmatched {
        out.push(Change::ContactRemoved {
            code: code.clone(),
            label: label.clone(),
            name: q.name.clone(),
        });
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
    fn changes_field_by_field() {
        let a = snap("[[cctld]]\ncode=\"tz\"\n[[cctld.contact]]\nname=\"A\"\nemail=[\"a@x.example\"]\nmobile=[\"+1 1\"]\n[[cctld.contact]]\nname=\"B\"\nemail=[\"b@x.example\"]\n[[cctld]]\ncode=\"ke\"\n[[cctld.contact]]\nname=\"K\"\nemail=[\"k@x.example\"]\n");
        let b = snap("[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"A\"\nemail=[\"a@evil.example\"]\nmobile=[\"+1 2\"]\n[[cctld.contact]]\nname=\"C\"\nemail=[\"c@x.example\"]\n[[cctld]]\ncode=\"ug\"\n[[cctld.contact]]\nname=\"U\"\nemail=[\"u@x.example\"]\n");
        let d = diff(&a, &b);
        assert!(d.contains(&Change::ContactChanged {
            code: "tz".into(),
            label: "tz".into(),
            name: "A".into(),
            field: "email",
            old: "a@x.example".into(),
            new: "a@evil.example".into()
        }));
        assert!(d.contains(&Change::CctldChanged {
            code: "tz".into(),
            label: "tz".into(),
            field: "emergency_phone",
            old: "".into(),
            new: "+255 1".into()
        }));
        assert!(d.contains(&Change::CctldAdded {
            code: "ug".into(),
            label: "ug".into()
        }));
        assert!(d.contains(&Change::CctldRemoved {
            code: "ke".into(),
            label: "ke".into()
        }));
        assert_eq!(
            Counts::of(&d),
            Counts {
                added: 2,
                removed: 2,
                changed: 1
            }
        );
        assert!(diff(&a, &a).is_empty());
    }
}
