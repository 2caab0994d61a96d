# SPDX-License-Identifier: GPL-3.0-or-later
# The Exports page.
standlab_add_test(test_exportspage SOURCES ui/test_exportspage.cpp LIBRARIES standlab_ui)
