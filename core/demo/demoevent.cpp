// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoevent.h"

#include "io/eventbundle.h"
#include "store/store.h"

#include <QFile>
#include <QJsonDocument>

static void initDemoResources()
{
    // The resource lives in a static library, so it must be registered by hand.
    Q_INIT_RESOURCE(demo_event);
}

namespace standlab {

QByteArray DemoEvent::bundleJson()
{
    initDemoResources();
    QFile file(QStringLiteral(":/demo/demo-event.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::unique_ptr<Store> DemoEvent::create(const QString& path, const OpenOptions& options, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bundleJson(), &parseError);
    if (document.isNull()) {
        if (error)
            *error = tr("The bundled demo event is damaged: %1").arg(parseError.errorString());
        return nullptr;
    }
    std::unique_ptr<Store> store = Store::create(path, options, error);
    if (!store)
        return nullptr;
    if (!EventBundle::read(*store, document.object(), error)) {
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return nullptr;
    }
    return store;
}

} // namespace standlab
