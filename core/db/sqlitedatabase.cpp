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
    // A WAL file can only be read where SQLite may create its -shm index beside it. In a read-only
    // folder (a shared drive, a CD) with no journal waiting, nobody can be writing the file, so it is
    // opened as immutable: read without the index rather than refused.
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (mode == Mode::ReadOnly && info.exists() && !QFileInfo(info.absolutePath()).isWritable()
        && !(wal.exists() && wal.size() > 0)) {
        name = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
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
    // A second process writing at the same moment waits a little instead of failing at once.
    sqlite3_busy_timeout(db, 3000);
    m_db = db;
    m_path = path;
    return true;
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
