// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QAbstractListModel>

namespace standlab {

class ScheduleData;

// The sessions that have no start yet, as a list that can be dragged onto the schedule board.
class UnscheduledModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { SessionIdRole = Qt::UserRole + 1 };

    explicit UnscheduledModel(ScheduleData& data, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;

    QString sessionId(int row) const;
    int rowOf(const QString& sessionId) const;

private:
    void reload();

    ScheduleData& m_data;
    QVector<Session> m_sessions;
};

} // namespace standlab
