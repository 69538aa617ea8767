#!/bin/sh
# Benchmarks the sheet and the exports of the sample directory (192 ccTLDs,
# 340 contacts) as whole processes, and reports their sizes.
# Usage: sh benches/sheet_export.sh
set -eu
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
t=$PWD/target/release/tldops
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TLDOPS_CONFIG_DIR="$work/config" TLDOPS_DATA_DIR="$work/data"
unset TLDOPS_NOW TLDOPS_CONFIG 2>/dev/null || true
$t trust add data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc >/dev/null
$t sync data/sample/tld-ops.mbox 2>/dev/null
for job in "sheet -o $work/s.pdf --force" "sheet --qr -o $work/q.pdf --force" "sheet --format html -o $work/s.html --force" \
    "sheet --format text -o $work/s.txt --force" "export -o $work/a.vcf --force" "export --format vcard4 -o $work/b.vcf --force" \
    "export --format csv -o $work/c.csv --force" "export --format json -o $work/d.json --force"; do
    hyperfine --warmup 3 --runs 20 -N --style basic --export-json "$work/h.json" "$t $job" >/dev/null 2>&1
    python3 -c "import json; r=json.load(open('$work/h.json'))['results'][0]; print(f'{\"$job\".split(\" -o\")[0]:<32} mean {r[\"mean\"]*1000:7.1f} ms  (min {r[\"min\"]*1000:.1f}, max {r[\"max\"]*1000:.1f})')"
done
ls -l "$work"/s.pdf "$work"/q.pdf "$work"/s.html "$work"/s.txt "$work"/a.vcf "$work"/b.vcf "$work"/c.csv "$work"/d.json | awk '{print $5, $9}' | sed "s|$work/||"
echo "cards in a.vcf: $(grep -c '^BEGIN:VCARD' "$work/a.vcf")"
$t export --dir "$work/vdir" 2>&1
