// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantseditor.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "personpicker.h"
#include "pushedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace standlab {
namespace {
const QString participationsTable = QStringLiteral("participations");

QToolButton* toolButton(const char* name, const QString& icon, const QString& text, const QString& tip)
{
    auto* button = new QToolButton;
    button->setObjectName(QString::fromLatin1(name));
    button->setIcon(QIcon::fromTheme(icon));
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}
} // namespace

ParticipantsEditor::ParticipantsEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("participantsEditor"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("speakersList"));
    m_list->setToolTip(tr("The people of this session in the order the programme lists them"));
    m_list->setMinimumHeight(70);
    m_list->setMaximumHeight(120);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("participantRoleCombo"));
    m_role->setToolTip(tr("The selected person's role in this session"));
    m_newRole = new QComboBox(this);
    m_newRole->setObjectName(QStringLiteral("newParticipantRoleCombo"));
    m_newRole->setToolTip(tr("The role the person you add will have"));
    for (const Term& term : Vocabulary::participationRoles()) {
        m_role->addItem(term.label, term.key);
        m_newRole->addItem(term.label, term.key);
    }
    m_confirmed = new QCheckBox(tr("Confirmed"), this);
    m_confirmed->setObjectName(QStringLiteral("participantConfirmedCheck"));
    m_confirmed->setToolTip(tr("They have said yes to this session"));
    m_up = toolButton("participantUpButton", QStringLiteral("go-up"), tr("Up"), tr("Move up in the list (Alt+Up)"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = toolButton("participantDownButton", QStringLiteral("go-down"), tr("Down"), tr("Move down in the list (Alt+Down)"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_remove = toolButton("participantRemoveButton", QStringLiteral("list-remove"), tr("Remove"),
                          tr("Take the selected person off this session"));
    m_picker = new PersonPicker(document, this);
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addParticipantButton"));
    m_add->setToolTip(tr("Add the person typed on the left with the chosen role (Enter)"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("participantMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* selected = new QHBoxLayout;
    selected->addWidget(m_role, 1);
    selected->addWidget(m_confirmed);
    selected->addWidget(m_up);
    selected->addWidget(m_down);
    selected->addWidget(m_remove);
    auto* adding = new QHBoxLayout;
    adding->addWidget(m_picker, 1);
    adding->addWidget(m_newRole);
    adding->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(selected);
    layout->addLayout(adding);
    layout->addWidget(m_message);

    connect(m_list, &QListWidget::currentRowChanged, this, &ParticipantsEditor::updateButtons);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ParticipantsEditor::onRoleChosen);
    connect(m_confirmed, &QCheckBox::toggled, this, &ParticipantsEditor::onConfirmedToggled);
    connect(m_up, &QToolButton::clicked, this, &ParticipantsEditor::moveSelectedUp);
    connect(m_down, &QToolButton::clicked, this, &ParticipantsEditor::moveSelectedDown);
    connect(m_remove, &QToolButton::clicked, this, &ParticipantsEditor::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &ParticipantsEditor::addChosen);
    connect(m_picker, &PersonPicker::accepted, this, &ParticipantsEditor::addChosen);
    connect(m_picker, &PersonPicker::choiceChanged, this, &ParticipantsEditor::onChoiceChanged);
    connect(&m_document.store(), &Store::rowChanged, this, &ParticipantsEditor::onRowChanged);
    connect(&m_document.store(), &Store::reset, this, &ParticipantsEditor::load);
    load();
}

void ParticipantsEditor::onRowChanged(const QString& table, const QString&, ChangeKind)
{
    if (table == participationsTable || table == QLatin1String("people"))
        load();
}

void ParticipantsEditor::setSessionId(const QString& id)
{
    if (id != m_sessionId)
        say({});
    m_sessionId = id;
    load();
}

QStringList ParticipantsEditor::participationIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

QString ParticipantsEditor::selectedParticipationId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ParticipantsEditor::selectParticipation(const QString& id)
{
    const int row = int(participationIds().indexOf(id));
    m_list->setCurrentRow(row);
}

void ParticipantsEditor::load()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString selected = selectedParticipationId();
    m_list->clear();
    if (!m_sessionId.isEmpty()) {
        Store& store = m_document.store();
        for (const Participation& p : Repository<Participation>(store).where(
                 QStringLiteral("session_id = ?"), {m_sessionId}, QStringLiteral("position, created_at"))) {
            const QString name = Repository<Person>(store).find(p.personId).value_or(Person()).name;
            QString line = tr("%1 — %2").arg(name, Vocabulary::label(Vocabulary::participationRoles(), p.role));
            if (!p.confirmed)
                line = tr("%1 (not confirmed)").arg(line);
            auto* item = new QListWidgetItem(line, m_list);
            item->setData(Qt::UserRole, p.id);
            item->setData(Qt::UserRole + 1, p.role);
            item->setData(Qt::UserRole + 2, p.confirmed);
        }
    }
    m_loading = wasLoading;
    const int row = int(participationIds().indexOf(selected));
    m_list->setCurrentRow(row);
    updateButtons();
    onChoiceChanged();
}

void ParticipantsEditor::updateButtons()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const int row = m_list->currentRow();
    const bool has = row >= 0;
    const bool editable = !m_sessionId.isEmpty();
    m_role->setEnabled(has);
    m_confirmed->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row < m_list->count() - 1);
    m_picker->setEnabled(editable);
    m_newRole->setEnabled(editable);
    if (has) {
        const QListWidgetItem* item = m_list->item(row);
        m_role->setCurrentIndex(m_role->findData(item->data(Qt::UserRole + 1)));
        m_confirmed->setChecked(item->data(Qt::UserRole + 2).toBool());
    }
    m_loading = wasLoading;
}

void ParticipantsEditor::onChoiceChanged()
{
    const PersonPicker::Choice choice = m_picker->choice();
    m_add->setEnabled(!m_sessionId.isEmpty() && !choice.isEmpty());
    m_add->setText(choice.newName.isEmpty() ? tr("Add") : tr("Create and add"));
    if (!choice.newName.isEmpty())
        m_add->setToolTip(tr("Nobody is called “%1” yet: create this person and add them").arg(choice.newName));
    else if (choice.isEmpty() && !m_picker->lineEdit()->text().trimmed().isEmpty())
        m_add->setToolTip(tr("Several people have this name: pick one from the suggestions"));
    else
        m_add->setToolTip(tr("Add the person typed on the left with the chosen role (Enter)"));
}

void ParticipantsEditor::say(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

bool ParticipantsEditor::roleTaken(const QString& personId, const QString& role, QString* name) const
{
    const auto existing = Repository<Participation>(m_document.store()).where(
        QStringLiteral("session_id = ? AND person_id = ? AND role = ?"), {m_sessionId, personId, role});
    if (name)
        *name = Repository<Person>(m_document.store()).find(personId).value_or(Person()).name;
    return !existing.isEmpty();
}

void ParticipantsEditor::addChosen()
{
    if (m_sessionId.isEmpty())
        return;
    const PersonPicker::Choice choice = m_picker->choice();
    const QString role = m_newRole->currentData().toString();
    const QString roleLabel = m_newRole->currentText();
    if (choice.isEmpty()) {
        if (!m_picker->lineEdit()->text().trimmed().isEmpty())
            say(tr("Several people have this name: pick one from the suggestions."));
        return;
    }
    int position = 0;
    for (const Participation& p : Repository<Participation>(m_document.store()).where(QStringLiteral("session_id = ?"), {m_sessionId}))
        position = std::max(position, p.position + 1);
    Row participation{{QStringLiteral("session_id"), m_sessionId}, {QStringLiteral("role"), role},
                      {QStringLiteral("position"), position}};
    QUndoCommand* step = nullptr;
    QString participationId;
    if (!choice.personId.isEmpty()) {
        QString name;
        if (roleTaken(choice.personId, role, &name)) {
            say(tr("%1 is already %2 in this session.").arg(name, roleLabel.toLower()));
            return;
        }
        participation.insert(QStringLiteral("person_id"), choice.personId);
        auto* insert = new InsertRowCommand(m_document, participationsTable, participation,
                                            tr("Add %1 as %2").arg(name, roleLabel.toLower()));
        participationId = insert->rowId();
        step = insert;
        say({});
    } else {
        // Creating the person and adding them is one step: undo takes both away.
        step = new QUndoCommand(tr("Add new person %1 as %2").arg(choice.newName, roleLabel.toLower()));
        auto* person = new InsertRowCommand(m_document, QStringLiteral("people"), {{QStringLiteral("name"), choice.newName}},
                                            step->text(), step);
        participation.insert(QStringLiteral("person_id"), person->rowId());
        participationId = (new InsertRowCommand(m_document, participationsTable, participation, step->text(), step))->rowId();
        say(tr("%1 was created; complete their details on the People page.").arg(choice.newName));
    }
    m_document.push(step);
    m_picker->clear();
    selectParticipation(participationId);
}

void ParticipantsEditor::removeSelected()
{
    const QString id = selectedParticipationId();
    if (id.isEmpty())
        return;
    const int row = m_list->currentRow();
    const QString text = m_list->currentItem()->text().section(QStringLiteral(" — "), 0, 0);
    m_document.push(new RemoveRowCommand(m_document, participationsTable, id, tr("Remove %1 from the session").arg(text)));
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void ParticipantsEditor::moveSelected(int delta)
{
    QStringList order = participationIds();
    const int from = m_list->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    const QString moving = order.at(from);
    order.move(from, to);
    // Positions are renumbered 0..n-1 in one step, so rows that shared a position get an order too.
    auto* step = new QUndoCommand(delta < 0 ? tr("Move participant up") : tr("Move participant down"));
    Store& store = m_document.store();
    for (int i = 0; i < order.size(); ++i) {
        const std::optional<Row> row = store.row(participationsTable, order.at(i));
        if (row && row->value(QStringLiteral("position")).toInt() != i)
            new SetFieldCommand(m_document, participationsTable, order.at(i), {{QStringLiteral("position"), i}}, step->text(), step);
    }
    if (step->childCount() == 0) {
        delete step;
        return;
    }
    m_document.push(step);
    selectParticipation(moving);
}

void ParticipantsEditor::onRoleChosen()
{
    const QString id = selectedParticipationId();
    if (m_loading || id.isEmpty())
        return;
    const Participation p = Repository<Participation>(m_document.store()).find(id).value_or(Participation());
    const QString role = m_role->currentData().toString();
    if (p.role == role)
        return;
    QString name;
    if (roleTaken(p.personId, role, &name)) {
        say(tr("%1 is already %2 in this session.").arg(name, m_role->currentText().toLower()));
        updateButtons(); // back to the role they have
        return;
    }
    say({});
    pushEdit(m_document, new SetFieldCommand(m_document, participationsTable, id, {{QStringLiteral("role"), role}},
                                             tr("Make %1 %2").arg(name, m_role->currentText().toLower())));
}

void ParticipantsEditor::onConfirmedToggled(bool confirmed)
{
    const QString id = selectedParticipationId();
    if (m_loading || id.isEmpty())
        return;
    pushEdit(m_document, new SetFieldCommand(m_document, participationsTable, id, {{QStringLiteral("confirmed"), confirmed ? 1 : 0}},
                                             confirmed ? tr("Confirm participant") : tr("Unconfirm participant")));
}

} // namespace standlab
