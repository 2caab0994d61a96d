# SPDX-License-Identifier: GPL-3.0-or-later
# Conflict rules of the programme.
target_sources(standlab_core PRIVATE
  conflicts/conflict.cpp conflicts/conflict.h
  conflicts/conflictinput.cpp conflicts/conflictinput.h
  conflicts/conflictdetector.cpp conflicts/conflictdetector.h)
