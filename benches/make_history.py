#!/usr/bin/env python3
"""Writes N monthly rosters of about 400 contacts each for the find benchmark,
from the fictional sample roster, and (with --vcards DIR) the same contacts as
one vCard 3.0 file each, for comparing with khard.

Usage: make_history.py OUTDIR N [--vcards DIR]
"""
import sys, tomllib, copy, uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from roster_toml import write  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
out, n = Path(sys.argv[1]), int(sys.argv[2])
vcards = Path(sys.argv[sys.argv.index("--vcards") + 1]) if "--vcards" in sys.argv else None
base = tomllib.loads((ROOT / "data/sample/roster-118.toml").read_text(encoding="utf-8"))["cctld"]
# Grow the sample to about 400 contacts: a third person where there are fewer.
extra = 0
for c in base:
    while len(c["contact"]) < 3 and extra < 60:
        first = copy.deepcopy(c["contact"][0])
        # Each deputy its own person: identity is the name and first e-mail.
        k = len(c["contact"])
        first["name"] = f"Deputy {k} " + first["name"]
        first["email"] = [f"deputy{k}." + first["email"][0]]
        first.pop("id", None)
        c["contact"].append(first)
        extra += 1


out.mkdir(parents=True, exist_ok=True)
for month in range(n):
    cctlds = copy.deepcopy(base)
    # Each month someone's mobile changes, so every snapshot differs.
    p = cctlds[month % len(cctlds)]["contact"][0]
    p["mobile"] = [f"+1 555 000 {month:04d}"]
    write(out / f"roster-{month + 1}.toml", cctlds)
if vcards:
    vcards.mkdir(parents=True, exist_ok=True)
    for c in base:
        for p in c["contact"]:
            uid = str(uuid.uuid5(uuid.NAMESPACE_DNS, p["email"][0]))
            esc = lambda s: s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{esc(p['name'])}", f"N:{esc(p['name'])};;;;",
                     f"ORG:.{c['code']} {esc(c.get('registry', ''))}"]
            lines += [f"EMAIL;TYPE=INTERNET:{e}" for e in p["email"]]
            lines += [f"TEL;TYPE=WORK,VOICE:{t}" for t in p.get("phone", [])]
            lines += [f"TEL;TYPE=CELL:{t}" for t in p.get("mobile", [])]
            lines.append("END:VCARD")
            (vcards / f"{uid}.vcf").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
print(f"{n} rosters of {sum(len(c['contact']) for c in base)} contacts in {out}")
