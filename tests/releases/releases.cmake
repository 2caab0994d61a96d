# SPDX-License-Identifier: GPL-3.0-or-later
# Releases of the programme and letters to speakers (issue 19): core, exports and the CLI contract.
standlab_add_test(test_releases SOURCES releases/test_releases.cpp LIBRARIES standlab_core TIMEOUT 120)
add_dependencies(test_releases standlab-cli)
standlab_add_test(test_letters SOURCES releases/test_letters.cpp LIBRARIES standlab_core TIMEOUT 120)
add_dependencies(test_letters standlab-cli)
standlab_add_test(test_releasesui SOURCES releases/test_releasesui.cpp LIBRARIES standlab_ui TIMEOUT 120)
