// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;

namespace standlab {

class SqliteStatement;

// Owns one SQLite connection and reports every failure as a readable message.
class SqliteDatabase
{
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Every connection is opened defensive (no hand edits of the schema) and, unless it creates the
    // database, with trusted_schema off.
    // ReadOnly leaves nothing beside the file that was not there before (no -wal or -shm).
    bool open(const QString& path, Mode mode, QString* error);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    // Lets the triggers of the schema use the full-text index (FTS5 is not marked innocuous, so with
    // trusted_schema off they could not write to it). Only for a schema shown to be the one our own
    // migrations make (SchemaVerifier), or one being made by them.
    bool setSchemaTrusted(bool trusted);
    // Off: closing neither folds the journal (-wal) back into the file nor removes it and its index.
    bool setCheckpointOnClose(bool checkpoint);

    // Runs one or more statements without results.
    bool exec(const QString& sql, QString* error = nullptr);
    // Runs a query and returns the first column of the first row (invalid when there is none).
    QVariant scalar(const QString& sql, QString* error = nullptr);

    // A table or column name as SQL text: in double quotes, with any double quote inside doubled.
    static QString quotedIdentifier(const QString& name);
    // A text value as an SQL literal: in single quotes, with any single quote inside doubled.
    static QString quotedString(const QString& text);

    QString lastError() const;
    // SQLite's extended result code of the last failure, also of a failed open().
    int lastErrorCode() const;
    qint64 changes() const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    int m_openErrorCode = 0; // the connection is gone after a failed open, its code is kept here
};

} // namespace standlab
