# SPDX-License-Identifier: GPL-3.0-or-later
# Sync packages and the merge (issue 7).
