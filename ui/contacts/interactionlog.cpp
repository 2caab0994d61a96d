// SPDX-License-Identifier: GPL-3.0-or-later
#include "interactionlog.h"

#include "contactedits.h"
#include "document/eventdocument.h"
#include "model/interaction.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "shellmodels/storewatcher.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace standlab {

InteractionLog::InteractionLog(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("interactionList"));
    m_list->setHeaderLabels({tr("Date"), tr("Channel"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 90);
    m_list->setColumnWidth(1, 70);
    m_list->setToolTip(tr("What was said to whom and when, newest first"));

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("interactionDate"));
    m_date->setCalendarPopup(true);
    m_date->setToolTip(tr("When it happened"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("interactionChannel"));
    for (const Term& term : Vocabulary::interactionChannels())
        m_channel->addItem(term.label, term.key);
    m_channel->setToolTip(tr("How: email, phone, meeting…"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("interactionNote"));
    m_note->setPlaceholderText(tr("Log a call, email or meeting (Ctrl+L), Enter to add"));
    m_note->setToolTip(tr("Type a note and press Enter to add it to the log"));
    connect(m_note, &QLineEdit::returnPressed, this, &InteractionLog::addFromRow);

    auto* row = new QHBoxLayout;
    row->addWidget(m_date);
    row->addWidget(m_channel);
    row->addWidget(m_note, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);

    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("interactions")}, this);
    connect(watcher, &StoreWatcher::changed, this, &InteractionLog::reload);
    setEnabled(false);
}

void InteractionLog::setOrganisation(const QString& organisationId)
{
    m_organisationId = organisationId;
    setEnabled(!organisationId.isEmpty());
    reload();
}

void InteractionLog::focusNote()
{
    m_date->setDate(QDate::currentDate());
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

bool InteractionLog::addFromRow()
{
    const QString note = m_note->text().trimmed();
    if (m_organisationId.isEmpty() || note.isEmpty())
        return false;
    ContactEdits::addInteraction(m_document, m_organisationId, m_date->date(), m_channel->currentData().toString(), note);
    m_note->clear();
    reload();
    return true;
}

int InteractionLog::entryCount() const
{
    return m_list->topLevelItemCount();
}

void InteractionLog::reload()
{
    m_list->clear();
    if (m_organisationId.isEmpty())
        return;
    const QVector<Interaction> entries = Repository<Interaction>(m_document.store())
        .where(QStringLiteral("organisation_id = ?"), {m_organisationId}, QStringLiteral("happened_on DESC, created_at DESC"));
    for (const Interaction& entry : entries) {
        auto* item = new QTreeWidgetItem(m_list, {QLocale().toString(entry.happenedOn, QLocale::ShortFormat),
                                                  Vocabulary::label(Vocabulary::interactionChannels(), entry.channel),
                                                  entry.note});
        item->setToolTip(2, entry.note);
    }
}

} // namespace standlab
