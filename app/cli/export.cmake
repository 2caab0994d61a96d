# SPDX-License-Identifier: GPL-3.0-or-later
# standlab-cli export (issues 5 and 6).
