#!/usr/bin/env python3
"""Speed and memory of `tldops route` on a large feed: about 1 million lines
(about 100 MB) of logs, abuse-feed rows, mail headers and prose, generated
deterministically, with domains, defanged URLs, e-mail addresses, IDNs, IP
addresses, generic TLDs and invalid names among them. Whole processes, warm
page cache; reports the median wall time, the median CPU time (from
wait4, which on a shared machine says more than the wall time) and the
peak resident memory, against `grep -c` over the same bytes, with the
ratio of each time to the goal and the load average before and after.
Output goes to a file, not /dev/null (GNU grep stops at the first match
when its output is /dev/null).

Usage: python3 benches/route_speed.py [--lines N] [--runs N] [path/to/tldops]
Defaults: 1,000,000 lines, 3 runs, target/release/tldops.
Goal: under 2 s in a release build, with memory that does not grow with the
input (run it with --lines 4000000 to see)."""
import argparse, os, random, statistics, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = os.path.join(ROOT, "data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc")
MBOX = os.path.join(ROOT, "data/sample/tld-ops.mbox")


def cctlds():
    out = []
    with open(os.path.join(ROOT, "data/reference/cctlds.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                code, label = line.split("\t")[:2]
                out.append(label)
    return out


def make_feed(path, lines, rng):
    tlds = cctlds() + ["com", "org", "net", "bank", "info"]
    names = [f"{rng.choice(['bank', 'login', 'secure', 'mail', 'shop', 'pay'])}{i}" for i in range(5000)]
    pool = [f"{rng.choice(names)}.{rng.choice(['', 'co.', 'com.', 'org.'])}{rng.choice(tlds)}" for _ in range(20000)]
    forms = [
        lambda d, n: f"2026-11-02T00:{n % 60:02d}:{n % 59:02d}Z web{n % 7} GET /index.html?id={n} 200 ua=\"Mozilla/5.0 (X11; Linux x86_64)\" ref=http://{d}/",
        lambda d, n: f"{n},phishing,hxxps://{d.replace('.', '[.]')}/login/verify?session={n:08x},192.0.2.{n % 250},confidence=high",
        lambda d, n: f"From: \"Support team\" <support{n % 13}@{d}> on behalf of the registry, please read carefully",
        lambda d, n: f"Received: from mx{n % 5}.{d} (mx{n % 5}.{d}. [198.51.100.{n % 250}]) by mail.example.org with ESMTPS",
        lambda d, n: f"  Our analysts saw the campaign again this morning; nothing new beyond what was reported ({n}).",
        lambda d, n: f"{n}\t{d}\tns1.{d}.\tA\t203.0.113.{n % 250}\tTTL=3600\tstatus=active\tlisted=2026-11-0{n % 9 + 1}",
        lambda d, n: f"alert id={n}: typo-squat {d.replace('.', '..', 1)} seen next to {d}, also as xn--zz.{d.rsplit('.', 1)[-1]}",
    ]
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        for n in range(lines):
            line = rng.choice(forms)(rng.choice(pool), n) + "\n"
            f.write(line)
            size += len(line.encode())
    return size


GOAL = 2.0  # seconds, for 1,000,000 lines


def run(cmd, out, env=None, stdin=None):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=stdin, stdout=out, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    return wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status), err, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("tldops", nargs="?", default=os.path.join(ROOT, "target/release/tldops"))
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, TLDOPS_DATA_DIR=os.path.join(tmp, "data"), TLDOPS_CONFIG_DIR=os.path.join(tmp, "config"))
        env.pop("TLDOPS_CONFIG", None)
        subprocess.run([a.tldops, "trust", "add", KEY], env=env, check=True, capture_output=True)
        subprocess.run([a.tldops, "sync", MBOX], env=env, check=True, capture_output=True)
        feed = os.path.join(tmp, "feed.txt")
        size = make_feed(feed, a.lines, random.Random(15))
        print(f"feed: {a.lines:,} lines, {size / 1e6:.0f} MB")
        print("load average before: %.2f %.2f %.2f" % os.getloadavg())
        results = {}
        for _ in range(a.runs):
            for name, cmd in [
                ("tldops route FILE", [a.tldops, "route", feed]),
                ("tldops route --json FILE", [a.tldops, "route", "--json", feed]),
                ("grep -c '\\.' FILE", ["grep", "-c", "\\.", feed]),
            ]:
                with open(os.path.join(tmp, "out"), "wb") as out:
                    wall, rss, code, err, cpu = run(cmd, out, env)
                if code != 0 and not cmd[0].startswith("grep"):
                    raise SystemExit(f"{name} exited {code}: {err}")
                results.setdefault(name, []).append((wall, rss, cpu))
                if name == "tldops route FILE":
                    summary = err.strip().splitlines()[-1]
        for name, rs in results.items():
            wall = statistics.median(r[0] for r in rs)
            rss = max(r[1] for r in rs)
            cpu = statistics.median(r[2] for r in rs)
            goal = GOAL * a.lines / 1_000_000
            print(
                f"{name:28} {wall:6.2f} s wall  {cpu:6.2f} s CPU   peak RSS {rss / 1024:6.1f} MiB"
                f"   goal {goal:.2f} s: wall x{wall / goal:.2f}, CPU x{cpu / goal:.2f}"
            )
        print(summary)
        print("load average after: %.2f %.2f %.2f" % os.getloadavg())


if __name__ == "__main__":
    main()
