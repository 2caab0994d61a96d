# SPDX-License-Identifier: GPL-3.0-or-later
# Outcome documents, actions, datasets, revisions and comparison (issue 5).
target_sources(standlab_ui PRIVATE
  pages/actionplanpage.cpp pages/actionplanpage.h
  documents/sectiontextcommand.cpp documents/sectiontextcommand.h
  documents/restorerevisioncommand.cpp documents/restorerevisioncommand.h
  documents/richtexteditor.cpp documents/richtexteditor.h
  documents/sectioneditor.cpp documents/sectioneditor.h
  documents/documentoutline.cpp documents/documentoutline.h
  documents/actiontablemodel.cpp documents/actiontablemodel.h
  documents/actioneditor.cpp documents/actioneditor.h
  documents/comparisonview.cpp documents/comparisonview.h
  documents/revisionspanel.cpp documents/revisionspanel.h
  documents/datasetsmodel.cpp documents/datasetsmodel.h
  documents/datasetspage.cpp documents/datasetspage.h)
