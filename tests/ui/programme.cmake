# SPDX-License-Identifier: GPL-3.0-or-later
# The Programme page, its session model and editor, undo of session edits, and the Event settings dialog.
standlab_add_test(test_sessionmodel SOURCES ui/test_sessionmodel.cpp ui/programmefixture.h LIBRARIES standlab_ui)
standlab_add_test(test_undo SOURCES ui/test_undo.cpp ui/programmefixture.h LIBRARIES standlab_ui)
standlab_add_test(test_eventsettings SOURCES ui/test_eventsettings.cpp ui/programmefixture.h LIBRARIES standlab_ui)
# The session editor's schedule fields (issue 15): subtitle, description, links, attachments, recording.
standlab_add_test(test_sessioneditorschedule SOURCES ui/test_sessioneditorschedule.cpp ui/programmefixture.h
  LIBRARIES standlab_ui)
