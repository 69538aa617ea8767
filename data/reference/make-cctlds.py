#!/usr/bin/env python3
"""Regenerates data/reference/cctlds.tsv: every ccTLD in the root zone, ASCII
and IDN, with its country or territory name in the six UN languages and in
the official languages of the territory itself, its ICANN geographic region
and its main IANA time zone.

Sources (see data/reference/README.md):
  - Public Suffix List (Debian package publicsuffix): which ccTLDs exist,
    and for each IDN ccTLD the country it belongs to;
  - Unicode CLDR through Babel (PyPI babel, the version pinned below): names
    in en, fr, es, ru, ar, zh, and in the territory's official languages
    (CLDR's territory information, official and de facto official);
  - country_converter (PyPI country-converter): the UN M49 sub-region;
  - tzdata (Debian package tzdata), zone.tab: time zones per country.

Run:  python3 -m venv .venv && .venv/bin/pip install babel==2.19.0 country-converter
      .venv/bin/python data/reference/make-cctlds.py
"""
import csv, os, re, sys, unicodedata
from pathlib import Path

import babel
import babel.core
from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
import country_converter

HERE = Path(__file__).resolve().parent
PSL = Path("/usr/share/publicsuffix/public_suffix_list.dat")
ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")
LANGS = ["en", "fr", "es", "ru", "ar", "zh"]
# The Babel release the committed table was made with: another release may
# bring other CLDR names, so the script insists on this one.
BABEL_VERSION = "2.19.0"
# Separates the names in the official languages (no CLDR name contains it).
NAME_SEPARATOR = "|"

# ccTLDs whose code is not an ISO 3166-1 code of their own.
CODE_TO_TERRITORY = {"uk": "GB", "ac": "AC", "eu": "EU", "su": "SU"}
# Names CLDR does not have (the historic .su).
EXTRA_NAMES = {
    "SU": {"en": "Soviet Union", "fr": "Union soviétique", "es": "Unión Soviética",
           "ru": "Советский Союз", "ar": "الاتحاد السوفيتي", "zh": "苏联"},
}

# UN M49 sub-region -> ICANN geographic region.
UN_TO_ICANN = {
    "Northern Africa": "AF", "Eastern Africa": "AF", "Middle Africa": "AF",
    "Southern Africa": "AF", "Western Africa": "AF",
    "Northern America": "NA",
    "Caribbean": "LAC", "Central America": "LAC", "South America": "LAC",
    "Central Asia": "AP", "Eastern Asia": "AP", "South-eastern Asia": "AP",
    "Southern Asia": "AP", "Western Asia": "AP", "Australia and New Zealand": "AP",
    "Melanesia": "AP", "Micronesia": "AP", "Polynesia": "AP",
    "Eastern Europe": "EU", "Northern Europe": "EU", "Southern Europe": "EU",
    "Western Europe": "EU",
}
# ICANN allocates a territory to the region of its "mother country" (ICANN
# Bylaws; Board resolution 00.xx, 2000). These are the dependent territories
# whose mother country lies in another region than the UN puts them.
# (Dutch Caribbean territories stay in LAC: the ccNSO placed .sx there.)
MOTHER_COUNTRY = {
    # France
    "GF": "EU", "GP": "EU", "MQ": "EU", "RE": "EU", "YT": "EU", "PM": "EU", "BL": "EU",
    "MF": "EU", "NC": "EU", "PF": "EU", "WF": "EU", "TF": "EU",
    # United Kingdom
    "AI": "EU", "BM": "EU", "IO": "EU", "VG": "EU", "KY": "EU", "FK": "EU", "MS": "EU",
    "PN": "EU", "SH": "EU", "GS": "EU", "TC": "EU", "AC": "EU",
    # United States
    "AS": "NA", "GU": "NA", "MP": "NA", "PR": "NA", "VI": "NA", "UM": "NA",
    # Denmark, Norway
    "GL": "EU", "BV": "EU",
}
SPECIAL_REGION = {"EU": "EU", "SU": "EU", "AQ": "AP"}

# The capital's zone where a country spans several and zone.tab lists another first.
CAPITAL_ZONE = {
    "AU": "Australia/Sydney", "BR": "America/Sao_Paulo", "CA": "America/Toronto",
    "RU": "Europe/Moscow", "UA": "Europe/Kyiv", "UZ": "Asia/Tashkent",
    "FM": "Pacific/Pohnpei", "AQ": "Antarctica/McMurdo", "CL": "America/Santiago",
    "EC": "America/Guayaquil", "ES": "Europe/Madrid", "PT": "Europe/Lisbon",
    "AC": "Atlantic/St_Helena", "EU": "Europe/Brussels", "SU": "Europe/Moscow",
    "BV": "Europe/Oslo", "HM": "Indian/Kerguelen",
}


def psl_cctlds():
    """(A-label or ASCII code, territory) for every ccTLD in the PSL's ICANN section."""
    out = {}
    icann = False
    pending_idn = None
    for raw in PSL.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if "===BEGIN ICANN DOMAINS===" in line:
            icann = True
        if "===END ICANN DOMAINS===" in line:
            break
        if not icann or not line:
            continue
        m = re.match(r"^//\s*(xn--[a-z0-9-]+)\s+\(.*\)\s*:\s*([A-Z]{2})\s*$", line)
        if m:
            pending_idn = (m.group(1), m.group(2))
            continue
        if line.startswith("//"):
            continue
        # Some ccTLDs appear only under wildcard or second-level rules
        # (`*.bd`, `ac.za`): the rule's last label is the TLD.
        label = line.lstrip("!").split(".")[-1]
        ascii_label = label.encode("idna").decode() if not label.isascii() else label
        if len(ascii_label) == 2 and ascii_label.isascii() and ascii_label.isalpha():
            out[ascii_label] = CODE_TO_TERRITORY.get(ascii_label, ascii_label.upper())
        elif pending_idn and ascii_label == pending_idn[0]:
            out[ascii_label] = pending_idn[1]
        pending_idn = None
    return out


def un_regions():
    tsv = Path(country_converter.__file__).parent / "country_data.tsv"
    with open(tsv, encoding="utf-8") as f:
        # A few ISO2 cells are patterns (`^GB$|^UK$`): take every code in them.
        return {cc: r["UNregion"] for r in csv.DictReader(f, delimiter="\t")
                for cc in re.findall(r"[A-Z]{2}", r["ISO2"])}


def zones():
    first, most = {}, {}
    for line in ZONE_TAB.read_text().splitlines():
        if line.startswith("#"):
            continue
        cc, _, tz, *comment = line.split("\t")
        first.setdefault(cc, tz)
        if comment and (comment[0].startswith("most") or comment[0].startswith("mainland")):
            most.setdefault(cc, tz)
    return first, most


def local_names(terr, known):
    """The territory's names in its official languages (CLDR, official and de
    facto official), in CLDR's order, without those already in `known`."""
    out = []
    seen = {n.casefold() for n in known}
    for lang in get_official_languages(terr, de_facto=True):
        try:
            name = Locale.parse(lang).territories.get(terr)
        except (UnknownLocaleError, ValueError):
            continue
        if name and name.casefold() not in seen:
            assert NAME_SEPARATOR not in name, name
            seen.add(name.casefold())
            out.append(name)
    return out


def main():
    if babel.__version__ != BABEL_VERSION:
        sys.exit(f"Babel {babel.__version__} is installed; this table is made with Babel "
                 f"{BABEL_VERSION}: pip install babel=={BABEL_VERSION} (or update BABEL_VERSION "
                 "and data/reference/README.md on purpose)")
    cctlds = psl_cctlds()
    regions = un_regions()
    first, most = zones()
    locales = {l: Locale.parse(l) for l in LANGS}
    rows, problems = [], []
    for code, terr in sorted(cctlds.items()):
        label = code.encode().decode("idna") if code.startswith("xn--") else code
        names = {}
        for l in LANGS:
            n = EXTRA_NAMES.get(terr, {}).get(l) or locales[l].territories.get(terr)
            if not n:
                problems.append(f"{code}: no {l} name for {terr}")
            names[l] = n or ""
        region = MOTHER_COUNTRY.get(terr) or SPECIAL_REGION.get(terr) or UN_TO_ICANN.get(regions.get(terr, ""))
        if terr == "AC":
            region = MOTHER_COUNTRY["AC"]
        if not region:
            problems.append(f"{code}: no region for {terr} (UN {regions.get(terr)!r})")
        tz = CAPITAL_ZONE.get(terr) or most.get(terr) or first.get(terr)
        if not tz:
            problems.append(f"{code}: no time zone for {terr}")
        local = NAME_SEPARATOR.join(local_names(terr, names.values()))
        rows.append([code, label, terr, region or "", tz or ""] + [names[l] for l in LANGS] + [local])
    if problems:
        sys.exit("\n".join(problems))
    out = HERE / "cctlds.tsv"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# ccTLDs of the root zone; regenerate with data/reference/make-cctlds.py (Babel "
                + babel.__version__ + ", CLDR " + babel.core.get_cldr_version()
                + "). names_local: the names in the territory's official languages, "
                + NAME_SEPARATOR + "-separated. Columns:\n")
        f.write("#code\tlabel\tterritory\tregion\ttime_zone\t" + "\t".join("name_" + l for l in LANGS)
                + "\tnames_local\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r), r
            f.write("\t".join(r) + "\n")
    print(f"{out}: {len(rows)} ccTLDs ({sum(1 for r in rows if r[0].startswith('xn--'))} IDN)")


if __name__ == "__main__":
    main()
