// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbundle.h"

#include "store/migrations.h"
#include "store/store.h"

#include <QJsonArray>

namespace standlab {

QJsonObject EventBundle::write(const Store& store)
{
    QJsonObject tables;
    for (const QString& table : Migrations::entityTables()) {
        QJsonArray rows;
        for (const Row& row : store.rows(table, {}, {}, QStringLiteral("rowid")))
            rows.append(QJsonObject::fromVariantMap(row));
        tables.insert(table, rows);
    }
    QJsonObject bundle;
    bundle.insert(QStringLiteral("format"), QString::fromLatin1(formatName));
    bundle.insert(QStringLiteral("schema_version"), store.schemaVersion());
    bundle.insert(QStringLiteral("tables"), tables);
    return bundle;
}

bool EventBundle::read(Store& store, const QJsonObject& bundle, QString* error)
{
    if (bundle.value(QStringLiteral("format")).toString() != QLatin1String(formatName)) {
        if (error)
            *error = tr("This is not a Stand Lab event bundle (the “format” field is missing or wrong).");
        return false;
    }
    const int version = bundle.value(QStringLiteral("schema_version")).toInt();
    if (version < 1 || version > Migrations::latestVersion()) {
        if (error)
            *error = tr("The bundle has schema version %1; this Stand Lab reads versions 1 to %2.")
                         .arg(version)
                         .arg(Migrations::latestVersion());
        return false;
    }
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    const QStringList known = Migrations::entityTables();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = tr("The bundle holds an unknown table “%1”.").arg(it.key());
            return false;
        }
    }
    Store::Transaction transaction(store);
    for (const QString& table : known) {
        const QJsonArray rows = tables.value(table).toArray();
        if (rows.isEmpty())
            continue;
        QVector<Row> values;
        values.reserve(rows.size());
        for (const auto& row : rows) {
            if (!row.isObject()) {
                if (error)
                    *error = tr("An entry of “%1” in the bundle is not an object.").arg(table);
                return false;
            }
            values.push_back(row.toObject().toVariantMap());
        }
        QString reason;
        if (!store.insertMany(table, values, true, &reason)) {
            if (error)
                *error = tr("The bundle could not be loaded: %1").arg(reason);
            return false;
        }
    }
    return transaction.commit(error);
}

} // namespace standlab
