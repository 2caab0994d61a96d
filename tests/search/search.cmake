# SPDX-License-Identifier: GPL-3.0-or-later
# Search (issue 3): the FTS5 index and its queries, the check subcommand, the search box.
standlab_add_test(test_search SOURCES search/test_search.cpp LIBRARIES standlab_core)
standlab_add_test(test_checkcommand SOURCES search/test_checkcommand.cpp LIBRARIES standlab_core)
add_dependencies(test_checkcommand standlab-cli)
standlab_add_test(test_searchbox SOURCES search/test_searchbox.cpp LIBRARIES standlab_ui)
standlab_add_test(test_searchwindow SOURCES search/test_searchwindow.cpp LIBRARIES standlab_ui)
standlab_add_test(test_searchbacklog SOURCES search/test_searchbacklog.cpp LIBRARIES standlab_ui)
add_dependencies(test_searchbacklog standlab-cli)
