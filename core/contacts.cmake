# SPDX-License-Identifier: GPL-3.0-or-later
# Contacts import and export: CSV reading/writing, the column-mapping importer, vCard, xlsx; the
# contacts list query, overview figures, sessions from requests, the exhibition plan.
target_sources(standlab_core PRIVATE
  csv/csvreader.cpp csv/csvreader.h
  csv/csvwriter.cpp csv/csvwriter.h
  contacts/contactimportmapping.cpp contacts/contactimportmapping.h
  contacts/contactvalueparser.cpp contacts/contactvalueparser.h
  contacts/contactrowreader.cpp contacts/contactrowreader.h
  contacts/contactimporter.cpp contacts/contactimporter.h
  contacts/vcardwriter.cpp contacts/vcardwriter.h
  contacts/contactsexporter.cpp contacts/contactsexporter.h
  contacts/contactfilter.h
  contacts/contactquery.cpp contacts/contactquery.h
  contacts/contactoverview.cpp contacts/contactoverview.h
  contacts/sessionrequest.cpp contacts/sessionrequest.h
  contacts/exhibitionplan.cpp contacts/exhibitionplan.h
  contacts/xlsxsheetwriter.cpp contacts/xlsxsheetwriter.h
  contacts/contactformats.cpp contacts/contactformats.h)

# libxlsxwriter (libxlsxwriter-dev) for the .xlsx export; the programme export may find it too.
if(NOT TARGET PkgConfig::XLSXWRITER)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
endif()
target_link_libraries(standlab_core PRIVATE PkgConfig::XLSXWRITER)
