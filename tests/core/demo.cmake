# SPDX-License-Identifier: GPL-3.0-or-later
# The bundled demo event (resources/demo, made by scripts/make-demo-event.py) loads and is clash-free.
standlab_add_test(test_demo SOURCES core/test_demo.cpp LIBRARIES standlab_core)
