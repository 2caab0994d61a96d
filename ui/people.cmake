# SPDX-License-Identifier: GPL-3.0-or-later
# People page, person editor and picker, session participants (issue 3).
