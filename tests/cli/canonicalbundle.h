// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/eventbundle.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace standlab::testing {

// The content of an event file without what changes on every write (stamps and laptop ids), so two
// files generated from the same seed can be compared byte for byte.
inline QByteArray canonicalContent(const QString& path, QString* error = nullptr)
{
    OpenOptions options;
    options.readOnly = true;
    const std::unique_ptr<Store> store = Store::open(path, options, error);
    if (!store)
        return {};
    QJsonObject bundle = EventBundle::write(*store);
    QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        QJsonArray rows = table.value().toArray();
        for (auto row = rows.begin(); row != rows.end(); ++row) {
            QJsonObject object = row->toObject();
            object.remove(QStringLiteral("created_at"));
            object.remove(QStringLiteral("updated_at"));
            object.remove(QStringLiteral("laptop_id"));
            *row = object;
        }
        table.value() = rows;
    }
    bundle.insert(QStringLiteral("tables"), tables);
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

} // namespace standlab::testing
