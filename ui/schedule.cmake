# SPDX-License-Identifier: GPL-3.0-or-later
# The schedule board: days × spaces × time, drag and drop, keyboard, conflicts.
target_sources(standlab_ui PRIVATE
  schedule/schedulelayout.cpp schedule/schedulelayout.h
  schedule/scheduledata.cpp schedule/scheduledata.h
  schedule/schedulecommand.cpp schedule/schedulecommand.h
  schedule/sessionmime.h
  schedule/sessionblockpainter.cpp schedule/sessionblockpainter.h
  schedule/schedulegridpainter.cpp schedule/schedulegridpainter.h
  schedule/scheduleboard.cpp schedule/scheduleboard.h
  schedule/unscheduledmodel.cpp schedule/unscheduledmodel.h
  schedule/unscheduledlist.cpp schedule/unscheduledlist.h
  schedule/sessioneditordialog.cpp schedule/sessioneditordialog.h
  schedule/scheduleboardpage.cpp schedule/scheduleboardpage.h
)
