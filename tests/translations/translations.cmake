# SPDX-License-Identifier: GPL-3.0-or-later
# Every string translated into every language, checked against what lupdate finds in today's sources.
# The lupdate project (the app's sources and include paths) is made from the description CMake writes
# at configure time, with Qt's own script, so the test never runs lupdate on the committed files.
set(_lupdate_description "${CMAKE_BINARY_DIR}/app/.lupdate/standlab_project.cmake")
set(_lupdate_project "${CMAKE_CURRENT_BINARY_DIR}/translations/standlab_project.json")
add_custom_command(OUTPUT "${_lupdate_project}"
  COMMAND ${CMAKE_COMMAND} -DIN_FILE=${_lupdate_description} -DOUT_FILE=${_lupdate_project}
          -P "${Qt6LinguistTools_DIR}/GenerateLUpdateProject.cmake"
  DEPENDS "${_lupdate_description}"
  COMMENT "Describing the sources for the translation test")
add_custom_target(test_translations_project DEPENDS "${_lupdate_project}")

standlab_add_test(test_translations SOURCES translations/test_translations.cpp LIBRARIES Qt6::Core TIMEOUT 300)
target_compile_definitions(test_translations PRIVATE
  STANDLAB_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
  STANDLAB_LUPDATE_PROJECT="${_lupdate_project}"
  STANDLAB_TS_DIR="${PROJECT_SOURCE_DIR}/translations")
add_dependencies(test_translations test_translations_project)
