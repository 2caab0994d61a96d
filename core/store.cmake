# SPDX-License-Identifier: GPL-3.0-or-later
# Backups and other file-safety code: target_sources(standlab_core PRIVATE ...)
target_sources(standlab_core PRIVATE store/backupmanager.cpp store/backupmanager.h)
# What a file's schema must be, and the check that refuses any other.
target_sources(standlab_core PRIVATE store/expectedschema.cpp store/expectedschema.h
                                     store/schemaverifier.cpp store/schemaverifier.h)
