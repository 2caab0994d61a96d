# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli check (issue 3): the programme's conflicts, exit 1 when there are any.
target_sources(standlab-cli PRIVATE cli/checkcommand.cpp cli/checkcommand.h)
