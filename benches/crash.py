#!/usr/bin/env python3
"""Kill and concurrency harness for `tldops sync`, run by benches/crash.sh.

1. Kill trials: a store holding the first serials of the sample mailbox is
   copied, `tldops sync` of the whole mailbox is started on the copy and
   killed with SIGKILL after a random delay spread over the sync's measured
   duration. The store must then pass `PRAGMA integrity_check` and hold
   exactly the state before the sync or exactly the state after it (a dump of
   the snapshot, cctld and contact tables), its files must still be private,
   and a second sync must finish the job.
2. Concurrency rounds: on a copy of the same store, 8 syncs and 4 finds run
   at once. Every exit code must be the expected one, no message about a
   locked or busy database (or any error) may reach standard error, and the
   store must end in the state after the sync.

Usage: crash.py TLDOPS [--trials N] [--rounds N] [--seed N]
"""
import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MBOX = ROOT / "data/sample/tld-ops.mbox"
CERT = ROOT / "tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc"
# After the sample's last serial (118, issued 2026-11-01), before it goes stale.
NOW = "2026-11-20T00:00:00Z"
# The messages of the sample mailbox already synced before each trial:
# serials 113 to 115 of 113 to 118.
BASE_MESSAGES = 9
DB = "tldops.sqlite3"
TABLES = {
    "snapshot": "directory, serial",
    "cctld": "snapshot_id, position",
    "contact": "snapshot_id, code, position",
}
TROUBLE = ("locked", "busy", "error", "panicked")


def environment(work):
    env = {
        k: v
        for k, v in os.environ.items()
        if not (k.startswith("TLDOPS_") or k.startswith("LC_") or k in ("LANG", "NO_COLOR"))
    }
    env["TLDOPS_CONFIG_DIR"] = str(work / "config")
    env["TLDOPS_NOW"] = NOW
    return env


class Harness:
    def __init__(self, tldops, work):
        self.tldops = tldops
        self.work = work
        self.env = environment(work)

    def command(self, data, *args):
        env = dict(self.env, TLDOPS_DATA_DIR=str(data))
        return [self.tldops, *args], env

    def run(self, data, *args):
        cmd, env = self.command(data, *args)
        return subprocess.run(cmd, env=env, capture_output=True, text=True)

    def must(self, data, *args):
        r = self.run(data, *args)
        if r.returncode != 0:
            sys.exit(f"crash.py: `tldops {' '.join(args)}` exited {r.returncode}:\n{r.stderr}")
        return r


def split_mbox(path):
    """The messages of an mbox, each starting with its `From ` line."""
    data = path.read_bytes()
    starts = [0] + [i + 1 for i in range(len(data)) if data.startswith(b"\nFrom ", i)]
    return [data[a:b] for a, b in zip(starts, starts[1:] + [len(data)])]


def dump(db):
    """Integrity verdict and a digest of the snapshot tables, opened the way
    the next tldops would open it (a WAL left behind is recovered)."""
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        h = hashlib.sha256()
        counts = {}
        for table, order in TABLES.items():
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
            counts[table] = len(rows)
            for row in rows:
                h.update(repr((table, row)).encode())
        return integrity == [("ok",)], h.hexdigest(), counts
    finally:
        conn.close()


def private(data):
    """Whether the data directory and every file in it are private."""
    if os.stat(data).st_mode & 0o077:
        return False
    return all(os.stat(p).st_mode & 0o077 == 0 for p in Path(data).iterdir())


def fresh_copy(src, dst):
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)


def kill_trials(h, base, before, after, full, trials, rng):
    # The sync's duration, from exec to exit, on copies of the base store.
    durations = []
    for _ in range(10):
        t = h.work / "measure"
        fresh_copy(base, t)
        cmd, env = h.command(t, "sync", str(full))
        s = time.perf_counter()
        r = subprocess.run(cmd, env=env, capture_output=True)
        durations.append(time.perf_counter() - s)
        if r.returncode != 0:
            sys.exit(f"crash.py: the measured sync exited {r.returncode}")
    duration = statistics.median(durations)
    print(
        f"sync of the sample mailbox onto serials 113-115: median {duration * 1000:.1f} ms "
        f"(min {min(durations) * 1000:.1f}, max {max(durations) * 1000:.1f}) over {len(durations)} runs"
    )
    span = duration * 1.2
    tally = dict(
        trials=0,
        before=0,
        after=0,
        neither=0,
        integrity=0,
        finished=0,
        bad_exit=0,
        wal_before=0,
        wal_after=0,
        not_private=0,
        resume_failed=0,
    )
    for i in range(trials):
        t = h.work / "trial"
        fresh_copy(base, t)
        cmd, env = h.command(t, "sync", str(full))
        delay = rng.uniform(0, span)
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
        rc = p.wait()
        tally["trials"] += 1
        if rc != -signal.SIGKILL:
            tally["finished"] += 1
            if rc != 0:
                tally["bad_exit"] += 1
                print(f"trial {i}: the sync exited {rc} before the kill")
        # A write-ahead log left with frames in it: killed while writing, or
        # after the commit and before the log was checkpointed.
        wal = Path(str(t / DB) + "-wal")
        wal_left = wal.exists() and wal.stat().st_size > 0
        ok, digest, _ = dump(t / DB)
        if wal_left:
            tally["wal_before" if digest == before else "wal_after"] += 1
        if not ok:
            tally["integrity"] += 1
            print(f"trial {i}: integrity_check failed after a kill at {delay * 1000:.1f} ms")
        if digest == before:
            tally["before"] += 1
        elif digest == after:
            tally["after"] += 1
        else:
            tally["neither"] += 1
            print(f"trial {i}: the store is neither the state before nor after (kill at {delay * 1000:.1f} ms)")
        if not private(t):
            tally["not_private"] += 1
            print(f"trial {i}: a file in the data directory is not private")
        # The next sync finishes the job.
        r = h.run(t, "sync", str(full))
        if r.returncode != 0 or dump(t / DB)[1] != after:
            tally["resume_failed"] += 1
            print(f"trial {i}: the sync after the kill exited {r.returncode}:\n{r.stderr}")
    return tally, duration


def concurrency_rounds(h, base, after, full, rounds, rng):
    finds = [["find", ".tz"], ["find", "ivanov"], ["find", "--format", "mutt", "tz"], ["show", "tz"]]
    tally = dict(rounds=0, syncs=0, finds=0, lock_errors=0, other_errors=0, bad_exit=0, wrong_state=0)
    for i in range(rounds):
        t = h.work / "round"
        fresh_copy(base, t)
        jobs = [("sync", ["sync", str(full)]) for _ in range(8)] + [("find", rng.choice(finds)) for _ in range(4)]
        rng.shuffle(jobs)
        procs = []
        for kind, args in jobs:
            cmd, env = h.command(t, *args)
            procs.append((kind, args, subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)))
            # A little stagger, so the processes meet at every stage of a sync.
            time.sleep(rng.uniform(0, 0.01))
        tally["rounds"] += 1
        for kind, args, p in procs:
            _, err = p.communicate()
            err = err.decode("utf-8", "replace")
            tally["syncs" if kind == "sync" else "finds"] += 1
            bad = [line for line in err.splitlines() if any(w in line.lower() for w in TROUBLE)]
            if any("locked" in line.lower() or "busy" in line.lower() for line in bad):
                tally["lock_errors"] += 1
            elif bad:
                tally["other_errors"] += 1
            if p.returncode != 0:
                tally["bad_exit"] += 1
            if bad or p.returncode != 0:
                print(f"round {i}: `tldops {' '.join(args)}` exited {p.returncode}:\n{err}")
        if dump(t / DB)[1] != after:
            tally["wrong_state"] += 1
            print(f"round {i}: the store does not hold the state after the sync")
    return tally


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tldops")
    ap.add_argument("--trials", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=100)
    ap.add_argument("--seed", type=int, default=None)
    a = ap.parse_args()
    seed = a.seed if a.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    print(f"seed {seed} (repeat with --seed {seed})")
    with tempfile.TemporaryDirectory(prefix="tldops-crash-") as tmp:
        work = Path(tmp)
        h = Harness(os.path.abspath(a.tldops), work)
        messages = split_mbox(MBOX)
        part = work / "part.mbox"
        part.write_bytes(b"".join(messages[:BASE_MESSAGES]))
        base = work / "base"
        h.must(base, "trust", "add", str(CERT))
        h.must(base, "sync", str(part))
        after_dir = work / "after"
        fresh_copy(base, after_dir)
        h.must(after_dir, "sync", str(MBOX))
        # Probed on a copy, so the base stays exactly as tldops left it.
        probe = work / "probe"
        fresh_copy(base, probe)
        ok_b, before, counts_b = dump(probe / DB)
        ok_a, after, counts_a = dump(after_dir / DB)
        assert ok_b and ok_a and before != after
        print(f"before: {counts_b['snapshot']} snapshots, {counts_b['contact']} contact rows; "
              f"after: {counts_a['snapshot']} snapshots, {counts_a['contact']} contact rows")
        failed = False
        if a.trials:
            k, _ = kill_trials(h, base, before, after, MBOX, a.trials, rng)
            print(
                f"kill -9 trials: {k['trials']}; store as before: {k['before']}, as after: {k['after']}, "
                f"neither: {k['neither']}; integrity failures: {k['integrity']}; "
                f"sync finished before the kill: {k['finished']} (bad exit {k['bad_exit']}); "
                f"killed leaving frames in the write-ahead log: {k['wal_before'] + k['wal_after']} "
                f"({k['wal_before']} recovered as before, {k['wal_after']} as after); "
                f"files not private: {k['not_private']}; next sync failed: {k['resume_failed']}"
            )
            failed |= any(k[x] for x in ("neither", "integrity", "bad_exit", "not_private", "resume_failed"))
        if a.rounds:
            c = concurrency_rounds(h, base, after, MBOX, a.rounds, rng)
            print(
                f"concurrency: {c['rounds']} rounds of 8 syncs and 4 finds ({c['syncs']} syncs, {c['finds']} finds); "
                f"lock errors: {c['lock_errors']}, other errors: {c['other_errors']}, "
                f"unexpected exit codes: {c['bad_exit']}, wrong final state: {c['wrong_state']}"
            )
            failed |= any(c[x] for x in ("lock_errors", "other_errors", "bad_exit", "wrong_state"))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
