// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QLabel;
class QTreeWidget;

namespace standlab {

class EventDocument;

// Programme › Release…: names a frozen copy of the programme as it is now and shows the releases
// made before. The release is added through an undoable command.
class ReleaseDialog : public QDialog
{
    Q_OBJECT

public:
    ReleaseDialog(EventDocument& document, QWidget* parent = nullptr);

    // Makes the release with the name and note typed; false (the reason shown) when refused.
    bool release();

private:
    void refresh();

    EventDocument& m_document;
    QLineEdit* m_name;
    QLineEdit* m_note;
    QLabel* m_problem;
    QTreeWidget* m_list;
};

} // namespace standlab
