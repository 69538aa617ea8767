#!/bin/sh
# Mutation testing of the trust boundary and the store: changes the code of
# src/snapshot/ and src/store/ one mutant at a time (cargo-mutants) and runs
# the tests against each, then prints how many mutants the tests caught and
# lists those they missed (logs and diffs under $CARGO_TARGET_DIR/mutants/). Installs cargo-mutants when it is missing.
# Usage: sh benches/mutants.sh [FILE-GLOB...] [-- CARGO-MUTANTS-OPTIONS]
#   sh benches/mutants.sh                           src/snapshot/ and src/store/
#   sh benches/mutants.sh src/snapshot/schema.rs    one file
# Runs for a long time (hours for the default set): every mutant is built and
# tested with the whole suite, in a copy of the tree. Faster, for one file held
# by unit tests, in this tree and its build directory:
#   sh benches/mutants.sh src/snapshot/schema.rs -- --in-place -- --lib
set -eu
cd "$(dirname "$0")/.."
if ! cargo mutants --version >/dev/null 2>&1; then
    cargo install --locked cargo-mutants
fi

globs=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    globs="$globs --file $1"
    shift
done
[ "${1:-}" = "--" ] && shift
[ -n "$globs" ] || globs="--file src/snapshot/** --file src/store/**"

# The mutants' logs and diffs stay in mutants.out/ here, for reading.
out=${CARGO_TARGET_DIR:-target}/mutants
mkdir -p "$out"
status=0
# shellcheck disable=SC2086 # the globs are words, each quoted by set -f
set -f
cargo mutants $globs --output "$out" "$@" || status=$?
set +f
# 0: all caught; 2: some missed; 3: some timed out. Anything else: no score.
case $status in
0 | 2 | 3) ;;
*)
    echo "cargo mutants failed (exit $status): no score" >&2
    exit "$status"
    ;;
esac

count() { # outcome file -> lines
    f="$out/mutants.out/$1.txt"
    if [ -f "$f" ]; then grep -c . "$f" || true; else echo 0; fi
}
caught=$(count caught)
missed=$(count missed)
timeout=$(count timeout)
unviable=$(count unviable)
tested=$((caught + missed + timeout))
if [ "$tested" -gt 0 ]; then
    score=$(( (caught + timeout) * 1000 / tested ))
    echo "mutation score: $((score / 10)).$((score % 10))% ($((caught + timeout)) of $tested viable mutants caught)"
fi
echo "caught $caught, missed $missed, timeout $timeout, unviable $unviable"
if [ "$missed" -gt 0 ]; then
    echo "missed (no test failed when the code changed):"
    sort "$out/mutants.out/missed.txt" | sed 's/^/  /'
fi
