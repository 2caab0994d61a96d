// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTreeWidget;

namespace standlab {

class EventDocument;

// An organisation's interaction log (date, channel, note), newest first, with a quick-add row:
// Ctrl+L jumps to the note with today's date and the last channel, Enter logs it.
class InteractionLog : public QWidget
{
    Q_OBJECT

public:
    explicit InteractionLog(EventDocument& document, QWidget* parent = nullptr);

    void setOrganisation(const QString& organisationId);
    void focusNote();
    // Logs what the quick-add row holds; false when the note is empty or no organisation is shown.
    bool addFromRow();
    int entryCount() const;

private:
    void reload();

    EventDocument& m_document;
    QString m_organisationId;
    QTreeWidget* m_list = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace standlab
