// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardeningfixtures.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

namespace standlab::hardening {

bool writeContactsCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray text = "Organisation,City,Country,Name,Email,Phone,Wants to speak\n";
    for (int i = 0; i < rows; ++i) {
        text += QStringLiteral("Cooperativa Fictícia %1,Ciutat %2,Spain,Persona%1 Cognom%1,persona%1@example.org,"
                               "+34 600 %3,%4\n")
                    .arg(i)
                    .arg(i % 300)
                    .arg(i, 6, 10, QLatin1Char('0'))
                    .arg(i % 3 == 0 ? QStringLiteral("yes") : QStringLiteral("no"))
                    .toUtf8();
        if (text.size() > (1 << 20)) {
            if (file.write(text) != text.size())
                return false;
            text.clear();
        }
    }
    return file.write(text) == text.size();
}

bool writeLaptopHome(const QString& home, const QString& laptopId, const QString& laptopName)
{
    const QString folder = home + QStringLiteral("/.config");
    if (!QDir().mkpath(folder))
        return false;
    return writeBytes(folder + QStringLiteral("/StandLab.conf"),
                      QStringLiteral("[identity]\nlaptopId=%1\nlaptopName=%2\n").arg(laptopId, laptopName).toUtf8());
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList entriesStartingWith(const QString& folder, const QString& prefix)
{
    QStringList found;
    for (const QString& name :
         QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
        if (name.startsWith(prefix))
            found << name;
    return found;
}

QMap<QString, qint64> zipMembers(const QByteArray& archive)
{
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    QMap<QString, qint64> members;
    const auto* bytes = reinterpret_cast<const uchar*>(archive.constData());
    const qsizetype size = archive.size();
    qsizetype end = -1;
    for (qsizetype i = size - 22; i >= 0 && i >= size - 22 - 65535; --i)
        if (qFromLittleEndian<quint32>(bytes + i) == 0x06054b50u) {
            end = i;
            break;
        }
    if (end < 0)
        return {};
    const quint16 count = qFromLittleEndian<quint16>(bytes + end + 10);
    qsizetype at = qsizetype(qFromLittleEndian<quint32>(bytes + end + 16));
    for (int i = 0; i < count; ++i) {
        if (at + 46 > size || qFromLittleEndian<quint32>(bytes + at) != 0x02014b50u)
            return {};
        const qint64 uncompressed = qFromLittleEndian<quint32>(bytes + at + 24);
        const quint16 nameLength = qFromLittleEndian<quint16>(bytes + at + 28);
        const quint16 extraLength = qFromLittleEndian<quint16>(bytes + at + 30);
        const quint16 commentLength = qFromLittleEndian<quint16>(bytes + at + 32);
        if (at + 46 + nameLength > size)
            return {};
        members.insert(QString::fromUtf8(archive.mid(at + 46, nameLength)), uncompressed);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return members;
}

quint32 hardeningSeed()
{
    bool ok = false;
    const quint32 fixed = qEnvironmentVariable("STANDLAB_HARDENING_SEED").toUInt(&ok);
    if (ok)
        return fixed;
    static const quint32 seed = QRandomGenerator::global()->bounded(1u, 1000000u);
    return seed;
}

int fixedRounds()
{
    return qEnvironmentVariableIntValue("STANDLAB_HARDENING_ROUNDS");
}

} // namespace standlab::hardening
