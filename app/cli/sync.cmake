# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli sync (issue 7).
