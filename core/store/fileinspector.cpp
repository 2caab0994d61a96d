// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileinspector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace standlab {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("standlab::FileInspector", text);
}

} // namespace

FileInspector::Verdict FileInspector::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.dir().exists())
        return Verdict::MissingFolder;
    if (!info.exists())
        return Verdict::Missing;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Verdict::Unreadable;
    if (file.size() == 0)
        return Verdict::Empty;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return Verdict::NotSqlite;
    if (header.size() < 100)
        return Verdict::Truncated;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Verdict::NotSqlite;
    // A checkpoint writes page 1 (with the new page count) before the pages after it: a laptop that
    // dies in between leaves a file shorter than its header says, which the journal beside it makes
    // whole again. Only without a journal does a short file mean a cut copy; SQLite's own check on
    // opening still catches real damage.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return Verdict::Ok;
    // The page count in the header is trustworthy only when it was written with the change counter.
    if (pageCount > 0 && validFor == changeCounter && quint64(file.size()) < quint64(pageSize) * pageCount)
        return Verdict::Truncated;
    if (file.size() % pageSize != 0)
        return Verdict::Truncated;
    return Verdict::Ok;
}

QString FileInspector::explain(Verdict verdict, const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (verdict) {
    case Verdict::Ok: return {};
    case Verdict::MissingFolder:
        return tr("Cannot open “%1”: the folder %2 does not exist.")
            .arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    case Verdict::Missing: return tr("Cannot open “%1”: there is no such file.").arg(name);
    case Verdict::Unreadable: return tr("Cannot open “%1”: you are not allowed to read it.").arg(name);
    case Verdict::Empty: return tr("Cannot open “%1”: the file is empty, so it holds no event.").arg(name);
    case Verdict::NotSqlite:
        return tr("Cannot open “%1”: it is not a Stand Lab event file (it is not a SQLite database).")
            .arg(name);
    case Verdict::Truncated:
        return tr("Cannot open “%1”: the file is cut short (truncated), probably by an interrupted copy. "
                  "Restore it from a backup.")
            .arg(name);
    }
    return {};
}

bool FileInspector::isMarkedReadOnly(const QString& path)
{
    // Only the mode bits: WriteUser says whether *we* may write, which is always true for root.
    const QFileDevice::Permissions writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return (QFile::permissions(path) & writeBits) == 0;
}

bool FileInspector::readHeader(const QString& path, quint32* applicationId, int* userVersion)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.size() < 100)
        return false;
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    if (userVersion)
        *userVersion = int(qFromBigEndian<quint32>(bytes + 60));
    if (applicationId)
        *applicationId = qFromBigEndian<quint32>(bytes + 68);
    return true;
}

} // namespace standlab
