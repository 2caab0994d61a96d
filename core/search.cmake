# SPDX-License-Identifier: GPL-3.0-or-later
# Full-text search over the event with FTS5 (issue 3). The index itself is schema step 3 (store/migrations.cpp).
target_sources(standlab_core PRIVATE
  search/searchhit.cpp search/searchhit.h
  search/searchindex.cpp search/searchindex.h
  search/searchindexbatch.cpp search/searchindexbatch.h
  search/searchbacklog.cpp search/searchbacklog.h)
