# SPDX-License-Identifier: GPL-3.0-or-later
# Contacts import and export: CSV reading/writing, the column-mapping importer, vCard.
target_sources(standlab_core PRIVATE
  csv/csvreader.cpp csv/csvreader.h
  csv/csvwriter.cpp csv/csvwriter.h
  contacts/contactimportmapping.cpp contacts/contactimportmapping.h
  contacts/contactvalueparser.cpp contacts/contactvalueparser.h
  contacts/contactrowreader.cpp contacts/contactrowreader.h
  contacts/contactimporter.cpp contacts/contactimporter.h
  contacts/vcardwriter.cpp contacts/vcardwriter.h
  contacts/contactsexporter.cpp contacts/contactsexporter.h)
