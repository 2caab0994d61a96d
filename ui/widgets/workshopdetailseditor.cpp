// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopdetailseditor.h"

#include "commands/insertrowcommand.h"
#include "commands/setfieldcommand.h"
#include "model/document.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/section.h"
#include "model/workshopdetails.h"
#include "pushedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace standlab {
namespace {
const QString detailsTable = QStringLiteral("workshop_details");

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void selectData(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

WorkshopDetailsEditor::WorkshopDetailsEditor(EventDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("workshopDetailsEditor"));
    const auto named = [](auto* widget, const char* name, const QString& tip) {
        widget->setObjectName(QString::fromLatin1(name));
        widget->setToolTip(tip);
        return widget;
    };
    m_organiser = named(new QComboBox, "workshopOrganiserCombo", tr("The organisation that runs the workshop"));
    m_organiser->setMinimumContentsLength(20);
    m_organiser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_facilitators = named(new QLabel, "workshopFacilitatorsLabel",
                           tr("Facilitators are the session's people with the role Facilitator (see People above)"));
    m_facilitators->setWordWrap(true);
    m_materials = named(new QPlainTextEdit, "workshopMaterialsEdit", tr("What to prepare: flip charts, post-its, a projector…"));
    m_materials->setMinimumHeight(60);
    m_materials->setMaximumHeight(100);
    m_maxParticipants = named(new QSpinBox, "workshopMaxParticipantsSpin", tr("How many participants the workshop can take"));
    m_registrations = named(new QSpinBox, "workshopRegistrationsSpin", tr("How many people have registered so far"));
    for (QSpinBox* spin : {m_maxParticipants, m_registrations}) {
        spin->setRange(0, 100000);
        spin->setSpecialValueText(tr("—"));
    }
    m_full = named(new QLabel, "workshopFullLabel", {});
    m_full->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_feeds = named(new QComboBox, "workshopFeedsSectionCombo", tr("The Action Plan section this workshop's outcome goes into"));
    m_feeds->setMinimumContentsLength(20);
    m_feeds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_outcome = named(new QPlainTextEdit, "workshopOutcomeEdit", tr("What came out of the workshop, for the Action Plan"));
    m_outcome->setMinimumHeight(60);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Organiser:"), m_organiser);
    form->addRow(tr("Facilitators:"), m_facilitators);
    form->addRow(tr("&Materials:"), m_materials);
    form->addRow(tr("Max &participants:"), m_maxParticipants);
    form->addRow(tr("&Registrations:"), m_registrations);
    form->addRow(QString(), m_full);
    form->addRow(tr("&Feeds:"), m_feeds);
    form->addRow(tr("O&utcome:"), m_outcome);

    const auto reference = [](const QString& key) { return key.isEmpty() ? QVariant() : QVariant(key); };
    connect(m_organiser, &QComboBox::currentIndexChanged, this, [this, reference] {
        setField(QStringLiteral("organiser_id"), reference(m_organiser->currentData().toString()), tr("Change workshop organiser"));
    });
    connect(m_feeds, &QComboBox::currentIndexChanged, this, [this, reference] {
        setField(QStringLiteral("feeds_section_id"), reference(m_feeds->currentData().toString()), tr("Change the section the workshop feeds"));
    });
    connect(m_materials, &QPlainTextEdit::textChanged, this, [this] {
        setField(QStringLiteral("materials"), m_materials->toPlainText(), tr("Edit workshop materials"));
    });
    connect(m_outcome, &QPlainTextEdit::textChanged, this, [this] {
        setField(QStringLiteral("outcome_notes"), m_outcome->toPlainText(), tr("Edit workshop outcome"));
    });
    connect(m_maxParticipants, &QSpinBox::valueChanged, this, [this](int value) {
        setField(QStringLiteral("max_participants"), value, tr("Change maximum participants"));
    });
    connect(m_registrations, &QSpinBox::valueChanged, this, [this](int value) {
        setField(QStringLiteral("registrations"), value, tr("Change registrations"));
    });
    connect(&m_document.store(), &Store::rowChanged, this, &WorkshopDetailsEditor::onRowChanged);
    connect(&m_document.store(), &Store::reset, this, [this] {
        refreshChoices();
        load();
    });
    refreshChoices();
    load();
}

void WorkshopDetailsEditor::onRowChanged(const QString& table, const QString&, ChangeKind)
{
    if (table == detailsTable) {
        load();
    } else if (table == QLatin1String("organisations") || table == QLatin1String("sections")
               || table == QLatin1String("documents")) {
        refreshChoices();
        load();
    } else if (table == QLatin1String("participations") || table == QLatin1String("people")) {
        loadFacilitators();
    }
}

void WorkshopDetailsEditor::setSessionId(const QString& id)
{
    m_sessionId = id;
    load();
}

QString WorkshopDetailsEditor::detailsId() const
{
    if (m_sessionId.isEmpty())
        return {};
    const auto rows = Repository<WorkshopDetails>(m_document.store()).where(QStringLiteral("session_id = ?"), {m_sessionId});
    return rows.isEmpty() ? QString() : rows.first().id;
}

void WorkshopDetailsEditor::refreshChoices()
{
    const bool wasLoading = std::exchange(m_loading, true);
    Store& store = m_document.store();
    m_organiser->clear();
    m_organiser->addItem(tr("(none)"), QString());
    for (const Organisation& organisation : Repository<Organisation>(store).all(QStringLiteral("name")))
        m_organiser->addItem(organisation.name, organisation.id);
    m_feeds->clear();
    m_feeds->addItem(tr("(no section)"), QString());
    // The Action Plan's sections first; other outcome documents' sections after them, named with their document.
    const QVector<Document> documents = Repository<Document>(store).all(QStringLiteral("kind <> 'action_plan', position, title"));
    for (const Document& document : documents) {
        const auto sections = Repository<Section>(store).where(QStringLiteral("document_id = ?"), {document.id}, QStringLiteral("position"));
        for (const Section& section : sections) {
            const QString title = section.title.isEmpty() ? tr("(untitled section)") : section.title;
            m_feeds->addItem(document.kind == QLatin1String("action_plan") ? title : tr("%1 › %2").arg(document.title, title),
                             section.id);
        }
    }
    m_loading = wasLoading;
}

void WorkshopDetailsEditor::load()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const QString id = detailsId();
    const WorkshopDetails d = id.isEmpty() ? WorkshopDetails() : Repository<WorkshopDetails>(m_document.store()).find(id).value_or(WorkshopDetails());
    selectData(m_organiser, d.organiserId);
    selectData(m_feeds, d.feedsSectionId);
    setTextIfDifferent(m_materials, d.materials);
    setTextIfDifferent(m_outcome, d.outcomeNotes);
    if (m_maxParticipants->value() != d.maxParticipants)
        m_maxParticipants->setValue(d.maxParticipants);
    if (m_registrations->value() != d.registrations)
        m_registrations->setValue(d.registrations);
    const bool over = d.maxParticipants > 0 && d.registrations > d.maxParticipants;
    m_full->setText(!over ? QString()
                    : d.registrations - d.maxParticipants == 1
                        ? tr("1 registration over the limit.")
                        : tr("%1 registrations over the limit.").arg(d.registrations - d.maxParticipants));
    m_full->setVisible(over);
    m_loading = wasLoading;
    loadFacilitators();
}

void WorkshopDetailsEditor::loadFacilitators()
{
    QStringList names;
    if (!m_sessionId.isEmpty()) {
        Store& store = m_document.store();
        for (const Participation& p : Repository<Participation>(store).where(
                 QStringLiteral("session_id = ? AND role = 'facilitator'"), {m_sessionId}, QStringLiteral("position")))
            names << Repository<Person>(store).find(p.personId).value_or(Person()).name;
    }
    m_facilitators->setText(names.isEmpty() ? tr("None yet: add people above with the role Facilitator.")
                                            : names.join(QStringLiteral(", ")));
}

void WorkshopDetailsEditor::setField(const QString& column, const QVariant& value, const QString& text)
{
    if (m_loading || m_sessionId.isEmpty())
        return;
    const QString id = detailsId();
    if (id.isEmpty()) {
        pushEdit(m_document, new InsertRowCommand(m_document, detailsTable,
                                                  {{QStringLiteral("session_id"), m_sessionId}, {column, value}}, text));
        return;
    }
    pushEdit(m_document, new SetFieldCommand(m_document, detailsTable, id, {{column, value}}, text));
}

} // namespace standlab
