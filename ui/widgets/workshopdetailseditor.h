// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QVariant>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace standlab {

class EventDocument;

// What a workshop needs beyond a session: who organises and facilitates it, materials, places and
// registrations, and the Action Plan section it feeds with its outcome. The details row is made by
// the first edit, in the same undo step.
class WorkshopDetailsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WorkshopDetailsEditor(EventDocument& document, QWidget* parent = nullptr);

    void setSessionId(const QString& id);
    QString sessionId() const { return m_sessionId; }
    // The stored details row of the session, or empty while nothing was entered.
    QString detailsId() const;

private:
    void refreshChoices();
    void load();
    void loadFacilitators();
    void setField(const QString& column, const QVariant& value, const QString& text);
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);

    EventDocument& m_document;
    QString m_sessionId;
    bool m_loading = false;
    QComboBox* m_organiser = nullptr;
    QLabel* m_facilitators = nullptr;
    QPlainTextEdit* m_materials = nullptr;
    QSpinBox* m_maxParticipants = nullptr;
    QSpinBox* m_registrations = nullptr;
    QLabel* m_full = nullptr;
    QComboBox* m_feeds = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
};

} // namespace standlab
