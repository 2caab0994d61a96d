# SPDX-License-Identifier: GPL-3.0-or-later
# Exports page: preview, printing and every export format (issue 6).
target_sources(standlab_ui PRIVATE
  pages/exportspage.cpp pages/exportspage.h
  exports/exportoptionswidget.cpp exports/exportoptionswidget.h
  exports/programmepreview.cpp exports/programmepreview.h
  exports/programmeprinter.cpp exports/programmeprinter.h)
