// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedschema.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace standlab {
namespace {

// Keyed by the text of the appended steps up to the version as well as the number, so steps that tests
// append (Migrations::setExtraStepsForTesting) never meet a schema cached before they changed.
// Our own steps are constants of the program; only the appended ones are hashed (this runs whenever a bulk
// write puts a trigger back, so hashing every step's text each time cost a fifth of a small merge).
QByteArray keyOf(int version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = Migrations::builtInStepCount(); i < version; ++i) {
        hash.addData(Migrations::stepSql(i).toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    return QByteArray::number(version) + ':' + hash.result();
}

bool build(int version, QVector<ExpectedSchema::Object>* objects, QString* error)
{
    SqliteDatabase db;
    if (!db.open(QStringLiteral(":memory:"), SqliteDatabase::Mode::Create, error)
        || !Migrations::migrate(db, version, error))
        return false;
    SqliteStatement read(db, QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_schema"
                                            " ORDER BY type, name"));
    while (read.step())
        objects->push_back({read.text(0), read.text(1), read.text(2), read.text(3)});
    if (read.hasError()) {
        if (error)
            *error = read.error();
        return false;
    }
    return true;
}

} // namespace

QVector<ExpectedSchema::Object> ExpectedSchema::objects(int version, QString* error)
{
    static QMutex mutex;
    static QHash<QByteArray, QVector<Object>> cache;
    const QByteArray key = keyOf(version);
    QMutexLocker locker(&mutex);
    const auto found = cache.constFind(key);
    if (found != cache.constEnd())
        return found.value();
    QVector<Object> built;
    if (!build(version, &built, error))
        return {};
    cache.insert(key, built);
    return built;
}

QString ExpectedSchema::sql(int version, const QString& type, const QString& name)
{
    for (const Object& object : objects(version))
        if (object.type == type && object.name == name)
            return object.sql;
    return {};
}

} // namespace standlab
