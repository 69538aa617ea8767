//! What changed between two snapshots of a directory: ccTLDs and contacts
//! added and removed, and every changed field. A changed e-mail or phone is
//! what a social-engineering attempt looks like, so nothing is summarised away.

use crate::contact::{Cctld, Contact, Identity, Snapshot};
use serde::Serialize;

/// Who a change is about: enough to tell two namesakes apart, and the
/// identity that ties them to other snapshots.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    /// The first e-mail address, if any.
    pub email: Option<String>,
    #[serde(skip)]
    pub identity: Identity,
}

impl Person {
    pub fn of(c: &Contact, cctld: &str) -> Person {
        Person {
            name: c.name.clone(),
            role: c.role.clone(),
            email: c.email.first().cloned(),
            identity: c.identity(cctld),
        }
    }

    /// `Zdeňka Novotná (CSIRT lead, z.novotna@nic.sk.example)`.
    pub fn describe(&self) -> String {
        self.describe_with(None)
    }

    /// `Zdeňka Novotná (.sk, CSIRT lead, z.novotna@nic.sk.example)`, given `.sk`.
    pub fn describe_in(&self, cctld: &str) -> String {
        self.describe_with(Some(cctld))
    }

    fn describe_with(&self, cctld: Option<&str>) -> String {
        let extra: Vec<&str> = [cctld, self.role.as_deref(), self.email.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if extra.is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, extra.join(", "))
        }
    }
}

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
        #[serde(flatten)]
        person: Person,
    },
    ContactRemoved {
        code: String,
        label: String,
        #[serde(flatten)]
        person: Person,
    },
    ContactChanged {
        code: String,
        label: String,
        #[serde(flatten)]
        person: Person,
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
        let mut last_changed: Option<(&str, &Identity)> = None;
        for ch in changes {
            match ch {
                Change::ContactAdded { .. } => c.added += 1,
                Change::ContactRemoved { .. } => c.removed += 1,
                Change::ContactChanged { code, person, .. } if last_changed != Some((code, &person.identity)) => {
                    c.changed += 1;
                    last_changed = Some((code, &person.identity));
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

fn list(v: &[String]) -> String {
    v.join(", ")
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// The fields of a contact that are compared, by name.
pub fn fields(c: &Contact) -> [(&'static str, String); 8] {
    [
        ("name", c.name.clone()),
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
                        person: Person::of(p, &n.code),
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
                    person: Person::of(p, &o.code),
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
        let id = p.identity(&code);
        match unmatched.iter().position(|q| q.identity(&o.code) == id) {
            Some(i) => {
                let q = unmatched.remove(i);
                for ((field, a), (_, b)) in fields(q).into_iter().zip(fields(p)) {
                    if a != b {
                        out.push(Change::ContactChanged {
                            code: code.clone(),
                            label: label.clone(),
                            person: Person::of(p, &code),
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
                person: Person::of(p, &code),
            }),
        }
    }
    for q in unmatched {
        out.push(Change::ContactRemoved {
            code: code.clone(),
            label: label.clone(),
            person: Person::of(q, &o.code),
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

    fn person(name: &str, role: Option<&str>, email: &str, identity: Identity) -> Person {
        Person {
            name: name.into(),
            role: role.map(str::to_string),
            email: Some(email.into()),
            identity,
        }
    }

    fn derived(cctld: &str, name: &str, email: &str) -> Identity {
        Identity::Derived {
            cctld: cctld.into(),
            name: name.into(),
            email: email.into(),
        }
    }

    #[test]
    fn changes_field_by_field() {
        let a = snap("[[cctld]]\ncode=\"tz\"\n[[cctld.contact]]\nname=\"A\"\nemail=[\"a@x.example\"]\nmobile=[\"+1 1\"]\n[[cctld.contact]]\nname=\"B\"\nemail=[\"b@x.example\"]\n[[cctld.contact]]\nname=\"E\"\nid=\"tz-e\"\nemail=[\"e@x.example\"]\n[[cctld]]\ncode=\"ke\"\n[[cctld.contact]]\nname=\"K\"\nemail=[\"k@x.example\"]\n");
        let b = snap("[[cctld]]\ncode=\"tz\"\nemergency_phone=\"+255 1\"\n[[cctld.contact]]\nname=\"A\"\nemail=[\"a@x.example\"]\nmobile=[\"+1 2\"]\n[[cctld.contact]]\nname=\"C\"\nemail=[\"c@x.example\"]\n[[cctld.contact]]\nname=\"E\"\nid=\"tz-e\"\nemail=[\"e@evil.example\"]\n[[cctld]]\ncode=\"ug\"\n[[cctld.contact]]\nname=\"U\"\nemail=[\"u@x.example\"]\n");
        let d = diff(&a, &b);
        assert!(d.contains(&Change::ContactChanged {
            code: "tz".into(),
            label: "tz".into(),
            person: person("A", None, "a@x.example", derived("tz", "a", "a@x.example")),
            field: "mobile",
            old: "+1 1".into(),
            new: "+1 2".into()
        }));
        // With an `id`, a new address is a change of the same person.
        assert!(d.contains(&Change::ContactChanged {
            code: "tz".into(),
            label: "tz".into(),
            person: person("E", None, "e@evil.example", Identity::Id("tz-e".into())),
            field: "email",
            old: "e@x.example".into(),
            new: "e@evil.example".into()
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
                changed: 2
            }
        );
        assert!(diff(&a, &a).is_empty());
    }

    #[test]
    fn namesakes_are_told_apart() {
        let two = "[[cctld]]\ncode=\"sk\"\n[[cctld.contact]]\nname=\"Zdeňka Novotná\"\nrole=\"CSIRT lead\"\nemail=[\"zn@nic.sk.example\"]\n[[cctld.contact]]\nname=\"Zdeňka Novotná\"\nrole=\"Registry\"\nemail=[\"z.novotna@nic.sk.example\"]\nphone=[\"+421 1\"]\n";
        let a = snap(two);
        // The first one leaves; the second one's phone changes.
        let b = snap("[[cctld]]\ncode=\"sk\"\n[[cctld.contact]]\nname=\"Zdeňka Novotná\"\nrole=\"Registry\"\nemail=[\"z.novotna@nic.sk.example\"]\nphone=[\"+421 2\"]\n");
        let d = diff(&a, &b);
        let lead = person(
            "Zdeňka Novotná",
            Some("CSIRT lead"),
            "zn@nic.sk.example",
            derived("sk", "zdenka novotna", "zn@nic.sk.example"),
        );
        let registry = person(
            "Zdeňka Novotná",
            Some("Registry"),
            "z.novotna@nic.sk.example",
            derived("sk", "zdenka novotna", "z.novotna@nic.sk.example"),
        );
        assert_eq!(
            d,
            [
                Change::ContactChanged {
                    code: "sk".into(),
                    label: "sk".into(),
                    person: registry.clone(),
                    field: "phone",
                    old: "+421 1".into(),
                    new: "+421 2".into()
                },
                Change::ContactRemoved {
                    code: "sk".into(),
                    label: "sk".into(),
                    person: lead.clone()
                }
            ]
        );
        assert_eq!(lead.describe(), "Zdeňka Novotná (CSIRT lead, zn@nic.sk.example)");
        assert_eq!(
            Counts::of(&d),
            Counts {
                added: 0,
                removed: 1,
                changed: 1
            }
        );
    }
}
