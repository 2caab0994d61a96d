# SPDX-License-Identifier: GPL-3.0-or-later
# Stand mode: the simulated clock and the pure "now and next" computation.
target_sources(standlab_core PRIVATE
  stand/standclock.cpp stand/standclock.h
  stand/nowandnext.cpp stand/nowandnext.h
)
