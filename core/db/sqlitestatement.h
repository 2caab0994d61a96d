// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace standlab {

class SqliteDatabase;

// A prepared statement that binds and reads QVariants; finalised when it goes out of scope.
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    void bind(int index, const QVariant& value); // 1-based, as SQLite counts
    void bindAll(const QVariantList& values);

    // Advances to the next row: true while there is one. After false, hasError() tells a failure from the end.
    bool step();
    // Runs a statement that returns no rows.
    bool run();
    void reset();

    int columnCount() const;
    QString columnName(int column) const;
    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    SqliteDatabase& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace standlab
