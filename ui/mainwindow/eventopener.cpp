// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventopener.h"

#include "demo/demoevent.h"
#include "document/eventdocument.h"
#include "settings/appsettings.h"
#include "settings/recentfiles.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace standlab {

namespace {
std::unique_ptr<EventDocument> remembered(std::unique_ptr<Store> store)
{
    if (!store)
        return nullptr;
    RecentFiles::add(store->path());
    return std::make_unique<EventDocument>(std::move(store));
}
} // namespace

OpenOptions EventOpener::options()
{
    // No laptop id: each copy of a file is a replica of its own, identified by the store (ReplicaIdentity).
    return {};
}

std::unique_ptr<EventDocument> EventOpener::open(const QString& path, QString* error)
{
    return remembered(Store::open(QFileInfo(path).absoluteFilePath(), options(), error));
}

std::unique_ptr<EventDocument> EventOpener::create(const QString& path, QString* error)
{
    return remembered(Store::create(withSuffix(QFileInfo(path).absoluteFilePath()), options(), error));
}

std::unique_ptr<EventDocument> EventOpener::createDemo(const QString& path, QString* error)
{
    return remembered(DemoEvent::create(withSuffix(QFileInfo(path).absoluteFilePath()), options(), error));
}

std::unique_ptr<EventDocument> EventOpener::openDemoCopy(QString* error)
{
    if (!QDir().mkpath(demoFolder())) {
        if (error)
            *error = tr("Could not create the folder %1 for the demo event.").arg(QDir::toNativeSeparators(demoFolder()));
        return nullptr;
    }
    return createDemo(nextDemoPath(), error);
}

QString EventOpener::demoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo");
}

QString EventOpener::nextDemoPath()
{
    // File names stay in English whatever the language, so copies made in two languages still count up.
    const QDir folder(demoFolder());
    QString path = folder.filePath(QStringLiteral("Stand Lab demo.standlab"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("Stand Lab demo (%1).standlab").arg(n));
    return path;
}

QString EventOpener::withSuffix(const QString& path)
{
    if (QFileInfo(path).suffix().isEmpty())
        return path + QStringLiteral(".standlab");
    return path;
}

} // namespace standlab
