// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "sqlitestatement.h"

#include <QFileInfo>
#include <QUrl>
#include <sqlite3.h>

namespace standlab {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

bool SqliteDatabase::open(const QString& path, Mode mode, QString* error)
{
    close();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3* db = nullptr;
    QByteArray name = path.toUtf8();
    const QFileInfo info(path);
    const bool existed = info.exists(); // before SQLite creates it
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool journalWaiting = wal.exists() && wal.size() > 0;
    const bool besideExisted = wal.exists() || QFileInfo::exists(path + QStringLiteral("-shm"));
    bool queryOnly = false;
    if (mode == Mode::ReadOnly && existed) {
        if ((!QFileInfo(info.absolutePath()).isWritable() || !info.isWritable()) && !journalWaiting) {
            // A WAL file can only be read where SQLite may create its -shm index beside it, and a read-only
            // connection leaves the -wal and -shm it creates behind. A file we may not write, or one in a
            // read-only folder (a shared drive, a CD), with no journal waiting, is not being written by us
            // or by another Stand Lab (a writer holds the file writable, with its journal beside it): it is
            // read as immutable, without the index, so nothing appears beside it.
            name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
            flags |= SQLITE_OPEN_URI;
        } else if (QFileInfo(info.absolutePath()).isWritable() && info.isWritable()) {
            // Otherwise a reader may share the file with a writer in another process, so it is opened as
            // SQLite's writers are, kept from writing by query_only. Only such a connection removes the
            // journal and index on close when it is the last one using the file (SQLite checks that with
            // its own locks), so reading leaves the folder as it was. When either was already there
            // (another process has the file open, or a crash left them) closing must not fold or remove
            // anything, so the checkpoint on close is turned off.
            flags = (flags & ~SQLITE_OPEN_READONLY) | SQLITE_OPEN_READWRITE;
            queryOnly = true;
        }
    }
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    m_openErrorCode = rc;
    if (rc != SQLITE_OK) {
        if (db)
            m_openErrorCode = sqlite3_extended_errcode(db);
        if (error)
            *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return false;
    }
    sqlite3_extended_result_codes(db, 1);
    // A file is data, never code: no writes to the schema or to the index's internal tables by hand, and
    // no SQL functions or virtual tables with side effects inside triggers and views (trusted_schema OFF)
    // until the schema has been shown to be our own (setSchemaTrusted).
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    // A database this connection has just created holds nothing but what we put in it.
    const bool created = mode == Mode::Create && !existed;
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, created ? 1 : 0, nullptr);
    int setupRc = created ? SQLITE_OK : sqlite3_exec(db, "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
    if (setupRc == SQLITE_OK && queryOnly)
        setupRc = sqlite3_exec(db, "PRAGMA query_only = ON", nullptr, nullptr, nullptr);
    if (setupRc == SQLITE_OK && queryOnly && besideExisted)
        setupRc = sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    if (setupRc != SQLITE_OK) {
        m_openErrorCode = sqlite3_extended_errcode(db);
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    // A second process writing at the same moment waits a little instead of failing at once.
    sqlite3_busy_timeout(db, 3000);
    m_db = db;
    m_path = path;
    return true;
}

bool SqliteDatabase::setSchemaTrusted(bool trusted)
{
    return m_db && sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, trusted ? 1 : 0, nullptr) == SQLITE_OK;
}

bool SqliteDatabase::setCheckpointOnClose(bool checkpoint)
{
    return m_db && sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, checkpoint ? 0 : 1, nullptr) == SQLITE_OK;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool SqliteDatabase::exec(const QString& sql, QString* error)
{
    char* message = nullptr;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_exec(m_db, text.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant SqliteDatabase::scalar(const QString& sql, QString* error)
{
    SqliteStatement statement(*this, sql);
    if (!statement.isValid()) {
        if (error)
            *error = statement.error();
        return {};
    }
    if (!statement.step()) {
        if (error && statement.hasError())
            *error = statement.error();
        return {};
    }
    return statement.value(0);
}

QString SqliteDatabase::quotedIdentifier(const QString& name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString SqliteDatabase::quotedString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString SqliteDatabase::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int SqliteDatabase::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : m_openErrorCode;
}

qint64 SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes64(m_db) : 0;
}

} // namespace standlab
