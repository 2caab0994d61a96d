# SPDX-License-Identifier: GPL-3.0-or-later
# Generator and statistics: target_sources(standlab_core PRIVATE ...)
target_sources(standlab_core PRIVATE
  tools/eventgenerator.cpp tools/eventgenerator.h
  tools/eventstatistics.cpp tools/eventstatistics.h
  tools/generatedids.h
  tools/generatorsource.cpp tools/generatorsource.h
  tools/outcomegenerator.cpp tools/outcomegenerator.h
  tools/syntheticnames.cpp tools/syntheticnames.h
  tools/version.cpp tools/version.h
)
# The version comes from project(); only this one file needs it.
set_source_files_properties(tools/version.cpp PROPERTIES
  COMPILE_DEFINITIONS "STANDLAB_VERSION=\"${PROJECT_VERSION}\"")
