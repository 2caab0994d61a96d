#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (the "fuzz" preset: clang, ASan + UBSan) and runs each one for SECONDS
# (default 60) from its seed corpus. Crashes land in build-fuzz/crashes/<target>/; new interesting
# inputs go to build-fuzz/corpus/<target>/ (the committed seeds in fuzz/corpus are never modified).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (targets: the names in fuzz/CMakeLists.txt)
# FUZZ_TIMEOUT (seconds, default 25) is the time one input may take before it counts as a hang; raise
# it on a loaded machine.
set -eu

cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"standlab_file contacts_csv datasets_csv frab_xml json_bundle sync_package"}
jobs=${FUZZ_BUILD_JOBS:-1}

cmake --preset fuzz >/dev/null
build_targets=""
for t in $targets; do build_targets="$build_targets fuzz_$t"; done
# Two ninjas in one build folder corrupt it: runs started side by side take turns building.
mkdir -p build-fuzz
# shellcheck disable=SC2086 # one word per target
flock build-fuzz/.build.lock nice -n 10 cmake --build build-fuzz -j "$jobs" --target $build_targets

export QT_QPA_PLATFORM=offscreen TZ=UTC
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp}"

failed=""
for t in $targets; do
    crashes="build-fuzz/crashes/$t"
    work="build-fuzz/corpus/$t"
    mkdir -p "$crashes" "$work"
    echo "== fuzz_$t for ${seconds}s"
    if ! "build-fuzz/fuzz/fuzz_$t" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-25}" -rss_limit_mb=4096 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$work" "fuzz/corpus/$t" 2>"build-fuzz/fuzz_$t.log"; then
        failed="$failed $t"
        tail -n 40 "build-fuzz/fuzz_$t.log"
    fi
    grep -E '^stat::number_of_executed_units|^Done|^#[0-9]+.*DONE' "build-fuzz/fuzz_$t.log" || true
done

if [ -n "$failed" ]; then
    echo "Findings in:$failed (inputs in build-fuzz/crashes/)" >&2
    exit 1
fi
echo "No findings."
