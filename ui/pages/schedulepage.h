// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTabWidget;

namespace standlab {

class EventDocument;
class ScheduleModel;

// The Schedule page as it stands: a read-only timetable per day (time slots × spaces), coloured by
// working line, following every change to the programme.
class SchedulePage : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePage(EventDocument& document, QWidget* parent = nullptr);

    QVector<ScheduleModel*> dayModels() const { return m_models; }

private:
    void reload();
    void applySpans(int tab);

    EventDocument& m_document;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_summary = nullptr;
    QVector<QDate> m_days;
    QVector<ScheduleModel*> m_models;
};

} // namespace standlab
