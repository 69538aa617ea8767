#!/bin/sh
# Regenerates regional.mbox, the sample's second, regional directory (AFTLD),
# from regional-roster-7.toml with the FICTIONAL regional sample key. Needs a
# built tldops (target/debug or target/release).
set -eu
cd "$(dirname "$0")/../.."
t=target/release/tldops
[ -x "$t" ] || t=target/debug/tldops
out=$(mktemp)
trap 'rm -f "$out"' EXIT
TLDOPS_NOW=2026-11-01T06:00:00Z "$t" publish data/sample/regional-roster-7.toml \
    --key tests/keys/FICTIONAL-SAMPLE-KEY-regional.secret.asc --directory AFTLD --serial 7 \
    --issued 2026-11-01T06:00:00Z --valid-for 60d --to "AFTLD <aftld@lists.aftld.example>" \
    -o "$out" --force
{
    echo "From secretariat@aftld.example Sun Nov  1 06:00:00 2026"
    cat "$out"
} > data/sample/regional.mbox
