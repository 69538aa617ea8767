#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/ from the test fixtures and the
sample, so that each fuzz target starts from inputs that reach deep into its
code. Run it again after the fixtures change: python3 fuzz/make-corpus.py"""

import pathlib
import shutil
import struct

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = ROOT / "data" / "sample"
LIMIT = 64 * 1024  # no seed larger than this


def signed_text(asc: bytes) -> bytes:
    """The text of a cleartext-signed block, dash-escaping undone."""
    lines = asc.split(b"\n")
    start = next(i for i, l in enumerate(lines) if l.startswith(b"-----BEGIN PGP SIGNED MESSAGE"))
    i = start + 1
    while lines[i].strip():
        i += 1
    out = []
    for line in lines[i + 1 :]:
        if line.startswith(b"-----BEGIN PGP SIGNATURE"):
            break
        out.append(line[2:] if line.startswith(b"- ") else line)
    return b"\n".join(out)


def write(target: str, name: str, data: bytes) -> None:
    assert len(data) <= LIMIT, name
    d = FUZZ / "corpus" / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


def mbox_quote(msg: bytes) -> bytes:
    out = []
    for line in msg.split(b"\n"):
        if line.lstrip(b">").startswith(b"From "):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def main() -> None:
    for t in ("mbox", "mbox_large", "schema", "sanitize", "examine", "framing"):
        shutil.rmtree(FUZZ / "corpus" / t, ignore_errors=True)

    # schema: every signed document that fits, and the head of a roster.
    for asc in sorted(FIXTURES.glob("*.toml.asc")):
        data = asc.read_bytes()
        if len(data) > LIMIT:
            continue
        write("schema", asc.name.removesuffix(".toml.asc"), signed_text(data))
    header = signed_text((FIXTURES / "good-bare.toml.asc").read_bytes()).split(b"\n[[cctld]]")[0]
    roster = (SAMPLE / "roster-118.toml").read_bytes()
    tables = roster.split(b"\n[[cctld]]")
    write("schema", "roster-head", header + b"\n[[cctld]]" + b"\n[[cctld]]".join(tables[1:6]))
    write(
        "schema",
        "rotation-and-id",
        header
        + b'\n[rotation]\nnext_keys = ["0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567"]\n'
        + b'next_threshold = 1\ncerts = ["mDMEZ"]\n\n[[cctld]]\ncode = "xn--p1ai"\n\n'
        + b'[[cctld.contact]]\nid = "ru-1"\nname = "\xd0\x98\xd0\xb2\xd0\xb0\xd0\xbd"\n'
        + b'email = ["a@b.example"]\nlanguages = ["ru", "pt-BR"]\nnote = "x"\n',
    )

    # mbox: fixtures as one-message and several-message mailboxes, the head of
    # the sample mailbox (cut in a message), the splitter's own cases, and recipes for large ones.
    emls = sorted(FIXTURES.glob("*.eml"))
    for eml in emls:
        if eml.stat().st_size > LIMIT:
            continue
        msg = eml.read_bytes()
        write("mbox", eml.stem, b"From a@b.example Mon Jun 01 06:00:00 2026\n" + mbox_quote(msg) + b"\n")
    sample = (SAMPLE / "tld-ops.mbox").read_bytes()
    write("mbox", "sample-head", sample[:16384])
    for name, data in [
        ("two", b"From a\nS: 1\n\nx\n\nFrom b\nS: 2\n\ny\n"),
        ("mboxrd", b"From a\n\n>From me\n>>From you\n"),
        ("from-in-paragraph", b"From a\n\nx\nFrom here\n"),
        ("truncated", b"From a\n\nx\n\nFrom b\nSubj"),
        ("crlf", b"From a\r\nS: 1\r\n\r\nx\r\n\r\nFrom b\r\n\r\ny\r\n"),
        ("blank-runs", b"From a\n\n\n\r\n\nFrom b\n\n\n"),
    ]:
        write("mbox", name, data)
    # mbox_large: recipes (see its target) for mailboxes at and over the limit.
    unit = b"x" * 1023 + b"\n"
    for name, count in [("at-limit", 32 * 1024), ("over-limit", 32 * 1024 + 1)]:
        write("mbox_large", name, struct.pack(">I", count)[1:] + b"From a\n\n\x00" + unit + b"\x00\nFrom b\n\ny\n")
    write("mbox_large", "one-long-line", b"\x02\x00\x01From a\n\n\x00" + b"y" * 1024 + b"\x00\n\nFrom b\n")
    write("mbox_large", "long-from-line", b"\x00\x01\x00\n\nFrom a\x00" + b"From " * 20 + b"\x00\n>From b\n\ny\n")

    # examine: every fixture that fits, as it is.
    fixtures = [f for f in sorted(FIXTURES.iterdir()) if f.suffix in (".eml", ".asc") and f.stat().st_size <= LIMIT]
    for f in fixtures:
        write("examine", f.name, f.read_bytes())

    # framing: the same bytes for the differential, and texts to be signed
    # (0xFE, then prefix 0x00 text 0x00 suffix) with framing around them.
    for f in fixtures:
        write("framing", f.name, f.read_bytes())
    doc = signed_text((FIXTURES / "good-bare.toml.asc").read_bytes())
    for name, prefix, text, suffix in [
        ("signed-bare", b"", doc, b""),
        ("signed-crlf", b"", doc.replace(b"\n", b"\r\n"), b""),
        ("signed-dashes", b"\n", b"- x\n-----BEGIN PGP SIGNATURE-----\n--\nFrom a\n", b"after\n"),
        ("signed-trailing-space", b"", b"a = 1  \nb = 2\t\n\n", b""),
        ("signed-final-newline", b"", doc + b"\n", b"-----BEGIN PGP SIGNATURE-----\n"),
        ("signed-quoted-before", b"> BEGIN PGP SIGNED MESSAGE\n", b"x", b""),
        ("signed-chatter-around", b"Subject: s\n\nhello\n", doc, b"\n-- \nfooter\n"),
    ]:
        write("framing", name, b"\xfe" + prefix + b"\x00" + text + b"\x00" + suffix)

    # sanitize: names in many scripts, and hostile text.
    names = [l.split(b'"')[1] for l in roster.split(b"\n") if l.startswith(b"name = ")]
    write("sanitize", "names", b"\n".join(sorted(set(names))[:200]))
    for name, text in [
        ("escape", "a\x1b[31mred\x1b]8;;http://x\x07link"),
        ("c1", "a\u009b2J\u0085b"),
        ("bidi", "abc\u202edef\u2066g\u2069"),
        ("separators", "a\u2028b\u2029c"),
        ("tags", "flag\U000e0067\U000e0062\U000e007f"),
        ("format", "\u200e\u200f\u061c\ufeff\ufff9"),
        ("arabic", "محمد"),
        ("cr", "a\rb\nc\td"),
    ]:
        write("sanitize", name, text.encode())


main()
