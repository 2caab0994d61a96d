// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicaidentity.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

namespace standlab {
namespace {

// The namespace of replica ids derived from a legacy laptop id that is not itself a UUID.
const QUuid replicaNamespace(QStringLiteral("{5b0e6f2a-3c1d-4e8b-9a57-2f61c0d4b8e3}"));

} // namespace

QString ReplicaIdentity::anchorOf(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QByteArray material = QSysInfo::machineUniqueId();
    // Laptops imaged from one master share the machine id; they rarely keep one host name.
    material += '\n' + QSysInfo::machineHostName().toUtf8() + '\n' + canonical.toUtf8();
#ifdef Q_OS_LINUX
    // The inode tells a copy written over the original's path from the original; its birth time tells them
    // apart too when the file system hands the freed inode number straight back to the copy.
    struct statx status;
    if (::statx(AT_FDCWD, QFile::encodeName(canonical).constData(), 0, STATX_INO | STATX_BTIME, &status) == 0) {
        material += '\n' + QByteArray::number(qulonglong(status.stx_dev_major)) + ':'
                    + QByteArray::number(qulonglong(status.stx_dev_minor)) + ':'
                    + QByteArray::number(qulonglong(status.stx_ino));
        if (status.stx_mask & STATX_BTIME)
            material += '@' + QByteArray::number(qlonglong(status.stx_btime.tv_sec)) + '.'
                        + QByteArray::number(qulonglong(status.stx_btime.tv_nsec));
    }
#elif defined(Q_OS_UNIX)
    struct stat status;
    if (::stat(QFile::encodeName(canonical).constData(), &status) == 0)
        material += '\n' + QByteArray::number(qulonglong(status.st_dev)) + ':'
                    + QByteArray::number(qulonglong(status.st_ino));
#endif
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex().left(32));
}

ReplicaIdentity::Resolution ReplicaIdentity::resolve(const QString& storedId, const QString& storedAnchor,
                                                     const QString& path, const QString& legacyLaptopId)
{
    Resolution resolution;
    resolution.anchor = anchorOf(path);
    if (!storedId.isEmpty() && storedAnchor == resolution.anchor) {
        resolution.id = storedId;
        return resolution;
    }
    const QString base = storedId.isEmpty() ? legacyLaptopId : storedId;
    const QUuid parent = QUuid::fromString(base);
    const QUuid derived = parent.isNull() ? QUuid::createUuidV5(replicaNamespace, base + QLatin1Char('/') + resolution.anchor)
                                          : QUuid::createUuidV5(parent, resolution.anchor);
    resolution.id = derived.toString(QUuid::WithoutBraces);
    resolution.changed = true;
    return resolution;
}

} // namespace standlab
