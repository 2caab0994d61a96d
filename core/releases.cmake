# SPDX-License-Identifier: GPL-3.0-or-later
# Releases of the programme and what changed since one (issue 19).
target_sources(standlab_core PRIVATE
  releases/release.h
  releases/releaseschema.cpp releases/releaseschema.h
  releases/programmesnapshot.cpp releases/programmesnapshot.h
  releases/releasebook.cpp releases/releasebook.h
  releases/programmechanges.cpp releases/programmechanges.h
  releases/changereport.cpp releases/changereport.h
  releases/releaseformats.cpp releases/releaseformats.h)
