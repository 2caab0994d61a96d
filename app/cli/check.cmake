# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli check (issue 3).
