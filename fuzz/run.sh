#!/usr/bin/env bash
# Runs every fuzz target (or those named) for SECONDS each, one after the
# other on one core, and prints executions and coverage for each.
#
#   fuzz/run.sh SECONDS [TARGET...]
#
# Each target's run grows a working corpus under fuzz/target/corpus/TARGET,
# starting from the committed seeds in fuzz/corpus/TARGET; a crash is written
# to fuzz/artifacts/TARGET/ and reported here. Extra libFuzzer flags can be
# passed in FUZZ_ARGS (say FUZZ_ARGS=-runs=10000000).
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo fuzz list)
fi

cargo fuzz build --sanitizer none
status=0
printf '%-10s %12s %8s %8s %8s %s\n' target executions exec/s cov ft result
for t in "${targets[@]}"; do
    work=fuzz/target/corpus/$t
    mkdir -p "$work" "fuzz/artifacts/$t"
    dict=()
    [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
    log=fuzz/target/$t.log
    set +e
    # shellcheck disable=SC2086
    cargo fuzz run --sanitizer none "$t" "$work" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        "${dict[@]}" ${FUZZ_ARGS:-} >"$log" 2>&1
    rc=$?
    set -e
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
    result=ok
    if [ "$rc" -ne 0 ]; then
        result="CRASH (exit $rc): $(grep -m1 -oE 'Test unit written to .*' "$log" || echo "see $log")"
        status=1
    fi
    printf '%-10s %12s %8s %8s %8s %s\n' "$t" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status
