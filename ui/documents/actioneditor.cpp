// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioneditor.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "documents/planformat.h"
#include "model/action.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"
#include "store/labellookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <algorithm>

namespace standlab {

namespace {
void fill(QComboBox* combo, const QVector<QPair<QString, QString>>& items, const QString& none)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!none.isNull())
        combo->addItem(none, QString());
    for (const auto& [key, label] : items)
        combo->addItem(label, key);
}

void select(QComboBox* combo, const QString& key)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(key)));
}
} // namespace

ActionEditor::ActionEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("actionDescription"));
    m_description->setMaximumHeight(70);
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("actionLine"));
    m_lead = new QComboBox(this);
    m_lead->setObjectName(QStringLiteral("actionLead"));
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("actionQuarter"));
    m_indicators = new QLineEdit(this);
    m_indicators->setObjectName(QStringLiteral("actionIndicators"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("actionStatus"));
    m_partners = new QListWidget(this);
    m_partners->setObjectName(QStringLiteral("actionPartners"));
    m_partners->setToolTip(tr("Tick the partner organisations of this action"));
    m_sessions = new QListWidget(this);
    m_sessions->setObjectName(QStringLiteral("actionSessions"));
    m_sessions->setToolTip(tr("The sessions and workshops this action came from; double-click to show one"));
    m_sessionChoice = new QComboBox(this);
    m_sessionChoice->setObjectName(QStringLiteral("actionSessionChoice"));
    m_sessionChoice->setToolTip(tr("A session to link to this action"));
    auto* link = new QPushButton(tr("Link"), this);
    link->setObjectName(QStringLiteral("linkSession"));
    auto* unlink = new QPushButton(tr("Unlink"), this);
    unlink->setObjectName(QStringLiteral("unlinkSession"));
    m_showSession = new QPushButton(tr("Show session"), this);
    m_showSession->setObjectName(QStringLiteral("showSession"));
    m_showSession->setToolTip(tr("Jump to the selected session in the programme"));

    m_quarter->addItem(tr("Not set"), QString());
    for (int q = 1; q <= 4; ++q) {
        const QString key = QStringLiteral("2020-Q%1").arg(q);
        m_quarter->addItem(PlanFormat::quarterLabel(key), key);
    }
    for (const Term& t : Vocabulary::actionStatuses())
        m_status->addItem(t.label, t.key);

    // The session chooser on its own line: session titles are long and the buttons must stay visible.
    auto* sessionRow = new QVBoxLayout;
    auto* sessionButtons = new QHBoxLayout;
    sessionRow->addWidget(m_sessionChoice);
    sessionButtons->addWidget(link);
    sessionButtons->addWidget(unlink);
    sessionButtons->addWidget(m_showSession);
    sessionButtons->addStretch(1);
    sessionRow->addLayout(sessionButtons);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Working &line"), m_line);
    form->addRow(tr("L&ead"), m_lead);
    form->addRow(tr("&Quarter"), m_quarter);
    form->addRow(tr("&Indicators"), m_indicators);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("&Partners"), m_partners);
    form->addRow(tr("Sessions"), m_sessions);
    form->addRow(QString(), sessionRow);

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString& t) { setField(QStringLiteral("title"), t, tr("Edit action title")); });
    connect(m_indicators, &QLineEdit::textEdited, this,
            [this](const QString& t) { setField(QStringLiteral("indicators"), t, tr("Edit indicators")); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        setField(QStringLiteral("description"), m_description->toPlainText(), tr("Edit action description"));
    });
    auto comboField = [this](QComboBox* combo, const char* column, const QString& text) {
        connect(combo, &QComboBox::activated, this, [this, combo, column, text] {
            const QString key = combo->currentData().toString();
            setField(QString::fromLatin1(column), key.isEmpty() ? QVariant() : QVariant(key), text);
        });
    };
    comboField(m_line, "working_line_id", tr("Set working line"));
    comboField(m_lead, "lead_organisation_id", tr("Set lead organisation"));
    comboField(m_quarter, "timeframe", tr("Set quarter"));
    comboField(m_status, "status", tr("Set action status"));
    connect(m_partners, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!m_loading)
            togglePartner(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(link, &QPushButton::clicked, this, &ActionEditor::linkSession);
    connect(unlink, &QPushButton::clicked, this, &ActionEditor::unlinkSession);
    auto show = [this] {
        if (QListWidgetItem* item = m_sessions->currentItem())
            emit showSessionRequested(item->data(Qt::UserRole).toString());
    };
    connect(m_showSession, &QPushButton::clicked, this, show);
    connect(m_sessions, &QListWidget::itemDoubleClicked, this, show);

    auto* watcher = new StoreWatcher(document.store(),
                                     {QStringLiteral("actions"), QStringLiteral("action_partners"),
                                      QStringLiteral("action_sessions"), QStringLiteral("organisations"),
                                      QStringLiteral("sessions"), QStringLiteral("working_lines")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &ActionEditor::reload);
    reloadChoices();
    setAction(QString());
}

void ActionEditor::reloadChoices()
{
    auto items = [this](const QString& table, const QString& column) {
        return LabelLookup::list(m_document.store(), table, column, column + QStringLiteral(" COLLATE NOCASE"));
    };
    fill(m_line, items(QStringLiteral("working_lines"), QStringLiteral("name")), tr("No working line"));
    fill(m_lead, items(QStringLiteral("organisations"), QStringLiteral("name")), tr("No lead yet"));
    fill(m_sessionChoice, items(QStringLiteral("sessions"), QStringLiteral("title")), QString());
}

void ActionEditor::setAction(const QString& actionId)
{
    m_actionId = actionId;
    reload();
}

void ActionEditor::reload()
{
    const std::optional<Action> action = Repository<Action>(m_document.store()).find(m_actionId);
    setEnabled(action.has_value());
    m_loading = true;
    reloadChoices();
    const Action a = action.value_or(Action());
    if (m_title->text() != a.title)
        m_title->setText(a.title);
    if (m_description->toPlainText() != a.description) {
        const QSignalBlocker blocker(m_description);
        m_description->setPlainText(a.description);
    }
    if (m_indicators->text() != a.indicators)
        m_indicators->setText(a.indicators);
    select(m_line, a.workingLineId);
    select(m_lead, a.leadOrganisationId);
    select(m_quarter, a.timeframe);
    select(m_status, a.status);

    Store& store = m_document.store();
    QSet<QString> partners;
    for (const Row& row : store.rows(QStringLiteral("action_partners"), QStringLiteral("action_id = ?"), {m_actionId}))
        partners.insert(row.value(QStringLiteral("organisation_id")).toString());
    m_partners->clear();
    // The ticked partners first, so they are visible without scrolling through every organisation.
    auto organisations = LabelLookup::list(store, QStringLiteral("organisations"), QStringLiteral("name"),
                                           QStringLiteral("name COLLATE NOCASE"));
    std::stable_partition(organisations.begin(), organisations.end(),
                          [&partners](const QPair<QString, QString>& organisation) { return partners.contains(organisation.first); });
    for (const auto& [id, name] : std::as_const(organisations)) {
        auto* item = new QListWidgetItem(name, m_partners);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(partners.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_sessions->clear();
    for (const Row& row : store.rows(QStringLiteral("action_sessions"), QStringLiteral("action_id = ?"), {m_actionId})) {
        const QString sessionId = row.value(QStringLiteral("session_id")).toString();
        const std::optional<Row> session = store.row(QStringLiteral("sessions"), sessionId);
        auto* item = new QListWidgetItem(session ? session->value(QStringLiteral("title")).toString() : sessionId, m_sessions);
        item->setData(Qt::UserRole, sessionId);
        item->setData(Qt::UserRole + 1, row.value(QStringLiteral("id")));
    }
    m_showSession->setEnabled(m_sessions->count() > 0);
    m_loading = false;
}

void ActionEditor::setField(const QString& column, const QVariant& value, const QString& text)
{
    if (m_loading || m_actionId.isEmpty())
        return;
    m_document.push(new SetFieldCommand(m_document, QStringLiteral("actions"), m_actionId, {{column, value}}, text));
}

void ActionEditor::togglePartner(const QString& organisationId, bool on)
{
    Store& store = m_document.store();
    const QVector<Row> links = store.rows(QStringLiteral("action_partners"),
                                          QStringLiteral("action_id = ? AND organisation_id = ?"),
                                          {m_actionId, organisationId});
    if (on && links.isEmpty())
        m_document.push(new InsertRowCommand(m_document, QStringLiteral("action_partners"),
                                             {{QStringLiteral("action_id"), m_actionId},
                                              {QStringLiteral("organisation_id"), organisationId}},
                                             tr("Add a partner")));
    else if (!on && !links.isEmpty())
        m_document.push(new RemoveRowCommand(m_document, QStringLiteral("action_partners"),
                                             links.first().value(QStringLiteral("id")).toString(), tr("Remove a partner")));
}

void ActionEditor::linkSession()
{
    const QString sessionId = m_sessionChoice->currentData().toString();
    if (m_actionId.isEmpty() || sessionId.isEmpty())
        return;
    if (!m_document.store().rows(QStringLiteral("action_sessions"), QStringLiteral("action_id = ? AND session_id = ?"),
                                 {m_actionId, sessionId}).isEmpty())
        return;
    m_document.push(new InsertRowCommand(m_document, QStringLiteral("action_sessions"),
                                         {{QStringLiteral("action_id"), m_actionId}, {QStringLiteral("session_id"), sessionId}},
                                         tr("Link a session")));
}

void ActionEditor::unlinkSession()
{
    if (QListWidgetItem* item = m_sessions->currentItem())
        m_document.push(new RemoveRowCommand(m_document, QStringLiteral("action_sessions"),
                                             item->data(Qt::UserRole + 1).toString(), tr("Unlink a session")));
}

} // namespace standlab
