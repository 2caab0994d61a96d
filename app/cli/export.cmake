# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli export (issues 5 and 6).
# The export and import subcommands: thin over core's FormatRegistry, where each area adds formats.
target_sources(standlab-cli PRIVATE
  cli/exportcommand.cpp cli/exportcommand.h
  cli/importcommand.cpp cli/importcommand.h)
