//! `find --format mutt` read by the real neomutt (Debian's), driven in a
//! private tmux server: the query menu's entries and the message line it
//! shows, for a match, for no match, and for a stale snapshot. Standard
//! error would be painted over neomutt's screen, so the screen must hold
//! nothing but what neomutt drew.

mod common;

use common::{s, tool, Env};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// A neomutt running in its own tmux server, answering queries from `env`.
struct Neomutt {
    socket: PathBuf,
    home: PathBuf,
}

impl Neomutt {
    fn start(env: &Env, now: &str) -> Neomutt {
        let home = env.path(&format!("neomutt-{}", now.replace(':', "-")));
        std::fs::create_dir_all(&home).unwrap();
        let mbox = home.join("empty.mbox");
        std::fs::write(&mbox, "").unwrap();
        // The query command gets no environment but what it is given here,
        // so nothing of the caller's tldops data can answer.
        let query = format!(
            "env -i PATH=/usr/bin:/bin HOME={home} TLDOPS_DATA_DIR={data} TLDOPS_CONFIG_DIR={config} TLDOPS_NOW={now} {bin} find --format mutt %s",
            home = s(&home),
            data = s(&env.data_dir()),
            config = s(&env.config_dir()),
            bin = env!("CARGO_BIN_EXE_tldops"),
        );
        let rc = home.join("neomuttrc");
        std::fs::write(
            &rc,
            format!(
                "set folder=\"{home}\"\nset spoolfile=\"{mbox}\"\nset mbox_type=mbox\nset query_command=\"{query}\"\n",
                home = s(&home),
                mbox = s(&mbox),
            ),
        )
        .unwrap();
        let n = Neomutt {
            socket: home.join("tmux.sock"),
            home,
        };
        n.tmux(&[
            "new-session",
            "-d",
            "-x",
            "110",
            "-y",
            "24",
            &format!("{} -n -F {}", s(&tool("neomutt")), s(&rc)),
        ]);
        n.wait_for("the index", |screen| screen.contains("NeoMutt: "));
        n
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new(tool("tmux"))
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .env_clear()
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", &self.home)
            .env("TERM", "xterm")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Waits until the screen shows what `ready` looks for. Not a timing
    /// check: the limit only stops a test that would otherwise hang.
    fn wait_for(&self, what: &str, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ready(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(60) {
                panic!("neomutt never showed {what}; the screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// A query typed into the query menu (`Q` there): neomutt 2022 shows the
    /// first line on the message line only for a query made from the menu
    /// (the index's `Q` runs the first one quietly).
    fn query_in_menu(&self, words: &str, ready: impl Fn(&str) -> bool) -> String {
        self.keys(&["Q"]);
        self.wait_for("the query prompt", |screen| last_line(screen).starts_with("Query:"));
        self.keys(&["C-u", words, "Enter"]);
        self.wait_for(&format!("the answer to `{words}`"), ready)
    }
}

impl Drop for Neomutt {
    fn drop(&mut self) {
        let _ = Command::new(tool("tmux"))
            .arg("-S")
            .arg(&self.socket)
            .arg("kill-server")
            .status();
    }
}

fn last_line(screen: &str) -> &str {
    screen.trim_end().lines().last().unwrap_or("")
}

fn sample() -> Env {
    let env = Env::new();
    let sample = |name: &str| common::root().join("data/sample").join(name);
    env.run(&["trust", "add", s(&sample("FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"))])
        .ok();
    env.run(&["sync", s(&sample("tld-ops.mbox"))]).ok();
    env
}

/// Opens the query menu from the index with a first query.
fn open_menu(n: &Neomutt, words: &str) -> String {
    n.keys(&["Q"]);
    n.wait_for("the query prompt", |screen| last_line(screen).starts_with("Query:"));
    n.keys(&[words, "Enter"]);
    n.wait_for("the query menu", |screen| screen.contains("New Query"))
}

fn entries(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter(|l| l.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn neomutt_shows_the_entries_and_the_message_line() {
    let env = sample();
    let n = Neomutt::start(&env, common::NOW);
    let screen = open_menu(&n, "baraka");
    println!("--- the query menu, `Q baraka` ---\n{screen}");
    assert_eq!(
        entries(&screen),
        [
            "1 Baraka Kiprono <barakakiprono@nic.tz.exa | .tz CSIRT lead",
            "2 Baraka Kiprono <security@nic.tz.example> | .tz CSIRT lead",
        ],
        "{screen}"
    );

    let screen = n.query_in_menu("tz upendo", |screen| last_line(screen).starts_with("tldops:"));
    println!("--- `Q tz upendo` in the menu ---\n{screen}");
    assert_eq!(last_line(&screen), "tldops: 1 address from TLD-OPS serial 118");
    assert_eq!(
        entries(&screen),
        ["1 Upendo Kiprono <upendokiprono@nic.tz.exa | .tz Security officer"]
    );

    let screen = n.query_in_menu("zzyzx", |screen| last_line(screen).contains("zzyzx`"));
    println!("--- `Q zzyzx` in the menu ---\n{screen}");
    assert!(
        last_line(&screen).starts_with("tldops: no match for `zzyzx` in TLD-OPS serial 118"),
        "{screen}"
    );
    assert!(!screen.contains("STALE") && !screen.contains("error:"), "{screen}");
}

#[test]
fn neomutt_shows_a_stale_snapshot_on_the_message_line_and_nothing_else() {
    let env = sample();
    let n = Neomutt::start(&env, "2027-01-10T00:00:00Z");
    open_menu(&n, "baraka");
    let screen = n.query_in_menu("tz hamisi", |screen| last_line(screen).starts_with("tldops:"));
    println!("--- stale: `Q tz hamisi` in the menu ---\n{screen}");
    assert_eq!(
        last_line(&screen),
        "tldops: 1 address from TLD-OPS serial 118, STALE since 2026-12-16"
    );
    assert_eq!(
        entries(&screen),
        ["1 Hamisi Wanjiku <hamisiwanjiku@nic.tz.exa | .tz Incident response"]
    );
    // The standard error warning ("STALE: the TLD-OPS snapshot ...") would
    // land on the screen; there must be none.
    assert!(!screen.contains("STALE:"), "{screen}");
    assert_eq!(screen.matches("STALE").count(), 1, "{screen}");
}
