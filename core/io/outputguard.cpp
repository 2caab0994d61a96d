// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputguard.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace standlab {

namespace {

// The files that are the event: SQLite's journal, index and write-ahead log and our lock sit beside it
// under these suffixes, and overwriting any of them loses or corrupts committed work.
const QStringList& companionSuffixes()
{
    static const QStringList suffixes = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                         QStringLiteral("-journal"), QStringLiteral(".lock")};
    return suffixes;
}

Qt::CaseSensitivity fileNameCase()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return Qt::CaseInsensitive;
#else
    return Qt::CaseSensitive;
#endif
}

#ifdef Q_OS_UNIX
bool sameNode(const QString& a, const QString& b)
{
    struct stat left {}, right {};
    if (::stat(QFile::encodeName(a).constData(), &left) != 0 || ::stat(QFile::encodeName(b).constData(), &right) != 0)
        return false;
    return left.st_dev == right.st_dev && left.st_ino == right.st_ino;
}
#else
bool sameNode(const QString&, const QString&)
{
    return false;
}
#endif

} // namespace

QString OutputGuard::resolved(const QString& path)
{
    QString current = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    // A loop of links is left where it stands after as many hops as the system itself would follow.
    for (int hop = 0; hop < 40; ++hop) {
        const QFileInfo info(current);
        // The folder may itself be reached through links: its canonical form names the real place.
        const QString folder = info.absolutePath();
        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        if (!canonicalFolder.isEmpty() && canonicalFolder != folder)
            current = QDir(canonicalFolder).filePath(info.fileName());
        const QFileInfo located(current);
        if (!located.isSymbolicLink())
            break;
        current = QDir::cleanPath(located.symLinkTarget());
    }
    return current;
}

QString OutputGuard::problem(const QString& output, const QString& eventPath)
{
    if (output.isEmpty() || eventPath.isEmpty())
        return {};
    const QString target = resolved(output);
    // Both the path the event was opened by and the file it resolves to, since the companions
    // may be named after either.
    QStringList bases{resolved(eventPath)};
    const QString given = QDir::cleanPath(QFileInfo(eventPath).absoluteFilePath());
    if (given != bases.first())
        bases << given;
    for (const QString& base : bases) {
        for (const QString& suffix : companionSuffixes()) {
            const QString companion = base + suffix;
            if (target.compare(companion, fileNameCase()) == 0 || target.compare(resolved(companion), fileNameCase()) == 0
                || sameNode(target, companion)) {
                const QString name = QDir::toNativeSeparators(output);
                const QString event = QDir::toNativeSeparators(eventPath);
                return suffix.isEmpty()
                    ? tr("“%1” is the event file %2 itself; writing there would replace the event. "
                         "Choose another file to write; nothing was written.")
                          .arg(name, event)
                    : tr("“%1” is %2, a file SQLite or the lock keeps beside the event %3; writing there would "
                         "damage the event. Choose another file to write; nothing was written.")
                          .arg(name, QDir::toNativeSeparators(companion), event);
            }
        }
    }
    return {};
}

} // namespace standlab
