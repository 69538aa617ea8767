#!/bin/sh
# Kill and concurrency harness for `tldops sync` on the sample mailbox: 1,000
# SIGKILLs at random points of a sync (the store must pass integrity_check and
# hold exactly the state before or after), then 100 rounds of 8 syncs and 4
# finds at once (no locked-database error, every exit code as expected).
# Prints the figures; exits non-zero if any check failed. Needs python3.
# Usage: sh benches/crash.sh [--trials N] [--rounds N] [--seed N]
set -eu
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
exec python3 benches/crash.py "${CARGO_TARGET_DIR:-target}/release/tldops" "$@"
