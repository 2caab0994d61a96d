// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace standlab {

class Store;
struct OpenOptions;

// The bundled demo event (2019 Stand Lab, fictional people), written into a new file so the
// resource itself is never modified.
class DemoEvent
{
    Q_DECLARE_TR_FUNCTIONS(DemoEvent)

public:
    static std::unique_ptr<Store> create(const QString& path, const OpenOptions& options, QString* error);
    static QByteArray bundleJson();
};

} // namespace standlab
