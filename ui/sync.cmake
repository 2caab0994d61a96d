# SPDX-License-Identifier: GPL-3.0-or-later
# Share and receive changes, the merge review (issue 7).
