# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli sync (issue 7).
target_sources(standlab-cli PRIVATE cli/synccommand.cpp cli/synccommand.h)
