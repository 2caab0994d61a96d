# SPDX-License-Identifier: GPL-3.0-or-later
# Outcome documents: revisions, comparison, Action Plan PDF and Markdown (issue 5).
find_path(DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)
target_include_directories(standlab_core PRIVATE ${DTL_INCLUDE_DIR})
target_sources(standlab_core PRIVATE
  documents/documentsnapshot.cpp documents/documentsnapshot.h
  documents/documentrevisions.cpp documents/documentrevisions.h
  documents/revisionrestorer.cpp documents/revisionrestorer.h
  documents/richtext.cpp documents/richtext.h
  documents/worddiff.cpp documents/worddiff.h
  documents/documentcomparison.cpp documents/documentcomparison.h
  documents/planformat.cpp documents/planformat.h
  documents/planmarkdownwriter.cpp documents/planmarkdownwriter.h
  documents/planpdfwriter.cpp documents/planpdfwriter.h
  documents/datasetscsv.cpp documents/datasetscsv.h
  documents/documentformats.cpp documents/documentformats.h)
