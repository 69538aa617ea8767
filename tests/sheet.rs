//! The printed sheet, checked with tools tldops did not write: poppler's
//! pdftotext and pdfinfo, qpdf, Python's HTML parser and headless Chromium.

mod common;

use common::{publish_and_sync, s, tool, Env};
use std::process::Command;

fn sample() -> Env {
    let env = Env::pinned();
    env.run(&["sync", s(&common::root().join("data/sample/tld-ops.mbox"))])
        .ok();
    env
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(tool(program)).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Names, numbers and ccTLDs of the current sample snapshot, from its JSON.
fn sample_facts(env: &Env) -> (Vec<String>, Vec<String>, Vec<String>, String) {
    let r = env.run(&["export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let (mut names, mut phones, mut codes) = (Vec::new(), Vec::new(), Vec::new());
    for c in v["results"].as_array().unwrap() {
        codes.push(c["label"].as_str().unwrap().to_string());
        for p in c["contacts"].as_array().unwrap() {
            names.push(p["name"].as_str().unwrap().to_string());
            for k in ["phone", "mobile"] {
                phones.extend(p[k].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()));
            }
        }
    }
    (
        names,
        phones,
        codes,
        v["snapshots"][0]["sha256"].as_str().unwrap().to_string(),
    )
}

/// Every field of the current snapshot as the sheet prints it: (field,
/// value). The fields are listed here from the format; a contact's `id` is
/// the secretariat's key for machines and is not printed.
fn every_field(env: &Env) -> Vec<(&'static str, String)> {
    let r = env.run(&["export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let mut out = Vec::new();
    let snap = &v["snapshots"][0];
    out.push(("directory", snap["directory"].as_str().unwrap().to_string()));
    out.push(("serial", format!("serial {}", snap["serial"])));
    for k in ["issued", "expires"] {
        out.push(("date", snap[k].as_str().unwrap()[..10].to_string()));
    }
    let text = |x: &serde_json::Value| x.as_str().map(str::to_string);
    for c in v["results"].as_array().unwrap() {
        out.push(("code", format!(".{}", c["label"].as_str().unwrap())));
        out.extend(text(&c["registry"]).map(|r| ("registry", r)));
        out.extend(text(&c["emergency_phone"]).map(|r| ("emergency_phone", r)));
        for p in c["contacts"].as_array().unwrap() {
            for k in ["name", "role", "note"] {
                out.extend(text(&p[k]).map(|x| (k, x)));
            }
            for k in ["email", "phone", "mobile"] {
                out.extend(
                    p[k].as_array()
                        .unwrap()
                        .iter()
                        .map(|x| (k, x.as_str().unwrap().to_string())),
                );
            }
            if let Some(k) = p["pgp"].as_str() {
                let grouped: Vec<String> = k
                    .as_bytes()
                    .chunks(4)
                    .map(|c| String::from_utf8_lossy(c).into())
                    .collect();
                out.push(("pgp", grouped.join(" ")));
            }
            let langs: Vec<&str> = p["languages"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l.as_str().unwrap())
                .collect();
            if !langs.is_empty() {
                out.push(("languages", langs.join(", ")));
            }
        }
    }
    out
}

/// Whitespace made single spaces, and the embedding marks pdftotext wraps
/// right-to-left text in dropped.
fn flat(text: &str) -> String {
    let plain: String = text.chars().filter(|c| !matches!(*c as u32, 0x202A..=0x202E)).collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn html_text(path: &std::path::Path) -> String {
    let script = "import sys, html.parser\nclass P(html.parser.HTMLParser):\n    def __init__(s): super().__init__(); s.t=[]\n    def handle_data(s, d): s.t.append(d)\np = P(); p.feed(open(sys.argv[1], encoding='utf-8').read()); print(''.join(p.t))\n";
    run("python3", &["-c", script, s(path)])
}

#[test]
fn every_field_is_on_every_copy() {
    let env = sample();
    let fields = every_field(&env);
    let kinds: std::collections::BTreeSet<&str> = fields.iter().map(|f| f.0).collect();
    assert_eq!(kinds.len(), 14, "the sample has every field: {kinds:?}");
    let pdf = env.path("all.pdf");
    let html = env.path("all.html");
    env.run(&["sheet", "-o", s(&pdf)]).ok();
    env.run(&["sheet", "-o", s(&html)]).ok();
    let copies = [
        ("text", flat(&env.run(&["sheet", "--format", "text"]).stdout)),
        ("html", flat(&html_text(&html))),
        ("pdf", flat(&run("pdftotext", &[s(&pdf), "-"]))),
    ];
    for (format, copy) in &copies {
        let mut lost = Vec::new();
        for (field, value) in &fields {
            // pdftotext reorders right-to-left text, and a font this machine
            // lacks prints boxes (tldops warns): those are checked elsewhere.
            let rtl = value.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF));
            if *format == "pdf" && (rtl || !renderable(value)) {
                continue;
            }
            if !copy.contains(&flat(value)) {
                lost.push(format!("{field} {value}"));
            }
        }
        assert!(
            lost.is_empty(),
            "the {format} sheet lost {} values: {lost:?}",
            lost.len()
        );
    }
}

#[test]
fn the_sheet_reads_at_three_in_the_morning() {
    let env = Env::pinned();
    let roster = [
        "[[cctld]]",
        "code = \"uk\"",
        "registry = \"Example Registry\"",
        "emergency_phone = \"+44 (0)20 7946 0000\"",
        "[[cctld.contact]]",
        "name = \"Ann Example\"",
        "email = [\"ann@nic.uk.example\"]",
        "[[cctld]]",
        "code = \"gs\"",
        "[[cctld.contact]]",
        "name = \"Sam Example\"",
        "email = [\"sam@nic.gs.example\"]",
        "[[cctld]]",
        "code = \"tz\"",
        "emergency_phone = \"+255 22 000 0000\"",
        "[[cctld.contact]]",
        "name = \"Amani\"",
        "email = [\"amani@nic.tz.example\"]",
    ]
    .join("\n");
    publish_and_sync(&env, &roster, 1, "2026-11-01T06:00:00Z").ok();
    // The text sheet: the 24x7 line first under the heading, with the number
    // dialled from abroad; both offsets where clocks change; an index by
    // country with the codes.
    let t = env.run(&["sheet", "--format", "text"]).stdout;
    let lines: Vec<&str> = t.lines().collect();
    let uk = lines
        .iter()
        .position(|l| l.starts_with(".uk  United Kingdom"))
        .expect(".uk");
    assert_eq!(lines[uk + 1].trim(), "24x7 +44 (0)20 7946 0000 · dial +44 20 7946 0000");
    assert_eq!(lines[uk + 2].trim(), "Example Registry · UTC+0, +1 in summer");
    let tz = lines.iter().position(|l| l.starts_with(".tz  Tanzania")).expect(".tz");
    assert_eq!(lines[tz + 1].trim(), "24x7 +255 22 000 0000");
    assert_eq!(lines[tz + 2].trim(), "UTC+3");
    let index = lines.iter().position(|l| *l == "INDEX").expect("an index");
    let entries: Vec<&str> = lines[index + 2..]
        .iter()
        .take_while(|l| !l.is_empty())
        .copied()
        .collect();
    assert_eq!(
        flat(&entries.join("\n")),
        "South Georgia & South Sandwich Islands .gs 1 Tanzania .tz 1 United Kingdom .uk 1",
        "{t}"
    );
    // HTML: the 24x7 line in bold.
    let h = env.run(&["sheet", "--format", "html"]).stdout;
    assert!(
        h.contains("<h3><strong>.uk</strong><strong>  United Kingdom</strong></h3><p class=\"emergency\"><strong>24x7 </strong><strong><bdi dir=\"ltr\" class=\"num\">+44 (0)20 7946 0000</bdi></strong>"),
        "{h}"
    );
    // PDF: the same order, and the longest country name whole in the index.
    let pdf = env.path("night.pdf");
    env.run(&["sheet", "-o", s(&pdf)]).ok();
    let text = flat(&run("pdftotext", &[s(&pdf), "-"]));
    assert!(
        text.contains(".uk United Kingdom 24x7 +44 (0)20 7946 0000 · dial +44 20 7946 0000 Example Registry · UTC+0, +1 in summer"),
        "{text}"
    );
    let laid = flat(&run("pdftotext", &["-layout", s(&pdf), "-"]));
    assert!(laid.contains("South Georgia & South Sandwich Islands .gs 1"), "{laid}");
}

/// Scripts the embedded font or a system font must show (not Thai or
/// Korean, which need a font this machine may lack: tldops warns for those).
fn renderable(name: &str) -> bool {
    !name
        .chars()
        .any(|c| matches!(c as u32, 0x0E00..=0x0E7F | 0xAC00..=0xD7AF | 0x1100..=0x11FF))
}

#[test]
fn the_pdf_gives_back_every_name_number_and_cctld() {
    let env = sample();
    let pdf = env.path("sheet.pdf");
    let r = env.run(&["sheet", "-o", s(&pdf)]);
    r.ok();
    assert!(r.stderr.contains("192 ccTLDs, 340 contacts"), "{}", r.stderr);
    let info = run("pdfinfo", &[s(&pdf)]);
    assert!(info.contains("Page size:       595.276 x 841.89 pts (A4)"), "{info}");
    assert!(
        info.contains("Title:           TLD-OPS emergency contact sheet, serial 118"),
        "{info}"
    );
    run("qpdf", &["--check", s(&pdf)]);
    let text = run("pdftotext", &[s(&pdf), "-"]);
    // pdftotext wraps right-to-left text in embedding marks; drop them.
    let plain: String = text.chars().filter(|c| !matches!(*c as u32, 0x202A..=0x202E)).collect();
    let flat: String = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    let (names, phones, codes, sha) = sample_facts(&env);
    let mut arabic = 0;
    for n in names.iter().filter(|n| renderable(n)) {
        assert!(flat.contains(n.as_str()), "pdftotext lost {n}");
        arabic += n.chars().any(|c| matches!(c as u32, 0x0600..=0x06FF)) as usize;
    }
    assert!(arabic > 10, "the sample has Arabic names: {arabic}");
    for p in &phones {
        assert!(flat.contains(p.as_str()), "pdftotext lost {p}");
    }
    for c in codes.iter().filter(|c| renderable(c)) {
        let rtl = c.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF));
        let want = if rtl { c.clone() } else { format!(".{c}") };
        assert!(flat.contains(&want), "pdftotext lost {want}");
    }
    // Every page carries the provenance that `tldops status` shows.
    let status = env.run(&["status"]).stdout;
    assert!(status.contains(&sha));
    let pages = text.split('\x0c').filter(|p| !p.trim().is_empty()).count();
    for (i, page) in text.split('\x0c').filter(|p| !p.trim().is_empty()).enumerate() {
        let flat: String = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(&format!("sha256 {sha}")), "page {} lacks the hash", i + 1);
        assert!(
            flat.contains("TLD-OPS serial 118 · issued 2026-11-01 · expires 2026-12-16"),
            "page {}",
            i + 1
        );
        assert!(
            flat.contains("signed by BF03 6CF3 0FB1 C4D0 D5BD CE27 1247 9753 134F 6951"),
            "page {}",
            i + 1
        );
        assert!(flat.contains(&format!("page {} of {pages}", i + 1)), "page {}", i + 1);
        assert!(flat.contains("TLD-OPS members only: personal data"), "page {}", i + 1);
    }
    // The index names each ccTLD with its page.
    assert!(flat.contains("INDEX"));
}

#[test]
fn the_layout_fits_a4_and_letter_unscaled() {
    let env = sample();
    for (paper, w, h) in [("a4", 595.276, 841.89), ("letter", 612.0, 792.0)] {
        let pdf = env.path(&format!("{paper}.pdf"));
        env.run(&["sheet", "--paper", paper, "-o", s(&pdf)]).ok();
        let bbox = run("pdftotext", &["-bbox", s(&pdf), "-"]);
        // Every word lies in the 210 x 279 mm box centred on the page.
        let (bw, bh) = (210.0 * 72.0 / 25.4, 279.0 * 72.0 / 25.4);
        let (x0, y0) = ((w - bw) / 2.0, (h - bh) / 2.0);
        let mut words = 0;
        for line in bbox.lines().filter(|l| l.trim_start().starts_with("<word")) {
            let num = |k: &str| -> f64 {
                let i = line.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
                line[i..].split('"').next().unwrap().parse().unwrap()
            };
            let (a, b, c, d) = (num("xMin"), num("yMin"), num("xMax"), num("yMax"));
            assert!(
                a >= x0 && c <= x0 + bw && b >= y0 && d <= y0 + bh,
                "{paper}: word outside 210x279 mm: {line}"
            );
            words += 1;
        }
        assert!(words > 5000, "{words}");
    }
}

#[test]
fn a_block_moves_whole_to_the_next_page() {
    let env = sample();
    let pdf = env.path("sheet.pdf");
    env.run(&["sheet", "-o", s(&pdf)]).ok();
    let text = run("pdftotext", &[s(&pdf), "-"]);
    let pages: Vec<String> = text
        .split('\x0c')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let r = env.run(&["export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(blocks_split(&v, &pages), Vec::<String>::new());
    // The text sheet keeps blocks whole too, and each page is 64 lines of at most 80 columns.
    let t = env.run(&["sheet", "--format", "text"]).stdout;
    for page in t.split('\x0c') {
        assert_eq!(page.lines().count(), 64);
        for l in page.lines() {
            assert!(
                unicode_width::UnicodeWidthStr::width(l) <= 80,
                "a line over 80 columns: {l}"
            );
        }
    }
    let tpages: Vec<String> = t.split('\x0c').map(str::to_string).collect();
    assert_eq!(blocks_split(&v, &tpages), Vec::<String>::new());
}

/// The ccTLDs of an export whose people's addresses are not all on one page.
fn blocks_split(export: &serde_json::Value, pages: &[String]) -> Vec<String> {
    let mut split = Vec::new();
    for c in export["results"].as_array().unwrap() {
        let on: std::collections::BTreeSet<usize> = c["contacts"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|p| p["email"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()))
            .map(|e| {
                pages
                    .iter()
                    .position(|p| p.contains(e))
                    .unwrap_or_else(|| panic!("{e} missing"))
            })
            .collect();
        if on.len() != 1 {
            split.push(format!("{} on pages {on:?}", c["code"]));
        }
    }
    assert_eq!(export["results"].as_array().unwrap().len(), 192);
    split
}

#[test]
fn a_stale_snapshot_prints_a_banner_on_every_page() {
    let mut env = sample();
    env.now = "2027-01-05T00:00:00Z".into();
    let pdf = env.path("stale.pdf");
    let r = env.run(&["sheet", "--region", "europe", "-o", s(&pdf)]);
    r.ok();
    assert!(r.stderr.contains("STALE"), "{}", r.stderr);
    let text = run("pdftotext", &[s(&pdf), "-"]);
    for page in text.split('\x0c').filter(|p| !p.trim().is_empty()) {
        let flat: String = page.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains("STALE: this snapshot expired 2026-12-16 06:00 UTC"),
            "{flat}"
        );
    }
    let t = env.run(&["sheet", "--format", "text", "--region", "europe"]).stdout;
    assert_eq!(t.split('\x0c').count(), t.matches("*** STALE").count());
    let h = env.run(&["sheet", "--format", "html", "--region", "europe"]).stdout;
    assert!(h.contains("class=\"stale\">STALE"));
}

#[test]
fn html_is_self_contained_escaped_and_prints() {
    let env = Env::pinned();
    let roster = [
        "[[cctld]]",
        "code = \"tz\"",
        "registry = \"<script>alert(1)</script> & <img src=http://evil.example/x>\"",
        "[[cctld.contact]]",
        "name = \"Amani <b>Mfano</b>\"",
        "email = [\"amani@nic.tz.example\"]",
        "mobile = [\"+255 700 000 001\"]",
        "[[cctld]]",
        "code = \"cn\"",
        "[[cctld.contact]]",
        "name = \"王伟\"",
        "email = [\"wang@cnnic.cn.example\"]",
    ]
    .join("\n");
    publish_and_sync(&env, &roster, 1, "2026-11-01T06:00:00Z").ok();
    let html = env.path("sheet.html");
    env.run(&["sheet", "--qr", "-o", s(&html)]).ok();
    let script = r##"
import sys
from html.parser import HTMLParser
allowed = {"html","head","meta","title","style","body","header","footer","main","nav","section","article","h1","h2","h3","p","div","span","strong","bdi","a","svg","rect","path"}
class P(HTMLParser):
    def __init__(s):
        super().__init__(); s.bad=[]; s.text=[]
    def handle_starttag(s, tag, attrs):
        if tag not in allowed: s.bad.append(tag)
        for k, v in attrs:
            if k in ("src","srcset","action","formaction") or k.startswith("on") or (k=="href" and not v.startswith("#")) or (k=="xmlns" and v!="http://www.w3.org/2000/svg"):
                s.bad.append(f"{tag}[{k}={v}]")
    def handle_data(s, d): s.text.append(d)
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read())
print("BAD", p.bad)
print("TEXT", " ".join(" ".join(p.text).split()))
"##;
    let out = Command::new("python3").args(["-c", script, s(&html)]).output().unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    assert!(out.contains("BAD []"), "{out}");
    assert!(
        out.contains("<script>alert(1)</script> & <img src=http://evil.example/x>"),
        "text lost: {out}"
    );
    assert!(out.contains("Amani <b>Mfano</b>") && out.contains("王伟"), "{out}");
    assert!(
        out.contains("Card of Amani <b>Mfano</b>, .tz") && out.contains("Card of 王伟, .cn"),
        "the QR codes say whose card they hold: {out}"
    );
    let raw = std::fs::read_to_string(&html).unwrap();
    assert!(raw.contains("@page { size: A4") && !raw.contains("<script") && !raw.contains("<img"));
    // Print it as a person would: headless Chromium to PDF, then read it back.
    let printed = env.path("printed.pdf");
    let profile = env.path("chromium-profile");
    let status = Command::new(tool("chromium"))
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", printed.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        printed.exists(),
        "chromium: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let info = run("pdfinfo", &[s(&printed)]);
    assert!(info.contains("(A4)"), "{info}");
    let text = run("pdftotext", &[s(&printed), "-"]);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        "Amani <b>Mfano</b>",
        "+255 700 000 001",
        "page 1 of 2",
        "page 2 of 2",
        "王伟",
        "TLD-OPS members only: personal data",
        ".tz",
    ] {
        assert!(flat.contains(want), "printed HTML lacks {want}: {flat}");
    }
}

#[test]
fn missing_glyphs_are_named_not_silently_boxed() {
    let env = Env::pinned();
    let roster =
        "[[cctld]]\ncode = \"eg\"\n[[cctld.contact]]\nname = \"Hieroglyph 𓀀 Fan\"\nemail = [\"h@nic.eg.example\"]\n\
                  [[cctld]]\ncode = \"tz\"\n[[cctld.contact]]\nname = \"Amani\"\nemail = [\"a@nic.tz.example\"]\n";
    publish_and_sync(&env, roster, 1, "2026-11-01T06:00:00Z").ok();
    let r = env.run(&["sheet", "-o", s(&env.path("x.pdf"))]);
    r.ok();
    // The ccTLD, the character, the font that would show it, the fonts searched.
    assert!(
        r.stderr.contains(
            "no font here shows 1 character of .eg (𓀀: Noto Sans Egyptian Hieroglyphs (apt install fonts-noto-core)); \
             they print as empty boxes: install Noto Sans Egyptian Hieroglyphs (apt install fonts-noto-core) and print \
             again (fonts searched: DejaVu Sans (built in), "
        ),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains(".tz"), "{}", r.stderr);
}

/// Needs Debian's `fonts-noto-cjk`, which `tests/run.sh` installs.
#[test]
fn the_chinese_sheet_embeds_a_cjk_font_from_the_system() {
    let env = sample();
    let pdf = env.path("zh.pdf");
    // The ccTLDs named 中国 in Chinese (.cn, .中国, .hk...), in a Chinese sheet.
    let r = env.run(&["sheet", "--lang", "zh", "中国", "-o", s(&pdf)]);
    r.ok();
    assert!(
        !r.stderr.contains("no font here shows"),
        "a font is missing (is fonts-noto-cjk installed?): {}",
        r.stderr
    );
    let fonts = run("pdffonts", &[s(&pdf)]);
    assert!(
        fonts
            .lines()
            .any(|l| l.contains("CJK") && l.split_whitespace().filter(|w| *w == "yes").count() >= 2),
        "no embedded CJK font: {fonts}"
    );
    let text = flat(&run("pdftotext", &[s(&pdf), "-"]));
    assert!(text.contains("中国") && text.contains(".cn"), "{text}");
}

#[test]
fn qr_codes_on_paper_decode() {
    let env = sample();
    let pdf = env.path("qr.pdf");
    env.run(&["sheet", ".tz", "--qr", "-o", s(&pdf)]).ok();
    let prefix = env.path("page");
    run(
        "pdftoppm",
        &["-r", "200", "-png", "-f", "1", "-l", "1", s(&pdf), s(&prefix)],
    );
    let png = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("page") && p.extension().is_some_and(|e| e == "png"))
        .unwrap();
    let decoded = run("zbarimg", &["--raw", "-q", s(&png)]);
    // The whole of .tz is too much for one code, so it holds its first contact.
    assert!(
        decoded.contains("ORG:TLD-OPS .tz\r\n") && decoded.contains("FN:Baraka Kiprono"),
        "{decoded}"
    );
    // Its caption says whose card it is, and that it is not the whole ccTLD.
    let text = run("pdftotext", &[s(&pdf), "-"]);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("Card of Baraka Kiprono (CSIRT lead) of .tz only"),
        "{flat}"
    );
}

#[test]
fn bad_sheet_requests_are_refused() {
    let env = sample();
    let r = env.run(&["sheet", "--region", "atlantis"]);
    assert_eq!(r.code, 2);
    let r = env.run(&["sheet", "zzzzzz"]);
    assert_eq!(r.code, 1);
    let out = env.path("s.pdf");
    env.write("s.pdf", b"keep");
    let r = env.run(&["sheet", "-o", s(&out)]);
    assert_eq!(r.code, 6);
    assert_eq!(std::fs::read(&out).unwrap(), b"keep");
}
