# SPDX-License-Identifier: GPL-3.0-or-later
# The file rules of DESIGN.md §3: bad files, round trips, crashes, locks, migrations and backups.

# A real second process that writes (or holds) a file until it is killed.
add_executable(crashwriter core/crashwriter.cpp)
target_link_libraries(crashwriter PRIVATE standlab_flags standlab_core)

standlab_add_test(test_badfiles SOURCES core/test_badfiles.cpp core/filefixtures.h LIBRARIES standlab_core)
standlab_add_test(test_roundtrip SOURCES core/test_roundtrip.cpp LIBRARIES standlab_core)
standlab_add_test(test_migration SOURCES core/test_migration.cpp core/filefixtures.h LIBRARIES standlab_core)

foreach(_suite test_crash test_lock test_backup)
  standlab_add_test(${_suite} SOURCES core/${_suite}.cpp core/filefixtures.h LIBRARIES standlab_core)
  target_compile_definitions(${_suite} PRIVATE STANDLAB_CRASHWRITER_PATH="$<TARGET_FILE:crashwriter>")
  add_dependencies(${_suite} crashwriter)
endforeach()

# Issue 14, files: no SQL from a file runs, changed schemas are refused untouched, reading leaves the folder
# as it was, one lock per file, backups of any name, deeply nested sections. Runs the real standlab-cli.
standlab_add_test(test_filetrust SOURCES core/test_filetrust.cpp core/filefixtures.h LIBRARIES standlab_core)
add_dependencies(test_filetrust standlab-cli)
