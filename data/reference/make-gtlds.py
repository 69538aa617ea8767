#!/usr/bin/env python3
"""Regenerates data/reference/gtlds.tsv: every top-level domain of the root
zone that is not a country code (generic, sponsored, brand, infrastructure),
so that tldops can say ".com is a generic TLD" rather than "unknown".

Source (see data/reference/README.md): the Public Suffix List's ICANN section,
as shipped by Debian's publicsuffix package. Needs nothing beyond Python 3.

Run:  python3 data/reference/make-gtlds.py
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
PSL = Path("/usr/share/publicsuffix/public_suffix_list.dat")
INFRASTRUCTURE = {"arpa"}


def a_label(label):
    if label.isascii():
        return label
    return "xn--" + label.encode("punycode").decode("ascii")


def main():
    cctlds = set()
    with open(HERE / "cctlds.tsv", encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                cctlds.add(row[0])
    tlds = {}
    icann = False
    for line in PSL.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if "===BEGIN ICANN DOMAINS===" in line:
            icann = True
        elif "===END ICANN DOMAINS===" in line:
            break
        elif icann and line and not line.startswith("//"):
            label = line.split()[0].lstrip("!").split(".")[-1].lower()
            tlds[a_label(label)] = label
    rows = sorted(
        (code, label, "infrastructure" if code in INFRASTRUCTURE else "generic")
        for code, label in tlds.items()
        if code not in cctlds
    )
    with open(HERE / "gtlds.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write(
            "# Top-level domains of the root zone that are not country codes; "
            "regenerate with data/reference/make-gtlds.py. Columns:\n"
        )
        out.write("#code\tlabel\tkind\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
    print(f"{len(rows)} TLDs written ({len(cctlds)} ccTLDs left out)")


if __name__ == "__main__":
    main()
