# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli release and releases (issue 19).
target_sources(standlab-cli PRIVATE
  cli/releasecommand.cpp cli/releasecommand.h
  cli/releasescommand.cpp cli/releasescommand.h)
