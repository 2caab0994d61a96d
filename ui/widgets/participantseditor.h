// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rowset.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace standlab {

class EventDocument;
class PersonPicker;

// The people of one session in their order: speakers, moderators, facilitators and rapporteurs. Adds
// (picking someone or creating them on the spot), removes, changes roles and reorders, each one undo step.
class ParticipantsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantsEditor(EventDocument& document, QWidget* parent = nullptr);

    void setSessionId(const QString& id);
    QString sessionId() const { return m_sessionId; }
    // Participation ids in the order shown.
    QStringList participationIds() const;
    QString selectedParticipationId() const;
    void selectParticipation(const QString& id);
    PersonPicker* picker() const { return m_picker; }

public slots:
    void addChosen();
    void removeSelected();
    void moveSelectedUp() { moveSelected(-1); }
    void moveSelectedDown() { moveSelected(1); }

private:
    void load();
    void updateButtons();
    void onChoiceChanged();
    void moveSelected(int delta);
    void onRoleChosen();
    void onConfirmedToggled(bool confirmed);
    bool roleTaken(const QString& personId, const QString& role, QString* name) const;
    void say(const QString& message);
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);

    EventDocument& m_document;
    QString m_sessionId;
    bool m_loading = false;
    QListWidget* m_list = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_confirmed = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_remove = nullptr;
    PersonPicker* m_picker = nullptr;
    QComboBox* m_newRole = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace standlab
