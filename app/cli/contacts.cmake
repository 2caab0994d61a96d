# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli contacts import/export (issue 4).
