# SPDX-License-Identifier: GPL-3.0-or-later
# target_sources(standlab_ui PRIVATE ...) for this area
