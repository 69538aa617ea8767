#!/usr/bin/env python3
"""Peak memory of `tldops sync` on a hostile mailbox: every shape the
format's limits are there for, each as large as one message may be
(32 MiB), followed by the genuine sample mailbox. Prints the peak resident
set size of the sync of each shape alone, then of all of them in one
mailbox, and checks that the genuine snapshots were stored every time.

Usage: python3 benches/hostile_memory.py [path/to/tldops]   (default: target/release/tldops)
Goal: a peak under 64 MiB."""
import base64, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TLDOPS = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "--write" else os.path.join(ROOT, "target/release/tldops")
MIB = 1 << 20
BEGIN = b"-----BEGIN PGP SIGNED MESSAGE-----\n"


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def mail(name, headers, body):
    return (
        b"From hostile@list.example Mon Nov  2 00:00:00 2026\n"
        + b"From: hostile@list.example\nSubject: " + name.encode() + b"\n"
        + headers + b"\n" + body + b"\n\n"
    )


# The shapes' names, in order, so that this process never builds them.
NAMES = ["repeated header lines", "base64 body of header lines", "one 31 MiB base64 line",
         "quoted-printable header lines", "99 parts of header lines", "200,000 parts", "a 31 MiB signature armor",
         "a 31 MiB header", "compression bomb before a block", "a 200 MiB line"]


def shapes():
    block = read("tests/fixtures/good-bare.toml.asc")
    near = 31 * MIB
    yield "repeated header lines", mail("repeat", b"", BEGIN * (near // len(BEGIN)) + block)
    b64 = base64.encodebytes(BEGIN * (near * 3 // 4 // len(BEGIN)))
    yield "base64 body of header lines", mail("b64", b"Content-Transfer-Encoding: base64\n", b64)
    yield "one 31 MiB base64 line", mail("line", b"Content-Transfer-Encoding: base64\n", b"QUFB" * (near // 4))
    qp = (b"=2D" * 5 + b"BEGIN PGP SIGNED MESSAGE=2D=2D=2D=2D=2D\n") * (near // 60)
    yield "quoted-printable header lines", mail("qp", b"Content-Transfer-Encoding: quoted-printable\n", qp)
    part = b"--b\nContent-Type: text/plain\n\n" + BEGIN * (near // 99 // len(BEGIN))
    yield "99 parts of header lines", mail("parts", b"Content-Type: multipart/mixed; boundary=b\n", part * 99 + b"--b--\n")
    yield "200,000 parts", mail("many", b"Content-Type: multipart/mixed; boundary=b\n", b"--b\n\nx\n" * 200_000 + b"--b--\n")
    sig = b"-----BEGIN PGP SIGNATURE-----\n\n" + base64.encodebytes(bytes([0xC2, 4, 4, 0, 22, 10]) * (near // 8)) + b"-----END PGP SIGNATURE-----\n"
    yield "a 31 MiB signature armor", mail("sig", b"", block.split(b"-----BEGIN PGP SIGNATURE")[0] + sig)
    yield "a 31 MiB header", mail("header", b"X-Filler: " + b"a" * near + b"\n", b"hi")
    yield "compression bomb before a block", read("tests/fixtures/hostile-compression-bomb-before-block.eml").replace(b"From: ", b"From x Mon Nov  2 00:00:00 2026\nFrom: ", 1) + b"\n"
    yield "a 200 MiB line", b"From x Mon Nov  2 00:00:00 2026\nSubject: long\n\n" + b"y" * (200 * MIB) + b"\n\n"


def write(mbox, only=None):
    """Writes the hostile mailbox, or the one shape numbered `only`, then
    the sample (run in its own process: see main)."""
    size = 0
    with open(mbox, "wb") as f:
        for i, (name, m) in enumerate(shapes()):
            assert name == NAMES[i], name
            if only is not None and i != only:
                continue
            f.write(m)
            size += len(m)
            if only is None:
                print(f"  {name}: {len(m) / MIB:.1f} MiB")
        f.write(read("data/sample/tld-ops.mbox"))
    if only is None:
        print(f"hostile mailbox: {size / MIB:.0f} MiB of hostile mail, then the sample")


def sync(d, only=None):
    """Syncs a fresh store from the mailbox; its peak RSS, exit code, last line and current serial."""
    tag = "all" if only is None else str(only)
    env = dict(os.environ, TLDOPS_DATA_DIR=os.path.join(d, tag, "data"), TLDOPS_CONFIG_DIR=os.path.join(d, tag, "config"),
               TLDOPS_NOW="2026-11-02T00:00:00Z")
    subprocess.run([TLDOPS, "trust", "add", os.path.join(ROOT, "tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc")],
                   env=env, check=True, capture_output=True)
    mbox = os.path.join(d, "hostile.mbox")
    # A forked child's peak counts its parent's pages until exec, so the
    # big inputs are made in a process of their own and this one stays small.
    subprocess.run([sys.executable, __file__, "--write", mbox] + ([] if only is None else [str(only)]), check=True)
    err = os.path.join(d, "stderr")
    with open(err, "w") as e:
        child = subprocess.Popen([TLDOPS, "sync", mbox], env=env, stdout=subprocess.DEVNULL, stderr=e)
        _, status, usage = os.wait4(child.pid, 0)
    os.unlink(mbox)
    stderr = open(err).read()
    status_json = json.loads(subprocess.run([TLDOPS, "status", "--json"], env=env, capture_output=True, text=True).stdout)
    serial = status_json["directories"][0]["current"]["serial"]
    return usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), stderr.strip().splitlines()[-1], serial


def main():
    names = NAMES
    worst = 0.0
    with tempfile.TemporaryDirectory() as d:
        for i, name in enumerate(names):
            peak, code, _, serial = sync(d, i)
            worst = max(worst, peak)
            print(f"  {name:34} peak RSS {peak:6.1f} MiB, exit {code}, current serial {serial}")
            if serial != 118:
                sys.exit(f"{name}: the genuine snapshots were not stored")
        peak, code, last, serial = sync(d)
        print(f"all shapes in one mailbox: sync exit {code}; current serial {serial}")
        print(last)
        print(f"peak RSS of the sync: {peak:.1f} MiB; worst single shape {worst:.1f} MiB (goal < 64 MiB)")
        if serial != 118:
            sys.exit("the genuine snapshots were not stored")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write"]:
        write(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else None)
    else:
        main()
