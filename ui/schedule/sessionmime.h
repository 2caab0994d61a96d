// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMimeData>
#include <QString>

namespace standlab {

// A session travelling by drag and drop between the board, the unscheduled list and the day tabs.
namespace sessionmime {

inline QString type()
{
    return QStringLiteral("application/x-standlab-session-id");
}

inline QMimeData* create(const QString& sessionId)
{
    auto* data = new QMimeData;
    data->setData(type(), sessionId.toUtf8());
    return data;
}

inline QString sessionId(const QMimeData* data)
{
    return data && data->hasFormat(type()) ? QString::fromUtf8(data->data(type())) : QString();
}

} // namespace sessionmime
} // namespace standlab
