// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the json import as `standlab-cli import --format json` runs it: the CLI's reader from the
// format registry, into a fresh copy of the empty event. A whole-event format, so only into a new file.
#include "fuzzworkspace.h"
#include "store/store.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace standlab;
    FuzzWorkspace& workspace = FuzzWorkspace::instance();
    const auto folder = workspace.scratch();
    const QString input = FuzzWorkspace::writeInput(folder->path(), QStringLiteral("bundle.json"), data, size);
    const auto store = workspace.copyOf(FuzzWorkspace::Base::Empty, folder->path());
    if (FuzzWorkspace::import(QStringLiteral("json"), *store, input, false))
        store->count(QStringLiteral("session"));
    return 0;
}
