// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchevent.h"

#include "db/sqlitedatabase.h"
#include "store/migrations.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdio>

namespace standlab::bench {

QString cachedEvent(const QString& purpose, const EventGenerator::Options& options, QString* error)
{
    const QString folder = QDir::temp().filePath(QStringLiteral("standlab-bench"));
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    // The schema version is part of the name: a file from before a schema change would be refused
    // read-only (bench_search) or upgraded by a migration instead of being written as it is now.
    const QString stem = QStringLiteral("%1-seed%2-s%3-p%4-o%5")
                             .arg(purpose)
                             .arg(options.seed)
                             .arg(options.sessions)
                             .arg(options.people)
                             .arg(options.organisations);
    const QString path =
        QDir(folder).filePath(QStringLiteral("%1-v%2.standlab").arg(stem).arg(Migrations::latestVersion()));
    if (QFileInfo::exists(path))
        return path;
    // Files of the same event from older schemas (and their WAL, lock and backups) are never used again.
    const QStringList stale = QDir(folder).entryList(
        {stem + QStringLiteral(".standlab*"), stem + QStringLiteral("-v*.standlab*")}, QDir::Files);
    for (const QString& name : stale)
        QFile::remove(QDir(folder).filePath(name));
    const QString partial = path + QStringLiteral(".generating");
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".lock")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        std::unique_ptr<Store> store = EventGenerator::create(partial, options, OpenOptions(), error);
        if (!store)
            return {};
        // The search index size tells whether the event is as large as the figure it stands for.
        const qint64 indexed =
            store->database().scalar(QStringLiteral("SELECT count(*) FROM search_docs")).toLongLong();
        std::fprintf(stderr, "Generated %s (%lld indexed rows) in %lld ms\n",
                     qPrintable(QDir::toNativeSeparators(path)), static_cast<long long>(indexed),
                     static_cast<long long>(timer.elapsed()));
    }
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot rename %1").arg(QDir::toNativeSeparators(partial));
        return {};
    }
    return path;
}

} // namespace standlab::bench
