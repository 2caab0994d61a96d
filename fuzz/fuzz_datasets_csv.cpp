// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the datasets-csv import as `standlab-cli import --format datasets-csv` runs it: the CLI's reader from the
// format registry, into a fresh copy of the demo event.
#include "fuzzworkspace.h"
#include "store/store.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace standlab;
    FuzzWorkspace& workspace = FuzzWorkspace::instance();
    const auto folder = workspace.scratch();
    const QString input = FuzzWorkspace::writeInput(folder->path(), QStringLiteral("input.csv"), data, size);
    const auto store = workspace.copyOf(FuzzWorkspace::Base::Demo, folder->path());
    FuzzWorkspace::import(QStringLiteral("datasets-csv"), *store, input, false);
    return 0;
}
