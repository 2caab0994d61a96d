// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepage.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "document/eventdocument.h"
#include "exchange/icalendarwriter.h"
#include "mainwindow/prompts.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "people/peoplefilterproxy.h"
#include "people/personeditor.h"
#include "people/personsessionslist.h"
#include "shellmodels/peoplemodel.h"
#include "shellmodels/storewatcher.h"
#include "store/labellookup.h"

#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace standlab {

PeoplePage::PeoplePage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_model = new PeopleModel(document.store(), this);
    m_proxy = new PeopleFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    // A filter (or a rename that no longer matches the search) hides or shows rows: the editor stays
    // with the person being edited rather than jumping to whoever the selection slides onto. Connected
    // before the view is, so these run before the selection model reacts.
    const auto filteringStarts = [this] { m_filtering = true; };
    const auto filteringEnds = [this] {
        m_filtering = false;
        if (!m_count)
            return; // still being built
        keepEditedInSight();
        updateCount();
    };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, filteringStarts);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, filteringStarts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, filteringEnds);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, filteringEnds);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, filteringEnds);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateCount);
    m_editor = new PersonEditor(document);
    m_sessions = new PersonSessionsList(document);
    m_confirm = [this](const QString& warning) {
        return QMessageBox::question(this, tr("Delete person"), warning, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };

    auto* sessionsBox = new QGroupBox(tr("Sessions"));
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(m_sessions);
    auto* right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("personSplitter"));
    right->addWidget(m_editor);
    right->addWidget(sessionsBox);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    right->setSizes({560, 160});

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildList());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 480});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_sessions, &PersonSessionsList::sessionActivated, this, &PeoplePage::sessionActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PeoplePage::onCurrentChanged);
    // A reset (someone added or removed) must not lose the person being edited.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelected = currentPersonId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_keepSelected.isEmpty())
            selectPerson(m_keepSelected);
        if (currentPersonId().isEmpty())
            onCurrentChanged();
    });
    auto* organisations = new StoreWatcher(document.store(), {QStringLiteral("organisations")}, this);
    connect(organisations, &StoreWatcher::changed, this, &PeoplePage::refreshOrganisationFilter);
    refreshOrganisationFilter();
    updateCount();
    // Open on the first person, so the page shows what it can do.
    if (m_proxy->rowCount() > 0)
        selectPerson(m_proxy->index(0, 0).data(PeopleModel::IdRole).toString());
    else
        onCurrentChanged();
}

QWidget* PeoplePage::buildList()
{
    auto* panel = new QWidget;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search names, organisations, roles, emails…"));
    m_search->setToolTip(tr("Type part of a name; accents and case do not matter"));
    m_search->setClearButtonEnabled(true);
    m_involvement = new QComboBox;
    m_involvement->setObjectName(QStringLiteral("peopleFilterCombo"));
    m_involvement->setToolTip(tr("Show only people with a given part in the programme"));
    m_involvement->addItem(tr("Everyone"), int(PeopleFilterProxy::Involvement::Everyone));
    m_involvement->addItem(tr("Speakers"), int(PeopleFilterProxy::Involvement::Speakers));
    m_involvement->addItem(tr("Moderators"), int(PeopleFilterProxy::Involvement::Moderators));
    m_involvement->addItem(tr("Not yet confirmed"), int(PeopleFilterProxy::Involvement::Unconfirmed));
    m_involvement->addItem(tr("In no session"), int(PeopleFilterProxy::Involvement::WithoutSessions));
    m_organisation = new QComboBox;
    m_organisation->setObjectName(QStringLiteral("peopleOrganisationCombo"));
    m_organisation->setToolTip(tr("Show only the people of one organisation"));
    m_organisation->setMinimumContentsLength(16);
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&New person"), this);
    m_newAction->setObjectName(QStringLiteral("newPersonAction"));
    m_newAction->setToolTip(tr("Add a person (Ctrl+N)"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &PeoplePage::newPerson);
    addAction(m_newAction);
    m_deleteAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Delete person"), this);
    m_deleteAction->setObjectName(QStringLiteral("deletePersonAction"));
    m_deleteAction->setToolTip(tr("Delete the selected person and their part in sessions (Delete); undo brings them back"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &PeoplePage::deleteCurrentPerson);
    m_calendarAction = new QAction(QIcon::fromTheme(QStringLiteral("x-office-calendar")), tr("&Calendar…"), this);
    m_calendarAction->setObjectName(QStringLiteral("personCalendarAction"));
    m_calendarAction->setToolTip(tr("Save this person's own sessions as a calendar file (.ics) for their phone or mail app"));
    connect(m_calendarAction, &QAction::triggered, this, &PeoplePage::exportPersonCalendar);
    auto* calendarButton = new QToolButton;
    calendarButton->setObjectName(QStringLiteral("personCalendarButton"));
    calendarButton->setDefaultAction(m_calendarAction);
    calendarButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* newButton = new QToolButton;
    newButton->setObjectName(QStringLiteral("newPersonButton"));
    newButton->setDefaultAction(m_newAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* deleteButton = new QToolButton;
    deleteButton->setObjectName(QStringLiteral("deletePersonButton"));
    deleteButton->setDefaultAction(m_deleteAction);
    deleteButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("peopleTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PeopleModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(PeopleModel::Name, QHeaderView::Stretch);
    m_view->setColumnWidth(PeopleModel::OrganisationName, 180);
    m_view->setColumnWidth(PeopleModel::Role, 160);
    m_view->setColumnWidth(PeopleModel::Email, 170);
    m_view->setColumnWidth(PeopleModel::Sessions, 70);
    m_view->setColumnHidden(PeopleModel::Phone, true);
    m_view->addAction(m_deleteAction);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("peopleCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_involvement);
    filters->addWidget(m_organisation);
    auto* actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(deleteButton);
    actions->addWidget(calendarButton);
    actions->addStretch();
    actions->addWidget(m_count);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &PeoplePage::applyFilters);
    connect(m_involvement, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    return panel;
}

void PeoplePage::refreshOrganisationFilter()
{
    const QString current = m_organisation->currentData().toString();
    const QSignalBlocker blocker(m_organisation);
    m_organisation->clear();
    m_organisation->addItem(tr("All organisations"), QString());
    m_organisation->addItem(tr("(no organisation)"), PeopleFilterProxy::noOrganisation());
    // Only organisations someone belongs to: the rest would filter to an empty list.
    const auto organisations = LabelLookup::list(m_document.store(), QStringLiteral("organisations"), QStringLiteral("name"),
                                                 QStringLiteral("name"),
                                                 QStringLiteral("id IN (SELECT organisation_id FROM people)"));
    for (const auto& [id, name] : organisations)
        m_organisation->addItem(name, id);
    const int index = m_organisation->findData(current);
    m_organisation->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void PeoplePage::applyFilters()
{
    m_proxy->setSearchText(m_search->text());
    m_proxy->setInvolvement(PeopleFilterProxy::Involvement(m_involvement->currentData().toInt()));
    m_proxy->setOrganisationId(m_organisation->currentData().toString());
    updateCount();
}

void PeoplePage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("People: %1").arg(total) : tr("People: %1 of %2").arg(shown).arg(total));
}

QString PeoplePage::currentPersonId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PeopleModel::IdRole).toString() : QString();
}

void PeoplePage::selectPerson(const QString& id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, PeopleModel::Name));
    if (!index.isValid()) {
        // Hidden by a filter (or gone): the editor still shows them, so a new person is never lost.
        m_view->selectionModel()->clear();
        m_editor->setPersonId(row < 0 ? QString() : id);
        m_sessions->setPersonId(row < 0 ? QString() : id);
        m_deleteAction->setEnabled(row >= 0);
        m_calendarAction->setEnabled(row >= 0);
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    onCurrentChanged();
}

void PeoplePage::selectItem(const QString& id)
{
    m_search->clear();
    m_involvement->setCurrentIndex(0);
    m_organisation->setCurrentIndex(0);
    selectPerson(id);
}

void PeoplePage::keepEditedInSight()
{
    const QString edited = m_editor->personId();
    if (edited.isEmpty())
        return;
    const int row = m_model->rowOf(edited);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, PeopleModel::Name));
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    m_filtering = true;
    if (!index.isValid())
        m_view->selectionModel()->clear();
    else if (current.row() != index.row())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_filtering = false;
}

void PeoplePage::onCurrentChanged()
{
    if (m_filtering)
        return;
    const QString id = currentPersonId();
    if (id.isEmpty() && !m_editor->personId().isEmpty() && m_model->rowOf(m_editor->personId()) >= 0)
        return; // a filter hid the row being edited; keep editing it
    m_editor->setPersonId(id);
    m_sessions->setPersonId(id);
    m_deleteAction->setEnabled(!id.isEmpty());
    m_calendarAction->setEnabled(!id.isEmpty());
}

QString PeoplePage::exportPersonCalendar()
{
    const QString id = m_editor->personId();
    const std::optional<Person> person = Repository<Person>(m_document.store()).find(id);
    if (!person)
        return {};
    const QString path = Prompts::saveFile(this, tr("Calendar of %1").arg(person->name),
                                           person->name + QStringLiteral(".ics"), tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return {};
    QString error;
    if (!ICalendarWriter::writePersonCalendar(m_document.store(), id, path, &error)) {
        Prompts::warning(this, tr("Calendar not saved"), error);
        return {};
    }
    return path;
}

void PeoplePage::newPerson()
{
    auto* command = new InsertRowCommand(m_document, QStringLiteral("people"), {{QStringLiteral("name"), tr("New person")}},
                                         tr("New person"));
    const QString id = command->rowId();
    m_document.push(command);
    m_model->reload();
    selectItem(id); // a filter could hide the newcomer
    m_editor->focusName();
}

QString PeoplePage::deletionWarning(const QString& personId) const
{
    const Person person = Repository<Person>(m_document.store()).find(personId).value_or(Person());
    QSet<QString> sessions;
    for (const Participation& p : Repository<Participation>(m_document.store()).where(QStringLiteral("person_id = ?"), {personId}))
        sessions.insert(p.sessionId);
    if (sessions.isEmpty())
        return tr("Delete %1? They are in no session. Undo brings them back.").arg(person.name);
    if (sessions.size() == 1)
        return tr("Delete %1? They are in 1 session, which will lose them. Undo brings everything back.").arg(person.name);
    return tr("Delete %1? They are in %2 sessions, which will lose them. Undo brings everything back.")
        .arg(person.name)
        .arg(sessions.size());
}

void PeoplePage::deleteCurrentPerson()
{
    const QString id = m_editor->personId();
    if (id.isEmpty() || (m_confirm && !m_confirm(deletionWarning(id))))
        return;
    const Person person = Repository<Person>(m_document.store()).find(id).value_or(Person());
    // The neighbour below takes the selection, like a mail client.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    QString next;
    if (current.isValid()) {
        const QModelIndex below = current.siblingAtRow(current.row() + 1);
        const QModelIndex above = current.siblingAtRow(current.row() - 1);
        next = (below.isValid() ? below : above).data(PeopleModel::IdRole).toString();
    }
    m_document.push(new RemoveRowCommand(m_document, QStringLiteral("people"), id, tr("Delete %1").arg(person.name)));
    m_model->reload();
    selectPerson(next);
}

} // namespace standlab
