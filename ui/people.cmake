# SPDX-License-Identifier: GPL-3.0-or-later
# People page, person editor and picker, session participants (issue 3).
target_sources(standlab_ui PRIVATE
  shellmodels/peoplemodel.cpp shellmodels/peoplemodel.h
  pages/peoplepage.cpp pages/peoplepage.h
  people/peoplefilterproxy.cpp people/peoplefilterproxy.h
  people/personeditor.cpp people/personeditor.h
  people/availabilityeditor.cpp people/availabilityeditor.h
  people/personsessionslist.cpp people/personsessionslist.h
  widgets/pushedit.h
)
# The session editor's people and workshop panels.
target_sources(standlab_ui PRIVATE
  widgets/personpicker.cpp widgets/personpicker.h
  widgets/participantseditor.cpp widgets/participantseditor.h
  widgets/workshopdetailseditor.cpp widgets/workshopdetailseditor.h
)
