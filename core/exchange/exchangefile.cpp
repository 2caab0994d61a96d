// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangefile.h"
#include "io/shortwrite.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace standlab {

bool ExchangeFile::save(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        if (error)
            *error = isShortWriteWithoutReason(file)
                ? tr("Cannot write “%1”: only part of it could be written; the disk may be full.")
                      .arg(QDir::toNativeSeparators(path))
                : tr("Cannot write “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool ExchangeFile::read(const QString& path, qint64 limit, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > limit) {
        if (error)
            *error = tr("“%1” is too large (%2 MB); schedules of more than %3 MB are refused.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                         .arg(limit / (1024 * 1024));
        return false;
    }
    *bytes = file.read(limit + 1);
    if (bytes->size() > limit) { // a file that grew while being read, or a device without a size
        if (error)
            *error = tr("“%1” is too large; schedules of more than %2 MB are refused.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(limit / (1024 * 1024));
        return false;
    }
    return true;
}

} // namespace standlab
