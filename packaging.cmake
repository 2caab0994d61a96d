# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack --config build/CPackConfig.cmake` (or `cmake --build build -t package`) makes a Debian
# package of the installed files; its dependencies are found by dpkg-shlibdeps from the binaries.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME standlab)
set(CPACK_PACKAGE_VENDOR "The Stand Lab developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Plan and run the Sharing Cities Action Stand Lab")
set(CPACK_PACKAGE_DESCRIPTION
    "Stand Lab plans the programme, people, contacts and outcome documents of the Sharing Cities\nAction Stand Lab, offline, in one local file per laptop, and merges the laptops' files.")
set(CPACK_PACKAGE_CONTACT "Stand Lab developers <standlab@example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY standlab)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time rather than linked, so dpkg-shlibdeps cannot see them: the fonts the PDFs embed
# and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libqt6svg6")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
