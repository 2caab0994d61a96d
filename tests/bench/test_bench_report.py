#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Smoke test of bench/bench_report.py, the driver behind scripts/bench-report.sh, on canned Google
Benchmark JSON: the benchmarks are far too slow for CTest, but without this the table they feed could
rot unnoticed (a renamed benchmark, a changed JSON layout) until someone runs the whole thing."""

import contextlib
import io
import json
import os
import re
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(HERE.parent.parent / "bench"))
import bench_report  # noqa: E402 (found through the path above)

CANNED = HERE / "data" / "results"
EXPECTED = HERE / "data" / "expected-report.md"


def report(json_dir, *extra):
    """(exit status, printed report) of the driver formatting json_dir."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        status = bench_report.main(["--from-json", str(json_dir), *extra])
    return status, out.getvalue()


def row(text, figure_start):
    lines = [line for line in text.splitlines() if line.startswith("| " + figure_start)]
    if len(lines) != 1:
        raise AssertionError(f"no single row for {figure_start!r} in:\n{text}")
    return [cell.strip() for cell in lines[0].strip("|").split("|")]


class BenchReportTest(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp(prefix="test-bench-report-"))
        self.results = self.dir / "results"
        shutil.copytree(CANNED, self.results)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def edit(self, binary, change):
        path = self.results / f"{binary}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        change(data)
        path.write_text(json.dumps(data), encoding="utf-8")

    def test_canned_results_give_the_expected_report(self):
        output = self.dir / "RESULTS.md"
        status, text = report(self.results, "--output", str(output))
        self.assertEqual(status, 0)
        self.assertEqual(text, EXPECTED.read_text(encoding="utf-8"))
        self.assertEqual(output.read_text(encoding="utf-8"), text)

    def test_every_figure_of_the_design_has_a_row(self):
        _, text = report(self.results)
        table = [line for line in text.splitlines() if line.startswith("| ")]
        self.assertEqual(len(table), 1 + len(bench_report.FIGURES))
        for line in table[1:]:
            self.assertRegex(line, r"\| (met|missed) \|$")

    def test_a_binary_that_did_not_run_is_not_measured_and_fails(self):
        (self.results / "bench_sync.json").unlink()
        status, text = report(self.results)
        self.assertEqual(status, 1)
        self.assertEqual(row(text, "merge a sync package")[2:],
                         ["—", "—", "not measured: no results (the benchmark did not run)"])
        self.assertEqual(row(text, "schedule view")[4], "met")

    def test_a_benchmark_that_skipped_with_an_error_shows_the_error(self):
        def fail(data):
            for entry in data["benchmarks"]:
                if entry["run_name"] == "BM_Booklet/100":
                    entry.update(error_occurred=True, error_message="cannot write out.pdf")
        self.edit("bench_pdf", fail)
        status, text = report(self.results)
        self.assertEqual(status, 1)
        self.assertEqual(row(text, "programme PDF (booklet), real-size")[4],
                         "not measured: cannot write out.pdf")

    def test_results_with_aggregates_only_give_a_median_without_spread(self):
        self.edit("bench_schedule", lambda data: data.update(
            benchmarks=[e for e in data["benchmarks"] if e["run_type"] == "aggregate"]))
        _, text = report(self.results)
        self.assertEqual(row(text, "schedule view")[2:], ["520 µs", "—", "met"])

    def test_one_repetition_has_no_range(self):
        def keep_first(data):
            data["benchmarks"] = [e for e in data["benchmarks"]
                                  if e["run_type"] == "iteration" and e["repetition_index"] == 0]
        for binary in bench_report.BINARIES:
            self.edit(binary, keep_first)
        (self.results / "run.json").unlink()
        _, text = report(self.results, "--build", str(self.dir))
        self.assertEqual(row(text, "open a large event")[2:], ["1.20 s", "—", "missed"])
        self.assertEqual(row(text, "CSV import")[2], "31.6× (18.0 s vs 570 ms)")
        self.assertIn("over 1 repetition of each benchmark", text)

    def test_a_target_is_missed_at_its_limit(self):
        def at_limit(data):
            for entry in data["benchmarks"]:
                entry["real_time"] = 16.0
        self.edit("bench_schedule", at_limit)
        _, text = report(self.results)
        self.assertEqual(row(text, "schedule view")[2:], ["16.0 ms", "16.0–16.0 ms", "missed"])

    def test_quick_mode_runs_exactly_the_benchmarks_behind_the_figures(self):
        filters = bench_report.quick_filters()
        self.assertEqual(sorted(filters), sorted(bench_report.BINARIES))
        chosen = {"bench_open": ["BM_OpenToLoadedModel/real_time"],
                  "bench_search": ["BM_SearchPrefix/13/real_time", "BM_TypePhrase/real_time"],
                  "bench_schedule": ["BM_BoardRelayout/real_time"],
                  "bench_pdf": ["BM_Booklet/0", "BM_Booklet/100", "BM_Booklet/1000"],
                  "bench_csv": ["BM_ImportContacts/iterations:1/real_time",
                                "BM_SqliteCliImport/iterations:1/real_time"],
                  "bench_sync": ["BM_MergePackage/iterations:3"]}
        left_out = {"bench_open": ["BM_LoadModelDirect/real_time"],
                    "bench_search": ["BM_SearchRareName/real_time"],
                    "bench_schedule": ["BM_BoardRelayoutAndPaint/real_time"],
                    "bench_pdf": ["BM_Booklet/10", "BM_Poster/1000", "BM_BookletLayoutOnly/100"],
                    "bench_csv": ["BM_ReadCsv/iterations:1/real_time"]}
        for binary, names in chosen.items():
            for name in names:
                self.assertRegex(name, filters[binary])
        for binary, names in left_out.items():
            for name in names:
                self.assertNotRegex(name, filters[binary])

    def test_this_machine_is_described(self):
        facts = bench_report.gather_machine(os.environ.get("STANDLAB_BUILD_DIR", "build"))
        for key in ("cpu", "cores", "ram", "os", "compiler", "build_type", "sqlite3"):
            self.assertTrue(facts[key], key)
        self.assertRegex(facts["cores"], r"^[1-9]\d*$")
        self.assertRegex(facts["ram"], r"^\d+\.\d GiB$")


if __name__ == "__main__":
    unittest.main(verbosity=2)
