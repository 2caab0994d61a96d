# SPDX-License-Identifier: GPL-3.0-or-later
# The application shell: settings, recent files, opening and copying events, the read-only pages'
# models (test_shell), and the windows driven like a user would (test_mainwindow).
standlab_add_test(test_shell SOURCES ui/test_shell.cpp LIBRARIES standlab_ui)
standlab_add_test(test_mainwindow SOURCES ui/test_mainwindow.cpp LIBRARIES standlab_ui)
# Menu accelerators in every language: the .qm files the app's build compiles.
standlab_add_test(test_accelerators SOURCES ui/test_accelerators.cpp LIBRARIES standlab_ui)
target_compile_definitions(test_accelerators PRIVATE STANDLAB_QM_DIR="${CMAKE_BINARY_DIR}/app")
add_dependencies(test_accelerators standlab)
