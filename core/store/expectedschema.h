// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace standlab {

// The schema objects (tables, indexes, triggers, views) a file of one schema version holds when only
// Stand Lab made it: built by running our own migrations on an empty in-memory database, once per version
// and process. It is what a file is checked against (SchemaVerifier), and the only place schema SQL may be
// taken from to run again (a trigger put back after a bulk write): text stored in a file is data, never code.
class ExpectedSchema
{
public:
    struct Object
    {
        QString type;  // table, index, trigger or view
        QString name;
        QString table; // sqlite_schema.tbl_name
        QString sql;   // sqlite_schema.sql (empty for SQLite's automatic indexes)
        bool operator==(const Object& other) const
        {
            return type == other.type && name == other.name && table == other.table && sql == other.sql;
        }
    };

    // Ordered by type, then name. Empty, with *error set, only when our own migrations fail.
    static QVector<Object> objects(int version, QString* error = nullptr);
    // The CREATE statement of one object at `version`; empty when that version has no such object.
    static QString sql(int version, const QString& type, const QString& name);
};

} // namespace standlab
