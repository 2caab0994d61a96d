# SPDX-License-Identifier: GPL-3.0-or-later
# Outcome documents: revisions, comparison, Action Plan PDF and Markdown (issue 5).
