# SPDX-License-Identifier: GPL-3.0-or-later
# Stand mode: the now-and-next computation and clock (core), and the Stand page driven like a user would.
standlab_add_test(test_nowandnext SOURCES stand/test_nowandnext.cpp LIBRARIES standlab_core)
standlab_add_test(test_standpage SOURCES stand/test_standpage.cpp LIBRARIES standlab_ui)
