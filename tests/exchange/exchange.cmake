# SPDX-License-Identifier: GPL-3.0-or-later
# Exports other than the programme PDF, and schedule import.
# The calendar and the conference-app schedule (issue 6): read back with independent parsers
# (python3-icalendar, xmllint, python3-jsonschema), round trips, hostile and broken input.
standlab_add_test(test_icalendar SOURCES exchange/test_icalendar.cpp exchange/exchangetesthelpers.h
  LIBRARIES standlab_core TIMEOUT 60)
add_dependencies(test_icalendar standlab-cli)
standlab_add_test(test_frabschedule SOURCES exchange/test_frabschedule.cpp exchange/exchangetesthelpers.h
  LIBRARIES standlab_core TIMEOUT 60)
add_dependencies(test_frabschedule standlab-cli)
# Issue 15: real schedules in and out without loss (fictional files with every trap of the real ones).
standlab_add_test(test_scheduleroundtrip SOURCES exchange/test_scheduleroundtrip.cpp exchange/exchangetesthelpers.h
  LIBRARIES standlab_core TIMEOUT 120)
add_dependencies(test_scheduleroundtrip standlab-cli)
