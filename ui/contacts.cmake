# SPDX-License-Identifier: GPL-3.0-or-later
# Contacts page: organisations, engagement, follow-ups, overview charts, initiatives, import (issue 4).
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_sources(standlab_ui PRIVATE
  shellmodels/contactsmodel.cpp shellmodels/contactsmodel.h
  pages/contactspage.cpp pages/contactspage.h
  contacts/contactedits.cpp contacts/contactedits.h
  contacts/setmetacommand.cpp contacts/setmetacommand.h
  contacts/contactfilterbar.cpp contacts/contactfilterbar.h
  contacts/interactionlog.cpp contacts/interactionlog.h
  contacts/engagementeditor.cpp contacts/engagementeditor.h
  contacts/contactoverviewwidget.cpp contacts/contactoverviewwidget.h
  contacts/initiativesmodel.cpp contacts/initiativesmodel.h
  contacts/initiativesview.cpp contacts/initiativesview.h
  contacts/contactimportdialog.cpp contacts/contactimportdialog.h)
target_link_libraries(standlab_ui PUBLIC Qt6::Charts)
