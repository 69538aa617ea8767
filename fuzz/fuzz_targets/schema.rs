//! The snapshot document parser over arbitrary bytes: it never panics, and
//! whatever it accepts keeps the format's rules.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tldops::snapshot::schema::{is_forbidden, parse_snapshot, MAX_SERIAL};

fn clean(s: &str) {
    assert!(!s.chars().any(is_forbidden), "forbidden character accepted in {s:?}");
    assert_eq!(s, s.trim(), "untrimmed value accepted");
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = parse_snapshot(data) else { return };
    assert!((1..=MAX_SERIAL).contains(&s.serial));
    assert!(s.expires > s.issued);
    clean(&s.directory);
    assert!((1..=64).contains(&s.directory.chars().count()));
    assert!((1..=1000).contains(&s.cctlds.len()));
    for c in &s.cctlds {
        clean(&c.code);
        assert!(!c.code.is_empty());
        for v in [&c.registry, &c.emergency_phone].into_iter().flatten() {
            clean(v);
        }
        assert!((1..=10).contains(&c.contacts.len()));
        for p in &c.contacts {
            clean(&p.name);
            assert!(!p.name.is_empty());
            assert!((1..=5).contains(&p.email.len()));
            assert!(p.phone.len() <= 5 && p.mobile.len() <= 5);
            for v in p.email.iter().chain(&p.phone).chain(&p.mobile).chain(&p.languages) {
                clean(v);
            }
            for v in [&p.role, &p.pgp, &p.note].into_iter().flatten() {
                clean(v);
            }
        }
    }
});
