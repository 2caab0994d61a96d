// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsexporter.h"

#include "model/engagement.h"
#include "model/organisation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/vocabulary.h"
#include "store/store.h"
#include "vcardwriter.h"

namespace standlab {
namespace {

QString yesNo(bool value)
{
    // Kept in English on purpose: every importer (ours, spreadsheets' filters) reads yes/no.
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QByteArray toCsv(const QStringList& headers, const QVector<QStringList>& rows, const CsvWriter::Options& options)
{
    CsvWriter writer(options);
    writer.addRow(headers);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer.data();
}

} // namespace

QVector<QVariantMap> ContactsExporter::selected(const QString& table, const QStringList& ids,
                                                const QString& orderBy) const
{
    const QVector<Row> all = m_store.rows(table, {}, {}, orderBy);
    if (ids.isEmpty())
        return all;
    // Keep the order the caller's (filtered, sorted) list shows.
    QHash<QString, Row> byId;
    for (const Row& row : all)
        byId.insert(row.value(QStringLiteral("id")).toString(), row);
    QVector<Row> chosen;
    for (const QString& id : ids)
        if (byId.contains(id))
            chosen << byId.value(id);
    return chosen;
}

QHash<QString, QString> ContactsExporter::names(const QString& table) const
{
    QHash<QString, QString> result;
    for (const Row& row : m_store.rows(table))
        result.insert(row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("name")).toString());
    return result;
}

QStringList ContactsExporter::organisationHeaders() const
{
    return {tr("Organisation"), tr("Kind"), tr("City"), tr("Country"), tr("Website"),
            tr("Declaration signatory"), tr("Attendance"), tr("Days"), tr("Delegation size"), tr("Topics"),
            tr("Working line"), tr("Wants to speak"), tr("Wants to run a workshop"), tr("Owner"),
            tr("Next follow-up"), tr("Contact person"), tr("Notes")};
}

QVector<QStringList> ContactsExporter::organisationRows(const QStringList& ids) const
{
    QHash<QString, Engagement> engagements;
    for (const Row& row : m_store.rows(QStringLiteral("engagements"))) {
        const Engagement engagement = Repository<Engagement>::fromRow(row);
        engagements.insert(engagement.organisationId, engagement);
    }
    const QHash<QString, QString> lines = names(QStringLiteral("working_lines"));
    const QHash<QString, QString> people = names(QStringLiteral("people"));
    QVector<QStringList> rows;
    for (const Row& row : selected(QStringLiteral("organisations"), ids, QStringLiteral("name"))) {
        const Organisation org = Repository<Organisation>::fromRow(row);
        const auto engagement = engagements.constFind(org.id);
        const bool has = engagement != engagements.cend();
        const Engagement e = has ? *engagement : Engagement();
        rows << QStringList{org.name,
                            Vocabulary::label(Vocabulary::organisationKinds(), org.kind),
                            org.city,
                            org.country,
                            org.website,
                            yesNo(org.declarationSignatory),
                            has ? Vocabulary::label(Vocabulary::attendance(), e.attendance) : QString(),
                            e.days.join(QStringLiteral(", ")),
                            has ? QString::number(e.delegationSize) : QString(),
                            e.topics,
                            lines.value(e.requestedLineId),
                            has ? yesNo(e.wantsToSpeak) : QString(),
                            has ? yesNo(e.wantsWorkshop) : QString(),
                            e.owner,
                            e.nextFollowUp.isValid() ? e.nextFollowUp.toString(Qt::ISODate) : QString(),
                            people.value(e.contactPersonId),
                            org.notes};
    }
    return rows;
}

QStringList ContactsExporter::peopleHeaders() const
{
    return {tr("Name"), tr("Organisation"), tr("Role"), tr("Email"), tr("Phone"), tr("Languages"), tr("Notes")};
}

QVector<QStringList> ContactsExporter::peopleRows(const QStringList& ids) const
{
    const QHash<QString, QString> organisations = names(QStringLiteral("organisations"));
    QVector<QStringList> rows;
    for (const Row& row : selected(QStringLiteral("people"), ids, QStringLiteral("name"))) {
        const Person person = Repository<Person>::fromRow(row);
        rows << QStringList{person.name,  organisations.value(person.organisationId),
                            person.roleTitle, person.email, person.phone,
                            person.languages.join(QStringLiteral(", ")), person.notes};
    }
    return rows;
}

QByteArray ContactsExporter::organisationsCsv(const QStringList& ids, const CsvWriter::Options& options) const
{
    return toCsv(organisationHeaders(), organisationRows(ids), options);
}

QByteArray ContactsExporter::peopleCsv(const QStringList& ids, const CsvWriter::Options& options) const
{
    return toCsv(peopleHeaders(), peopleRows(ids), options);
}

QByteArray ContactsExporter::vCards(const QStringList& personIds) const
{
    const QHash<QString, QString> organisations = names(QStringLiteral("organisations"));
    VCardWriter writer;
    for (const Row& row : selected(QStringLiteral("people"), personIds, QStringLiteral("name"))) {
        const Person person = Repository<Person>::fromRow(row);
        writer.add(person, organisations.value(person.organisationId));
    }
    return writer.data();
}

bool ContactsExporter::writeOrganisationsCsv(const QString& path, const QStringList& ids, QString* error,
                                             const CsvWriter::Options& options) const
{
    return CsvWriter::writeFileAtomically(path, organisationsCsv(ids, options), error);
}

bool ContactsExporter::writePeopleCsv(const QString& path, const QStringList& ids, QString* error,
                                      const CsvWriter::Options& options) const
{
    return CsvWriter::writeFileAtomically(path, peopleCsv(ids, options), error);
}

bool ContactsExporter::writeVCards(const QString& path, const QStringList& personIds, QString* error) const
{
    return CsvWriter::writeFileAtomically(path, vCards(personIds), error);
}

} // namespace standlab
