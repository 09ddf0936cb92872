#!/usr/bin/env bash
# Runs every libFuzzer target in DIR for SECONDS each (empty SECONDS: until 1,000,000 executions,
# the goal of issue 15, at most 45 minutes per target), starting from tests/fuzz/corpus/<target>
# (copied: what the fuzzer finds stays in build-fuzz/, the committed corpus holds the seeds and
# regressions) with the target's dictionary when there is one. Prints per target: executions,
# executions per second, coverage (edges) and crashes; exits 1 when any target crashed.
# Usage: run_fuzzers.sh DIR SECONDS [TARGET_NAME ...]
set -uo pipefail
dir=$1
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
work=$dir/work
mkdir -p "$work"

declare -A dictionaries=(
    [sandbox_http_request]=http.dict [sandbox_authorization]=http.dict [http_answer]=http.dict
    [answer_verification]=json.dict [error_decoding]=json.dict [order_view]=json.dict
    [request_models]=json.dict [profile]=json.dict [notification]=json.dict
    [sandbox_request_body]=json.dict [batch_csv]=csv.dict
)
# The longest input each target gets. Longer inputs only cost time: the HTTP parser is fuzzed
# with 2 KiB header and 4 KiB body limits, and a profile or a request body past a few KiB adds
# no new branch, while libFuzzer's executions per second fall with the input's length. The CSV
# reader keeps the large default (encodings detected over a file's first bytes, long quoted cells).
declare -A max_lengths=(
    [sandbox_http_request]=8192 [sandbox_authorization]=4096 [profile]=4096 [http_answer]=8192
    [request_models]=8192 [order_view]=8192 [answer_verification]=8192 [error_decoding]=8192
    [notification]=8192 [sandbox_request_body]=8192 [money_time]=256
)

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for binary in "$dir"/fuzz_*; do
        [ -f "$binary" ] && [ -x "$binary" ] && targets+=("$(basename "$binary" | sed 's/^fuzz_//')")
    done
fi

printf '%-24s %12s %10s %8s %8s\n' target executions exec/s edges crashes
failed=0
for name in "${targets[@]}"; do
    corpus=$work/$name/corpus
    artifacts=$work/$name/artifacts/
    rm -rf "$work/$name"
    mkdir -p "$corpus" "$artifacts"
    cp "$here/corpus/$name"/* "$corpus"/ 2>/dev/null || true
    if [ -n "$seconds" ]; then
        budget=(-max_total_time="$seconds")
    else
        budget=(-runs=1000000 -max_total_time=2700)
    fi
    options=("${budget[@]}" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048
        -max_len="${max_lengths[$name]:-65536}" -artifact_prefix="$artifacts")
    dictionary=${dictionaries[$name]:-}
    [ -n "$dictionary" ] && options+=(-dict="$here/dict/$dictionary")
    log=$work/$name/fuzz.log
    "$dir/fuzz_$name" "${options[@]}" "$corpus" >"$log" 2>&1
    status=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')
    crashes=$(find "$artifacts" -type f | wc -l)
    printf '%-24s %12s %10s %8s %8s\n' "$name" "${runs:-?}" "${speed:-?}" "${edges:-?}" "$crashes"
    if [ "$status" -ne 0 ] || [ "$crashes" -ne 0 ]; then
        failed=1
        echo "  $name failed (exit $status); log: $log; inputs: $artifacts" >&2
        grep -m3 -E 'ERROR|invariant|SUMMARY' "$log" >&2
    fi
done
exit $failed
