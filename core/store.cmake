# SPDX-License-Identifier: GPL-3.0-or-later
# Backups and other file-safety code: target_sources(standlab_core PRIVATE ...)
target_sources(standlab_core PRIVATE store/backupmanager.cpp store/backupmanager.h)
