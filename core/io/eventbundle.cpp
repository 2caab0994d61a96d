// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventbundle.h"

#include "model/sessiontimes.h"
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

bool EventBundle::validate(const QJsonObject& bundle, QString* error)
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
        const QJsonArray rows = it.value().toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!rows.at(i).isObject()) {
                if (error)
                    *error = tr("An entry of “%1” in the bundle is not an object.").arg(it.key());
                return false;
            }
        }
    }
    const QJsonArray sessions = tables.value(QStringLiteral("sessions")).toArray();
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const QJsonObject session = sessions.at(i).toObject();
        const auto text = [&session](const char* key) {
            const QJsonValue value = session.value(QLatin1String(key));
            if (value.isString() || value.isNull() || value.isUndefined())
                return value.toString();
            // A number, an array or an object where a date belongs fails the check like bad text.
            const QString shown = value.toVariant().toString();
            return shown.isEmpty() ? QStringLiteral("?") : shown;
        };
        const QString reason = SessionTimes::problem(text("starts_at"), text("ends_at"));
        if (!reason.isEmpty()) {
            if (error)
                *error = tr("Session “%1” (id %2, entry %3 of “sessions”) has impossible times: %4. Nothing was imported.")
                             .arg(session.value(QStringLiteral("title")).toString(),
                                  session.value(QStringLiteral("id")).toString())
                             .arg(i + 1)
                             .arg(reason);
            return false;
        }
    }
    return true;
}

bool EventBundle::read(Store& store, const QJsonObject& bundle, QString* error)
{
    if (!validate(bundle, error))
        return false;
    const QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    const QStringList known = Migrations::entityTables();
    Store::Transaction transaction(store);
    for (const QString& table : known) {
        const QJsonArray rows = tables.value(table).toArray();
        if (rows.isEmpty())
            continue;
        QVector<Row> values;
        values.reserve(rows.size());
        for (const auto& row : rows)
            values.push_back(row.toObject().toVariantMap());
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
