// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace standlab {

namespace {
const QString recentKey = QStringLiteral("recent/files");

QString normalised(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}
} // namespace

QStringList RecentFiles::all()
{
    return QSettings().value(recentKey).toStringList();
}

QStringList RecentFiles::existing()
{
    prune();
    return all();
}

void RecentFiles::add(const QString& path)
{
    const QString file = normalised(path);
    QStringList paths = all();
    paths.removeAll(file);
    paths.prepend(file);
    while (paths.size() > maximum)
        paths.removeLast();
    store(paths);
}

void RecentFiles::remove(const QString& path)
{
    QStringList paths = all();
    paths.removeAll(path);
    paths.removeAll(normalised(path));
    store(paths);
}

void RecentFiles::clear()
{
    store({});
}

int RecentFiles::prune()
{
    const QStringList paths = all();
    QStringList kept;
    for (const QString& path : paths)
        if (QFileInfo::exists(path))
            kept << path;
    if (kept.size() != paths.size())
        store(kept);
    return int(paths.size() - kept.size());
}

void RecentFiles::store(const QStringList& paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(recentKey);
    else
        settings.setValue(recentKey, paths);
}

} // namespace standlab
