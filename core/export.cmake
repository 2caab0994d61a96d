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
