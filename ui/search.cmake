# SPDX-License-Identifier: GPL-3.0-or-later
# Global search box and results (issue 3).
target_sources(standlab_ui PRIVATE
  search/searchresultsmodel.cpp search/searchresultsmodel.h
  search/searchhitdelegate.cpp search/searchhitdelegate.h
  search/searchbox.cpp search/searchbox.h
  search/searchnavigator.cpp search/searchnavigator.h)
