// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactfilterbar.h"

#include "contacts/contactquery.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "model/workingline.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QTimer>

namespace standlab {
namespace {

void fillYesNo(QComboBox* combo, const QString& any)
{
    combo->addItem(any, -1);
    combo->addItem(ContactFilterBar::tr("Yes"), 1);
    combo->addItem(ContactFilterBar::tr("No"), 0);
}

// Keeps the current choice (by data) while the list is rebuilt.
void refill(QComboBox* combo, const QString& any, const QVector<std::pair<QString, QString>>& items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const auto& [label, data] : items)
        combo->addItem(label, data);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

ContactFilterBar::ContactFilterBar(Store& store, QWidget* parent) : QWidget(parent), m_store(store)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search organisations, cities, countries… (Ctrl+F)"));
    m_search->setToolTip(tr("Words match the start of words, ignoring accents and case"));
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });

    m_kind = addCombo(QStringLiteral("filterKind"), tr("Kind of organisation"));
    m_kind->addItem(tr("Any kind"), QString());
    for (const Term& term : Vocabulary::organisationKinds())
        m_kind->addItem(term.label, term.key);
    m_country = addCombo(QStringLiteral("filterCountry"), tr("Country"));
    m_attendance = addCombo(QStringLiteral("filterAttendance"), tr("Attendance for this edition"));
    m_attendance->addItem(tr("Any attendance"), QString());
    for (const Term& term : Vocabulary::attendance())
        m_attendance->addItem(term.label, term.key);
    m_speak = addCombo(QStringLiteral("filterSpeak"), tr("Wants to speak"));
    fillYesNo(m_speak, tr("Speak: any"));
    m_workshop = addCombo(QStringLiteral("filterWorkshop"), tr("Wants to run a workshop"));
    fillYesNo(m_workshop, tr("Workshop: any"));
    m_line = addCombo(QStringLiteral("filterLine"), tr("Working line of the topic requested"));
    m_signatory = addCombo(QStringLiteral("filterSignatory"), tr("Signed the Declaration of Sharing Cities"));
    fillYesNo(m_signatory, tr("Signatory: any"));
    m_owner = addCombo(QStringLiteral("filterOwner"), tr("Owner on staff"));
    m_followUp = addCombo(QStringLiteral("filterFollowUp"), tr("Follow-ups and requests"));
    m_followUp->addItem(tr("Any follow-up"), int(ContactFilter::AnyFollowUp));
    m_followUp->addItem(tr("Follow-up due (7 days)"), int(ContactFilter::FollowUpDue));
    m_followUp->addItem(tr("Follow-up overdue"), int(ContactFilter::FollowUpOverdue));
    m_followUp->addItem(tr("Unanswered requests"), -1);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 5);
    const QList<QComboBox*> combos{m_kind, m_country, m_attendance, m_speak, m_workshop,
                                   m_line, m_signatory, m_owner, m_followUp};
    for (int i = 0; i < combos.size(); ++i)
        layout->addWidget(combos.at(i), 1 + i / 5, i % 5);
    refreshChoices();
    // Connected once every combo exists: filling them must not ask for a half-built filter.
    for (QComboBox* combo : combos)
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { emit filterChanged(filter()); });
}

QComboBox* ContactFilterBar::addCombo(const QString& name, const QString& tip)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setToolTip(tip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

void ContactFilterBar::refreshChoices()
{
    ContactQuery query(m_store);
    QVector<std::pair<QString, QString>> countries, owners, lines;
    for (const QString& country : query.countries())
        countries.push_back({country, country});
    for (const QString& owner : query.owners())
        owners.push_back({owner, owner});
    for (const WorkingLine& line : Repository<WorkingLine>(m_store).all(QStringLiteral("position")))
        lines.push_back({line.name, line.id});
    refill(m_country, tr("Any country"), countries);
    refill(m_owner, tr("Any owner"), owners);
    refill(m_line, tr("Any working line"), lines);
}

ContactFilter ContactFilterBar::filter() const
{
    ContactFilter f;
    f.search = m_search->text();
    f.kind = m_kind->currentData().toString();
    f.country = m_country->currentData().toString();
    f.attendance = m_attendance->currentData().toString();
    f.wantsToSpeak = m_speak->currentData().toInt();
    f.wantsWorkshop = m_workshop->currentData().toInt();
    f.lineId = m_line->currentData().toString();
    f.signatory = m_signatory->currentData().toInt();
    f.owner = m_owner->currentData().toString();
    const int followUp = m_followUp->currentData().toInt();
    f.unansweredOnly = followUp < 0;
    f.followUp = followUp < 0 ? ContactFilter::AnyFollowUp : ContactFilter::FollowUp(followUp);
    return f;
}

void ContactFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ContactFilterBar::clear()
{
    const QSignalBlocker blocker(this);
    m_search->clear();
    for (QComboBox* combo : findChildren<QComboBox*>())
        combo->setCurrentIndex(0);
}

} // namespace standlab
