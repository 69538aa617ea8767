#!/bin/sh
# Benchmarks the hot path, `tldops find`, as a whole process from exec to
# exit, on the sample directory and on a synthetic store holding 10 years of
# monthly snapshots (120 x about 400 contacts); with --khard, also khard
# looking up the same contacts. Uses hyperfine when installed, else a loop.
# Usage: sh benches/find.sh [--khard]
set -eu
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
t=$PWD/target/release/tldops
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TLDOPS_CONFIG_DIR="$work/config"
unset TLDOPS_NOW TLDOPS_CONFIG 2>/dev/null || true

runs=200
measure() { # label, command...
    label=$1
    shift
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --warmup 20 --runs "$runs" -N --style basic --export-json "$work/h.json" "$*" >/dev/null
        python3 -c "import json; r=json.load(open('$work/h.json'))['results'][0]; print(f'$label: mean {r[\"mean\"]*1000:.2f} ms, min {r[\"min\"]*1000:.2f} ms, max {r[\"max\"]*1000:.2f} ms over $runs runs')"
    else
        i=0
        start=$(date +%s%N)
        while [ $i -lt $runs ]; do "$@" >/dev/null; i=$((i + 1)); done
        end=$(date +%s%N)
        echo "$label: mean $(( (end - start) / runs / 1000 )) µs over $runs runs (shell loop)"
    fi
}

# 1. The sample directory: 6 snapshots, 192 ccTLDs, 340 contacts.
export TLDOPS_DATA_DIR="$work/sample"
$t trust add data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc >/dev/null
s=$(date +%s%N)
$t sync data/sample/tld-ops.mbox 2>/dev/null
e=$(date +%s%N)
echo "sync of the sample mailbox (18 messages, 6 snapshots): $(( (e - s) / 1000000 )) ms"
measure "find .tz, sample" $t find .tz
measure "find ivanov, sample" $t find ivanov
measure "find --format mutt tz, sample" $t find --format mutt tz

# 2. Ten years of monthly snapshots (from 2025, when the sample key was made).
export TLDOPS_DATA_DIR="$work/history"
python3 benches/make_history.py "$work/rosters" 120 --vcards "$work/vcards" >/dev/null
$t trust add data/sample/FICTIONAL-SAMPLE-KEY-secretariat.cert.asc >/dev/null
m=1
while [ $m -le 120 ]; do
    issued=$(date -u -d "2025-01-01 +$m months" +%Y-%m-%dT06:00:00Z)
    TLDOPS_NOW=$issued $t publish "$work/rosters/roster-$m.toml" --key tests/keys/FICTIONAL-SAMPLE-KEY-secretariat.secret.asc \
        --serial "$m" --issued "$issued" --carrier file -o "$work/snap-$m.asc" 2>/dev/null
    m=$((m + 1))
done
export TLDOPS_NOW=2035-01-15T00:00:00Z
s=$(date +%s%N)
$t sync "$work"/snap-*.asc 2>/dev/null
e=$(date +%s%N)
echo "sync of 120 snapshots: $(( (e - s) / 1000000 )) ms; database $(du -k "$work/history/tldops.sqlite3" | cut -f1) KiB"
measure "find .tz, 120 snapshots" $t find .tz
measure "find ivanov, 120 snapshots" $t find ivanov
measure "show tz, 120 snapshots" $t show tz

# 3. khard on the same contacts (one vCard per person), if asked.
if [ "${1:-}" = "--khard" ]; then
    python3 -m venv "$work/venv" >/dev/null
    "$work/venv/bin/pip" install --quiet khard >/dev/null
    mkdir -p "$work/khard"
    printf '[addressbooks]\n[[bench]]\npath = %s\n[general]\ndefault_action = list\neditor = true\nmerge_editor = true\n' "$work/vcards" > "$work/khard/khard.conf"
    # The same lookup both can answer (khard folds neither accents nor scripts).
    measure "tldops find --format mutt kiprono, 120 snapshots" $t find --format mutt kiprono
    measure "khard email --parsable kiprono, same 400 contacts" "$work/venv/bin/khard" -c "$work/khard/khard.conf" email --parsable kiprono
fi
