#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the benchmarks in build/ and runs every one behind the targets of DESIGN.md §7, then prints one
# Markdown table (figure, target, median, min–max, verdict) and the machine it was measured on.
#
# Usage: scripts/bench-report.sh [--repetitions N] [--quick] [--output FILE] [--json-dir DIR]
#        scripts/bench-report.sh --from-json DIR [--output FILE]     (format kept results, build nothing)
#
#   --repetitions N  repetitions of each benchmark (default 5)
#   --quick          1 repetition of only the benchmarks behind the figures, for a check that it all works
#   --output FILE    also write the report there (bench/RESULTS.md, for instance)
#   --json-dir DIR   keep each benchmark's JSON results and console log there
#
# A full run takes about ten minutes on a 2-core machine; the large generated events are kept under
# $TMPDIR/standlab-bench/ so only the first run generates them. Everything else on the machine shows up
# in the figures: run it on an otherwise idle machine. Exits 1 when a benchmark could not run (a missed
# target is a measurement, not a failure).
set -eu

# Not cd'ing there: --output and --json-dir are relative to where the script is called from.
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
# Debian's own: always installed with the build dependencies, and the driver needs only its standard
# library (a python3 earlier on PATH may be another installation).
python=/usr/bin/python3

build_needed=yes
for arg in "$@"; do
    case $arg in
    --from-json | --from-json=* | -h | --help) build_needed=no ;;
    esac
done

if [ "$build_needed" = yes ]; then
    # The build tree is shared: one build at a time (the lock), two jobs at most (two cores).
    lock=${STANDLAB_BUILD_LOCK:-/tmp/standlab-build.lock}
    if [ ! -f "$build/CMakeCache.txt" ]; then
        (cd "$root" && flock "$lock" cmake --preset default >/dev/null)
    fi
    if grep -q '^STANDLAB_BUILD_BENCH:BOOL=OFF' "$build/CMakeCache.txt"; then
        echo "bench-report: $build is configured without benchmarks;" \
            "reconfigure it with -DSTANDLAB_BUILD_BENCH=ON" >&2
        exit 1
    fi
    echo "Building the benchmarks in $build …" >&2
    flock "$lock" cmake --build "$build" -j 2 --target \
        bench_open bench_search bench_schedule bench_pdf bench_csv bench_sync >&2
fi

exec "$python" "$root/bench/bench_report.py" --build "$build" "$@"
