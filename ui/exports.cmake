# SPDX-License-Identifier: GPL-3.0-or-later
# Exports page: preview, printing and every export format (issue 6).
