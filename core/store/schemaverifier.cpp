// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaverifier.h"

#include "db/sqlitedatabase.h"
#include "db/sqlitestatement.h"
#include "expectedschema.h"

#include <QDir>
#include <QHash>
#include <QSet>

namespace standlab {
namespace {

using Object = ExpectedSchema::Object;

// Tables SQLite adds on its own (ANALYZE, AUTOINCREMENT): they hold statistics, never code that runs.
bool isSqliteBookkeeping(const Object& object)
{
    static const QSet<QString> names = {QStringLiteral("sqlite_stat1"), QStringLiteral("sqlite_stat2"),
                                        QStringLiteral("sqlite_stat3"), QStringLiteral("sqlite_stat4"),
                                        QStringLiteral("sqlite_sequence")};
    return object.type == QLatin1String("table") && names.contains(object.name);
}

QString kindOf(const QString& type)
{
    if (type == QLatin1String("table"))
        return SchemaVerifier::tr("table");
    if (type == QLatin1String("index"))
        return SchemaVerifier::tr("index");
    if (type == QLatin1String("trigger"))
        return SchemaVerifier::tr("trigger");
    if (type == QLatin1String("view"))
        return SchemaVerifier::tr("view");
    return SchemaVerifier::tr("schema object of type “%1”").arg(type);
}

} // namespace

bool SchemaVerifier::verify(SqliteDatabase& db, int version, const QString& path, QString* error)
{
    const QString name = QDir::toNativeSeparators(path);
    QString reason;
    const QVector<Object> expected = ExpectedSchema::objects(version, &reason);
    if (expected.isEmpty() && version > 0) {
        if (error)
            *error = tr("Cannot open “%1”: the schema of version %2 could not be built to check it against (%3).")
                         .arg(name, QString::number(version), reason);
        return false;
    }
    QHash<QPair<QString, QString>, Object> wanted;
    for (const Object& object : expected)
        wanted.insert({object.type, object.name}, object);

    SqliteStatement read(db, QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM main.sqlite_schema"
                                            " ORDER BY type, name"));
    QString problem;
    while (problem.isEmpty() && read.step()) {
        const Object found{read.text(0), read.text(1), read.text(2), read.text(3)};
        if (isSqliteBookkeeping(found))
            continue;
        const auto match = wanted.find({found.type, found.name});
        if (match == wanted.end()) {
            problem = tr("Cannot open “%1”: it holds a %2 “%3” that Stand Lab never makes (the file is of version %4).")
                          .arg(name, kindOf(found.type), found.name, QString::number(version));
        } else if (!(match.value() == found)) {
            problem = tr("Cannot open “%1”: its %2 “%3” is not the one Stand Lab makes (the file is of version %4).")
                          .arg(name, kindOf(found.type), found.name, QString::number(version));
        } else {
            wanted.erase(match);
        }
    }
    if (problem.isEmpty() && read.hasError()) {
        if (error)
            *error = tr("Cannot open “%1”: its list of tables could not be read (%2).").arg(name, read.error());
        return false;
    }
    if (problem.isEmpty() && !wanted.isEmpty()) {
        // The first missing one in a stable order, so the message does not change from run to run.
        const Object* first = nullptr;
        for (const Object& object : expected)
            if (wanted.contains({object.type, object.name})) {
                first = &object;
                break;
            }
        problem = tr("Cannot open “%1”: the %2 “%3” that every file of version %4 holds is missing.")
                      .arg(name, kindOf(first->type), first->name, QString::number(version));
    }
    if (problem.isEmpty())
        return true;
    if (error)
        *error = problem + QLatin1Char(' ')
                 + tr("It was changed outside Stand Lab, and what was changed could run commands of its own, so it "
                      "was not opened. The file was left untouched; open a backup or ask for a fresh copy.");
    return false;
}

} // namespace standlab
