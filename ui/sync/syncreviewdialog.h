// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace standlab {

class EventDocument;

// The merge review: the conflicts kept by the last exchanges (both values side by side; "Use the other
// value" is an undoable edit) and the history of exchanges (which laptop, when, how many changes).
class SyncReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncReviewDialog(EventDocument& document, QWidget* parent = nullptr);

    void showHistory();
    // Reads the conflicts and the history again: sharing a package adds a line no store signal announces.
    void refresh();

private:
    void reload();
    void useOtherValue();

    EventDocument& m_document;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_history = nullptr;
    QPushButton* m_useOther = nullptr;
    QLabel* m_intro = nullptr;
};

} // namespace standlab
