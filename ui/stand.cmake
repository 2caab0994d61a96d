# SPDX-License-Identifier: GPL-3.0-or-later
# Stand mode: the Stand page (today's list, notes, headcount) and the full-screen Now & Next.
target_sources(standlab_ui PRIVATE
  stand/standmacrocommand.cpp stand/standmacrocommand.h
  stand/noteconversion.cpp stand/noteconversion.h
  stand/todaymodel.cpp stand/todaymodel.h
  stand/notespanel.cpp stand/notespanel.h
  stand/standpainter.cpp stand/standpainter.h
  stand/nowandnextview.cpp stand/nowandnextview.h
  stand/rehearsedialog.cpp stand/rehearsedialog.h
  stand/standpage.cpp stand/standpage.h
)
qt_add_resources(standlab_ui "stand_icons"
  PREFIX "/icons"
  BASE "${CMAKE_CURRENT_SOURCE_DIR}/stand"
  FILES "${CMAKE_CURRENT_SOURCE_DIR}/stand/stand.svg")
