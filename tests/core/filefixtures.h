// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>

namespace standlab::fixtures {

// What a file looks like on disk, to prove that refusing it wrote nothing.
struct FileState
{
    QByteArray sha256;
    QDateTime modified;
    qint64 size = -1;
    bool operator==(const FileState& other) const
    {
        return sha256 == other.sha256 && modified == other.modified && size == other.size;
    }
};

inline FileState stateOf(const QString& path)
{
    FileState state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    state.sha256 = QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    state.modified = QFileInfo(path).lastModified();
    state.size = file.size();
    return state;
}

inline QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Checks the rows the crash writer committed: every edit 1..N present, each complete. Returns N, or -1.
inline qint64 checkWriterEdits(Store& store, QString* problem)
{
    SqliteDatabase& db = store.database();
    const qint64 edits = db.scalar(QStringLiteral("SELECT count(DISTINCT capacity) FROM sessions")).toLongLong();
    const qint64 highest = db.scalar(QStringLiteral("SELECT coalesce(max(capacity), 0) FROM sessions")).toLongLong();
    const qint64 lowest = db.scalar(QStringLiteral("SELECT coalesce(min(capacity), 1) FROM sessions")).toLongLong();
    if (edits != highest || lowest != 1) {
        *problem = QStringLiteral("edits are not contiguous: %1 distinct, from %2 to %3").arg(edits).arg(lowest).arg(highest);
        return -1;
    }
    const qint64 partial = db.scalar(QStringLiteral(
        "SELECT count(*) FROM (SELECT capacity FROM sessions GROUP BY capacity "
        "HAVING count(*) != max(expected_headcount) OR count(DISTINCT headcount) != count(*))")).toLongLong();
    if (partial != 0) {
        *problem = QStringLiteral("%1 edits are only partly stored").arg(partial);
        return -1;
    }
    return highest;
}

// Reads the numbers a crash writer printed, one per line, and keeps the highest.
class WriterOutput
{
public:
    explicit WriterOutput(QProcess& process) : m_process(process) {}
    void drain()
    {
        m_pending += m_process.readAllStandardOutput();
        int newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline).trimmed();
            m_pending.remove(0, newline + 1);
            m_lines << line;
            bool ok = false;
            const qint64 value = line.toLongLong(&ok);
            if (ok)
                m_last = std::max(m_last, value);
        }
    }
    // Waits (without a fixed sleep) until the writer reported `edit`; false when it stopped first.
    bool waitFor(qint64 edit)
    {
        while (m_last < edit) {
            if (!m_process.waitForReadyRead(20000))
                return false;
            drain();
        }
        return true;
    }
    bool waitForLine(const QByteArray& wanted)
    {
        for (;;) {
            drain();
            if (m_lines.contains(wanted))
                return true;
            if (!m_process.waitForReadyRead(20000))
                return false;
        }
    }
    qint64 last() const { return m_last; }

private:
    QProcess& m_process;
    QByteArray m_pending;
    QList<QByteArray> m_lines;
    qint64 m_last = 0;
};

} // namespace standlab::fixtures
