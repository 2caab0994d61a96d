# SPDX-License-Identifier: GPL-3.0-or-later
# The command line, run as a real process, and the core tools behind it.
standlab_add_test(test_cli SOURCES cli/test_cli.cpp LIBRARIES standlab_core)
add_dependencies(test_cli standlab-cli)
standlab_add_test(test_generator SOURCES cli/test_generator.cpp LIBRARIES standlab_core)
standlab_add_test(test_exportimport SOURCES cli/test_exportimport.cpp LIBRARIES standlab_core)
add_dependencies(test_exportimport standlab-cli)
