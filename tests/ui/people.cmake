# SPDX-License-Identifier: GPL-3.0-or-later
# People page and session participants.
