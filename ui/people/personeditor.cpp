// SPDX-License-Identifier: GPL-3.0-or-later
#include "personeditor.h"

#include "availabilityeditor.h"
#include "commands/setfieldcommand.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "widgets/pushedit.h"
#include "db/sqlitestatement.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace standlab {
namespace {
const QString peopleTable = QStringLiteral("people");

void setTextIfDifferent(QLineEdit* edit, const QString& text)
{
    // Re-setting identical text would move the cursor while someone is typing.
    if (edit->text() != text)
        edit->setText(text);
}

void setTextIfDifferent(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}
} // namespace

PersonEditor::PersonEditor(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("personEditor"));
    m_stack = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Select a person to edit them, or press New person."), m_stack);
    empty->setObjectName(QStringLiteral("personEditorEmptyLabel"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    m_stack->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    refreshOrganisations();
    connect(&m_document.store(), &Store::rowChanged, this, &PersonEditor::onRowChanged);
    connect(&m_document.store(), &Store::reset, this, [this] {
        refreshOrganisations();
        setPersonId(m_personId);
    });
    setPersonId({});
}

QWidget* PersonEditor::buildForm()
{
    auto* form = new QWidget;
    auto* column = new QVBoxLayout(form);
    const auto group = [column](const QString& title) {
        auto* box = new QGroupBox(title);
        auto* layout = new QFormLayout(box);
        layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        column->addWidget(box);
        return layout;
    };
    const auto named = [](auto* widget, const char* name, const QString& tip) {
        widget->setObjectName(QString::fromLatin1(name));
        widget->setToolTip(tip);
        return widget;
    };

    QFormLayout* about = group(tr("Person"));
    m_name = named(new QLineEdit, "personNameEdit", tr("The name as printed in the programme"));
    m_organisation = named(new QComboBox, "personOrganisationCombo", tr("The city or organisation this person comes from"));
    m_roleTitle = named(new QLineEdit, "personRoleEdit", tr("Their position, e.g. “Deputy mayor for housing”"));
    m_email = named(new QLineEdit, "personEmailEdit", tr("Where to write to them"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_phone = named(new QLineEdit, "personPhoneEdit", tr("A phone number, with the country code"));
    m_phone->setPlaceholderText(QStringLiteral("+34 …"));
    m_languages = named(new QListWidget, "personLanguagesList", tr("The languages this person can speak in"));
    m_languages->setMaximumHeight(60);
    m_languages->setFlow(QListView::LeftToRight);
    m_languages->setWrapping(true);
    about->addRow(tr("&Name:"), m_name);
    about->addRow(tr("&Organisation:"), m_organisation);
    about->addRow(tr("&Role:"), m_roleTitle);
    about->addRow(tr("&Email:"), m_email);
    about->addRow(tr("&Phone:"), m_phone);
    about->addRow(tr("Languages:"), m_languages);

    QFormLayout* availability = group(tr("Availability"));
    m_availability = new AvailabilityEditor(m_document);
    availability->addRow(m_availability);

    QFormLayout* bio = group(tr("Biography"));
    m_bio = named(new QPlainTextEdit, "personBioEdit", tr("A short biography printed with the programme"));
    m_bio->setMinimumHeight(80);
    bio->addRow(m_bio);
    QFormLayout* notes = group(tr("Internal notes"));
    m_notes = named(new QPlainTextEdit, "personNotesEdit", tr("Only for the organisers; never exported"));
    m_notes->setMinimumHeight(60);
    notes->addRow(m_notes);
    column->addStretch();

    connectText(m_name, QStringLiteral("name"), tr("Edit name"));
    connectText(m_roleTitle, QStringLiteral("role_title"), tr("Edit role"));
    connectText(m_email, QStringLiteral("email"), tr("Edit email"));
    connectText(m_phone, QStringLiteral("phone"), tr("Edit phone"));
    connectText(m_bio, QStringLiteral("bio"), tr("Edit biography"));
    connectText(m_notes, QStringLiteral("notes"), tr("Edit notes"));
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_organisation->currentData().toString();
        setField(QStringLiteral("organisation_id"), id.isEmpty() ? QVariant() : QVariant(id), tr("Change organisation"));
    });
    connect(m_languages, &QListWidget::itemChanged, this, &PersonEditor::onLanguageToggled);
    return form;
}

void PersonEditor::connectText(QLineEdit* edit, const QString& column, const QString& text)
{
    // textEdited, not textChanged: only what a person types becomes a command.
    connect(edit, &QLineEdit::textEdited, this, [this, column, text](const QString& value) { setField(column, value, text); });
}

void PersonEditor::connectText(QPlainTextEdit* edit, const QString& column, const QString& text)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, column, text] {
        setField(column, edit->toPlainText(), text);
    });
}

void PersonEditor::setField(const QString& column, const QVariant& value, const QString& text)
{
    if (m_loading || m_personId.isEmpty())
        return;
    pushEdit(m_document, new SetFieldCommand(m_document, peopleTable, m_personId, {{column, value}}, text));
}

void PersonEditor::setPersonId(const QString& id)
{
    const bool exists = !id.isEmpty() && m_document.store().row(peopleTable, id).has_value();
    m_personId = exists ? id : QString();
    m_stack->setCurrentIndex(exists ? 1 : 0);
    m_availability->setPersonId(m_personId);
    load();
}

void PersonEditor::focusName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void PersonEditor::onRowChanged(const QString& table, const QString& id, ChangeKind kind)
{
    if (table == peopleTable && id == m_personId) {
        if (kind == ChangeKind::Deleted)
            setPersonId({});
        else
            load();
    } else if (table == QLatin1String("organisations")) {
        refreshOrganisations();
        load();
    }
}

void PersonEditor::refreshOrganisations()
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_organisation->clear();
    m_organisation->addItem(tr("(none)"), QString());
    // Names and cities only: whole rows of every contact made opening a large event slow.
    SqliteStatement organisations(m_document.store().database(),
                                  QStringLiteral("SELECT id, name, city FROM organisations ORDER BY name"));
    while (organisations.step()) {
        const QString name = organisations.text(1);
        const QString city = organisations.text(2);
        m_organisation->addItem(city.isEmpty() ? name : tr("%1 (%2)").arg(name, city), organisations.text(0));
    }
    m_loading = wasLoading;
}

void PersonEditor::load()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const Person p = m_personId.isEmpty() ? Person() : Repository<Person>(m_document.store()).find(m_personId).value_or(Person());
    setTextIfDifferent(m_name, p.name);
    const int organisation = m_organisation->findData(p.organisationId);
    m_organisation->setCurrentIndex(organisation < 0 ? 0 : organisation);
    setTextIfDifferent(m_roleTitle, p.roleTitle);
    setTextIfDifferent(m_email, p.email);
    setTextIfDifferent(m_phone, p.phone);
    setTextIfDifferent(m_bio, p.bio);
    setTextIfDifferent(m_notes, p.notes);
    loadLanguages(p.languages);
    m_loading = wasLoading;
}

void PersonEditor::loadLanguages(const QStringList& languages)
{
    QVector<Term> terms = Vocabulary::languages();
    // A language from an import that is not one of ours stays visible (and can be unticked).
    for (const QString& key : languages)
        if (!Vocabulary::contains(terms, key))
            terms.push_back({key, key});
    bool sameItems = m_languages->count() == terms.size();
    for (int i = 0; sameItems && i < terms.size(); ++i)
        sameItems = m_languages->item(i)->data(Qt::UserRole).toString() == terms.at(i).key;
    // Rebuilding only when the list itself changes: this runs inside the item's own change signal.
    if (!sameItems) {
        m_languages->clear();
        for (const Term& term : terms) {
            auto* item = new QListWidgetItem(term.label, m_languages);
            item->setData(Qt::UserRole, term.key);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        }
    }
    for (int i = 0; i < m_languages->count(); ++i) {
        QListWidgetItem* item = m_languages->item(i);
        const Qt::CheckState state = languages.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
}

void PersonEditor::onLanguageToggled(QListWidgetItem*)
{
    if (m_loading)
        return;
    QStringList keys;
    for (int i = 0; i < m_languages->count(); ++i)
        if (m_languages->item(i)->checkState() == Qt::Checked)
            keys << m_languages->item(i)->data(Qt::UserRole).toString();
    if (m_personId.isEmpty())
        return;
    // Wrapped so that ticking two boxes in a row stays two steps (field edits of one column merge).
    auto* step = new QUndoCommand(tr("Change languages"));
    new SetFieldCommand(m_document, peopleTable, m_personId, {{QStringLiteral("languages"), dbvalue::to(keys)}}, step->text(), step);
    if (step->child(0)->isObsolete()) {
        delete step;
        return;
    }
    m_document.push(step);
}

} // namespace standlab
