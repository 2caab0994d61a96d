# SPDX-License-Identifier: GPL-3.0-or-later
# The application shell: settings, recent files, opening and copying events, the read-only pages'
# models (test_shell), and the windows driven like a user would (test_mainwindow).
standlab_add_test(test_shell SOURCES ui/test_shell.cpp LIBRARIES standlab_ui)
standlab_add_test(test_mainwindow SOURCES ui/test_mainwindow.cpp LIBRARIES standlab_ui)
