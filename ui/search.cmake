# SPDX-License-Identifier: GPL-3.0-or-later
# Global search box and results (issue 3).
