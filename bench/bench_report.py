#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every benchmark behind the targets of DESIGN.md §7 and prints one Markdown table: figure, target,
median, min–max and verdict, followed by the machine it was measured on.

Called by scripts/bench-report.sh once the bench targets are built; standard library only, so Debian's
/usr/bin/python3 runs it as it is.

    bench_report.py [--build DIR] [--repetitions N] [--quick] [--output FILE] [--json-dir DIR]
    bench_report.py --from-json DIR [--output FILE]

Every binary writes Google Benchmark's JSON (--benchmark_out) with one entry per repetition; median and
min–max are taken over those repetitions, always of wall-clock time, because that is what a person
waits for. --from-json formats results kept earlier with --json-dir without running anything (the CTest
smoke test uses it on canned files).
"""

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Written beside the JSON results: the machine and the options of the run.
RUN_FILE = "run.json"
BINARIES = ["bench_open", "bench_search", "bench_schedule", "bench_pdf", "bench_csv", "bench_sync"]

# Google Benchmark appends these to a name; the figures refer to the bare name ("BM_Booklet/1000"), so a
# benchmark that switches to UseRealTime() or fixes its iterations keeps its row.
_NAME_DECORATIONS = re.compile(
    r"^(real_time|manual_time|iterations:\d+|repeats:\d+|min_time:[\d.]+|threads:\d+)$")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def bare_name(run_name):
    return "/".join(part for part in run_name.split("/") if not _NAME_DECORATIONS.match(part))


class Measurements:
    """One binary's results: per benchmark, the samples of each repetition, or why there are none."""

    def __init__(self, error=None, context=None):
        self.samples = {}
        self.errors = {}
        # Benchmarks written with aggregates only: a median but no spread.
        self.aggregate_only = set()
        self.error = error
        self.context = context or {}

    @classmethod
    def load(cls, path):
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except FileNotFoundError:
            return cls(error="no results (the benchmark did not run)")
        except (OSError, ValueError) as e:
            return cls(error=f"unreadable results: {e}")
        result = cls(context=data.get("context", {}))
        medians = {}
        for entry in data.get("benchmarks", []):
            name = bare_name(entry.get("run_name", entry.get("name", "")))
            if entry.get("error_occurred"):
                result.errors[name] = entry.get("error_message") or "error"
            elif entry.get("run_type", "iteration") == "iteration":
                result.samples.setdefault(name, []).append(_sample(entry))
            elif entry.get("aggregate_name") == "median":
                medians[name] = [_sample(entry)]
        for name, median in medians.items():
            if name not in result.samples:
                result.samples[name] = median
                result.aggregate_only.add(name)
        return result

    def get(self, name):
        """(samples, None) or (None, why not)."""
        if self.error:
            return None, self.error
        if name in self.errors:
            return None, self.errors[name]
        if name not in self.samples:
            return None, f"{name} is missing from the results"
        return self.samples[name], None

    def family(self, prefix):
        return {name: s for name, s in self.samples.items() if name.startswith(prefix + "/")}

    def has_spread(self, name):
        return name not in self.aggregate_only and len(self.samples.get(name, [])) > 1


def _sample(entry):
    """One repetition: wall-clock seconds per iteration, its label, and every number (times, counters)."""
    scale = _UNIT_SECONDS.get(entry.get("time_unit", "ns"), 1e-9)
    sample = {key: value for key, value in entry.items() if isinstance(value, (int, float))}
    sample["seconds"] = entry["real_time"] * scale
    sample["label"] = entry.get("label", "")
    return sample


# ---- Formatting ----------------------------------------------------------------------------------------

def _time_unit(seconds):
    if seconds >= 1.0:
        return "s", 1.0
    if seconds >= 1e-3:
        return "ms", 1e-3
    return "µs", 1e-6


def _number(value):
    # Three significant figures, but never a fraction of a unit on numbers above 100.
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def format_time(seconds):
    unit, scale = _time_unit(seconds)
    return f"{_number(seconds / scale)} {unit}"


def format_range(low, high, unit_of, formatter=_number, suffix=None):
    """'low–high unit' in the unit chosen for the median, so the three numbers compare at a glance."""
    if suffix is None:
        suffix, scale = _time_unit(unit_of)
    else:
        scale = 1.0
    return f"{formatter(low / scale)}–{formatter(high / scale)} {suffix}"


class Row:
    def __init__(self, figure, target, median="—", spread="—", verdict="not measured", note=""):
        self.figure, self.target, self.median, self.spread = figure, target, median, spread
        self.verdict, self.note = verdict, note


def _verdict(met):
    return "met" if met else "missed"


def _spread(values, measurements, name, formatter):
    return formatter(min(values), max(values)) if measurements.has_spread(name) else "—"


# ---- Figures -------------------------------------------------------------------------------------------
# Each figure of DESIGN.md §7 names the binary and benchmark that measure it and how its verdict is taken.

class TimeFigure:
    """Wall-clock time per iteration of one benchmark against a limit."""

    def __init__(self, figure, target, binary, benchmark, limit_seconds, per_counter=None):
        self.figure, self.target, self.binary = figure, target, binary
        self.benchmark, self.limit, self.per_counter = benchmark, limit_seconds, per_counter

    def needs(self):
        return {self.binary: [re.escape(self.benchmark)]}

    def evaluate(self, results):
        samples, why = results[self.binary].get(self.benchmark)
        if samples is None:
            return Row(self.figure, self.target, note=why)
        # BM_TypePhrase times a whole phrase; the target is per keystroke.
        per = (lambda s: s.get(self.per_counter) or 1) if self.per_counter else (lambda s: 1)
        values = [s["seconds"] / per(s) for s in samples]
        median = statistics.median(values)
        spread = _spread(values, results[self.binary], self.benchmark,
                         lambda lo, hi: format_range(lo, hi, median))
        return Row(self.figure, self.target, format_time(median), spread, _verdict(median < self.limit))


class SlowestOfFigure:
    """The slowest of a family of benchmarks (one per argument), by median: the worst keystroke."""

    def __init__(self, figure, target, binary, family, limit_seconds):
        self.figure, self.target, self.binary = figure, target, binary
        self.family, self.limit = family, limit_seconds

    def needs(self):
        return {self.binary: [re.escape(self.family)]}

    def evaluate(self, results):
        measurements = results[self.binary]
        if measurements.error:
            return Row(self.figure, self.target, note=measurements.error)
        members = measurements.family(self.family)
        if not members:
            failed = [why for name, why in measurements.errors.items()
                      if name.startswith(self.family + "/")]
            return Row(self.figure, self.target, note=failed[0] if failed else f"{self.family} is missing")
        medians = {name: statistics.median(s["seconds"] for s in samples)
                   for name, samples in members.items()}
        slowest = max(medians, key=medians.get)
        values = [s["seconds"] for s in members[slowest]]
        median = medians[slowest]
        label = members[slowest][0]["label"] or slowest.split("/", 1)[1]
        spread = _spread(values, measurements, slowest, lambda lo, hi: format_range(lo, hi, median))
        return Row(self.figure, self.target, f"{format_time(median)} ({label})", spread,
                   _verdict(median < self.limit))


class MemoryFigure:
    """A counter in MiB (peak resident memory) against a limit in MB."""

    def __init__(self, figure, target, binary, benchmark, counter, limit_megabytes):
        self.figure, self.target, self.binary = figure, target, binary
        self.benchmark, self.counter, self.limit_mib = benchmark, counter, limit_megabytes * 1e6 / 2**20

    def needs(self):
        return {self.binary: [re.escape(self.benchmark)]}

    def evaluate(self, results):
        samples, why = results[self.binary].get(self.benchmark)
        if samples is None:
            return Row(self.figure, self.target, note=why)
        values = [s[self.counter] for s in samples if self.counter in s]
        if not values or min(values) < 0:
            return Row(self.figure, self.target, note=f"no {self.counter} counter")
        median = statistics.median(values)
        spread = _spread(values, results[self.binary], self.benchmark,
                         lambda lo, hi: format_range(lo, hi, median, lambda v: f"{v:.0f}", "MiB"))
        return Row(self.figure, self.target, f"{median:.0f} MiB", spread, _verdict(median < self.limit_mib))


class RatioFigure:
    """Our time over a reference tool's time on the same input (CSV import against `sqlite3 .import`)."""

    def __init__(self, figure, target, binary, ours, reference, limit_ratio):
        self.figure, self.target, self.binary = figure, target, binary
        self.ours, self.reference, self.limit = ours, reference, limit_ratio

    def needs(self):
        return {self.binary: [re.escape(self.ours), re.escape(self.reference)]}

    def evaluate(self, results):
        measurements = results[self.binary]
        ours, why = measurements.get(self.ours)
        reference, why_reference = measurements.get(self.reference)
        if ours is None or reference is None:
            return Row(self.figure, self.target, note=why or why_reference)
        ours_values = [s["seconds"] for s in ours]
        reference_values = [s["seconds"] for s in reference]
        ours_median = statistics.median(ours_values)
        reference_median = statistics.median(reference_values)
        ratio = ours_median / reference_median
        median = f"{ratio:.1f}× ({format_time(ours_median)} vs {format_time(reference_median)})"
        if measurements.has_spread(self.ours) and measurements.has_spread(self.reference):
            spread = (f"{format_range(min(ours_values), max(ours_values), ours_median)} vs "
                      f"{format_range(min(reference_values), max(reference_values), reference_median)}")
        else:
            spread = "—"
        return Row(self.figure, self.target, median, spread, _verdict(ratio <= self.limit))


FIGURES = [
    TimeFigure("open a large event (5,000 sessions, 20,000 people, 50,000 contacts) to a loaded model",
               "< 300 ms", "bench_open", "BM_OpenToLoadedModel", 0.300),
    SlowestOfFigure("search as you type, 100k rows: slowest keystroke of “platform coop”",
                    "< 10 ms", "bench_search", "BM_SearchPrefix", 0.010),
    TimeFigure("search as you type, 100k rows: typing the phrase, per keystroke",
               "< 10 ms", "bench_search", "BM_TypePhrase", 0.010, per_counter="keystrokes"),
    TimeFigure("schedule view relayout, 500 sessions in one day (zoom step)",
               "< 16 ms", "bench_schedule", "BM_BoardRelayout", 0.016),
    TimeFigure("programme PDF (booklet), 1,000 sessions", "< 2 s", "bench_pdf", "BM_Booklet/1000", 2.0),
    TimeFigure("programme PDF (booklet), real-size programme of 100 sessions",
               "< 200 ms", "bench_pdf", "BM_Booklet/100", 0.200),
    TimeFigure("programme PDF (booklet), the demo event", "< 200 ms", "bench_pdf", "BM_Booklet/0", 0.200),
    RatioFigure("CSV import, 100,000 contacts, against `sqlite3 .import` of the same file",
                "within 2×", "bench_csv", "BM_ImportContacts", "BM_SqliteCliImport", 2.0),
    # A fairer reference than a plain table (see bench_csv.cpp): sqlite3 itself writing the same rows into
    # the same schema, with its keys, foreign keys, indexes and search triggers.
    RatioFigure("same CSV import, against `sqlite3` writing the same rows into the same event schema",
                "within 2×", "bench_csv", "BM_ImportContacts", "BM_SqliteCliSameSchema", 2.0),
    TimeFigure("same CSV import until every row is also found by search (index caught up)",
               "< 10 s", "bench_csv", "BM_ImportContactsSearchable", 10.0),
    TimeFigure("merge a sync package of 10,000 changed rows", "< 1 s", "bench_sync", "BM_MergePackage", 1.0),
    MemoryFigure("memory with the large event open (peak resident)", "< 200 MB (190.7 MiB)",
                 "bench_open", "BM_OpenToLoadedModel", "peak_rss_MiB", 200),
]


def quick_filters(figures=FIGURES):
    """Per binary, a --benchmark_filter regex selecting only the benchmarks the figures use."""
    patterns = {}
    for figure in figures:
        for binary, names in figure.needs().items():
            patterns.setdefault(binary, [])
            patterns[binary] += [n for n in names if n not in patterns[binary]]
    # A bare name may be followed only by Google Benchmark's decorations ("/real_time") or an argument.
    return {binary: "^(" + "|".join(names) + ")(/|$)" for binary, names in patterns.items()}


def evaluate(results, figures=FIGURES):
    return [figure.evaluate(results) for figure in figures]


# ---- The machine ---------------------------------------------------------------------------------------

def _read(path):
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _first_match(pattern, text, default=""):
    match = re.search(pattern, text, re.MULTILINE)
    return match.group(1).strip() if match else default


def gather_machine(build_dir):
    """What the numbers depend on, from /proc, /etc/os-release and the CMake build tree."""
    cpuinfo = _read("/proc/cpuinfo")
    cpu = _first_match(r"^model name\s*:\s*(.+)$", cpuinfo, platform.processor() or "unknown CPU")
    if re.search(r"^flags\s*:.*\bhypervisor\b", cpuinfo, re.MULTILINE):
        cpu += " (virtual machine)"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    kib = _first_match(r"^MemTotal:\s*(\d+)", _read("/proc/meminfo"), "0")
    os_name = _first_match(r'^PRETTY_NAME="?([^"\n]+)"?$', _read("/etc/os-release"), platform.system())
    cache = _read(Path(build_dir) / "CMakeCache.txt")
    compiler = "unknown compiler"
    for description in sorted(Path(build_dir).glob("CMakeFiles/*/CMakeCXXCompiler.cmake")):
        text = _read(description)
        compiler_id = _first_match(r'^set\(CMAKE_CXX_COMPILER_ID "([^"]*)"\)', text)
        version = _first_match(r'^set\(CMAKE_CXX_COMPILER_VERSION "([^"]*)"\)', text)
        if compiler_id:
            compiler = f"{compiler_id} {version}".strip()
    try:
        sqlite = subprocess.run(["sqlite3", "--version"], capture_output=True, text=True, timeout=10)
        sqlite_version = sqlite.stdout.split(" ")[0] if sqlite.returncode == 0 else "not found"
    except (OSError, subprocess.TimeoutExpired):
        sqlite_version = "not found"
    return {
        "cpu": cpu,
        "cores": str(cores),
        "ram": f"{int(kib) / 2**20:.1f} GiB",
        "os": f"{os_name}, Linux {platform.release()}",
        "compiler": compiler,
        "build_type": _first_match(r"^CMAKE_BUILD_TYPE:STRING=(.*)$", cache, "unknown"),
        "sqlite3": sqlite_version,
    }


def run_facts(results):
    """When the run started and how loaded the machine was as each binary started, from the JSON files."""
    dates, loads = [], []
    for binary in BINARIES:
        context = results[binary].context
        if context.get("date"):
            dates.append(context["date"])
        if context.get("load_avg"):
            loads.append(f"{binary} {context['load_avg'][0]:.1f}")
    date = "an unknown date"
    if dates:
        started = min(datetime.datetime.fromisoformat(d) for d in dates)
        date = started.astimezone(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return date, ", ".join(loads) or "unknown"


def wall_over_cpu(results, figures=FIGURES):
    """Median of wall-clock over CPU time across the repetitions behind the timed figures: near 1 on an
    idle machine, higher when other processes took the cores (or it waited on the disk)."""
    ratios = []
    for figure in figures:
        if isinstance(figure, TimeFigure):
            samples, _ = results[figure.binary].get(figure.benchmark)
            ratios += [s["real_time"] / s["cpu_time"] for s in samples or [] if s.get("cpu_time")]
    return statistics.median(ratios) if ratios else None


def format_report(rows, machine, run, results):
    """The Markdown the README quotes: the table, then how and where it was measured."""
    lines = ["| figure | target | median | min–max | verdict |", "|---|---|---|---|---|"]
    for row in rows:
        verdict = row.verdict + (f": {row.note}" if row.note else "")
        lines.append(f"| {row.figure} | {row.target} | {row.median} | {row.spread} | {verdict} |")
    date, loads = run_facts(results)
    repetitions = run["repetitions"]
    plural = "s" if repetitions != 1 else ""
    mode = " (quick mode: only the benchmarks behind these figures, short runs)" if run.get("quick") else ""
    lines += [
        "",
        f"Wall-clock time, median and min–max over {repetitions} repetition{plural}"
        f" of each benchmark{mode}, measured on {date}:",
        "",
        f"- CPU: {machine['cpu']}, {machine['cores']} cores",
        f"- RAM: {machine['ram']}",
        f"- OS: {machine['os']}",
        f"- compiler: {machine['compiler']}, build type {machine['build_type']}",
        f"- `sqlite3` (the CSV import baseline): {machine['sqlite3']}",
        f"- load average (1 min) as each binary started: {loads}",
    ]
    ratio = wall_over_cpu(results)
    if ratio is not None:
        lines.append(f"- wall-clock time was {ratio:.2f}× the CPU time (median over the timed figures; "
                     "about 1× on an idle machine, higher when the cores were shared and the times above "
                     "are inflated)")
    return "\n".join(lines) + "\n"


# ---- Running -------------------------------------------------------------------------------------------

def run_benchmarks(bench_dir, json_dir, repetitions, quick, timeout):
    """Runs each binary in turn (never side by side: they would measure each other)."""
    filters = quick_filters() if quick else {}
    failures = []
    for index, binary in enumerate(BINARIES, 1):
        executable = Path(bench_dir) / binary
        out = Path(json_dir) / f"{binary}.json"
        log = Path(json_dir) / f"{binary}.log"
        out.unlink(missing_ok=True)
        command = [str(executable), f"--benchmark_repetitions={repetitions}",
                   f"--benchmark_out={out}", "--benchmark_out_format=json"]
        if quick:
            command += [f"--benchmark_filter={filters[binary]}", "--benchmark_min_time=0.05"]
        print(f"[{index}/{len(BINARIES)}] {binary} …", end="", file=sys.stderr, flush=True)
        started = time.monotonic()
        environment = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        try:
            with open(log, "w", encoding="utf-8") as log_file:
                status = subprocess.run(command, stdout=log_file, stderr=subprocess.STDOUT,
                                        env=environment, timeout=timeout).returncode
        except FileNotFoundError:
            status = "not built"
        except subprocess.TimeoutExpired:
            status = f"timed out after {timeout} s"
        print(f" {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
        if status != 0:
            failures.append(binary)
            tail = "".join(_read(log).splitlines(keepends=True)[-10:])
            print(f"{binary} failed ({status}); the end of {log}:\n{tail}", file=sys.stderr)
    return failures


def load_all(json_dir):
    return {binary: Measurements.load(Path(json_dir) / f"{binary}.json") for binary in BINARIES}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", default="build", help="the CMake build tree (default: build)")
    parser.add_argument("--repetitions", type=int, default=5,
                        help="repetitions of each benchmark (default 5)")
    parser.add_argument("--quick", action="store_true",
                        help="1 repetition, only the benchmarks behind the figures, short runs")
    parser.add_argument("--output", help="also write the report to this file")
    parser.add_argument("--json-dir", help="keep each binary's JSON results and log in this folder")
    parser.add_argument("--from-json", metavar="DIR",
                        help="format results kept earlier with --json-dir; run nothing")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds allowed per binary")
    args = parser.parse_args(argv)
    if args.repetitions < 1:
        parser.error("--repetitions must be at least 1")
    if args.quick:
        args.repetitions = 1

    failures = []
    if args.from_json:
        json_dir = Path(args.from_json)
        try:
            run = json.loads((json_dir / RUN_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Results from elsewhere: the machine can only be this one, the repetitions those in the files.
            counts = [len(s) for m in load_all(json_dir).values() for s in m.samples.values()]
            run = {"machine": gather_machine(args.build), "repetitions": max(counts, default=1)}
    else:
        if args.json_dir:
            json_dir = Path(args.json_dir)
            json_dir.mkdir(parents=True, exist_ok=True)
        else:
            temporary = tempfile.TemporaryDirectory(prefix="standlab-bench-report-")
            json_dir = Path(temporary.name)
        # Kept beside the results, so formatting them again later still names the machine they came from.
        run = {"machine": gather_machine(args.build), "repetitions": args.repetitions, "quick": args.quick}
        (json_dir / RUN_FILE).write_text(json.dumps(run, indent=2) + "\n", encoding="utf-8")
        failures = run_benchmarks(Path(args.build) / "bench", json_dir, args.repetitions, args.quick,
                                  args.timeout)

    results = load_all(json_dir)
    rows = evaluate(results)
    report = format_report(rows, run["machine"], run, results)
    sys.stdout.write(report)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
        print(f"Written to {args.output}", file=sys.stderr)
    # A missed target is a measurement; a benchmark that could not run is a failure.
    return 1 if failures or any(row.verdict == "not measured" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
