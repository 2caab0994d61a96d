# SPDX-License-Identifier: GPL-3.0-or-later
# iCalendar, conference-app schedules (frab XML/JSON), HTML, CSV/xlsx programme (issue 6).
