# SPDX-License-Identifier: GPL-3.0-or-later
standlab_add_test(test_conflicts SOURCES conflicts/test_conflicts.cpp LIBRARIES standlab_core)
