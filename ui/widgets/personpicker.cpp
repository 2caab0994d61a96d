// SPDX-License-Identifier: GPL-3.0-or-later
#include "personpicker.h"

#include "document/eventdocument.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "shellmodels/storewatcher.h"
#include "store/labellookup.h"
#include "db/sqlitestatement.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>

namespace standlab {

PersonPicker::PersonPicker(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("personPicker"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("personPickerEdit"));
    m_edit->setPlaceholderText(tr("Find a person, or type a new name…"));
    m_edit->setToolTip(tr("Type part of a name or organisation; a name nobody has creates a new person"));
    m_edit->setClearButtonEnabled(true);
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setObjectName(QStringLiteral("personPickerCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);

    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("people"), QStringLiteral("organisations")}, this);
    connect(watcher, &StoreWatcher::changed, this, &PersonPicker::refresh);
    connect(m_edit, &QLineEdit::textChanged, this, &PersonPicker::choiceChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &PersonPicker::accepted);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        m_edit->setText(text);
        emit accepted();
    });
    refresh();
}

void PersonPicker::refresh()
{
    Store& store = m_document.store();
    const QHash<QString, QString> organisations = LabelLookup::byId(
        store, QStringLiteral("organisations"), QStringLiteral("name"),
        QStringLiteral("id IN (SELECT organisation_id FROM people)"));
    m_idByLabel.clear();
    m_idsByName.clear();
    QStringList labels;
    // Only the four columns a label needs: with tens of thousands of contacts, whole rows cost seconds.
    SqliteStatement people(store.database(), QStringLiteral("SELECT id, name, organisation_id, email FROM people ORDER BY name"));
    while (people.step()) {
        const QString id = people.text(0);
        const QString name = people.text(1);
        const QString email = people.text(3);
        const QString organisation = organisations.value(people.text(2));
        QString label = organisation.isEmpty() ? name : tr("%1 — %2").arg(name, organisation);
        // Two people with the same name and organisation still need two entries.
        if (m_idByLabel.contains(label))
            label = tr("%1 (%2)").arg(label, email.isEmpty() ? id.left(8) : email);
        m_idByLabel.insert(label, id);
        m_idsByName[name.trimmed().toCaseFolded()] << id;
        labels << label;
    }
    m_names->setStringList(labels);
    emit choiceChanged();
}

PersonPicker::Choice PersonPicker::choice() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    if (const auto it = m_idByLabel.constFind(text); it != m_idByLabel.cend())
        return {it.value(), {}};
    // A bare name picks the person when only one has it; with several the list must decide.
    const QStringList ids = m_idsByName.value(text.toCaseFolded());
    if (ids.size() == 1)
        return {ids.first(), {}};
    if (ids.size() > 1)
        return {};
    return {{}, text};
}

void PersonPicker::clear()
{
    m_edit->clear();
}

} // namespace standlab
