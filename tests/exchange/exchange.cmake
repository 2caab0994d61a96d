# SPDX-License-Identifier: GPL-3.0-or-later
# Exports other than the programme PDF, and schedule import.
