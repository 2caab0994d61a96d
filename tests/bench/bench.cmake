# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark report's driver (scripts/bench-report.sh → bench/bench_report.py) on canned results:
# the benchmarks themselves are too slow for CTest, so this only keeps the table they feed from rotting.
# Debian's Python on purpose: the driver uses the standard library only and is run with it.
find_program(STANDLAB_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(STANDLAB_SYSTEM_PYTHON)
  add_test(NAME test_bench_report
           COMMAND ${STANDLAB_SYSTEM_PYTHON} ${CMAKE_CURRENT_LIST_DIR}/test_bench_report.py)
  set_tests_properties(test_bench_report PROPERTIES
    TIMEOUT 60
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=UTC;PYTHONDONTWRITEBYTECODE=1;STANDLAB_BUILD_DIR=${CMAKE_BINARY_DIR}")
else()
  message(STATUS "No /usr/bin/python3: test_bench_report is not registered")
endif()
