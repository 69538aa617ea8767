//! Why a mail or a snapshot was rejected, said in the language in use: the
//! sync and verify reports put the detail of each rejection into French
//! under `--lang fr`, with the file, the Message-ID and the reason code as
//! they are; English reads as it always has; what is stored and what
//! `--json` prints is English whatever the language.

mod common;

use common::{fixture, s, Env};

/// A sync of the good snapshot, then of `name`: the environment and the
/// file the rejected mail is in.
fn rejecting(name: &str) -> (Env, String) {
    let env = Env::pinned();
    env.run(&["sync", s(&fixture("good-gnupg-clearsigned.toml.asc"))]).ok();
    let path = if name == "broken-base64.eml" {
        // A genuine signed block under a transfer encoding it is not in.
        let block = std::fs::read_to_string(fixture("good-bare.toml.asc")).unwrap();
        let mail = format!("Message-ID: <broken@tld-ops.example>\nContent-Transfer-Encoding: base64\n\n{block}");
        env.write(name, mail.as_bytes()).display().to_string()
    } else {
        s(&fixture(name)).to_string()
    };
    (env, path)
}

/// One case: the mail, its reason code, the words the French line holds,
/// and the English line as tldops has always written it after the file.
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        "reject-bad-signature-tampered.eml",
        "BAD_SIGNATURE",
        "la signature de BF036CF30FB1C4D0D5BDCE2712479753134F6951 ne se vérifie pas\u{a0}: Message has been manipulated",
        " <tldops.tld-ops.1.20261101T060000Z@tld-ops.example>: BAD_SIGNATURE: signature by BF036CF30FB1C4D0D5BDCE2712479753134F6951 does not verify: Message has been manipulated",
    ),
    (
        "reject-schema-no-contact.toml.asc",
        "SCHEMA",
        "SCHEMA\u{a0}: cctld[0].contact\u{a0}: absent",
        ": SCHEMA: cctld[0].contact: missing",
    ),
    (
        "reject-schema-bad-email.toml.asc",
        "SCHEMA",
        "cctld[0].contact[0].email[0]\u{a0}: `amani at nic.tz` n’est pas une adresse de courriel (local@domaine)\u{a0}: il n’y a pas de @",
        ": SCHEMA: cctld[0].contact[0].email[0]: `amani at nic.tz` is not an e-mail address (local@domain): it has no @",
    ),
    (
        "reject-limit-payload.toml.asc",
        "LIMIT",
        "le contenu signé dépasse 1048576 octets (1048577 lus)",
        ": LIMIT: the signed payload is over 1048576 bytes (1048577 read)",
    ),
    (
        "broken-base64.eml",
        "MALFORMED",
        "l’encodage de transfert base64 est cassé",
        " <broken@tld-ops.example>: MALFORMED: the base64 transfer encoding is broken",
    ),
    (
        "reject-equivocation-serial-1.toml.asc",
        "EQUIVOCATION",
        "le numéro 1 de `TLD-OPS` est déjà gardé avec un contenu différent",
        ": EQUIVOCATION: serial 1 of `TLD-OPS` is already kept with different content (sha256 43df542961fb4405030224645df23cc6ec993502b9d9d0a3f78a8561615a5b9a here, 8f18ce63e1b42890732a42cccff535d12da824528c81c1b09f9f269c93262615 kept): a signing key was misused or the secretariat made a mistake",
    ),
];

/// The report line that names `path`.
fn line_of<'a>(report: &'a str, path: &str) -> &'a str {
    report
        .lines()
        .find(|l| l.contains(path) && !l.starts_with("tldops: warning"))
        .unwrap_or_else(|| panic!("no line names {path}:\n{report}"))
}

#[test]
fn sync_and_verify_say_why_in_french() {
    for (name, code, french, _) in CASES {
        let (env, path) = rejecting(name);
        let r = env.run(&["--lang", "fr", "sync", &path]);
        assert_ne!(r.code, 0, "{name}: {}", r.stderr);
        let line = line_of(&r.stderr, &path);
        assert!(line.starts_with(&format!("tldops: rejeté {path}")), "{name}: {line}");
        assert!(line.contains(&format!("\u{a0}: {code}\u{a0}: ")), "{name}: {line}");
        assert!(line.contains(french), "{name}: want `{french}`:\n{line}");
        assert!(!r.stderr.contains("reason-"), "{name}: a raw id: {}", r.stderr);
        let v = env.run(&["--lang", "fr", "verify", &path]);
        assert!(
            v.stdout.contains(&format!("REJETÉ {code}\u{a0}: ")) && v.stdout.contains(french),
            "{name}: {}",
            v.stdout
        );
        assert!(!v.stdout.contains("reason-"), "{name}: a raw id: {}", v.stdout);
    }
}

#[test]
fn english_reads_as_it_always_has() {
    for (name, code, _, english) in CASES {
        let (env, path) = rejecting(name);
        let r = env.run(&["--lang", "en", "sync", &path]);
        assert_eq!(
            line_of(&r.stderr, &path),
            format!("tldops: rejected {path}{english}"),
            "{name}"
        );
        let v = env.run(&["--lang", "en", "verify", &path]);
        let detail = english.split_once(&format!("{code}: ")).unwrap().1;
        assert!(
            v.stdout.contains(&format!("  verdict     REJECTED {code}: {detail}\n")),
            "{name}: {}",
            v.stdout
        );
    }
}

#[test]
fn what_is_kept_and_printed_for_machines_is_english_in_every_language() {
    for (name, code, french, english) in CASES {
        let (env, path) = rejecting(name);
        let r = env.run(&["--lang", "fr", "sync", &path]);
        assert_ne!(r.code, 0, "{name}");
        let detail = english.split_once(": ").unwrap().1.split_once(": ").unwrap().1;
        let kept = env.run(&["--lang", "fr", "status", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&kept.stdout).unwrap();
        assert_eq!(v["rejected"][0]["detail"], detail, "{name}: {}", kept.stdout);
        assert_eq!(
            kept.stdout,
            env.run(&["--lang", "en", "status", "--json"]).stdout,
            "{name}"
        );
        // Said to people in their language, from the words kept beside it.
        let said = env.run(&["--lang", "fr", "status"]).stdout;
        let words = french.trim_start_matches(&format!("{code}\u{a0}: "));
        assert!(
            said.contains(&format!("{code}\u{a0}: ")) && said.contains(words),
            "{name}: {said}"
        );
        let said = env.run(&["--lang", "en", "status"]).stdout;
        assert!(said.contains(&format!("{code}: {detail}")), "{name}: {said}");
        let fr = env.run(&["--lang", "fr", "verify", "--json", &path]);
        let en = env.run(&["--lang", "en", "verify", "--json", &path]);
        assert_eq!(fr.stdout, en.stdout, "{name}");
        let v: serde_json::Value = serde_json::from_str(&en.stdout).unwrap();
        assert_eq!(v[0]["detail"], detail, "{name}: {}", en.stdout);
    }
}

#[test]
fn a_place_the_format_never_reads_is_named_in_french() {
    let env = Env::pinned();
    let path = fixture("not-a-snapshot-enclosed-twice.eml");
    let r = env.run(&["--lang", "fr", "sync", s(&path)]);
    assert!(
        r.stderr
            .contains("un message joint à un message joint contient une signature de la clé épinglée"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("NOT_A_SNAPSHOT\u{a0}: aucun instantané signé dans ce message"),
        "{}",
        r.stderr
    );
    let v = env.run(&["--lang", "fr", "verify", "--json", s(&path)]);
    assert_eq!(v.stdout, env.run(&["verify", "--json", s(&path)]).stdout);
}
