// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QTextBrowser;

namespace standlab {

class EventDocument;

// Programme › What changed since…: the sessions added, cancelled, removed, moved, renamed or with other
// speakers since the release chosen, as a list that can be printed.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(EventDocument& document, QWidget* parent = nullptr);

    void showRelease(const QString& name);
    QString text() const;

private:
    void refresh();
    void print();

    EventDocument& m_document;
    QComboBox* m_releases;
    QTextBrowser* m_view;
};

} // namespace standlab
