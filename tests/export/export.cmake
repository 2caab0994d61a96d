# SPDX-License-Identifier: GPL-3.0-or-later
standlab_add_test(test_programmepdf SOURCES export/test_programmepdf.cpp export/programmefixture.h
                  LIBRARIES standlab_core Qt6::Gui TIMEOUT 300)
standlab_add_test(test_programmeformats SOURCES export/test_programmeformats.cpp export/programmefixture.h
                  LIBRARIES standlab_core Qt6::Gui TIMEOUT 300)
add_dependencies(test_programmeformats standlab-cli)
