// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoevent.h"
#include "documents/documentrevisions.h"
#include "model/repository.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace standlab {

// A fresh copy of the demo event in a temporary folder, with its Action Plan at hand.
struct DocumentFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString planId;

    bool create()
    {
        QString error;
        store = DemoEvent::create(dir.filePath(QStringLiteral("demo.standlab")), OpenOptions(), &error);
        if (!store) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        const auto plan = DocumentRevisions(*store).findDocument(QStringLiteral("action_plan"));
        if (!plan)
            return false;
        planId = plan->id;
        return true;
    }

    QString path(const QString& name) const { return dir.filePath(name); }
    QVector<Row> rows(const QString& table) const { return store->rows(table, {}, {}, QStringLiteral("id")); }
};

} // namespace standlab
