# SPDX-License-Identifier: GPL-3.0-or-later
# People page and session participants.
standlab_add_test(test_peoplemodel SOURCES people/test_peoplemodel.cpp people/peoplefixture.h LIBRARIES standlab_ui)
standlab_add_test(test_peoplepage SOURCES people/test_peoplepage.cpp people/peoplefixture.h LIBRARIES standlab_ui)
standlab_add_test(test_participants SOURCES people/test_participants.cpp people/peoplefixture.h LIBRARIES standlab_ui)
