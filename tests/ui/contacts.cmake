# SPDX-License-Identifier: GPL-3.0-or-later
# The Contacts page.
standlab_add_test(test_contactspage SOURCES ui/test_contactspage.cpp LIBRARIES standlab_ui)
