//! `export --dir` keeps a vdir a mirror: adds, rewrites only what changed
//! (bytes and mtime kept otherwise), removes only cards tldops wrote, leaves
//! everything else alone and names it.

mod common;

use common::{publish_and_sync, s, Env};
use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

const ROSTER: &str = r#"
[[cctld]]
code = "sk"
[[cctld.contact]]
name = "Zdeňka Novotná"
role = "CSIRT lead"
email = ["zn@nic.sk.example"]
[[cctld.contact]]
name = "Zdeňka Novotná"
role = "Registry"
email = ["z.novotna@nic.sk.example"]
mobile = ["+421 900 000 001"]
[[cctld.contact]]
name = "Peter Kováč"
id = "sk-7"
email = ["peter@nic.sk.example"]
"#;

/// File name -> (bytes, mtime) of every entry in `dir`.
fn snapshot_of(dir: &Path) -> BTreeMap<String, (Vec<u8>, std::time::SystemTime)> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            let bytes = if m.is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (
                e.file_name().to_string_lossy().into_owned(),
                (bytes, m.modified().unwrap()),
            )
        })
        .collect()
}

fn cards(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().ends_with(".vcf"))
        .count()
}

#[test]
fn a_mirror_adds_updates_removes_and_leaves_the_unchanged_untouched() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    let dir = env.path("contacts");
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert!(
        r.stderr
            .contains("now holds 3 cards (vCard 3.0): 3 added, 0 updated, 0 removed, 0 left alone"),
        "{}",
        r.stderr
    );
    assert_eq!(cards(&dir), 3, "namesakes are two cards");
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    for (name, _) in snapshot_of(&dir) {
        let m = std::fs::metadata(dir.join(&name)).unwrap();
        assert_eq!(m.permissions().mode() & 0o777, 0o600, "{name}");
    }
    // The same snapshot again rewrites nothing: same bytes, same mtime.
    let before = snapshot_of(&dir);
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert!(
        r.stderr
            .contains("0 added, 0 updated, 0 removed, 3 left alone (unchanged); 0 bytes written"),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot_of(&dir), before);
    // A month later: the lead left, her namesake's mobile changed, Peter's
    // name is spelt anew (his `id` keeps him the same card), someone joined.
    let next = ROSTER
        .replace(
            "[[cctld.contact]]\nname = \"Zdeňka Novotná\"\nrole = \"CSIRT lead\"\nemail = [\"zn@nic.sk.example\"]\n",
            "",
        )
        .replace("+421 900 000 001", "+421 900 000 002")
        .replace("Peter Kováč", "Peter Kováč Jr.")
        + "[[cctld.contact]]\nname = \"Jana Horváthová\"\nemail = [\"jana@nic.sk.example\"]\n";
    publish_and_sync(&env, &next, 2, "2026-11-01T12:00:00Z").ok();
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert!(
        r.stderr
            .contains("now holds 3 cards (vCard 3.0): 1 added, 2 updated, 1 removed, 0 left alone"),
        "{}",
        r.stderr
    );
    let after = snapshot_of(&dir);
    assert_eq!(after.len(), 3);
    let gone: Vec<_> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    let new: Vec<_> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    assert_eq!((gone.len(), new.len()), (1, 1));
    let jana = String::from_utf8(after[new[0]].0.clone()).unwrap();
    assert!(jana.contains(":Jana Horváthová\r\n"), "{jana}");
    let left = String::from_utf8(before[gone[0]].0.clone()).unwrap();
    assert!(
        left.contains("zn@nic.sk.example"),
        "the wrong namesake was removed: {left}"
    );
}

#[test]
fn files_tldops_did_not_write_are_left_alone_and_named() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    // Where tldops would put its cards, to borrow one of their names.
    let probe = env.path("probe");
    env.run(&["export", "--dir", s(&probe)]).ok();
    let mut names: Vec<String> = snapshot_of(&probe).into_keys().collect();
    names.sort();
    let dir = env.path("mine");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), b"keep me").unwrap();
    std::fs::create_dir(dir.join("sub")).unwrap();
    std::fs::write(
        dir.join("friend.vcf"),
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:friend\r\nFN:A friend\r\nEND:VCARD\r\n",
    )
    .unwrap();
    // A tldops-looking name and UID, but not tldops's content.
    let taken = &names[0];
    let uid = taken.trim_end_matches(".vcf");
    let fake = format!("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:{uid}\r\nFN:Not from tldops\r\nEND:VCARD\r\n");
    std::fs::write(dir.join(taken), &fake).unwrap();
    let before = snapshot_of(&dir);
    // No tldops card there yet: maybe the wrong directory.
    let r = env.run(&["export", "--dir", s(&dir)]);
    assert_eq!(r.code, 6);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(snapshot_of(&dir), before, "something was written without --force");
    // With --force: the two cards that fit are written, nothing else is touched.
    let r = env.run(&["export", "--dir", s(&dir), "--force"]);
    assert_eq!(r.code, 6, "one card could not be written: {}", r.stderr);
    assert!(r.stderr.contains("now holds 2 cards"), "{}", r.stderr);
    assert!(
        r.stderr.contains("left alone 4 entries that tldops did not write")
            && r.stderr.contains("notes.txt (not a .vcf card)")
            && r.stderr.contains("sub (a directory)")
            && r.stderr.contains("friend.vcf (not a tldops card)")
            && r.stderr
                .contains(&format!("{taken} (a tldops-looking name, but not a card tldops wrote)")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains(&format!("failed: {taken} for ")), "{}", r.stderr);
    let after = snapshot_of(&dir);
    for (name, entry) in &before {
        assert_eq!(after.get(name), Some(entry), "{name} was touched");
    }
    assert_eq!(after.len(), before.len() + 2);
    // From now on no flag is needed, and the foreign files stay.
    let r = env.run(&["export", "--dir", s(&dir)]);
    assert_eq!(r.code, 6);
    assert!(
        r.stderr.contains("0 added, 0 updated, 0 removed, 2 left alone"),
        "{}",
        r.stderr
    );
    assert_eq!(snapshot_of(&dir), after);
}

#[test]
fn cards_of_an_older_tldops_are_renamed_without_duplicates() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    let probe = env.path("probe");
    env.run(&["export", "--dir", s(&probe)]).ok();
    // What an older tldops wrote: the same cards under UIDs of directory,
    // ccTLD and name, so the two namesakes were one file.
    let dir = env.path("old");
    std::fs::create_dir(&dir).unwrap();
    for (name, (bytes, _)) in snapshot_of(&probe) {
        let text = String::from_utf8(bytes).unwrap();
        let fn_line = text.lines().find(|l| l.starts_with("FN")).unwrap();
        let person = fn_line.split_once(':').unwrap().1.replace("\\,", ",");
        let old = tldops::export::uid::legacy("TLD-OPS", "sk", &person);
        let uid = name.trim_end_matches(".vcf");
        std::fs::write(dir.join(format!("{old}.vcf")), text.replace(uid, &old)).unwrap();
    }
    assert_eq!(cards(&dir), 2);
    let r = env.run(&["export", "--dir", s(&dir)]);
    r.ok();
    assert!(
        r.stderr.contains("now holds 3 cards (vCard 3.0): 1 added, 0 updated, 0 removed, 0 left alone (unchanged), 2 renamed from old-style UIDs"),
        "{}",
        r.stderr
    );
    let now: Vec<String> = snapshot_of(&dir).into_keys().collect();
    let want: Vec<String> = snapshot_of(&probe).into_keys().collect();
    assert_eq!(now, want);
}

#[test]
fn a_card_that_cannot_be_written_is_named_and_the_rest_are_whole() {
    let env = Env::pinned();
    publish_and_sync(&env, ROSTER, 1, "2026-11-01T06:00:00Z").ok();
    let dir = env.path("contacts");
    env.run(&["export", "--dir", s(&dir)]).ok();
    let next = ROSTER.replace("+421 900 000 001", "+421 900 000 002")
        + "[[cctld.contact]]\nname = \"Jana Horváthová\"\nemail = [\"jana@nic.sk.example\"]\n";
    publish_and_sync(&env, &next, 2, "2026-11-01T12:00:00Z").ok();
    let probe = env.path("probe");
    env.run(&["export", "--dir", s(&probe)]).ok();
    let jana = snapshot_of(&probe)
        .into_iter()
        .find(|(_, (b, _))| String::from_utf8_lossy(b).contains("Jana"))
        .unwrap()
        .0;
    // Her card's place is taken by a directory: that write fails.
    std::fs::create_dir(dir.join(&jana)).unwrap();
    let r = env.run(&["export", "--dir", s(&dir)]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("failed: {jana} for Jana Horváthová (.sk)"))
            && r.stderr.contains("1 card failed")
            && r.stderr
                .contains("now holds 3 cards (vCard 3.0): 0 added, 1 updated, 0 removed, 2 left alone"),
        "{}",
        r.stderr
    );
    let mut updated = 0;
    for (name, (bytes, _)) in snapshot_of(&dir) {
        if name != jana {
            let text = String::from_utf8(bytes).unwrap();
            assert!(
                text.starts_with("BEGIN:VCARD\r\n") && text.ends_with("END:VCARD\r\n"),
                "{name}"
            );
            if text.contains("+421 900 000 002") {
                assert!(text.replace("\r\n ", "").contains("serial 2"), "{name}");
                updated += 1;
            }
        }
    }
    assert_eq!(updated, 1);
}
