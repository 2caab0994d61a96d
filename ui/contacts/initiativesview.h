// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTreeWidget;

namespace standlab {

class EventDocument;
class InitiativesModel;

// The exhibition area: every initiative with its slot and request state (accept or decline in one
// click), whether the call is closed, and a day view of which initiative is at which table with
// clashes flagged.
class InitiativesView : public QWidget
{
    Q_OBJECT

public:
    explicit InitiativesView(EventDocument& document, QWidget* parent = nullptr);

    InitiativesModel* model() const { return m_model; }
    QTreeWidget* dayView() const { return m_day; }
    // Sets the request state of the selected initiatives ("accepted", "declined", "requested").
    void setSelectedStatus(const QString& status);
    // Shows the first day on which any initiative has a table (so the day view is not empty).
    void showFirstDayWithTables();

private:
    void refreshDay();
    void refreshCall();

    EventDocument& m_document;
    InitiativesModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_callClosed = nullptr;
    QLabel* m_callState = nullptr;
    QComboBox* m_dayChoice = nullptr;
    QTreeWidget* m_day = nullptr;
    QLabel* m_clashes = nullptr;
};

} // namespace standlab
