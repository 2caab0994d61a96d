# SPDX-License-Identifier: GPL-3.0-or-later
# Generator and statistics: target_sources(standlab_core PRIVATE ...)
