//! Contact identity through the binary: namesakes stay two people in the
//! store, in deltas and in a vdir that khard reads; a database from before
//! the `id` column gets its ids back from the signed payloads.

mod common;

use common::{s, tool, Env};
use std::process::Command;

fn sample() -> Env {
    let env = Env::pinned();
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    env
}

#[test]
fn the_delta_from_117_names_the_one_who_left_not_her_namesake() {
    let env = sample();
    let r = env.run(&["export", "--changed-since", "117"]);
    r.ok();
    let left = "1 person left since serial 117, to delete by hand: Zdeňka Novotná (.sk, DNS operations manager, zdenkanovotna2@nic.sk.example)";
    assert!(r.stderr.contains(left), "{}", r.stderr);
    // Her namesake is still there, and is not who the delta names.
    let f = env.run(&["find", "--format", "mutt", ".sk"]);
    f.ok();
    let zdenka: Vec<&str> = f.stdout.lines().filter(|l| l.contains("Zdeňka Novotná")).collect();
    assert_eq!(zdenka.len(), 1, "{}", f.stdout);
    assert!(!zdenka[0].contains("zdenkanovotna2@"), "{}", zdenka[0]);
    let d = env.run(&["diff", "117", "118"]);
    assert!(
        d.stdout
            .contains("- .sk  Zdeňka Novotná (DNS operations manager, zdenkanovotna2@nic.sk.example)"),
        "{}",
        d.stdout
    );
}

#[test]
fn every_sample_person_is_a_file_in_the_vdir_and_khard_lists_them_all() {
    let env = sample();
    let dir = env.path("contacts");
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, 340, "the sample has 340 people");
    assert!(
        r.stderr.contains(&format!("{files} ")),
        "report and files differ: {}",
        r.stderr
    );
    let conf = env.write(
        "khard.conf",
        format!("[addressbooks]\n[[tldops]]\npath = {}\n\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n", dir.display()).as_bytes(),
    );
    let out = Command::new(tool("khard"))
        .args(["-c", s(&conf), "list", "--parsable"])
        .output()
        .unwrap();
    assert!(out.status.success(), "khard: {}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8(out.stdout).unwrap();
    assert_eq!(listed.lines().count(), files, "{listed}");
}

#[test]
fn namesakes_keep_their_own_history() {
    let env = sample();
    let r = env.run(&["show", ".sk", "--json"]);
    r.ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let people = v["results"][0]["contacts"].as_array().unwrap();
    assert!(!people.is_empty());
    for p in people {
        // Everyone now in .sk was first seen at a serial where they existed.
        assert!(p["first_seen"]["serial"].as_u64().unwrap() >= 113, "{p}");
        assert!(p["last_changed"]["serial"].as_u64().unwrap() >= p["first_seen"]["serial"].as_u64().unwrap());
    }
}

#[test]
fn a_database_from_before_the_id_column_gets_the_ids_back() {
    let env = sample();
    let db = env.data_dir().join("tldops.sqlite3");
    let ids = |conn: &rusqlite::Connection| -> i64 {
        conn.query_row("SELECT count(id) FROM contact", [], |r| r.get(0))
            .unwrap()
    };
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        // 83 + 84 * 4 + 85 contacts with an `id` in the six sample snapshots.
        assert_eq!(ids(&conn), 504);
        // As schema 3 had it: no column (nor the later rejections' words).
        conn.execute_batch(
            "ALTER TABLE contact DROP COLUMN id; ALTER TABLE rejected DROP COLUMN words; PRAGMA user_version = 3;",
        )
        .unwrap();
    }
    let before = env.run(&["export", "--changed-since", "117"]);
    assert_eq!(before.code, 0, "{}", before.stderr);
    // A writer brings the schema up to date and fills the ids in.
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    let conn = rusqlite::Connection::open(&db).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 4);
    assert_eq!(ids(&conn), 504);
    let after = env.run(&["export", "--changed-since", "117"]);
    after.ok();
    assert!(
        after.stderr.contains("1 person left since serial 117"),
        "{}",
        after.stderr
    );
}
