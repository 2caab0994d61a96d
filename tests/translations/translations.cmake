# SPDX-License-Identifier: GPL-3.0-or-later
# Every string translated into every language, checked against what lupdate finds in today's sources.
standlab_add_test(test_translations SOURCES translations/test_translations.cpp LIBRARIES Qt6::Core TIMEOUT 300)
target_compile_definitions(test_translations PRIVATE
  STANDLAB_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  STANDLAB_LUPDATE_PROJECT="${CMAKE_BINARY_DIR}/app/.lupdate/standlab_project.json"
  STANDLAB_TS_DIR="${PROJECT_SOURCE_DIR}/translations")
add_dependencies(test_translations standlab)
