# SPDX-License-Identifier: GPL-3.0-or-later
# Sync packages and merge (issue 7).
standlab_add_test(test_syncmerge SOURCES sync/test_syncmerge.cpp sync/syncfixture.h LIBRARIES standlab_core TIMEOUT 180)
standlab_add_test(test_syncfolder SOURCES sync/test_syncfolder.cpp sync/syncfixture.h LIBRARIES standlab_core TIMEOUT 60)
standlab_add_test(test_synccli SOURCES sync/test_synccli.cpp LIBRARIES standlab_core TIMEOUT 90)
add_dependencies(test_synccli standlab-cli)
standlab_add_test(test_syncui SOURCES sync/test_syncui.cpp sync/syncfixture.h LIBRARIES standlab_ui)
# Each copy of a file is a replica of its own; a whole event file merges like a package (issue 14).
standlab_add_test(test_replicas SOURCES sync/test_replicas.cpp sync/syncfixture.h LIBRARIES standlab_core TIMEOUT 60)
add_dependencies(test_replicas standlab-cli)
standlab_add_test(test_synctrust SOURCES sync/test_synctrust.cpp sync/syncfixture.h LIBRARIES standlab_core TIMEOUT 180)
