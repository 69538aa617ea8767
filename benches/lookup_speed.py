#!/usr/bin/env python3
"""Start-up and the mail-client lookup, against abook on the same people
(whole processes, CPU time of each child from wait4, medians of
interleaved pairs; warm page cache):

- `tldops --version` against `abook --help`;
- `tldops find --format mutt tz` against `abook --mutt-query tz`, abook
  reading an address book made from the same snapshot (every contact of
  the sample's serial 118, its name and e-mail addresses).

Usage: python3 benches/lookup_speed.py [--runs N] [path/to/tldops]
Needs abook (Debian's package abook). Goals: start-up <= 1.2x abook,
lookup <= 1.0x abook."""
import argparse, os, shutil, statistics, subprocess, sys, tempfile, tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_speed import cpu_run  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "data/sample")


def abook_file(path):
    """The sample's serial 118 as an abook address book."""
    roster = tomllib.load(open(os.path.join(SAMPLE, "roster-118.toml"), "rb"))
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n\n")
        for cctld in roster["cctld"]:
            for c in cctld["contact"]:
                f.write(f"[{n}]\nname={c['name']}\nemail={','.join(c['email'])}\n")
                f.write(f"custom1=.{cctld['code']} {c.get('role', '')}\n\n")
                n += 1
    return n


def pair(label, mine, theirs, runs, env):
    a, b = [], []
    for _ in range(runs):
        a.append(cpu_run(mine, env))
        b.append(cpu_run(theirs, env))
    ratios = sorted(x / y for x, y in zip(a, b) if y > 0)
    print(f"{label}: tldops {statistics.median(a) * 1000:.2f} ms CPU, abook {statistics.median(b) * 1000:.2f} ms CPU, "
          f"ratio {statistics.median(ratios):.2f}x (median of {runs} interleaved pairs)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("tldops", nargs="?", default=os.path.join(ROOT, "target/release/tldops"))
    a = ap.parse_args()
    if shutil.which("abook") is None:
        sys.exit("abook is not installed (Debian: apt-get install abook)")
    tldops = os.path.abspath(a.tldops)
    work = tempfile.mkdtemp(prefix="tldops-lookup-bench.")
    try:
        env = dict(os.environ, HOME=work, TLDOPS_DATA_DIR=os.path.join(work, "data"),
                   TLDOPS_CONFIG_DIR=os.path.join(work, "config"), LC_ALL="C")
        env.pop("TLDOPS_CONFIG", None)
        subprocess.run([tldops, "trust", "add", os.path.join(SAMPLE, "FICTIONAL-SAMPLE-KEY-secretariat.cert.asc")],
                       env=env, check=True, capture_output=True)
        subprocess.run([tldops, "sync", os.path.join(SAMPLE, "tld-ops.mbox")], env=env, capture_output=True)
        book = os.path.join(work, "addressbook")
        people = abook_file(book)
        abook = ["abook", "--config", os.devnull, "--datafile", book]
        ours = subprocess.run([tldops, "find", "--format", "mutt", "tz"], env=env, capture_output=True, text=True)
        theirs = subprocess.run(abook + ["--mutt-query", "tz"], env=env, capture_output=True, text=True)
        if ours.returncode != 0 or theirs.returncode != 0:
            sys.exit(f"a lookup failed: tldops {ours.returncode} {ours.stderr}, abook {theirs.returncode} {theirs.stderr}")
        print(f"load: {open('/proc/loadavg').read().split()[:3]}; {people} people; "
              f"lines answered: tldops {len(ours.stdout.splitlines())}, abook {len(theirs.stdout.splitlines())}")
        pair("start-up (--version / --help)", [tldops, "--version"], ["abook", "--help"], a.runs, env)
        pair("find --format mutt tz / --mutt-query tz", [tldops, "find", "--format", "mutt", "tz"],
             abook + ["--mutt-query", "tz"], a.runs, env)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
