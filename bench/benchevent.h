// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tools/eventgenerator.h"

#include <QString>

namespace standlab::bench {

// The path of a generated event kept under $TMPDIR/standlab-bench/ between runs, generated first when it
// is not there yet. Generating a large event takes far longer than what the benchmarks measure, so it is
// done once per purpose, seed, size and schema version; the name carries them all, so changing any of
// them makes a new file (and removes the same event's files of older schemas).
// The file is written under a temporary name and renamed, so a run killed half-way never leaves a
// half-written event behind to be measured later. Returns an empty string (and sets *error) on failure.
QString cachedEvent(const QString& purpose, const EventGenerator::Options& options, QString* error);

} // namespace standlab::bench
