# SPDX-License-Identifier: GPL-3.0-or-later
# Share and receive changes, the merge review (issue 7).
target_sources(standlab_ui PRIVATE
  sync/fieldlabels.cpp sync/fieldlabels.h
  sync/resolveconflictcommand.cpp sync/resolveconflictcommand.h
  sync/syncactions.cpp sync/syncactions.h
  sync/syncreviewdialog.cpp sync/syncreviewdialog.h
  sync/syncsummarydialog.cpp sync/syncsummarydialog.h)
