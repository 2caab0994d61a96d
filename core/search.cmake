# SPDX-License-Identifier: GPL-3.0-or-later
# Full-text search over the event with FTS5 (issue 3).
