// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomegenerator.h"

#include "generatedids.h"
#include "generatorsource.h"
#include "model/action.h"
#include "model/actionpartner.h"
#include "model/actionsession.h"
#include "model/dataset.h"
#include "model/document.h"
#include "model/initiative.h"
#include "model/repository.h"
#include "model/section.h"
#include "syntheticnames.h"

namespace standlab {
namespace {

template <class T> Row rowOf(const T& item)
{
    return Repository<T>::toRow(item);
}

} // namespace

OutcomeGenerator::OutcomeGenerator(const EventGenerator::Options& options, GeneratorSource& source,
                                   GeneratedIds& ids)
    : m_options(options), m_source(source), m_ids(ids)
{
}

// Generated content is data, not interface text: it stays English whatever the language.

void OutcomeGenerator::makeDocument()
{
    Document document;
    document.id = m_source.nextId();
    document.title = QStringLiteral("2020 Action Plan");
    m_source.add(EntityTraits<Document>::table(), rowOf(document));
    for (int s = 0; s < EventGenerator::Options::sections(); ++s) {
        Section section;
        section.id = m_source.nextId();
        section.documentId = document.id;
        section.position = s;
        if (s == 0) {
            section.title = QStringLiteral("Introduction");
        } else {
            section.workingLineId = m_ids.lineIds.at(s - 1);
            section.title = QStringLiteral("Working line %1").arg(s);
        }
        section.bodyHtml = QStringLiteral("<p>") + QStringLiteral("Generated text for section %1.").arg(s + 1)
            + QStringLiteral("</p>");
        section.lastEditor = m_source.pick(SyntheticNames::staff());
        m_ids.sectionIds << section.id;
        m_source.add(EntityTraits<Section>::table(), rowOf(section));
    }
}

void OutcomeGenerator::makeInitiatives()
{
    static const QStringList statuses = {QStringLiteral("requested"), QStringLiteral("accepted"),
                                         QStringLiteral("accepted"), QStringLiteral("declined")};
    for (int i = 0; i < m_options.initiatives(); ++i) {
        Initiative initiative;
        initiative.id = m_source.nextId();
        initiative.name = QStringLiteral("Initiative %1: %2").arg(i + 1).arg(m_source.pick(SyntheticNames::topics()));
        if (!m_ids.organisationIds.isEmpty())
            initiative.organisationId = m_source.pick(m_ids.organisationIds);
        initiative.workingLineId = m_source.pick(m_ids.lineIds);
        if (!m_ids.personIds.isEmpty() && m_source.chance(50))
            initiative.contactPersonId = m_source.pick(m_ids.personIds);
        initiative.slotDay = m_source.pick(m_ids.days);
        initiative.slotTable = QStringLiteral("Table %1").arg(1 + int(m_source.below(8)));
        initiative.slotStart = QTime(10 + int(m_source.below(8)), 0);
        initiative.slotEnd = initiative.slotStart.addSecs(3600);
        initiative.slotStatus = m_source.pick(statuses);
        m_source.add(EntityTraits<Initiative>::table(), rowOf(initiative));
    }
}

void OutcomeGenerator::makeDatasets()
{
    static const QStringList licences = {QStringLiteral("CC BY 4.0"), QStringLiteral("ODbL"),
                                         QStringLiteral("CC0"), QStringLiteral("Proprietary")};
    static const QStringList formats = {QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("GeoJSON"),
                                        QStringLiteral("API")};
    static const QStringList access = {QStringLiteral("open"), QStringLiteral("negotiated"), QStringLiteral("closed")};
    for (int i = 0; i < m_options.datasets(); ++i) {
        Dataset dataset;
        dataset.id = m_source.nextId();
        const auto& city = m_source.pick(SyntheticNames::cities());
        dataset.name = m_source.pick(SyntheticNames::datasetSubjects()) + QStringLiteral(" — ") + city.name;
        dataset.publisher = m_ids.organisationNames.isEmpty() ? city.name : m_source.pick(m_ids.organisationNames);
        dataset.city = city.name;
        dataset.licence = m_source.pick(licences);
        dataset.format = m_source.pick(formats);
        dataset.access = m_source.pick(access);
        dataset.link = QStringLiteral("https://data.example.org/%1").arg(i + 1);
        dataset.workingLineId = m_ids.lineIds.at(2); // the Data line
        m_source.add(EntityTraits<Dataset>::table(), rowOf(dataset));
    }
}

void OutcomeGenerator::makeActions()
{
    static const QStringList statuses = {QStringLiteral("proposed"), QStringLiteral("agreed"),
                                         QStringLiteral("in_progress"), QStringLiteral("done")};
    QVector<int> positions(m_ids.sectionIds.size(), 0);
    QVector<std::pair<QString, QString>> partners; // (action, organisation)
    QVector<std::pair<QString, QString>> sources;  // (action, session)
    for (int i = 0; i < m_options.actions(); ++i) {
        Action action;
        action.id = m_source.nextId();
        const int section = 1 + i % (m_ids.sectionIds.size() - 1);
        action.sectionId = m_ids.sectionIds.at(section);
        action.workingLineId = m_ids.lineIds.at(section - 1);
        action.title = m_source.pick(SyntheticNames::actionVerbs()) + QLatin1Char(' ') + m_source.pick(SyntheticNames::topics()).toLower();
        action.description = QStringLiteral("A generated action of the 2020 Action Plan.");
        if (!m_ids.organisationIds.isEmpty())
            action.leadOrganisationId = m_source.pick(m_ids.organisationIds);
        action.timeframe = QStringLiteral("Q%1 2020").arg(1 + int(m_source.below(4)));
        action.indicators = QStringLiteral("Cities taking part; datasets published");
        action.status = m_source.pick(statuses);
        action.position = positions[section]++;
        m_source.add(EntityTraits<Action>::table(), rowOf(action));
        const int partnerCount = m_ids.organisationIds.size() > 2 ? int(m_source.below(3)) : 0;
        QStringList chosen{action.leadOrganisationId};
        while (chosen.size() < partnerCount + 1) {
            const QString& organisationId = m_source.pick(m_ids.organisationIds);
            if (!chosen.contains(organisationId))
                chosen << organisationId;
        }
        for (int p = 1; p < chosen.size(); ++p)
            partners.push_back({action.id, chosen.at(p)});
        if (!m_ids.sessionIds.isEmpty() && m_source.chance(60))
            sources.push_back({action.id, m_source.pick(m_ids.sessionIds)});
    }
    for (const auto& [actionId, organisationId] : qAsConst(partners)) {
        ActionPartner partner;
        partner.id = m_source.nextId();
        partner.actionId = actionId;
        partner.organisationId = organisationId;
        m_source.add(EntityTraits<ActionPartner>::table(), rowOf(partner));
    }
    for (const auto& [actionId, sessionId] : qAsConst(sources)) {
        ActionSession source;
        source.id = m_source.nextId();
        source.actionId = actionId;
        source.sessionId = sessionId;
        m_source.add(EntityTraits<ActionSession>::table(), rowOf(source));
    }
}

} // namespace standlab
