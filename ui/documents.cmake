# SPDX-License-Identifier: GPL-3.0-or-later
# Outcome documents, actions, datasets, revisions and comparison (issue 5).
