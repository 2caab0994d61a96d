// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QChartView;
class QLabel;

namespace standlab {

class Store;

// The contacts overview as pictures (Qt Charts): attendance by status, organisations by country and
// by kind, requests by working line (answered or not), and follow-ups per week (overdue in red).
class ContactOverviewWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ContactOverviewWidget(Store& store, QWidget* parent = nullptr);

    void refresh();

private:
    Store& m_store;
    QLabel* m_summary = nullptr;
    QVector<QChartView*> m_views;
};

} // namespace standlab
