# SPDX-License-Identifier: GPL-3.0-or-later
# The Programme page (sessions list and editor) and the Event settings dialog.
target_sources(standlab_ui PRIVATE
  pages/programmepage.cpp pages/programmepage.h
  models/sessiontablemodel.cpp models/sessiontablemodel.h
  models/sessionfilterproxy.cpp models/sessionfilterproxy.h
  widgets/sessioneditor.cpp widgets/sessioneditor.h
  widgets/termcombodelegate.cpp widgets/termcombodelegate.h
  widgets/colourbutton.cpp widgets/colourbutton.h
  dialogs/eventsettingsdialog.cpp dialogs/eventsettingsdialog.h
  dialogs/eventsettingstable.cpp dialogs/eventsettingstable.h
)
