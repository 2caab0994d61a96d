# SPDX-License-Identifier: GPL-3.0-or-later
# Outcome documents and revisions.
standlab_add_test(test_worddiff SOURCES documents/test_worddiff.cpp LIBRARIES standlab_core Qt6::Gui)
standlab_add_test(test_revisions SOURCES documents/test_revisions.cpp documents/documentfixture.h
                  LIBRARIES standlab_core Qt6::Gui)
standlab_add_test(test_planexport SOURCES documents/test_planexport.cpp documents/documentfixture.h
                  LIBRARIES standlab_core Qt6::Gui)
add_dependencies(test_planexport standlab-cli)
standlab_add_test(test_documentspage SOURCES documents/test_documentspage.cpp documents/documentfixture.h
                  LIBRARIES standlab_ui)
