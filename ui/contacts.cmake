# SPDX-License-Identifier: GPL-3.0-or-later
# Contacts page: organisations, engagement, follow-ups, initiatives, import (issue 4).
