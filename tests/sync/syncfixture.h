// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/eventbundle.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "sync/syncexporter.h"
#include "sync/syncmerger.h"
#include "tools/eventgenerator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <memory>
#include <vector>

namespace standlab::testing {

// One laptop's copy of an event, for the merge tests: its own file, laptop id, name and a clock the
// test drives, so a seed replays the same stamps.
struct Replica
{
    QString name;
    QString path;
    std::unique_ptr<Store> store;
};

// The event without stamps and laptop ids, as one JSON text: equal texts mean equal events.
inline QByteArray canonical(const Store& store)
{
    QJsonObject bundle = EventBundle::write(store);
    QJsonObject tables = bundle.value(QStringLiteral("tables")).toObject();
    for (auto table = tables.begin(); table != tables.end(); ++table) {
        // Rows are a set: the bundle lists them in storage order, which differs with the order of arrival.
        QMap<QString, QJsonObject> byId;
        for (const QJsonValue& row : table.value().toArray()) {
            QJsonObject object = row.toObject();
            for (const char* stamp : {"created_at", "updated_at", "laptop_id"})
                object.remove(QLatin1String(stamp));
            byId.insert(object.value(QStringLiteral("id")).toString(), object);
        }
        QJsonArray rows;
        for (const QJsonObject& object : qAsConst(byId))
            rows.append(object);
        table.value() = rows;
    }
    bundle.insert(QStringLiteral("tables"), tables);
    bundle.remove(QStringLiteral("exported_at"));
    return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
}

// Where two canonical dumps differ first (table and rows), so a failing seed says what diverged.
inline QString firstDifference(const QByteArray& left, const QByteArray& right)
{
    const QJsonObject a = QJsonDocument::fromJson(left).object().value(QStringLiteral("tables")).toObject();
    const QJsonObject b = QJsonDocument::fromJson(right).object().value(QStringLiteral("tables")).toObject();
    for (auto it = a.begin(); it != a.end(); ++it) {
        const QJsonArray rowsA = it.value().toArray();
        const QJsonArray rowsB = b.value(it.key()).toArray();
        for (int i = 0; i < qMax(rowsA.size(), rowsB.size()); ++i) {
            if (rowsA.at(i) != rowsB.at(i))
                return QStringLiteral("%1 row %2 (of %3/%4):\n%5\n%6")
                    .arg(it.key())
                    .arg(i)
                    .arg(rowsA.size())
                    .arg(rowsB.size())
                    .arg(QString::fromUtf8(QJsonDocument(rowsA.at(i).toObject()).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(rowsB.at(i).toObject()).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}

// A shared fake wall clock: every reading is one millisecond later, whoever reads it.
inline HybridClock::WallClock steppingClock(std::shared_ptr<qint64> now)
{
    return [now] { return ++*now; };
}

inline OpenOptions replicaOptions(const QString& laptop, std::shared_ptr<qint64> now)
{
    OpenOptions options = OpenOptions::forLaptop(laptop);
    options.wallClock = steppingClock(std::move(now));
    return options;
}

// `count` copies of one small generated event, each opened as its own laptop.
inline std::vector<Replica> makeReplicas(const QDir& dir, int count, std::shared_ptr<qint64> now, QString* error)
{
    EventGenerator::Options generated;
    generated.sessions = 12;
    generated.people = 16;
    generated.organisations = 6;
    generated.days = 2;
    generated.spaces = 3;
    const QString base = dir.filePath(QStringLiteral("base.standlab"));
    if (!QFile::exists(base)) {
        auto store = EventGenerator::create(base, generated, replicaOptions(QStringLiteral("origin"), now), error);
        if (!store)
            return {};
    }
    std::vector<Replica> replicas;
    for (int i = 0; i < count; ++i) {
        Replica replica;
        replica.name = QStringLiteral("Laptop %1").arg(QChar(QLatin1Char('A').unicode() + i));
        replica.path = dir.filePath(QStringLiteral("replica-%1.standlab").arg(i));
        QFile::remove(replica.path);
        if (!QFile::copy(base, replica.path))
            return {};
        replica.store = Store::open(replica.path, replicaOptions(QStringLiteral("laptop-%1").arg(i), now), error);
        if (!replica.store)
            return {};
        replicas.push_back(std::move(replica));
    }
    return replicas;
}

// Sends what `from` holds (everything, or what `to` is missing as far as `from` knows) and merges it.
inline bool exchange(Replica& from, Replica& to, bool delta, SyncSummary* summary, QString* error)
{
    const SyncExporter exporter(*from.store, from.name);
    const SyncPackage package = delta ? exporter.buildFor(to.name, nullptr) : exporter.build();
    // Through the bytes of a file, as between laptops.
    std::optional<SyncPackage> read = SyncPackage::fromBytes(package.toBytes(), from.name, error);
    if (!read)
        return false;
    SyncMerger merger(*to.store);
    return merger.merge({*read}, {from.name}, summary, error);
}

// Picks a random row id of a table ("" when it is empty).
inline QString randomId(Store& store, const QString& table, QRandomGenerator& random)
{
    const QVector<Row> rows = store.rows(table, {}, {}, QStringLiteral("id"));
    if (rows.isEmpty())
        return {};
    return rows.at(int(random.bounded(quint32(rows.size())))).value(QStringLiteral("id")).toString();
}

// One random edit of the kinds people make: create, change, delete, move, re-link. Some fail on a
// unique key or a vanished row, as they would in the UI; that is fine, the file stays consistent.
inline void randomEdit(Store& store, QRandomGenerator& random, int serial)
{
    const QString text = QStringLiteral("edit %1 by %2").arg(serial).arg(store.laptopId());
    switch (random.bounded(10)) {
    case 0: { // create a session with a speaker
        const QString session = store.insert(QStringLiteral("sessions"), {{QStringLiteral("title"), text}});
        const QString person = randomId(store, QStringLiteral("people"), random);
        if (!session.isEmpty() && !person.isEmpty())
            store.insert(QStringLiteral("participations"),
                         {{QStringLiteral("person_id"), person}, {QStringLiteral("session_id"), session}});
        break;
    }
    case 1: // change a title
    case 2: {
        const QString id = randomId(store, QStringLiteral("sessions"), random);
        if (!id.isEmpty())
            store.update(QStringLiteral("sessions"), id, {{QStringLiteral("title"), text}});
        break;
    }
    case 3: { // change a person
        const QString id = randomId(store, QStringLiteral("people"), random);
        if (!id.isEmpty())
            store.update(QStringLiteral("people"), id,
                         {{QStringLiteral("role_title"), text}, {QStringLiteral("phone"), QString::number(serial)}});
        break;
    }
    case 4: { // delete a session (its speakers and tags go with it)
        const QString id = randomId(store, QStringLiteral("sessions"), random);
        if (!id.isEmpty())
            store.remove(QStringLiteral("sessions"), id);
        break;
    }
    case 5: { // move a session to another space and hour
        const QString id = randomId(store, QStringLiteral("sessions"), random);
        const QString space = randomId(store, QStringLiteral("spaces"), random);
        const int hour = 9 + int(random.bounded(8));
        if (!id.isEmpty())
            store.update(QStringLiteral("sessions"), id,
                         {{QStringLiteral("space_id"), space},
                          {QStringLiteral("starts_at"), QStringLiteral("2019-11-19T%1:00").arg(hour, 2, 10, QLatin1Char('0'))},
                          {QStringLiteral("ends_at"), QStringLiteral("2019-11-19T%1:00").arg(hour + 1, 2, 10, QLatin1Char('0'))}});
        break;
    }
    case 6: { // re-link a speaker to another session
        const QString id = randomId(store, QStringLiteral("participations"), random);
        const QString session = randomId(store, QStringLiteral("sessions"), random);
        if (!id.isEmpty() && !session.isEmpty())
            store.update(QStringLiteral("participations"), id, {{QStringLiteral("session_id"), session}});
        break;
    }
    case 7: { // tag a session with a working line (a link: the same pair may be made on two laptops)
        const QString session = randomId(store, QStringLiteral("sessions"), random);
        const QString line = randomId(store, QStringLiteral("working_lines"), random);
        if (!session.isEmpty() && !line.isEmpty())
            store.insert(QStringLiteral("session_tags"),
                         {{QStringLiteral("session_id"), session}, {QStringLiteral("working_line_id"), line}});
        break;
    }
    case 8: { // link an action to a session, or drop such a link
        const QString action = randomId(store, QStringLiteral("actions"), random);
        const QString session = randomId(store, QStringLiteral("sessions"), random);
        if (random.bounded(2) == 0) {
            const QString link = randomId(store, QStringLiteral("action_sessions"), random);
            if (!link.isEmpty())
                store.remove(QStringLiteral("action_sessions"), link);
        } else if (!action.isEmpty() && !session.isEmpty()) {
            store.insert(QStringLiteral("action_sessions"),
                         {{QStringLiteral("action_id"), action}, {QStringLiteral("session_id"), session}});
        }
        break;
    }
    default: { // delete a person or add one
        if (random.bounded(3) == 0) {
            const QString id = randomId(store, QStringLiteral("people"), random);
            if (!id.isEmpty())
                store.remove(QStringLiteral("people"), id);
        } else {
            store.insert(QStringLiteral("people"), {{QStringLiteral("name"), text}});
        }
        break;
    }
    }
}

} // namespace standlab::testing
