//! Hermetic test environment: a private config and data directory, a fixed
//! clock, and none of the caller's TLDOPS_*, LANG or NO_COLOR.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const NOW: &str = "2026-11-02T00:00:00Z";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

pub fn key(name: &str) -> PathBuf {
    root().join("tests/keys").join(name)
}

pub const SAMPLE_CERT: &str = "FICTIONAL-SAMPLE-KEY-secretariat.cert.asc";
pub const SAMPLE_SECRET: &str = "FICTIONAL-SAMPLE-KEY-secretariat.secret.asc";
/// The list address publish sends to in tests.
pub const LIST: &str = "TLD-OPS <tld-ops@lists.tld-ops.example>";

pub struct Env {
    pub dir: tempfile::TempDir,
    pub now: String,
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn ok(&self) -> &Self {
        assert_eq!(
            self.code, 0,
            "exit {}\nstdout:\n{}\nstderr:\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
            now: NOW.to_string(),
        }
    }

    /// A fresh environment with the sample key pinned for TLD-OPS.
    pub fn pinned() -> Env {
        let env = Env::new();
        env.run(&["trust", "add", key(SAMPLE_CERT).to_str().unwrap()]).ok();
        env
    }

    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn command(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_tldops"));
        for (k, _) in std::env::vars_os() {
            let k = k.to_string_lossy().into_owned();
            if k.starts_with("TLDOPS_") || k == "LANG" || k == "NO_COLOR" || k.starts_with("LC_") {
                c.env_remove(k);
            }
        }
        c.env("TLDOPS_DATA_DIR", self.data_dir())
            .env("TLDOPS_CONFIG_DIR", self.config_dir())
            .env("TLDOPS_NOW", &self.now)
            .current_dir(self.dir.path());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with_stdin(args, None)
    }

    /// Runs with some environment variables set.
    pub fn run_with_env(&self, args: &[&str], vars: &[(&str, &str)]) -> Run {
        let mut c = self.command();
        for (k, v) in vars {
            c.env(k, v);
        }
        output(c, args, None)
    }

    /// As `run_with_env`, with standard input.
    pub fn run_with_env_and_stdin(&self, args: &[&str], vars: &[(&str, &str)], stdin: &[u8]) -> Run {
        let mut c = self.command();
        for (k, v) in vars {
            c.env(k, v);
        }
        output(c, args, Some(stdin))
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        output(self.command(), args, stdin)
    }

    /// Standard output as bytes, of a run that must succeed.
    pub fn run_bytes(&self, args: &[&str]) -> Vec<u8> {
        let out = self.command().args(args).stdin(Stdio::null()).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: exit {:?}\n{}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// What the store holds, for "nothing changed" checks: (directory, serial, sha256) of every kept snapshot.
    pub fn kept(&self) -> Vec<(String, u64, String)> {
        let r = self.run(&["status", "--json"]);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
        let mut out = Vec::new();
        for d in v["directories"].as_array().unwrap() {
            let name = d["directory"].as_str().unwrap().to_string();
            for s in d["history"].as_array().unwrap() {
                out.push((name.clone(), s.as_u64().unwrap(), String::new()));
            }
            if let Some(sha) = d["current"]["sha256"].as_str() {
                out.push((name.clone(), 0, sha.to_string()));
            }
        }
        out
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.path(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

fn output(mut c: Command, args: &[&str], stdin: Option<&[u8]>) -> Run {
    c.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    c.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = c.spawn().unwrap();
    if let Some(input) = stdin {
        use std::io::Write;
        let mut s = child.stdin.take().unwrap();
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = s.write_all(&input);
        });
    }
    let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Signs `roster` as snapshot `serial` issued at `issued` with the sample
/// key, as a mail valid for 45 days; returns the mail's path.
pub fn publish(env: &Env, roster: &str, serial: u64, issued: &str) -> PathBuf {
    let r = env.write(&format!("roster-{serial}.toml"), roster.as_bytes());
    let out = env.path(&format!("snapshot-{serial}.eml"));
    let k = key(SAMPLE_SECRET);
    env.run(&[
        "publish",
        s(&r),
        "--key",
        s(&k),
        "--serial",
        &serial.to_string(),
        "--issued",
        issued,
        "--valid-for",
        "45d",
        "--to",
        LIST,
        "-o",
        s(&out),
        "--force",
    ])
    .ok();
    out
}

/// Signs `roster` as snapshot `serial` issued at `issued` with the sample key
/// and syncs it into `env`.
pub fn publish_and_sync(env: &Env, roster: &str, serial: u64, issued: &str) -> Run {
    let out = publish(env, roster, serial, issued);
    env.run(&["sync", s(&out)])
}

/// A program from the test tools (see tests/run.sh): the virtual
/// environment's Python tools, or one on PATH.
pub fn tool(name: &str) -> PathBuf {
    if let Some(v) = std::env::var_os("TLDOPS_TEST_VENV") {
        let p = PathBuf::from(v).join("bin").join(name);
        if p.exists() {
            return p;
        }
    }
    let venv = root().join("target/test-tools/venv/bin").join(name);
    if venv.exists() {
        return venv;
    }
    for dir in std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()) {
        if dir.join(name).exists() {
            return dir.join(name);
        }
    }
    panic!("{name} is needed for this test: run the tests with `sh tests/run.sh`, which installs it");
}

/// Mail drafts as Python's `email` package (the standard library's, no
/// virtual environment) reads them, by file name: header names in order,
/// recipients, subject, content type, charset and body, as JSON. A draft
/// the package finds a defect in fails the test.
pub fn read_drafts(dir: &Path) -> serde_json::Value {
    const SCRIPT: &str = r#"
import email, email.policy, json, pathlib, sys
out = {}
for p in sorted(pathlib.Path(sys.argv[1]).glob("*.eml")):
    m = email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
    assert not m.defects, m.defects
    to = m["To"]
    assert not to.defects, to.defects
    out[p.name] = {
        "headers": list(m.keys()),
        "to": [[a.display_name, a.addr_spec] for a in to.addresses],
        "subject": str(m["Subject"]),
        "type": m.get_content_type(),
        "charset": m.get_content_charset(),
        "body": m.get_content(),
    }
print(json.dumps(out))
"#;
    let o = Command::new("python3").arg("-c").arg(SCRIPT).arg(dir).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}
