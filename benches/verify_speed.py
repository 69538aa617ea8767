#!/usr/bin/env python3
"""Speed of `tldops verify` on a small and a large signed snapshot, against
`gpg --verify` on the same file (whole processes, CPU time of each child,
medians of interleaved runs; warm page cache).

Usage: python3 benches/verify_speed.py [--runs N] [path/to/tldops]
The snapshots are bare cleartext-signed files (`publish --carrier file`)
made from the sample roster: about 38 KB (the sample's first ccTLDs) and
about 1 MB (every ccTLD with up to 10 contacts, each with a note).
Goals: <= 1.0x gpg for 38 KB, <= 1.5x gpg for 1 MB."""
import argparse, copy, os, shutil, statistics, subprocess, sys, tempfile, tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from roster_toml import write as write_roster  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = os.path.join(ROOT, "tests/keys")
SECRET = os.path.join(KEYS, "FICTIONAL-SAMPLE-KEY-secretariat.secret.asc")
CERT = os.path.join(KEYS, "FICTIONAL-SAMPLE-KEY-secretariat.cert.asc")


def rosters(work):
    base = tomllib.load(open(os.path.join(ROOT, "data/sample/roster-118.toml"), "rb"))["cctld"]
    small = os.path.join(work, "small.toml")
    write_roster(small, base[:70])
    large = copy.deepcopy(base)
    for c in large:
        first = c["contact"][0]
        for k in range(len(c["contact"]), 10):
            p = copy.deepcopy(first)
            p["name"] = f"Deputy {k} {first['name']}"
            p["email"] = [f"deputy{k}.{first['email'][0]}"]
            p.pop("id", None)
            c["contact"].append(p)
        for i, p in enumerate(c["contact"]):
            p["note"] = f"On call in week {i}; " + "escalate through the registry's NOC first. " * 4
    big = os.path.join(work, "large.toml")
    write_roster(big, large)
    return small, big


def cpu_run(argv, env):
    """CPU seconds (user + system) of one child process. The child is
    started with posix_spawn (vfork, then exec), so that its time holds
    nothing of a copy of this interpreter, only the program's own run."""
    devnull = [(os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_DUP2, 1, 2)]
    pid = os.posix_spawnp(argv[0], argv, env, file_actions=devnull)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)} failed with {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("tldops", nargs="?", default=os.path.join(ROOT, "target/release/tldops"))
    a = ap.parse_args()
    tldops = os.path.abspath(a.tldops)
    work = tempfile.mkdtemp(prefix="tldops-verify-bench.")
    try:
        env = dict(os.environ, GNUPGHOME=os.path.join(work, "gnupg"), TLDOPS_DATA_DIR=os.path.join(work, "data"),
                   TLDOPS_CONFIG_DIR=os.path.join(work, "config"), LC_ALL="C")
        env.pop("TLDOPS_CONFIG", None)
        os.makedirs(env["GNUPGHOME"], mode=0o700)
        subprocess.run(["gpg", "--batch", "--quiet", "--import", CERT], env=env, check=True, capture_output=True)
        fp = open(os.path.join(KEYS, "FICTIONAL-SAMPLE-KEY-secretariat.fingerprint")).read().split()[0]
        subprocess.run(["gpg", "--batch", "--quiet", "--import-ownertrust"], input=f"{fp}:6:\n".encode(), env=env,
                       check=True, capture_output=True)
        subprocess.run([tldops, "trust", "add", CERT], env=env, check=True, capture_output=True)
        print(f"load: {open('/proc/loadavg').read().split()[:3]}")
        for serial, (label, roster) in enumerate(zip(("38 KB", "1 MB"), rosters(work)), 1):
            signed = roster.replace(".toml", ".asc")
            made = subprocess.run([tldops, "publish", roster, "--key", SECRET, "--serial", str(serial), "--carrier", "file",
                                   "-o", signed], env=env, capture_output=True, text=True)
            if made.returncode != 0:
                sys.exit(f"publish {roster}: {made.stderr}")
            size = os.path.getsize(signed)
            mine, theirs = [], []
            for _ in range(a.runs):
                mine.append(cpu_run([tldops, "verify", signed], env))
                theirs.append(cpu_run(["gpg", "--batch", "--verify", signed], env))
            ratios = sorted(m / t for m, t in zip(mine, theirs) if t > 0)
            print(f"verify, {label} ({size:,} bytes): tldops {statistics.median(mine) * 1000:.1f} ms CPU, "
                  f"gpg {statistics.median(theirs) * 1000:.1f} ms CPU, ratio {statistics.median(ratios):.2f}x "
                  f"(median of {a.runs} interleaved pairs)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
