// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the contacts-csv import as `standlab-cli import --format contacts-csv` runs it: the CLI's reader from the
// format registry, into a fresh copy of the demo event. A dry run first (the preview), then the real import.
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
    if (FuzzWorkspace::import(QStringLiteral("contacts-csv"), *store, input, true))
        FuzzWorkspace::import(QStringLiteral("contacts-csv"), *store, input, false);
    return 0;
}
