# SPDX-License-Identifier: GPL-3.0-or-later
# Letters to speakers: templates, e-mail drafts with a calendar, a printable PDF (issue 19).
target_sources(standlab_core PRIVATE
  letters/letter.h letters/lettertemplate.h letters/personinteraction.h
  letters/defaultletters.cpp letters/defaultletters.h
  letters/lettercomposer.cpp letters/lettercomposer.h
  letters/emlmessage.cpp letters/emlmessage.h
  letters/letterspdf.cpp letters/letterspdf.h
  letters/letteroutbox.cpp letters/letteroutbox.h
  letters/letterformats.cpp letters/letterformats.h)
