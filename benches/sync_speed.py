#!/usr/bin/env python3
"""Speed of `tldops sync` on a large mbox and a large Maildir, first and
again, against grep over the same bytes (whole processes, medians of
interleaved runs; warm page cache).

Usage: python3 benches/sync_speed.py [--mbox-mib N] [--maildir-files N] [--runs N] [path/to/tldops]
Defaults: a 1,024 MiB mbox (the sample's mailings among list mail with
multi-MB base64 attachments), a 50,000-file Maildir, 5 runs, target/release/tldops.
Goals: fresh sync <= 2x grep; re-sync with nothing new <= 20 ms; re-sync
after one new message <= 20 ms + that message."""
import argparse, base64, os, random, shutil, statistics, subprocess, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIB = 1 << 20
KEY = os.path.join(ROOT, "tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc")


def sample_messages():
    text = open(os.path.join(ROOT, "data/sample/tld-ops.mbox"), "rb").read()
    return [b"From " + m if i else m for i, m in enumerate(text.split(b"\n\nFrom "))]


def chatter(rng, i, attach):
    body = f"Message {i} to the list.\n".encode() * 20
    head = (f"From member{i}@list.example Mon Nov  2 00:00:00 2026\nFrom: member{i}@list.example\n"
            f"Message-ID: <m{i}@list.example>\nSubject: list mail {i}\n").encode()
    if not attach:
        return head + b"\n" + body + b"\n"
    blob = base64.encodebytes(rng.randbytes(attach))
    return (head + b"MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
            + body + b"--b\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n"
            + blob + b"--b--\n\n")


def make_mbox(path, mib, rng):
    snaps = sample_messages()
    size, i = 0, 0
    with open(path, "wb") as f:
        while size < mib * MIB:
            m = chatter(rng, i, rng.choice([0, 0, 0, 600_000, 2_000_000]))
            if i % 400 == 0 and snaps:
                m = snaps.pop(0).rstrip(b"\n") + b"\n\n" + m
            f.write(m)
            size += len(m)
            i += 1
        for s in snaps:
            f.write(s.rstrip(b"\n") + b"\n\n")
    return i


def make_maildir(path, files, rng):
    for d in ("new", "cur", "tmp"):
        os.makedirs(os.path.join(path, d))
    snaps = sample_messages()
    for i in range(files):
        m = snaps.pop(0) if i % 8000 == 0 and snaps else chatter(rng, i, 0)
        m = m.split(b"\n", 1)[1]
        with open(os.path.join(path, "cur", f"{1700000000 + i}.{i}.host:2,S"), "wb") as f:
            f.write(m)


def timed(cmd, env=None):
    # Output goes to a pipe, not /dev/null: GNU grep stops at the first
    # match when its output is /dev/null.
    t = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mbox-mib", type=int, default=1024)
    ap.add_argument("--maildir-files", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("tldops", nargs="?", default=os.path.join(ROOT, "target/release/tldops"))
    a = ap.parse_args()
    rng = random.Random(7)
    work = tempfile.mkdtemp()
    try:
        mbox, md = os.path.join(work, "list.mbox"), os.path.join(work, "Maildir")
        n = make_mbox(mbox, a.mbox_mib, rng)
        make_maildir(md, a.maildir_files, rng)
        print(f"mbox: {os.path.getsize(mbox) / MIB:.0f} MiB, {n} messages; Maildir: {a.maildir_files} files")

        def env(tag):
            d = os.path.join(work, tag)
            e = dict(os.environ, TLDOPS_DATA_DIR=os.path.join(d, "data"), TLDOPS_CONFIG_DIR=os.path.join(d, "config"),
                     TLDOPS_NOW="2026-11-02T00:00:00Z")
            shutil.rmtree(d, ignore_errors=True)
            subprocess.run([a.tldops, "trust", "add", KEY], env=e, check=True, capture_output=True)
            return e

        rows = []
        for name, src, grep in [("mbox", mbox, ["grep", "-c", "BEGIN PGP SIGNED MESSAGE", mbox]),
                                ("Maildir", md, ["grep", "-r", "-l", "BEGIN PGP SIGNED MESSAGE", md])]:
            fresh, base, again, one = [], [], [], []
            for r in range(a.runs):
                e = env(f"{name}-{r}")
                base.append(timed(grep))
                fresh.append(timed([a.tldops, "sync", src], e))
                again.append(timed([a.tldops, "sync", src], e))
                new = chatter(rng, 10**6 + r, 0)
                if name == "mbox":
                    with open(src, "ab") as f:
                        f.write(new)
                else:
                    with open(os.path.join(src, "new", f"new-{r}.host"), "wb") as f:
                        f.write(new.split(b"\n", 1)[1])
                one.append(timed([a.tldops, "sync", src], e))
            med = statistics.median
            rows.append((f"sync, fresh store, {name}", med(fresh), f"{med(fresh) / med(base):.2f}x grep ({med(base) * 1000:.0f} ms)"))
            rows.append((f"re-sync, nothing new, {name}", med(again), "goal <= 20 ms"))
            rows.append((f"re-sync, one new message, {name}", med(one), "goal <= 20 ms + the message"))
        for what, t, note in rows:
            print(f"{what:40} {t * 1000:9.1f} ms   {note}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
