# SPDX-License-Identifier: GPL-3.0-or-later
# Contacts import and export: CSV dialects, the importer, vCard.
standlab_add_test(test_csvreader SOURCES contacts/test_csvreader.cpp LIBRARIES standlab_core)
standlab_add_test(test_csvwriter SOURCES contacts/test_csvwriter.cpp LIBRARIES standlab_core)
standlab_add_test(test_contactimport SOURCES contacts/test_contactimport.cpp LIBRARIES standlab_core)
standlab_add_test(test_vcard SOURCES contacts/test_vcard.cpp LIBRARIES standlab_core)
standlab_add_test(test_contactformats SOURCES contacts/test_contactformats.cpp LIBRARIES standlab_core)
standlab_add_test(test_contactquery SOURCES contacts/test_contactquery.cpp LIBRARIES standlab_core)
