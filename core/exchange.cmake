# SPDX-License-Identifier: GPL-3.0-or-later
# iCalendar, conference-app schedules (frab XML/JSON), HTML, CSV/xlsx programme (issue 6).
# This fragment: the calendar (libical) and the frab schedule export and import (core/exchange/).
target_sources(standlab_core PRIVATE
  exchange/exchangefile.cpp exchange/exchangefile.h
  exchange/exchangeprogramme.cpp exchange/exchangeprogramme.h
  exchange/icalendarwriter.cpp exchange/icalendarwriter.h
  exchange/frabschedule.cpp exchange/frabschedule.h
  exchange/frabxmlwriter.cpp exchange/frabxmlwriter.h
  exchange/frabjsonwriter.cpp exchange/frabjsonwriter.h
  exchange/frabxmlreader.cpp exchange/frabxmlreader.h
  exchange/frabjsonreader.cpp exchange/frabjsonreader.h
  exchange/importcatalogue.cpp exchange/importcatalogue.h
  exchange/schedulezone.cpp exchange/schedulezone.h
  exchange/frabscheduleimporter.cpp exchange/frabscheduleimporter.h
  exchange/exchangeformats.cpp exchange/exchangeformats.h)
# Plain paths rather than an imported target: standlab_core is static, so its users link libical too,
# and a directory-scoped imported target would not be visible to them.
find_package(PkgConfig REQUIRED)
pkg_check_modules(STANDLAB_LIBICAL REQUIRED libical)
target_include_directories(standlab_core PRIVATE ${STANDLAB_LIBICAL_INCLUDE_DIRS})
target_link_libraries(standlab_core PRIVATE ${STANDLAB_LIBICAL_LINK_LIBRARIES})
