// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QTimeEdit;

namespace standlab {

class EventDocument;

// When one person can take part, day by day. A ticked day is a stored availability window; a person
// with no ticked day is taken as free throughout (as the conflict rules read it).
class AvailabilityEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AvailabilityEditor(EventDocument& document, QWidget* parent = nullptr);

    void setPersonId(const QString& id);
    QString personId() const { return m_personId; }

private:
    struct DayRow
    {
        QDate day;
        QCheckBox* check = nullptr;
        QTimeEdit* from = nullptr;
        QTimeEdit* to = nullptr;
    };
    void rebuildDays();
    void load();
    void onToggled(const DayRow& row, bool checked);
    void onTimeChanged(const DayRow& row, const QString& column, const QTime& time);
    QString windowId(const QDate& day) const;
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);

    EventDocument& m_document;
    QString m_personId;
    bool m_loading = false;
    QGridLayout* m_grid = nullptr;
    QLabel* m_summary = nullptr;
    QVector<DayRow> m_rows;
};

} // namespace standlab
