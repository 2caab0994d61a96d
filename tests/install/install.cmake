# SPDX-License-Identifier: GPL-3.0-or-later
# Installation: files in place, validated, and the file type recognised.
standlab_add_test(test_install SOURCES install/test_install.cpp LIBRARIES Qt6::Core TIMEOUT 180)
target_compile_definitions(test_install PRIVATE STANDLAB_BUILD_DIR="${CMAKE_BINARY_DIR}")
add_dependencies(test_install standlab standlab-cli)
