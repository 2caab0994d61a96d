// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsettingsdialog.h"

#include "commands/insertrowcommand.h"
#include "commands/setfieldcommand.h"
#include "dialogs/eventsettingstable.h"
#include "document/eventdocument.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/repository.h"
#include "model/vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace standlab {
namespace {

const QString eventTable = QStringLiteral("event");

std::optional<Event> currentEvent(Store& store)
{
    const QVector<Event> all = Repository<Event>(store).all(QStringLiteral("created_at"));
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace

EventSettingsDialog::EventSettingsDialog(EventDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document)
{
    setObjectName(QStringLiteral("eventSettingsDialog"));
    setWindowTitle(tr("Event settings"));
    resize(760, 520);
    using Column = EventSettingsTable::Column;

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));

    m_days = new EventSettingsTable(
        document, QStringLiteral("event_days"), QStringLiteral("days"),
        {{QStringLiteral("day"), tr("Date"), Column::Date, 150},
         {QStringLiteral("opens"), tr("Opens"), Column::Time, 90},
         {QStringLiteral("closes"), tr("Closes"), Column::Time, 90},
         {QStringLiteral("label"), tr("Label"), Column::Text, 200}},
        {}, QStringLiteral("day"),
        [this] {
            // The day after the last one, so the new row never collides with an existing date.
            QDate next = QDate::currentDate();
            const QVector<EventDay> days = Repository<EventDay>(m_document.store()).all(QStringLiteral("day"));
            if (!days.isEmpty())
                next = days.last().day.addDays(1);
            return QVariantMap{{QStringLiteral("day"), dbvalue::to(next)}};
        });
    m_tabs->addTab(m_days, tr("&Days"));

    m_spaces = new EventSettingsTable(
        document, QStringLiteral("spaces"), QStringLiteral("spaces"),
        {{QStringLiteral("name"), tr("Name"), Column::Text, 220, {}, true},
         {QStringLiteral("kind"), tr("Kind"), Column::Choice, 150, Vocabulary::spaceKinds()},
         {QStringLiteral("capacity"), tr("Capacity"), Column::Integer, 80},
         {QStringLiteral("colour"), tr("Colour"), Column::Colour, 110}},
        QStringLiteral("position"), QStringLiteral("position, name"),
        [] { return QVariantMap{{QStringLiteral("name"), tr("New space")}}; });
    m_tabs->addTab(m_spaces, tr("&Spaces"));

    m_lines = new EventSettingsTable(
        document, QStringLiteral("working_lines"), QStringLiteral("lines"),
        {{QStringLiteral("name"), tr("Name"), Column::Text, 220, {}, true},
         {QStringLiteral("short_name"), tr("Short name"), Column::Text, 90},
         {QStringLiteral("colour"), tr("Colour"), Column::Colour, 110},
         {QStringLiteral("cross_cutting"), tr("Cross-cutting"), Column::Check, 100},
         {QStringLiteral("description"), tr("Description"), Column::Text, 220}},
        QStringLiteral("position"), QStringLiteral("position, name"),
        [] { return QVariantMap{{QStringLiteral("name"), tr("New working line")}}; });
    m_tabs->addTab(m_lines, tr("&Working lines"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Changes are saved as they are made; Undo and Redo here are the document's own.
    QAction* undo = m_document.undoStack().createUndoAction(this, tr("&Undo"));
    QAction* redo = m_document.undoStack().createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    addAction(undo);
    addAction(redo);
    for (QAction* action : {undo, redo}) {
        auto* button = buttons->addButton(action == undo ? tr("Undo") : tr("Redo"), QDialogButtonBox::ResetRole);
        button->setObjectName(action == undo ? QStringLiteral("undoButton") : QStringLiteral("redoButton"));
        button->setEnabled(action->isEnabled());
        button->setAutoDefault(false);
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        });
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);

    connect(&document.store(), &Store::rowChanged, this, &EventSettingsDialog::onRowChanged);
    connect(&document.store(), &Store::reset, this, &EventSettingsDialog::loadGeneral);
    loadGeneral();
}

QWidget* EventSettingsDialog::buildGeneralTab()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("eventNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Sharing Cities Action Stand Lab 2019"));
    m_venue = new QLineEdit;
    m_venue->setObjectName(QStringLiteral("venueEdit"));
    m_city = new QLineEdit;
    m_city->setObjectName(QStringLiteral("cityEdit"));
    m_timeZone = new QComboBox;
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setToolTip(tr("All session times are wall-clock times in this zone"));
    for (const QByteArray& zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(zone), QString::fromLatin1(zone));
    m_languages = new QListWidget;
    m_languages->setObjectName(QStringLiteral("languagesList"));
    m_languages->setToolTip(tr("The languages sessions are held in; the first is the default for new sessions"));
    m_languages->setMaximumHeight(110);
    for (const Term& term : Vocabulary::languages()) {
        auto* item = new QListWidgetItem(term.label, m_languages);
        item->setData(Qt::UserRole, term.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Time zone:"), m_timeZone);
    form->addRow(tr("&Languages:"), m_languages);
    form->addRow(tr("D&escription:"), m_description);

    const auto text = [this](QLineEdit* edit, const QString& column, const QString& label) {
        connect(edit, &QLineEdit::textEdited, this, [this, column, label](const QString& value) {
            setEventField(column, value, label);
        });
    };
    text(m_name, QStringLiteral("name"), tr("Edit event name"));
    text(m_venue, QStringLiteral("venue"), tr("Edit venue"));
    text(m_city, QStringLiteral("city"), tr("Edit city"));
    connect(m_timeZone, &QComboBox::currentIndexChanged, this, [this] {
        setEventField(QStringLiteral("time_zone"), m_timeZone->currentData(), tr("Change time zone"));
    });
    connect(m_languages, &QListWidget::itemChanged, this, [this] {
        QStringList keys;
        for (int i = 0; i < m_languages->count(); ++i)
            if (m_languages->item(i)->checkState() == Qt::Checked)
                keys << m_languages->item(i)->data(Qt::UserRole).toString();
        // Keep the stored order (the first language is the default), adding new ones at the end.
        QStringList ordered;
        if (const auto event = currentEvent(m_document.store()))
            for (const QString& key : event->languages)
                if (keys.contains(key))
                    ordered << key;
        for (const QString& key : keys)
            if (!ordered.contains(key))
                ordered << key;
        setEventField(QStringLiteral("languages"), dbvalue::to(ordered), tr("Change languages"));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        setEventField(QStringLiteral("description"), m_description->toPlainText(), tr("Edit description"));
    });
    return page;
}

void EventSettingsDialog::setEventField(const QString& column, const QVariant& value, const QString& text)
{
    if (m_loading)
        return;
    const std::optional<Event> event = currentEvent(m_document.store());
    if (!event) {
        // A brand new file has no event row yet: the first change creates it.
        m_document.push(new InsertRowCommand(m_document, eventTable, {{column, value}}, text));
        return;
    }
    auto* command = new SetFieldCommand(m_document, eventTable, event->id, {{column, value}}, text);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_document.push(command);
}

void EventSettingsDialog::onRowChanged(const QString& table, const QString&, ChangeKind)
{
    if (table == eventTable)
        loadGeneral();
}

void EventSettingsDialog::loadGeneral()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const Event event = currentEvent(m_document.store()).value_or(Event());
    const auto setText = [](QLineEdit* edit, const QString& value) {
        if (edit->text() != value)
            edit->setText(value);
    };
    setText(m_name, event.name);
    setText(m_venue, event.venue);
    setText(m_city, event.city);
    if (m_timeZone->findData(event.timeZone) < 0)
        m_timeZone->addItem(event.timeZone, event.timeZone);
    m_timeZone->setCurrentIndex(m_timeZone->findData(event.timeZone));
    for (int i = 0; i < m_languages->count(); ++i) {
        QListWidgetItem* item = m_languages->item(i);
        const Qt::CheckState state =
            event.languages.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    if (m_description->toPlainText() != event.description)
        m_description->setPlainText(event.description);
    m_loading = wasLoading;
}

} // namespace standlab
