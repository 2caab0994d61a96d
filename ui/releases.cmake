# SPDX-License-Identifier: GPL-3.0-or-later
# The Programme menu: releases, what changed since one, letters to speakers (issue 19).
target_sources(standlab_ui PRIVATE
  releases/releaseactions.cpp releases/releaseactions.h
  releases/releasedialog.cpp releases/releasedialog.h
  releases/changesdialog.cpp releases/changesdialog.h
  releases/lettersdialog.cpp releases/lettersdialog.h)
