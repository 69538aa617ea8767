//! The mirrored vdir against the real thing: Radicale (a CardDAV server) on
//! 127.0.0.1 and vdirsyncer pushing tldops's vdir to it, both from PyPI
//! (tests/run.sh installs them). Every sample person reaches the server once
//! under the right UID; a monthly update removes, changes and leaves alone
//! exactly what it should, down to the unchanged cards' ETags.

mod common;

use common::{publish, s, tool, Env};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Radicale on a free port with a throwaway storage folder; stopped on drop.
struct Radicale {
    child: Child,
    port: u16,
    storage: PathBuf,
    log: PathBuf,
}

impl Radicale {
    fn start(env: &Env) -> Radicale {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let storage = env.path("radicale");
        let log = env.path("radicale.log");
        let child = Command::new(tool("radicale"))
            .args(["--config", "", "--server-hosts"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["--auth-type", "none", "--storage-filesystem-folder", s(&storage)])
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let mut server = Radicale {
            child,
            port,
            storage,
            log,
        };
        // Wait until it listens (or died); no time is asserted.
        for _ in 0..600 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            if let Some(status) = server.child.try_wait().unwrap() {
                panic!("radicale exited ({status}): {}", server.log());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("radicale does not listen on port {port}: {}", server.log());
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/test/book/", self.port)
    }

    /// Runs a small Python client against the server: `MKCOL` or `PROPFIND`.
    fn client(&self, script: &str) -> String {
        let out = Command::new(tool("python"))
            .args(["-c", script, &self.port.to_string()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}\n{}",
            String::from_utf8_lossy(&out.stderr),
            self.log()
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn make_address_book(&self) {
        let status = self.client(
            r#"
import base64, http.client, sys
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
body = '<?xml version="1.0" encoding="utf-8"?><D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop><D:resourcetype><D:collection/><C:addressbook/></D:resourcetype></D:prop></D:set></D:mkcol>'
c.request("MKCOL", "/test/book/", body, {"Authorization": "Basic " + base64.b64encode(b"test:x").decode(), "Content-Type": "application/xml"})
print(c.getresponse().status)
"#,
        );
        assert_eq!(status.trim(), "201", "{}", self.log());
    }

    /// UID -> ETag of every card on the server: UIDs from the storage
    /// folder, ETags from a `PROPFIND` (the server's word, as a phone sees it).
    fn cards(&self) -> BTreeMap<String, String> {
        let book = self.storage.join("collection-root/test/book");
        let mut uid_of = BTreeMap::new();
        for e in std::fs::read_dir(&book).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "vcf") {
                let text = std::fs::read_to_string(&p).unwrap();
                let uid = text
                    .lines()
                    .find_map(|l| l.strip_prefix("UID:"))
                    .unwrap_or_else(|| panic!("no UID in {}", p.display()))
                    .trim()
                    .to_string();
                uid_of.insert(p.file_name().unwrap().to_string_lossy().into_owned(), uid);
            }
        }
        let listing = self.client(
            r#"
import base64, http.client, sys, xml.etree.ElementTree as ET
c = http.client.HTTPConnection("127.0.0.1", int(sys.argv[1]))
body = '<?xml version="1.0" encoding="utf-8"?><D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>'
c.request("PROPFIND", "/test/book/", body, {"Authorization": "Basic " + base64.b64encode(b"test:x").decode(), "Depth": "1", "Content-Type": "application/xml"})
r = c.getresponse()
assert r.status == 207, r.status
for resp in ET.fromstring(r.read()).findall("{DAV:}response"):
    href = resp.find("{DAV:}href").text
    etag = resp.find(".//{DAV:}getetag")
    if href.endswith(".vcf") and etag is not None:
        print(href.rsplit("/", 1)[1] + "\t" + etag.text)
"#,
        );
        let mut out = BTreeMap::new();
        for line in listing.lines() {
            let (file, etag) = line.split_once('\t').unwrap();
            let uid = uid_of
                .get(file)
                .unwrap_or_else(|| panic!("{file} listed but not stored"));
            assert!(
                out.insert(uid.clone(), etag.to_string()).is_none(),
                "{uid} twice on the server"
            );
        }
        assert_eq!(out.len(), uid_of.len(), "stored and listed differ");
        out
    }
}

impl Drop for Radicale {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn vdirsyncer(env: &Env, conf: &Path) {
    for cmd in ["discover", "sync"] {
        let out = Command::new(tool("vdirsyncer"))
            .args(["-c", s(conf), cmd])
            .env("HOME", env.dir.path())
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "vdirsyncer {cmd}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The UIDs tldops gives the current snapshot's people, from its own export.
fn uids(env: &Env) -> Vec<String> {
    let r = env.run(&["export"]);
    r.ok();
    r.stdout
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_mirrored_vdir_keeps_a_carddav_server_current() {
    let env = Env::pinned();
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    let vdir = env.path("tld-ops-vdir");
    let r = env.run(&["export", "--dir", s(&vdir)]);
    r.ok();
    assert!(
        r.stderr
            .contains("now holds 340 cards (vCard 3.0): 340 added, 0 updated, 0 removed, 0 left alone"),
        "{}",
        r.stderr
    );

    let server = Radicale::start(&env);
    server.make_address_book();
    let conf = env.write(
        "vdirsyncer.conf",
        format!(
            "[general]\nstatus_path = \"{status}/\"\n\n[pair tldops]\na = \"tldops_local\"\nb = \"tldops_server\"\ncollections = null\nconflict_resolution = \"a wins\"\n\n[storage tldops_local]\ntype = \"filesystem\"\npath = \"{vdir}/\"\nfileext = \".vcf\"\n\n[storage tldops_server]\ntype = \"carddav\"\nurl = \"{url}\"\nusername = \"test\"\npassword = \"x\"\n",
            status = env.path("vdirsyncer-status").display(),
            vdir = vdir.display(),
            url = server.url()
        )
        .as_bytes(),
    );
    vdirsyncer(&env, &conf);
    let before = server.cards();
    let mut want = uids(&env);
    assert_eq!(want.len(), 340);
    want.sort();
    let on_server: Vec<String> = before.keys().cloned().collect();
    assert_eq!(on_server, want, "every sample person once, under tldops's UID");

    // A month later: one person left, one changed, the rest as they were.
    let roster = std::fs::read_to_string(common::root().join("data/sample/roster-118.toml")).unwrap();
    let upendo = "[[cctld.contact]]\nname = \"Upendo Kiprono\"\nrole = \"Security officer\"\nemail = [\"upendokiprono@nic.tz.example\"]\nphone = [\"+255 89 000 1430\"]\nlanguages = [\"sw\", \"en\"]\npgp = \"7804 3C63 96AD 3F78 B37E FE44 6816 FF8C 7D50 6FB8\"\nid = \"tz-0304\"\n\n";
    assert!(roster.contains(upendo));
    let next =
        roster
            .replace(upendo, "")
            .replacen("phone = [\"+255 65 000 1661\"]", "phone = [\"+255 65 000 1662\"]", 1);
    assert_ne!(next.len(), roster.len());
    let mail = publish(&env, &next, 119, "2026-11-01T12:00:00Z");
    env.run(&["sync", s(&mail)]).ok();
    let old_uids = want;
    let mut want = uids(&env);
    want.sort();
    let left: Vec<&String> = old_uids.iter().filter(|u| !want.contains(u)).collect();
    assert_eq!(left.len(), 1);
    let r = env.run(&["export", "--dir", s(&vdir)]);
    r.ok();
    assert!(
        r.stderr
            .contains("now holds 339 cards (vCard 3.0): 0 added, 1 updated, 1 removed, 338 left alone"),
        "{}",
        r.stderr
    );
    vdirsyncer(&env, &conf);
    let after = server.cards();
    let on_server: Vec<String> = after.keys().cloned().collect();
    assert_eq!(on_server, want, "the server holds exactly the new set");
    assert!(!after.contains_key(left[0]));
    let changed: Vec<&String> = after.keys().filter(|u| before[*u] != after[*u]).collect();
    assert_eq!(changed.len(), 1, "only the changed person's ETag moves: {changed:?}");
    // Exported and pushed again with nothing new: nothing moves at all.
    let r = env.run(&["export", "--dir", s(&vdir)]);
    r.ok();
    assert!(
        r.stderr.contains("0 added, 0 updated, 0 removed, 339 left alone"),
        "{}",
        r.stderr
    );
    vdirsyncer(&env, &conf);
    assert_eq!(server.cards(), after);
}
