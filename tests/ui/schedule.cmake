# SPDX-License-Identifier: GPL-3.0-or-later
# The schedule board: its pure layout, and the board and page driven like a user would.
standlab_add_test(test_schedulelayout SOURCES ui/test_schedulelayout.cpp LIBRARIES standlab_ui)
standlab_add_test(test_scheduleboard SOURCES ui/test_scheduleboard.cpp LIBRARIES standlab_ui)
