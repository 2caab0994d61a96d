# SPDX-License-Identifier: GPL-3.0-or-later
# The printed programme: booklet, poster and door signs painted with QPainter on QPdfWriter.
target_sources(standlab_core PRIVATE
  export/programmeoptions.h
  export/printlabels.cpp export/printlabels.h
  export/printstyle.h
  export/programmedata.cpp export/programmedata.h
  export/pdfcanvas.cpp export/pdfcanvas.h
  export/bookletwriter.cpp export/bookletwriter.h
  export/posterwriter.cpp export/posterwriter.h
  export/doorsignwriter.cpp export/doorsignwriter.h
  export/programmeexporter.cpp export/programmeexporter.h)
# The same programme in the registry, plus HTML, CSV and .xlsx (libxlsxwriter).
target_sources(standlab_core PRIVATE
  export/programmetable.cpp export/programmetable.h
  export/programmexlsx.cpp export/programmexlsx.h
  export/xlsxarchivecheck.cpp export/xlsxarchivecheck.h
  export/htmlprogramme.cpp export/htmlprogramme.h
  export/programmeformats.cpp export/programmeformats.h)
# Plain paths rather than an imported target: standlab_core is static, so its users link these too,
# and a directory-scoped imported target would not be visible to them.
find_path(STANDLAB_XLSXWRITER_INCLUDE xlsxwriter.h REQUIRED)
find_library(STANDLAB_XLSXWRITER_LIBRARY xlsxwriter REQUIRED)
find_package(ZLIB REQUIRED)
target_include_directories(standlab_core PRIVATE ${STANDLAB_XLSXWRITER_INCLUDE})
target_link_libraries(standlab_core PRIVATE ${STANDLAB_XLSXWRITER_LIBRARY} ${ZLIB_LIBRARIES})
