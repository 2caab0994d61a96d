// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a .standlab file as the app and `standlab-cli info` do: Store::open read-only (its
// checks must refuse a foreign or damaged file, or one whose schema objects are not exactly ours
// (SchemaVerifier), cleanly), then a quick read of a few tables.
#include "fuzzworkspace.h"
#include "store/store.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace standlab;
    FuzzWorkspace& workspace = FuzzWorkspace::instance();
    const auto folder = workspace.scratch();
    const QString path = FuzzWorkspace::writeInput(folder->path(), QStringLiteral("input.standlab"), data, size);
    OpenOptions options = OpenOptions::forLaptop(QStringLiteral("fuzz-laptop"));
    options.readOnly = true;
    QString error;
    const std::unique_ptr<Store> store = Store::open(path, options, &error);
    if (!store) {
        FuzzWorkspace::note(QStringLiteral("refused: %1").arg(error));
        return 0;
    }
    store->schemaVersion();
    store->meta(QStringLiteral("event_name"));
    for (const QString& table : {QStringLiteral("event"), QStringLiteral("session"), QStringLiteral("person"),
                                QStringLiteral("organisation")}) {
        store->count(table);
        const QVector<Row> rows = store->rows(table);
        if (!rows.isEmpty())
            store->row(table, rows.first().value(QStringLiteral("id")).toString());
    }
    FuzzWorkspace::note(store->checkIntegrity(&error, true) ? QStringLiteral("opened, intact")
                                                            : QStringLiteral("opened: %1").arg(error));
    return 0;
}
