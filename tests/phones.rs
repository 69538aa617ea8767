//! Phone numbers as people write and dial them, through the binary: a number
//! written with its trunk prefix in brackets is found by every form a caller
//! types, and the sheet prints the form dialled from abroad beside it.

mod common;

use common::{publish_and_sync, Env};

const ROSTER: &str = r#"
[[cctld]]
code = "uk"
emergency_phone = "+44 (0)20 7946 0999"
[[cctld.contact]]
name = "Ann Example"
email = ["ann@nic.uk.example"]
phone = ["+44 (0)20 7946 0000"]
[[cctld.contact]]
name = "Bob Example"
email = ["bob@nic.uk.example"]
mobile = ["+44 7911 123456"]
[[cctld]]
code = "tz"
[[cctld.contact]]
name = "Amani Mfano"
email = ["amani@nic.tz.example"]
phone = ["+255 22 000 0001"]
"#;

#[test]
fn a_number_is_found_however_it_is_typed() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    let cases = [
        ("as written", "+44 (0)20 7946 0000", "Ann Example"),
        ("international", "+44 20 7946 0000", "Ann Example"),
        ("international prefix", "0044 20 7946 0000", "Ann Example"),
        ("national", "020 7946 0000", "Ann Example"),
        (
            "trunk prefix typed for a number written without",
            "+44 (0)7911 123456",
            "Bob Example",
        ),
        ("national mobile", "07911 123456", "Bob Example"),
        ("part of a number", "7946 0000", "Ann Example"),
        ("the 24x7 line, national", "020 7946 0999", ".uk"),
    ];
    for (name, query, who) in cases {
        let r = env.run(&["find", "--json", query]);
        assert_eq!(r.code, 0, "{name}: {query}: {}", r.stderr);
        assert!(r.stdout.contains(who), "{name}: {query}: {}", r.stdout);
        assert!(!r.stdout.contains("Amani"), "{name}: {query}");
    }
    for other in ["+44 20 7946 0001", "0044 20 7946 0001"] {
        assert_eq!(env.run(&["find", other]).code, 1, "{other}");
    }
}

#[test]
fn the_sheet_prints_the_number_dialled_from_abroad() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    let t = env.run(&["sheet", "--format", "text"]);
    t.ok();
    for want in [
        "24x7 +44 (0)20 7946 0999 · dial +44 20 7946 0999",
        "office +44 (0)20 7946 0000 · dial +44 20 7946 0000",
    ] {
        assert!(t.stdout.contains(want), "{want}: {}", t.stdout);
    }
    // A number already in the form dialled from abroad is printed once.
    assert!(t.stdout.contains("mobile +44 7911 123456\n"), "{}", t.stdout);
    let h = env.run(&["sheet", "--format", "html"]);
    assert!(
        h.stdout.contains(
            "office <bdi dir=\"ltr\" class=\"num\">+44 (0)20 7946 0000</bdi> · dial <bdi dir=\"ltr\" class=\"num\">+44 20 7946 0000</bdi>"
        ),
        "{}",
        h.stdout
    );
}
