#!/usr/bin/env python3
"""Regenerates the fictional sample directory in data/sample/.

Every person, number and address here is invented: mail domains end in
`.example`, registry names say "(fictional)", and every phone number has a
`000` block. The snapshots are signed with the FICTIONAL sample key under
tests/keys/, which exists only to sign this sample and the tests.

Writes:
  roster-<serial>.toml   the roster of each month (serials 113 to 118)
  tld-ops.mbox           the list's mailbox: six monthly snapshot mailings,
                         made with `tldops publish`, among ordinary chatter
Needs: a built tldops (cargo build), and PyPI's phonenumbers for calling codes.
Run:   python3 data/sample/make-sample.py [path/to/tldops]
"""
import random, subprocess, sys, os, tempfile
from pathlib import Path

import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KEY = ROOT / "tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.secret.asc"
TLDOPS = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "target/debug/tldops"
SERIALS = range(113, 119)

rng = random.Random(118)

# Name pools: (given names, family names), by culture.
POOLS = {
    "swahili": (["Amani", "Baraka", "Neema", "Zawadi", "Juma", "Rehema", "Imani", "Hamisi", "Upendo", "Faraji"],
                ["Mfano", "Mwakyusa", "Njoroge", "Kiprono", "Wanjiku", "Mushi", "Otieno", "Makame"]),
    "westafrica": (["Kwame", "Adjoa", "Ousmane", "Aminata", "Chinedu", "Ngozi", "Mamadou", "Fatoumata", "Kofi", "Aïssatou"],
                   ["Mensah", "Diallo", "Okafor", "Traoré", "Boateng", "Ndiaye", "Adeyemi", "Koné", "Sow"]),
    "southernafrica": (["Thabo", "Lerato", "Sipho", "Nomvula", "Tendai", "Chipo", "Kagiso"],
                       ["Nkosi", "Dlamini", "Moyo", "Mokoena", "Banda", "Phiri"]),
    "arabic": (["محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم", "خالد", "نور", "عمر", "سارة"],
               ["الحسن", "المنصوري", "بن علي", "الزهراني", "حداد", "العلي", "السيد"]),
    "arabic-latin": (["Mohamed", "Fatima", "Youssef", "Leila", "Karim", "Samira", "Rachid", "Nadia"],
                     ["Benali", "El Amrani", "Haddad", "Mansour", "Bouzid", "Khalil"]),
    "persian": (["Dariush", "Shirin", "Reza", "Maryam", "Kaveh"], ["Tehrani", "Karimi", "Ahmadi", "Rostami"]),
    "cyrillic": (["Иван", "Ольга", "Сергей", "Наталья", "Дмитрий", "Анна", "Алексей", "Мария", "Андрей", "Екатерина"],
                 ["Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Волков", "Новикова"]),
    "ukrainian": (["Олена", "Тарас", "Оксана", "Богдан"], ["Шевченко", "Коваленко", "Бондаренко", "Ткачук"]),
    "greek": (["Γιώργος", "Ελένη", "Νίκος", "Μαρία", "Κώστας"], ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου"]),
    "chinese": (["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳"], ["王", "李", "张", "刘", "陈", "杨", "黄"]),
    "japanese": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina"], ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"]),
    "korean": (["민준", "서연", "지호", "하은"], ["김", "이", "박", "최"]),
    "hebrew": (["נועה", "יוסף", "תמר", "דוד"], ["כהן", "לוי", "מזרחי", "פרץ"]),
    "hindi": (["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya"], ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta"]),
    "thai": (["สมชาย", "สุดา", "ประยุทธ", "มาลี"], ["ใจดี", "ศรีสุข", "บุญมา"]),
    "vietnamese": (["Nguyễn Văn", "Trần Thị", "Lê Minh", "Phạm Thu"], ["An", "Hương", "Đức", "Lan"]),
    "malay": (["Ahmad", "Siti", "Nurul", "Budi", "Dewi", "Agus"], ["Rahman", "Wijaya", "Santoso", "Hassan", "Lim"]),
    "pacific": (["Sione", "Mele", "Tevita", "Losana", "Aroha", "Manu"], ["Fifita", "Tuilagi", "Ngata", "Vaifale", "Tupou"]),
    "polish": (["Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Grzegorz"], ["Wiśniewski", "Kowalczyk", "Żółkiewska", "Dąbrowski"]),
    "nordic": (["Øystein", "Åsa", "Sigrún", "Bjørn", "Ingrid", "Jóhann"], ["Ødegård", "Lindqvist", "Sigurðsson", "Hansen", "Virtanen"]),
    "german": (["Jürgen", "Anneliese", "Matthias", "Käthe", "Stefan"], ["Müller", "Schröder", "Weiß", "Groß", "Fischer"]),
    "french": (["Céline", "François", "Hélène", "Jérôme", "Maëlle", "Noël"], ["Lefèvre", "Dubois", "Mercier", "Girard", "Bézier"]),
    "iberian": (["José", "María", "João", "Inês", "Andrés", "Lucía", "Conceição"], ["García", "Núñez", "Gonçalves", "Ibáñez", "Araújo", "Peña"]),
    "italian": (["Giulia", "Niccolò", "Francesca", "Matteo"], ["Rossi", "Bianchi", "D'Angelo", "Esposito"]),
    "turkish": (["Çağrı", "Ayşe", "Gökhan", "Şule"], ["Yılmaz", "Öztürk", "Şahin", "Çelik"]),
    "czech": (["Jiří", "Zdeňka", "Tomáš", "Věra"], ["Dvořák", "Novotná", "Černý", "Procházka"]),
    "english": (["James", "Olivia", "Liam", "Charlotte", "Noah", "Amelia", "Siobhán", "Rhys"],
                ["Smith", "O'Brien", "MacLeod", "Taylor", "Williams", "Nguyen", "Brown"]),
    "armenian": (["Արամ", "Անի"], ["Սարգսյան", "Պետրոսյան"]),
    "georgian": (["გიორგი", "ნინო"], ["ბერიძე", "კაპანაძე"]),
}
CULTURE = {
    **{c: "swahili" for c in "tz ke ug rw bi".split()},
    **{c: "westafrica" for c in "gh ng sn ml ci bf ne gm gn sl lr tg bj cv cm".split()},
    **{c: "southernafrica" for c in "za zw zm mw bw ls sz na mz".split()},
    **{c: "arabic" for c in "sa ae qa kw bh om ye jo sy iq ps lb eg sd ly xn--mgbaam7a8h xn--mgberp4a5d4ar xn--wgbh1c".split()},
    **{c: "arabic-latin" for c in "ma dz tn mr".split()},
    "ir": "persian", "af": "persian",
    **{c: "cyrillic" for c in "ru by kz kg su xn--p1ai xn--90ais".split()},
    **{c: "ukrainian" for c in "ua xn--j1amh".split()},
    "bg": "cyrillic", "xn--90ae": "cyrillic", "rs": "cyrillic", "mk": "cyrillic",
    **{c: "greek" for c in "gr cy".split()},
    **{c: "chinese" for c in "cn hk mo tw xn--fiqs8s xn--fiqz9s xn--j6w193g".split()},
    "jp": "japanese", "kr": "korean", "xn--3e0b707e": "korean", "il": "hebrew",
    **{c: "hindi" for c in "in np lk bd pk".split()}, "th": "thai", "vn": "vietnamese",
    **{c: "malay" for c in "my id sg bn".split()},
    **{c: "pacific" for c in "to ws fj nz tv ki nu ck pf nc vu sb".split()},
    "pl": "polish", **{c: "nordic" for c in "no se dk is fi fo".split()},
    **{c: "german" for c in "de at ch li lu".split()}, **{c: "french" for c in "fr be mc re gp mq ht".split()},
    **{c: "iberian" for c in "es pt br ar cl mx co pe ve uy py bo ec cr gt hn ni pa sv do cu ao mz".split()},
    "it": "italian", "sm": "italian", "tr": "turkish", **{c: "czech" for c in "cz sk".split()},
    "am": "armenian", "ge": "georgian",
}
REGION_DEFAULT = {"AF": "westafrica", "AP": "malay", "EU": "english", "LAC": "iberian", "NA": "english"}
LANGS = {"swahili": ["sw", "en"], "westafrica": ["fr", "en"], "southernafrica": ["en"], "arabic": ["ar", "en"],
         "arabic-latin": ["ar", "fr"], "persian": ["fa", "en"], "cyrillic": ["ru", "en"], "ukrainian": ["uk", "en"],
         "greek": ["el", "en"], "chinese": ["zh", "en"], "japanese": ["ja", "en"], "korean": ["ko", "en"],
         "hebrew": ["he", "en"], "hindi": ["hi", "en"], "thai": ["th", "en"], "vietnamese": ["vi", "en"],
         "malay": ["ms", "en"], "pacific": ["en"], "polish": ["pl", "en"], "nordic": ["en"], "german": ["de", "en"],
         "french": ["fr", "en"], "iberian": ["es", "pt-BR", "en"], "italian": ["it", "en"], "turkish": ["tr", "en"],
         "czech": ["cs", "en"], "english": ["en"], "armenian": ["hy", "en", "ru"], "georgian": ["ka", "en"]}
ROLES = ["Head of security", "CSIRT lead", "Security officer", "DNS operations manager", "CTO",
         "Technical contact", "Incident response", "Network operations", "Registry manager"]
ASCII_NAME = {"swahili", "westafrica", "southernafrica", "arabic-latin", "persian", "japanese", "hindi", "malay",
              "pacific", "english", "iberian", "italian", "polish", "nordic", "german", "french", "turkish", "czech",
              "vietnamese"}


def reference():
    rows = []
    for line in (ROOT / "data/reference/cctlds.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        f = line.split("\t")
        rows.append({"code": f[0], "label": f[1], "territory": f[2], "region": f[3], "name": f[5]})
    return rows


def phone(territory, kind):
    cc = phonenumbers.country_code_for_region(territory) or 882
    area = rng.randint(20, 99)
    return f"+{cc} {area} 000 {kind}{rng.randint(0, 999):03d}"


def fingerprint():
    return " ".join("".join(rng.choice("0123456789ABCDEF") for _ in range(4)) for _ in range(10))


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    out = "".join(c for c in s.lower() if c.isascii() and c.isalnum())
    return out or "contact"


def person(entry, culture, n, used):
    """A fictional person of a ccTLD. Namesakes happen (as in life) and are
    kept, with e-mail addresses of their own: `used` holds the first
    addresses already given out in this ccTLD. Every fourth person carries the
    secretariat's stable `id`."""
    given, family = POOLS[culture]
    g, f = rng.choice(given), rng.choice(family)
    name = f"{g} {f}" if culture not in ("chinese", "korean") else f"{f}{g}"
    local = slug(f"{g}.{f}") if culture in ASCII_NAME else f"contact{n}"
    domain = f"nic.{entry['code']}.example"
    first, k = f"{local}@{domain}", 1
    while first in used:
        k += 1
        first = f"{local}{k}@{domain}"
    used.add(first)
    p = {"name": name, "role": rng.choice(ROLES), "email": [first]}
    if n % 4 == 0:
        p["id"] = f"{entry['code']}-{n:04d}"
    if rng.random() < 0.25:
        p["email"].append(f"security@{domain}")
    if rng.random() < 0.85:
        p["phone"] = [phone(entry["territory"], 1)]
    if rng.random() < 0.75:
        p["mobile"] = [phone(entry["territory"], 7)]
    if rng.random() < 0.6:
        p["pgp"] = fingerprint()
    p["languages"] = LANGS[culture]
    if rng.random() < 0.08:
        p["note"] = rng.choice(["Prefers Signal for urgent matters.", "Reachable 07:00-19:00 local time; 24x7 line otherwise.",
                                "Also covers the registry's DNSSEC signing.", "On leave in August: use the 24x7 line."])
    return p


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_roster(path, cctlds):
    lines = ["# Fictional sample roster for tldops. Every name, number and address is invented.", ""]
    for c in cctlds:
        lines += ["[[cctld]]", f"code = {toml_str(c['label'])}", f"registry = {toml_str(c['registry'])}"]
        if c.get("emergency_phone"):
            lines.append(f"emergency_phone = {toml_str(c['emergency_phone'])}")
        lines.append("")
        for p in c["contacts"]:
            lines += ["[[cctld.contact]]", f"name = {toml_str(p['name'])}", f"role = {toml_str(p['role'])}"]
            for k in ("email", "phone", "mobile", "languages"):
                if p.get(k):
                    lines.append(f"{k} = [{', '.join(toml_str(x) for x in p[k])}]")
            for k in ("pgp", "note", "id"):
                if p.get(k):
                    lines.append(f"{k} = {toml_str(p[k])}")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def build_directory():
    ref = reference()
    ascii_ = [r for r in ref if not r["code"].startswith("xn--")]
    idn = [r for r in ref if r["code"] in ("xn--p1ai", "xn--fiqs8s", "xn--mgbaam7a8h", "xn--90ae", "xn--j1amh", "xn--wgbh1c", "xn--3e0b707e", "xn--qxam")]
    # Keep out some of the ccTLDs the community still misses, as in reality.
    missing = set("ac ao bj cd cf cg cm er et ga gn gq gw lr ml mr ne sd sl so st sz td tg zw".split())
    pool = [r for r in ascii_ if r["code"] not in missing]
    rng.shuffle(pool)
    chosen = sorted(pool[:192 - len(idn)] + idn, key=lambda r: r["code"])
    cctlds = []
    n = 0
    for entry in chosen:
        culture = CULTURE.get(entry["code"]) or REGION_DEFAULT[entry["region"]]
        count = rng.choices([1, 2, 3], weights=[0.35, 0.45, 0.20])[0]
        contacts = []
        used = set()
        for _ in range(count):
            n += 1
            contacts.append(person(entry, culture, n, used))
        c = {"code": entry["code"], "label": entry["label"], "registry": f"{entry['name']} Network Information Centre (fictional)",
             "contacts": contacts, "territory": entry["territory"], "culture": culture}
        if rng.random() < 0.7:
            c["emergency_phone"] = phone(entry["territory"], 0)
        cctlds.append(c)
    return cctlds


def months(current):
    """Rosters for each serial, oldest first: each month before the current one
    lacks a few later joiners and has some contacts as they were before a change."""
    import copy
    out = {SERIALS[-1]: current}
    roster = copy.deepcopy(current)
    for serial in reversed(SERIALS[:-1]):
        roster = copy.deepcopy(roster)
        # A ccTLD that joined this month was not there before.
        joined = rng.choice([c for c in roster if len(roster) > 180])
        roster.remove(joined)
        # Someone changed their mobile number, someone else their e-mail.
        for c in rng.sample(roster, 2):
            p = c["contacts"][0]
            if p.get("mobile"):
                p["mobile"] = [phone(c["territory"], 8)]
            p["role"] = rng.choice(ROLES)
        # Someone who has since left was still listed.
        c = rng.choice([c for c in roster if len(c["contacts"]) < 3])
        used = {p["email"][0] for p in c["contacts"]}
        c["contacts"].append(person({"code": c["code"], "territory": c["territory"]}, c["culture"], 1000 + serial, used))
        out[serial] = roster
    return out


CHATTER = [
    ("Kwame Mensah <kwame.mensah@nic.gh.example>", "DDoS on our resolvers this morning",
     "Hi all,\n\nWe saw a 40 Gbit/s reflection attack against our anycast resolvers between\n05:10 and 06:40 UTC. Mitigated upstream. If anyone saw traffic from the same\nsources, please reply off-list.\n\nFrom our side all is quiet now.\n\nKwame\n"),
    ("Céline Lefèvre <celine.lefevre@nic.fr.example>", "Re: Phishing wave using look-alike registrar domains",
     "Bonjour,\n\n> Has anyone else seen registrar look-alikes this week?\n\nYes, 14 names so far, all suspended. Indicators attached to the ticket.\n\nCéline\n"),
    ("José Núñez <jose.nunez@nic.cl.example>", "DNSSEC key rollover next Tuesday",
     "Hello TLD-OPS,\n\nHeads-up: .cl rolls its KSK next Tuesday at 14:00 UTC. Validators with\nstale trust anchors for our zone may notice.\n\n-- \nJosé\n"),
    ("Aarav Sharma <aarav.sharma@nic.in.example>", "Playbook review call",
     "Dear colleagues,\n\nThe DDoS mitigation playbook review call is on Thursday. Agenda in the\nwiki. From 09:00 UTC.\n\nRegards,\nAarav\n"),
    ("Øystein Ødegård <oystein.odegard@nic.no.example>", "Re: DDoS on our resolvers this morning",
     "Same sources hit us at 05:30 UTC. Thanks for the heads-up.\n\nØystein\n"),
]
FOOTER = "_______________________________________________\nTLD-OPS mailing list (fictional sample)\nMembers only: contact data is personal.\n"


def mbox_from_line(sender, date):
    addr = sender.split("<")[-1].rstrip(">")
    return f"From {addr} {date.strftime('%a %b %d %H:%M:%S %Y')}\n"


def mbox_quote(msg):
    out = []
    for line in msg.split("\n"):
        if line.lstrip(">").startswith("From "):
            line = ">" + line
        out.append(line)
    return "\n".join(out)


def chatter_message(i, sender, subject, body, date):
    from email.utils import format_datetime
    from email.header import Header
    from email.utils import formataddr
    name, addr = sender.split(" <")
    return (f"From: {formataddr((str(Header(name, 'utf-8')), addr.rstrip('>')))}\n"
            f"To: TLD-OPS <tld-ops@lists.tld-ops.example>\nSubject: {subject}\n"
            f"Date: {format_datetime(date)}\nMessage-ID: <chatter.{i}@lists.tld-ops.example>\n"
            f"List-Id: TLD-OPS <tld-ops.lists.tld-ops.example>\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n{FOOTER}")


def wrap_with_footer(message):
    """What a list server does to a PGP/MIME mail: wrap it in multipart/mixed
    with its footer as a second, unsigned part."""
    head, body = message.split("\n\n", 1)
    # Whole headers, each with its folded continuation lines.
    headers = []
    for line in head.split("\n"):
        if line.startswith((" ", "\t")) and headers:
            headers[-1] += "\n" + line
        else:
            headers.append(line)
    keep, content = [], []
    for h in headers:
        (content if h.lower().startswith(("content-type", "mime-version")) else keep).append(h)
    keep.append("List-Id: TLD-OPS <tld-ops.lists.tld-ops.example>")
    inner = "\n".join(h for h in content if not h.lower().startswith("mime-version"))
    return ("\n".join(keep) + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"list-footer\"\n\n"
            f"--list-footer\n{inner}\n\n{body.rstrip()}\n\n--list-footer\nContent-Type: text/plain; charset=utf-8\n"
            f"Content-Transfer-Encoding: 8bit\nContent-Disposition: inline\n\n{FOOTER}\n--list-footer--\n")


def main():
    import datetime
    current = build_directory()
    rosters = months(current)
    mbox = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, serial in enumerate(SERIALS):
            roster_path = HERE / f"roster-{serial}.toml"
            write_roster(roster_path, rosters[serial])
            issued = datetime.datetime(2026, 6 + k, 1, 6, 0, tzinfo=datetime.timezone.utc)
            carrier = "pgp-mime" if serial % 2 == 0 else "inline"
            out = Path(tmp) / f"{serial}.eml"
            subprocess.run([str(TLDOPS), "publish", str(roster_path), "--key", str(KEY), "--serial", str(serial),
                            "--issued", issued.strftime("%Y-%m-%dT%H:%M:%SZ"), "--valid-for", "45d",
                            "--carrier", carrier, "--to", "TLD-OPS <tld-ops@lists.tld-ops.example>", "-o", str(out),
                            # The first serial starts a fresh journal well above 0.
                            *(["--force"] if k == 0 else [])],
                           check=True, env={**os.environ, "TLDOPS_NOW": issued.isoformat(),
                                            "TLDOPS_DATA_DIR": str(Path(tmp) / "publisher"),
                                            "TLDOPS_CONFIG_DIR": str(Path(tmp) / "config")})
            msg = out.read_text(encoding="utf-8")
            if carrier == "pgp-mime" and serial == SERIALS[-1]:
                msg = wrap_with_footer(msg)
            mbox.append(mbox_from_line("secretariat@tld-ops.example", issued) + mbox_quote(msg))
            for j in range(2):
                i = (k * 2 + j) % len(CHATTER)
                date = issued + datetime.timedelta(days=3 + 9 * j, hours=k)
                sender, subject, body = CHATTER[i]
                mbox.append(mbox_from_line(sender, date) + mbox_quote(chatter_message(k * 2 + j, sender, subject, body, date)))
    (HERE / "tld-ops.mbox").write_text("\n".join(m.rstrip("\n") + "\n" for m in mbox).replace("\nFrom ", "\n\nFrom ").lstrip("\n"), encoding="utf-8")
    total = sum(len(c["contacts"]) for c in current)
    print(f"{len(current)} ccTLDs, {total} contacts; {len(SERIALS)} snapshots in tld-ops.mbox")


if __name__ == "__main__":
    main()
