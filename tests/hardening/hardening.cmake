# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 9, hardening: the real standlab-cli killed mid-write, on a full disk and a read-only file, and fed
# hostile inputs. Each suite keeps within about a minute on a small shared machine.
set(_hardening_support
  hardening/cliprocess.cpp hardening/cliprocess.h
  hardening/eventstate.cpp hardening/eventstate.h
  hardening/hardeningfixtures.cpp hardening/hardeningfixtures.h)

standlab_add_test(test_crashsafety SOURCES hardening/test_crashsafety.cpp ${_hardening_support}
  LIBRARIES standlab_core TIMEOUT 300)
add_dependencies(test_crashsafety standlab-cli)

standlab_add_test(test_writefailures SOURCES hardening/test_writefailures.cpp
  hardening/faultyvfs.cpp hardening/faultyvfs.h ${_hardening_support}
  LIBRARIES standlab_core TIMEOUT 120)
add_dependencies(test_writefailures standlab-cli)

# zlib builds the compression bomb: a sync package that unpacks to far more than its header says.
find_package(ZLIB REQUIRED)
standlab_add_test(test_hostileinputs SOURCES hardening/test_hostileinputs.cpp ${_hardening_support}
  LIBRARIES standlab_core ZLIB::ZLIB TIMEOUT 120)
add_dependencies(test_hostileinputs standlab-cli)

# Issue 14, values: outputs kept off the event, impossible session times, CSV and Markdown that read
# back as written, schedule imports that scale and dry runs that leave nothing. About half a minute.
standlab_add_test(test_valuetrust SOURCES hardening/test_valuetrust.cpp ${_hardening_support}
  LIBRARIES standlab_core TIMEOUT 120)
add_dependencies(test_valuetrust standlab-cli)
