# SPDX-License-Identifier: GPL-3.0-or-later
standlab_add_test(test_programmepdf SOURCES export/test_programmepdf.cpp export/programmefixture.h
                  LIBRARIES standlab_core Qt6::Gui TIMEOUT 300)
standlab_add_test(test_programmeformats SOURCES export/test_programmeformats.cpp export/programmefixture.h
                  LIBRARIES standlab_core Qt6::Gui TIMEOUT 300)
add_dependencies(test_programmeformats standlab-cli)
# Issue 9: the read-back that keeps a workbook cut short by a full disk from replacing an older one.
find_package(ZLIB REQUIRED)
standlab_add_test(test_xlsxarchivecheck SOURCES export/test_xlsxarchivecheck.cpp
                  LIBRARIES standlab_core ZLIB::ZLIB)
