//! Key rotation and recovery (format section 4a), through the binary, with
//! snapshots signed by GnuPG: a signed handover accepted in any arrival
//! order, one-sided and malformed handovers refused with nothing changed, a
//! retired key refused, a 2-of-2 next set enforced, and a directory frozen by
//! a stolen key recovered by merging its revocation or removing it by hand.

mod common;

use common::{key, s, Env, SAMPLE_CERT};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The pinned secretariat key, the next key and a key that will be stolen.
const A: &str = "BF036CF30FB1C4D0D5BDCE2712479753134F6951";
const B: &str = "0F33A452FA8E4802EE3EE8B18FCA71A45968826D";
const R: &str = "664B42369FA358AED8990B37BCA8CA098231BD6D";

fn gpg(home: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::new("gpg")
        .arg("--homedir")
        .arg(home)
        .args([
            "--batch",
            "--faked-system-time",
            "20261101T000000!",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
        ])
        .args(args)
        .output()
        .expect("GnuPG (gpg) must be installed to run this test");
    assert!(
        out.status.success(),
        "gpg {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A GnuPG home holding the secret keys of A, B and R.
struct Signers {
    env: Env,
    home: PathBuf,
}

impl Signers {
    fn new() -> Signers {
        let env = Env::pinned();
        let home = env.path("gnupg");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o700)).unwrap();
        for name in [
            "FICTIONAL-SAMPLE-KEY-secretariat",
            "FICTIONAL-TEST-KEY-second",
            "FICTIONAL-TEST-KEY-revoked",
        ] {
            gpg(&home, &["--import", s(&key(&format!("{name}.secret.asc")))]);
        }
        Signers { env, home }
    }

    /// The binary public certificate of `fp`, base64, as `certs` holds it.
    fn cert(&self, fp: &str) -> String {
        use base64::Engine as _;
        let out = gpg(&self.home, &["--export", fp]);
        base64::engine::general_purpose::STANDARD.encode(out.stdout)
    }

    /// Snapshot `serial` (issued on day `serial` of 2026-10), with an
    /// optional `[rotation]` table, cleartext-signed by `by`.
    fn snapshot(&self, serial: u64, rotation: &str, by: &[&str]) -> Vec<u8> {
        self.snapshot_on(serial, serial.min(28), rotation, by)
    }

    /// The same, issued on day `day` of 2026-10.
    fn snapshot_on(&self, serial: u64, day: u64, rotation: &str, by: &[&str]) -> Vec<u8> {
        let doc = format!(
            "format = \"tldops-snapshot/1\"\ndirectory = \"TLD-OPS\"\nserial = {serial}\n\
             issued = 2026-10-{day:02}T06:00:00Z\nexpires = 2026-12-31T00:00:00Z\n{rotation}\n\
             [[cctld]]\ncode = \"tz\"\n[[cctld.contact]]\nname = \"Amani Mfano\"\n\
             email = [\"amani-{serial}@nic.tz.example\"]\n"
        );
        let input = self
            .env
            .write(&format!("doc-{serial}-{}.toml", by.join("-")), doc.as_bytes());
        let mut args = vec!["--clearsign", "--digest-algo", "SHA256"];
        for fp in by {
            args.extend_from_slice(&["--local-user", fp]);
        }
        args.extend_from_slice(&["--output", "-", s(&input)]);
        gpg(&self.home, &args).stdout
    }

    /// A `[rotation]` table handing over to `next` (threshold `n`), with their certificates.
    fn rotation(&self, next: &[&str], n: usize) -> String {
        let keys: Vec<String> = next.iter().map(|k| format!("{k:?}")).collect();
        let certs: Vec<String> = next.iter().map(|k| format!("{:?}", self.cert(k))).collect();
        format!(
            "\n[rotation]\nnext_keys = [{}]\nnext_threshold = {n}\ncerts = [{}]\n",
            keys.join(", "),
            certs.join(", ")
        )
    }

    /// An mbox of these signed snapshots, in this order.
    fn mbox(&self, name: &str, bodies: &[&[u8]]) -> PathBuf {
        let mut out = Vec::new();
        for (i, body) in bodies.iter().enumerate() {
            out.extend_from_slice(
                format!(
                    "From secretariat@tld-ops.example Sun Nov  1 06:00:00 2026\nFrom: secretariat@tld-ops.example\n\
                     Subject: TLD-OPS contacts\nMessage-ID: <{name}-{i}@tld-ops.example>\n\n"
                )
                .as_bytes(),
            );
            out.extend_from_slice(body);
            out.push(b'\n');
        }
        self.env.write(name, &out)
    }

    fn sync(&self, path: &Path) -> common::Run {
        self.env.run(&["sync", s(path)])
    }

    /// The current serial of TLD-OPS, if any.
    fn current(&self) -> Option<u64> {
        let r = self.env.run(&["status", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
        v["directories"]
            .as_array()?
            .iter()
            .find(|d| d["directory"] == "TLD-OPS")?["current"]["serial"]
            .as_u64()
    }

    fn trust_list(&self) -> String {
        self.env.run(&["trust", "list"]).stdout
    }
}

fn grouped(fp: &str) -> String {
    fp.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_signed_handover_pins_the_next_key_and_retires_the_old_one_once() {
    let k = Signers::new();
    let handover = k.snapshot(2, &k.rotation(&[B], 1), &[A, B]);
    let mbox = k.mbox(
        "tld-ops.mbox",
        &[&k.snapshot(1, "", &[A]), &handover, &k.snapshot(3, "", &[B])],
    );
    let r = k.sync(&mbox);
    r.ok();
    assert!(r.stderr.contains("3 new snapshots"), "{}", r.stderr);
    assert_eq!(r.stderr.matches("KEY ROTATION").count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&grouped(A)) && r.stderr.contains(&grouped(B)),
        "both fingerprints are shown: {}",
        r.stderr
    );
    assert!(r.stderr.contains("announced by another channel"), "{}", r.stderr);
    assert_eq!(k.current(), Some(3));
    let list = k.trust_list();
    assert!(list.contains("pinned by the handover at serial 2"), "{list}");
    assert!(list.contains("retired at serial 2"), "{list}");
    assert!(list.contains("handover in TLD-OPS at serial 2"), "{list}");
    // Said once: the next sync, and a later snapshot repeating the same
    // handover signed by both sets, change nothing and say nothing of it.
    let again = k.sync(&mbox);
    again.ok();
    assert!(!again.stderr.contains("KEY ROTATION"), "{}", again.stderr);
    let repeat = k.env.write("repeat.asc", &k.snapshot(4, &k.rotation(&[B], 1), &[A, B]));
    let r = k.sync(&repeat);
    r.ok();
    assert!(!r.stderr.contains("KEY ROTATION"), "{}", r.stderr);
    assert_eq!(k.current(), Some(4));
}

#[test]
fn handover_mailboxes_give_the_same_result_in_every_order() {
    let k = Signers::new();
    let one = k.snapshot(1, "", &[A]);
    let two = k.snapshot(2, &k.rotation(&[B], 1), &[A, B]);
    let three = k.snapshot(3, "", &[B]);
    let four = k.snapshot(4, "", &[B]);
    let all: [&[u8]; 4] = [&one, &two, &three, &four];
    let orders = [
        [0, 1, 2, 3],
        [3, 2, 1, 0],
        [2, 0, 3, 1],
        [1, 3, 0, 2],
        [3, 1, 2, 0],
        [2, 3, 1, 0],
    ];
    for order in orders {
        let env = Signers::new();
        let bodies: Vec<&[u8]> = order.iter().map(|&i| all[i]).collect();
        let mbox = env.mbox("tld-ops.mbox", &bodies);
        let r = env.sync(&mbox);
        r.ok();
        assert!(r.stderr.contains("4 new snapshots"), "{order:?}: {}", r.stderr);
        assert_eq!(r.stderr.matches("KEY ROTATION").count(), 1, "{order:?}: {}", r.stderr);
        assert_eq!(env.current(), Some(4), "{order:?}");
    }
}

#[test]
fn a_handover_signed_by_one_side_changes_nothing() {
    for (name, by) in [("current keys only", &[A][..]), ("next key only", &[B][..])] {
        let k = Signers::new();
        let file = k.env.write("handover.asc", &k.snapshot(2, &k.rotation(&[B], 1), by));
        let r = k.sync(&file);
        assert_ne!(r.code, 0, "{name}: {}", r.stderr);
        assert!(r.stderr.contains("ROTATION"), "{name}: {}", r.stderr);
        assert_eq!(k.current(), None, "{name}: nothing stored");
        assert!(!k.trust_list().contains(&grouped(B)), "{name}: nothing pinned");
        // In a mailbox too: loud, not passed over.
        let mbox = k.mbox("tld-ops.mbox", &[&k.snapshot(2, &k.rotation(&[B], 1), by)]);
        let r = k.sync(&mbox);
        assert!(r.stderr.contains("ROTATION"), "{name}: {}", r.stderr);
        assert_eq!(k.current(), None, "{name}: nothing stored");
    }
}

#[test]
fn malformed_handovers_are_schema_rejections() {
    let k = Signers::new();
    let b = k.cert(B);
    let r_cert = k.cert(R);
    let secret = {
        use base64::Engine as _;
        let out = gpg(&k.home, &["--export-secret-keys", B]);
        base64::engine::general_purpose::STANDARD.encode(out.stdout)
    };
    let cases = [
        (
            "certificate of another key",
            format!("\n[rotation]\nnext_keys = [{B:?}]\ncerts = [{r_cert:?}]\n"),
            "not in `next_keys`",
        ),
        (
            "no certificate for a next key",
            format!("\n[rotation]\nnext_keys = [{B:?}, {R:?}]\ncerts = [{b:?}]\n"),
            "no certificate for next key",
        ),
        (
            "threshold above the keys",
            format!("\n[rotation]\nnext_keys = [{B:?}]\nnext_threshold = 2\ncerts = [{b:?}]\n"),
            "outside 1 to 1",
        ),
        (
            "threshold zero",
            format!("\n[rotation]\nnext_keys = [{B:?}]\nnext_threshold = 0\ncerts = [{b:?}]\n"),
            "outside 1 to 1",
        ),
        (
            "secret key material",
            format!("\n[rotation]\nnext_keys = [{B:?}]\ncerts = [{secret:?}]\n"),
            "secret key material",
        ),
        (
            "not base64",
            format!("\n[rotation]\nnext_keys = [{B:?}]\ncerts = [\"not base64!\"]\n"),
            "not base64",
        ),
        (
            "no next key",
            "\n[rotation]\nnext_keys = []\ncerts = []\n".to_string(),
            "1 to 8 allowed",
        ),
    ];
    for (name, table, says) in cases {
        let file = k.env.write("handover.asc", &k.snapshot(2, &table, &[A, B]));
        let r = k.sync(&file);
        assert_ne!(r.code, 0, "{name}");
        assert!(
            r.stderr.contains("SCHEMA") && r.stderr.contains(says),
            "{name}: {}",
            r.stderr
        );
        assert_eq!(k.current(), None, "{name}: nothing stored");
        assert!(!k.trust_list().contains(&grouped(B)), "{name}: nothing pinned");
    }
}

#[test]
fn a_retired_key_no_longer_vouches_for_later_serials() {
    let k = Signers::new();
    let mbox = k.mbox("tld-ops.mbox", &[&k.snapshot(2, &k.rotation(&[B], 1), &[A, B])]);
    k.sync(&mbox).ok();
    let later = k.env.write("later.asc", &k.snapshot(3, "", &[A]));
    let r = k.sync(&later);
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("ROTATION") && r.stderr.contains("retired at serial 2"),
        "{}",
        r.stderr
    );
    assert_eq!(k.current(), Some(2));
    // An older serial the retired key signed before the handover is still history.
    let older = k.env.write("older.asc", &k.snapshot(1, "", &[A]));
    k.sync(&older).ok();
    assert_eq!(k.current(), Some(2));
}

#[test]
fn a_two_of_two_next_set_is_enforced() {
    let k = Signers::new();
    let rotation = k.rotation(&[B, R], 2);
    let short = k.env.write("short.asc", &k.snapshot(2, &rotation, &[A, B]));
    let r = k.sync(&short);
    assert!(
        r.stderr.contains("ROTATION") && r.stderr.contains("needs 2"),
        "{}",
        r.stderr
    );
    assert_eq!(k.current(), None);
    let full = k.env.write("full.asc", &k.snapshot(2, &rotation, &[A, B, R]));
    k.sync(&full).ok();
    assert_eq!(k.current(), Some(2));
    let one = k.env.write("one.asc", &k.snapshot(3, "", &[B]));
    let r = k.sync(&one);
    assert!(r.stderr.contains("THRESHOLD"), "{}", r.stderr);
    assert_eq!(k.current(), Some(2));
    let both = k.env.write("both.asc", &k.snapshot(3, "", &[B, R]));
    k.sync(&both).ok();
    assert_eq!(k.current(), Some(3));
}

/// A stolen pinned key signs serial 2^53-1: the directory is frozen until
/// its compromise is known; then the genuine snapshots flow again.
fn stolen_key(recover: impl Fn(&Signers)) {
    let k = Signers::new();
    k.env
        .run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-revoked.cert.asc"))])
        .ok();
    let genuine = k.mbox("genuine-1.mbox", &[&k.snapshot(1, "", &[A])]);
    k.sync(&genuine).ok();
    let poison = k
        .env
        .write("poison.asc", &k.snapshot_on(9_007_199_254_740_991, 2, "", &[R]));
    k.sync(&poison).ok();
    assert_eq!(k.current(), Some(9_007_199_254_740_991));
    let next = k.mbox("genuine-2.mbox", &[&k.snapshot_on(2, 3, "", &[A])]);
    let r = k.sync(&next);
    assert!(r.stderr.contains("OUT_OF_STEP"), "frozen before recovery: {}", r.stderr);
    recover(&k);
    assert_eq!(k.current(), Some(1), "the poisoned serial is no longer current");
    let find = k.env.run(&["find", "tz"]);
    assert!(!find.stdout.contains("9007199254740991"), "{}", find.stdout);
    let r = k.sync(&next);
    r.ok();
    assert!(r.stderr.contains("1 new snapshot"), "{}", r.stderr);
    assert_eq!(k.current(), Some(2));
    let find = k.env.run(&["find", "tz"]);
    assert!(find.stdout.contains("amani-2@nic.tz.example"), "{}", find.stdout);
    // The poisoned snapshot stays in history, marked.
    let history = k.env.run(&["history"]);
    assert!(history.stdout.contains("9007199254740991"), "{}", history.stdout);
}

#[test]
fn a_stolen_key_is_recovered_from_by_merging_its_revocation() {
    stolen_key(|k| {
        let r = k
            .env
            .run(&["trust", "add", s(&key("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc"))]);
        r.ok();
        assert!(r.stderr.contains("revoked as compromised"), "{}", r.stderr);
        assert!(r.stdout.contains("current  TLD-OPS: serial 1"), "{}", r.stdout);
    });
}

#[test]
fn a_stolen_key_is_recovered_from_by_removing_it() {
    stolen_key(|k| {
        k.env.run(&["trust", "remove", R]).ok();
    });
}

#[test]
fn the_sample_key_alone_still_works_as_before() {
    let env = Env::pinned();
    let r = env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))]);
    r.ok();
    assert!(!r.stderr.contains("KEY ROTATION"), "{}", r.stderr);
    let _ = SAMPLE_CERT;
}

/// The revocation alone, as `sq key revoke` hands it out: one armored
/// signature packet, no certificate.
fn bare_revocation(env: &Env) -> PathBuf {
    use sequoia_openpgp::parse::Parse;
    use sequoia_openpgp::serialize::Serialize;
    let pile = sequoia_openpgp::PacketPile::from_file(key("FICTIONAL-TEST-KEY-revoked.revoked-cert.asc")).unwrap();
    let sig = pile
        .descendants()
        .find_map(|p| match p {
            sequoia_openpgp::Packet::Signature(s)
                if s.typ() == sequoia_openpgp::types::SignatureType::KeyRevocation =>
            {
                Some(s.clone())
            }
            _ => None,
        })
        .expect("the revoked test key carries its revocation");
    let mut out = Vec::new();
    {
        let mut w = sequoia_openpgp::armor::Writer::new(&mut out, sequoia_openpgp::armor::Kind::Signature).unwrap();
        sequoia_openpgp::Packet::from(sig).serialize(&mut w).unwrap();
        w.finalize().unwrap();
    }
    env.write("revocation.asc", &out)
}

#[test]
fn a_stolen_key_is_recovered_from_by_merging_a_bare_revocation() {
    stolen_key(|k| {
        let rev = bare_revocation(&k.env);
        let r = k.env.run(&["trust", "add", s(&rev)]);
        r.ok();
        assert!(r.stdout.contains("merged a revocation into 664B"), "{}", r.stdout);
        assert!(r.stderr.contains("revoked as compromised"), "{}", r.stderr);
    });
}

#[test]
fn a_bare_revocation_of_a_key_not_pinned_changes_nothing() {
    let env = Env::pinned();
    let rev = bare_revocation(&env);
    let r = env.run(&["trust", "add", s(&rev)]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("not pinned here"), "{}", r.stderr);
}

const ROSTER: &str =
    "[[cctld]]\ncode = \"tz\"\n[[cctld.contact]]\nname = \"Amani Mfano\"\nemail = [\"amani@nic.tz.example\"]\n";

fn publish(env: &Env, serial: &str, extra: &[&str]) -> common::Run {
    let roster = env.write("roster.toml", ROSTER.as_bytes());
    let out = env.path(&format!("snapshot-{serial}.eml"));
    let mut args = vec![
        "publish",
        s(&roster),
        "--serial",
        serial,
        "--issued",
        "2026-11-01T06:00:00Z",
        "--to",
        "TLD-OPS <tld-ops@lists.tld-ops.example>",
        "-o",
        s(&out),
        "--force",
    ];
    args.extend_from_slice(extra);
    let mut run = env.run(&args);
    run.stdout = out.display().to_string();
    run
}

#[test]
fn publish_writes_a_handover_that_a_member_accepts() {
    let secretariat = Env::new();
    let (a, b) = (
        key("FICTIONAL-SAMPLE-KEY-secretariat.secret.asc"),
        key("FICTIONAL-TEST-KEY-second.secret.asc"),
    );
    let b_cert = key("FICTIONAL-TEST-KEY-second.cert.asc");
    // The next key must sign the handover too.
    let r = publish(&secretariat, "1", &["--key", s(&a), "--rotate-to", s(&b_cert)]);
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("signed by its next keys too"), "{}", r.stderr);
    let r = publish(
        &secretariat,
        "1",
        &["--key", s(&a), "--key", s(&b), "--rotate-to", s(&b_cert)],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let handover = std::fs::read_to_string(&r.stdout).unwrap();
    assert!(
        handover.contains("[rotation]") && !handover.contains("PRIVATE"),
        "{handover}"
    );
    let member = Env::pinned();
    let sync = member.run(&["sync", &r.stdout]);
    sync.ok();
    assert!(sync.stderr.contains("KEY ROTATION"), "{}", sync.stderr);
    // After it, the next key alone signs.
    let r = publish(&secretariat, "2", &["--key", s(&b)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sync = member.run(&["sync", &r.stdout]);
    sync.ok();
    assert!(sync.stderr.contains("1 new snapshot (serial 2"), "{}", sync.stderr);
    // A secret key given as the next key's certificate is written public only.
    let r = publish(
        &secretariat,
        "3",
        &["--key", s(&b), "--rotate-to", s(&b), "--carrier", "file"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&r.stdout).unwrap();
    assert!(text.contains("[rotation]"), "{text}");
    let certs_line = text.lines().find(|l| l.starts_with("certs = ")).unwrap();
    let b64 = certs_line.trim_start_matches("certs = [\"").trim_end_matches("\"]");
    use base64::Engine as _;
    let bin = base64::engine::general_purpose::STANDARD.decode(b64).unwrap();
    use sequoia_openpgp::parse::Parse;
    let cert = sequoia_openpgp::Cert::from_bytes(&bin).unwrap();
    assert!(!cert.is_tsk(), "no secret material in certs");
}
