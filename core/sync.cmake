# SPDX-License-Identifier: GPL-3.0-or-later
# Sync packages and the merge (issue 7).
target_sources(standlab_core PRIVATE
  sync/laptopidentity.cpp sync/laptopidentity.h
  sync/replicaidentity.cpp sync/replicaidentity.h
  sync/eventfilepackage.cpp sync/eventfilepackage.h
  sync/eventdigest.cpp sync/eventdigest.h
  sync/convergencecheck.cpp sync/convergencecheck.h
  sync/syncschema.cpp sync/syncschema.h
  sync/jsonscanner.cpp sync/jsonscanner.h
  sync/syncpackage.cpp sync/syncpackage.h
  sync/syncpackagevalidator.cpp sync/syncpackagevalidator.h
  sync/syncledger.cpp sync/syncledger.h
  sync/syncsummary.cpp sync/syncsummary.h
  sync/syncexporter.cpp sync/syncexporter.h
  sync/syncmerger.cpp sync/syncmerger.h
  sync/syncfolder.cpp sync/syncfolder.h)
