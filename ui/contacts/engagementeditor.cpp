// SPDX-License-Identifier: GPL-3.0-or-later
#include "engagementeditor.h"

#include "contactedits.h"
#include "document/eventdocument.h"
#include "interactionlog.h"
#include "model/engagement.h"
#include "model/eventday.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/vocabulary.h"
#include "model/workingline.h"
#include "shellmodels/storewatcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace standlab {
namespace {
const QDate kNoDate(2000, 1, 1); // the date edit's minimum, shown as "None"
}

EngagementEditor::EngagementEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("engagementTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_signatory = new QCheckBox(tr("Declaration of Sharing Cities signatory"), this);
    m_signatory->setObjectName(QStringLiteral("signatory"));
    connect(m_signatory, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            ContactEdits::setOrganisationField(m_document, m_organisationId, QStringLiteral("declaration_signatory"), on ? 1 : 0);
    });

    m_attendance = new QComboBox(this);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_attendance->setToolTip(tr("Will they come to this edition?"));
    for (const Term& term : Vocabulary::attendance())
        m_attendance->addItem(term.label, term.key);
    connect(m_attendance, qOverload<int>(&QComboBox::activated), this,
            [this] { edit(QStringLiteral("attendance"), m_attendance->currentData()); });

    m_daysBox = new QWidget(this);
    auto* daysLayout = new QHBoxLayout(m_daysBox);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    for (const EventDay& day : Repository<EventDay>(document.store()).all(QStringLiteral("day"))) {
        auto* box = new QCheckBox(QLocale().toString(day.day, QStringLiteral("ddd d")), m_daysBox);
        box->setProperty("day", day.day.toString(Qt::ISODate));
        box->setToolTip(tr("Coming on %1").arg(QLocale().toString(day.day, QLocale::LongFormat)));
        daysLayout->addWidget(box);
        m_days << box;
        connect(box, &QCheckBox::toggled, this, [this] {
            QStringList days;
            for (QCheckBox* b : std::as_const(m_days))
                if (b->isChecked())
                    days << b->property("day").toString();
            edit(QStringLiteral("days"), dbvalue::to(days));
        });
    }
    daysLayout->addStretch();

    m_delegation = new QSpinBox(this);
    m_delegation->setObjectName(QStringLiteral("delegation"));
    m_delegation->setRange(0, 500);
    m_delegation->setToolTip(tr("How many people come with the delegation"));
    connect(m_delegation, &QSpinBox::editingFinished, this, [this] { edit(QStringLiteral("delegation_size"), m_delegation->value()); });
    m_topics = new QLineEdit(this);
    m_topics->setObjectName(QStringLiteral("topics"));
    m_topics->setToolTip(tr("Topics they want addressed, separated by commas"));
    connect(m_topics, &QLineEdit::editingFinished, this, [this] { edit(QStringLiteral("topics"), m_topics->text()); });
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("requestedLine"));
    m_line->setToolTip(tr("The working line their request belongs to"));
    connect(m_line, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_line->currentData().toString();
        edit(QStringLiteral("requested_line_id"), id.isEmpty() ? QVariant() : QVariant(id));
    });
    m_speak = new QCheckBox(tr("Wants to speak"), this);
    m_speak->setObjectName(QStringLiteral("wantsToSpeak"));
    connect(m_speak, &QCheckBox::toggled, this, [this](bool on) { edit(QStringLiteral("wants_to_speak"), on ? 1 : 0); });
    m_workshop = new QCheckBox(tr("Wants to run a workshop"), this);
    m_workshop->setObjectName(QStringLiteral("wantsWorkshop"));
    connect(m_workshop, &QCheckBox::toggled, this, [this](bool on) { edit(QStringLiteral("wants_workshop"), on ? 1 : 0); });
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setToolTip(tr("Who on the staff follows this organisation up"));
    connect(m_owner, &QLineEdit::editingFinished, this, [this] { edit(QStringLiteral("owner"), m_owner->text().trimmed()); });
    m_followUp = new QDateEdit(this);
    m_followUp->setObjectName(QStringLiteral("followUp"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setMinimumDate(kNoDate);
    m_followUp->setSpecialValueText(tr("None"));
    m_followUp->setToolTip(tr("When to get back to them; past dates show as overdue"));
    connect(m_followUp, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        edit(QStringLiteral("next_follow_up"), date == kNoDate ? QVariant() : QVariant(date.toString(Qt::ISODate)));
    });
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contactPerson"));
    m_contact->setToolTip(tr("Their contact person: the speaker or facilitator of a session made from the request"));
    connect(m_contact, qOverload<int>(&QComboBox::activated), this, [this] {
        const QString id = m_contact->currentData().toString();
        edit(QStringLiteral("contact_person_id"), id.isEmpty() ? QVariant() : QVariant(id));
    });

    m_requestState = new QLabel(this);
    m_requestState->setObjectName(QStringLiteral("requestState"));
    m_requestState->setWordWrap(true);
    m_makeSession = new QPushButton(tr("Make a session from this request"), this);
    m_makeSession->setObjectName(QStringLiteral("makeSession"));
    m_makeSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_makeSession->setToolTip(tr("A proposed session on the requested working line, with the organisation as organiser "
                                 "and the contact person as speaker or facilitator (Ctrl+Shift+M)"));
    connect(m_makeSession, &QPushButton::clicked, this, &EngagementEditor::makeSession);

    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("organisationPeople"));
    m_people->setMaximumHeight(80);
    m_people->setToolTip(tr("People of this organisation"));
    m_log = new InteractionLog(document, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Attendance"), m_attendance);
    form->addRow(tr("Days"), m_daysBox);
    form->addRow(tr("Delegation"), m_delegation);
    form->addRow(tr("Topics"), m_topics);
    form->addRow(tr("Working line"), m_line);
    auto* wishes = new QHBoxLayout;
    wishes->addWidget(m_speak);
    wishes->addWidget(m_workshop);
    wishes->addStretch();
    form->addRow(tr("Wishes"), wishes);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Follow-up"), m_followUp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_signatory);
    layout->addLayout(form);
    auto* request = new QHBoxLayout;
    request->addWidget(m_requestState, 1);
    request->addWidget(m_makeSession);
    layout->addLayout(request);
    layout->addWidget(new QLabel(tr("People"), this));
    layout->addWidget(m_people);
    layout->addWidget(new QLabel(tr("Interaction log"), this));
    layout->addWidget(m_log, 1);

    auto* watcher = new StoreWatcher(document.store(),
                                     {QStringLiteral("organisations"), QStringLiteral("engagements"), QStringLiteral("people"),
                                      QStringLiteral("sessions"), QStringLiteral("working_lines")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &EngagementEditor::refresh);
    setOrganisation({});
}

void EngagementEditor::setOrganisation(const QString& organisationId)
{
    if (organisationId == m_organisationId && !organisationId.isEmpty())
        return;
    m_organisationId = organisationId;
    m_log->setOrganisation(organisationId);
    refresh();
}

void EngagementEditor::edit(const QString& column, const QVariant& value)
{
    if (m_loading || m_organisationId.isEmpty())
        return;
    ContactEdits::setEngagementField(m_document, m_organisationId, m_engagementId, column, value);
}

QString EngagementEditor::makeSession()
{
    QString error;
    const QString id = m_engagementId.isEmpty() ? QString() : ContactEdits::makeSessionFromRequest(m_document, m_engagementId, &error);
    if (id.isEmpty()) {
        m_requestState->setText(error.isEmpty() ? tr("This organisation has not asked for anything yet.") : error);
        return {};
    }
    refresh();
    emit sessionMade(id);
    return id;
}

void EngagementEditor::refresh()
{
    Store& store = m_document.store();
    const std::optional<Organisation> org = Repository<Organisation>(store).find(m_organisationId);
    for (QWidget* w : findChildren<QWidget*>())
        if (w != m_title)
            w->setEnabled(bool(org));
    if (!org) {
        m_organisationId.clear();
        m_title->setText(tr("Choose an organisation in the list"));
        m_details->clear();
        m_people->clear();
        m_requestState->clear();
        return;
    }
    const QVector<Engagement> found = Repository<Engagement>(store).where(QStringLiteral("organisation_id = ?"), {org->id});
    const Engagement e = found.isEmpty() ? Engagement() : found.first();
    m_engagementId = found.isEmpty() ? QString() : e.id;

    m_loading = true;
    m_title->setText(org->name);
    m_details->setText(QStringList{Vocabulary::label(Vocabulary::organisationKinds(), org->kind), org->city, org->country}
                           .filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" · ")));
    m_signatory->setChecked(org->declarationSignatory);
    m_attendance->setCurrentIndex(std::max(0, m_attendance->findData(e.attendance)));
    for (QCheckBox* box : std::as_const(m_days))
        box->setChecked(e.days.contains(box->property("day").toString()));
    m_delegation->setValue(e.delegationSize);
    if (!m_topics->hasFocus())
        m_topics->setText(e.topics);
    if (!m_owner->hasFocus())
        m_owner->setText(e.owner);
    m_speak->setChecked(e.wantsToSpeak);
    m_workshop->setChecked(e.wantsWorkshop);
    m_followUp->setDate(e.nextFollowUp.isValid() ? e.nextFollowUp : kNoDate);

    m_line->clear();
    m_line->addItem(tr("(none)"), QString());
    for (const WorkingLine& line : Repository<WorkingLine>(store).all(QStringLiteral("position")))
        m_line->addItem(line.name, line.id);
    m_line->setCurrentIndex(std::max(0, m_line->findData(e.requestedLineId)));

    const QVector<Person> people = Repository<Person>(store).where(QStringLiteral("organisation_id = ?"), {org->id}, QStringLiteral("name"));
    m_contact->clear();
    m_contact->addItem(tr("(none)"), QString());
    m_people->clear();
    for (const Person& person : people) {
        m_contact->addItem(person.name, person.id);
        auto* item = new QListWidgetItem(person.roleTitle.isEmpty() ? person.name : tr("%1 — %2").arg(person.name, person.roleTitle), m_people);
        item->setToolTip(QStringList{person.email, person.phone}.join(QLatin1Char(' ')).trimmed());
    }
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(e.contactPersonId)));

    const bool asks = e.wantsToSpeak || e.wantsWorkshop;
    const std::optional<Session> session = e.requestSessionId.isEmpty()
        ? std::nullopt : Repository<Session>(store).find(e.requestSessionId);
    if (session)
        m_requestState->setText(tr("Answered: session “%1” (%2).")
                                    .arg(session->title, Vocabulary::label(Vocabulary::sessionStatuses(), session->status)));
    else if (asks)
        m_requestState->setText(tr("<b>Unanswered</b>: they asked to %1.")
                                    .arg(e.wantsWorkshop ? tr("run a workshop") : tr("speak")));
    else
        m_requestState->setText(tr("No request to speak or run a workshop."));
    m_makeSession->setEnabled(asks && !session);
    m_loading = false;
}

} // namespace standlab
