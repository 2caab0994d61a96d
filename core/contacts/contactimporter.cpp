// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimporter.h"

#include "contactrowreader.h"
#include "contactvalueparser.h"
#include "store/store.h"
#include "store/timeorderedid.h"

#include <QHash>

namespace standlab {
namespace {

const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kCity = QStringLiteral("city");
const QString kWebsite = QStringLiteral("website");
const QString kEmail = QStringLiteral("email");
const QString kOrganisationId = QStringLiteral("organisation_id");
const QString kContactPersonId = QStringLiteral("contact_person_id");

// Copies `from` over `into`; with onlyEmpty, keeps what `into` already has.
void merge(Row& into, const Row& from, bool onlyEmpty)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (!onlyEmpty || !into.contains(it.key()) || into.value(it.key()).toString().isEmpty())
            into.insert(it.key(), it.value());
}

// The columns of `wanted` whose value differs from `stored`. The columns that identified the match
// (name, city, email) only count when they differ beyond case and accents: "GIRONA" renames nothing.
Row differences(const Row& stored, const Row& wanted)
{
    static const QStringList matchingColumns = {QStringLiteral("name"), QStringLiteral("city"),
                                                QStringLiteral("email")};
    Row changes;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QString before = stored.value(it.key()).toString();
        const QString after = it.value().toString();
        if (before == after)
            continue;
        if (matchingColumns.contains(it.key())
            && ContactValueParser::normaliseName(before) == ContactValueParser::normaliseName(after))
            continue;
        changes.insert(it.key(), it.value());
    }
    return changes;
}

QString orgKey(const Row& org)
{
    return ContactValueParser::normaliseName(org.value(kName).toString()) + QLatin1Char('|')
           + ContactValueParser::normaliseName(org.value(kCity).toString());
}

} // namespace

// Everything an import will write, worked out without writing.
struct ContactImporter::Plan
{
    QVector<Row> organisations;
    QVector<Row> people;
    QVector<Row> engagements;
    QVector<QPair<QString, QString>> updateOrder; // (table, id), first-seen order
    QHash<QString, Row> updates;                  // "table/id" → changes

    void addUpdate(const QString& table, const QString& id, const Row& changes)
    {
        if (changes.isEmpty())
            return;
        const QString key = table + QLatin1Char('/') + id;
        if (!updates.contains(key))
            updateOrder.append({table, id});
        merge(updates[key], changes, false);
    }
};

ContactImporter::ContactImporter(Store& store) : m_store(store) {}
ContactImporter::~ContactImporter() = default;

void ContactImporter::setRecords(const QVector<CsvRecord>& records)
{
    m_records = records;
    m_mapping = ContactImportMapping::guess(headers());
}

bool ContactImporter::loadFile(const QString& path, QString* error)
{
    CsvReader reader;
    if (!reader.readFile(path)) {
        if (error)
            *error = reader.error();
        return false;
    }
    setRecords(reader.takeRecords());
    return true;
}

QStringList ContactImporter::headers() const
{
    return m_records.isEmpty() ? QStringList() : m_records.first().fields;
}

std::unique_ptr<ContactImporter::Plan> ContactImporter::plan(ContactImportReport& report)
{
    auto plan = std::make_unique<Plan>();
    if (m_records.isEmpty()) {
        report.error = tr("The file is empty: there is no header row and no contacts.");
        return plan;
    }
    QString reason;
    if (!m_mapping.isUsable(&reason)) {
        report.error = reason;
        return plan;
    }
    if (m_records.size() == 1) {
        report.error = tr("The file has a header row but no contacts.");
        return plan;
    }
    ContactRowReader rowReader(m_store, m_mapping);

    // What is already stored, indexed the way duplicates are recognised.
    QHash<QString, Row> storedOrgs;
    QHash<QString, QString> storedOrgByKey, storedOrgByName, storedOrgByDomain;
    for (const Row& org : m_store.rows(QStringLiteral("organisations"))) {
        const QString id = org.value(kId).toString();
        storedOrgs.insert(id, org);
        storedOrgByKey.insert(orgKey(org), id);
        storedOrgByName.insert(ContactValueParser::normaliseName(org.value(kName).toString()), id);
        const QString domain = ContactValueParser::websiteDomain(org.value(kWebsite).toString());
        if (!domain.isEmpty())
            storedOrgByDomain.insert(domain, id);
    }
    QHash<QString, Row> storedPeople;
    QHash<QString, QString> storedPersonByEmail, storedPersonByName;
    for (const Row& person : m_store.rows(QStringLiteral("people"))) {
        const QString id = person.value(kId).toString();
        storedPeople.insert(id, person);
        const QString email = person.value(kEmail).toString().trimmed().toLower();
        if (!email.isEmpty())
            storedPersonByEmail.insert(email, id);
        storedPersonByName.insert(ContactValueParser::normaliseName(person.value(kName).toString())
                                      + QLatin1Char('|') + person.value(kOrganisationId).toString(),
                                  id);
    }
    QHash<QString, Row> storedEngagementByOrg;
    for (const Row& engagement : m_store.rows(QStringLiteral("engagements")))
        storedEngagementByOrg.insert(engagement.value(kOrganisationId).toString(), engagement);

    // Rows planned from this file: organisation id → index in plan->organisations, and so on.
    QHash<QString, int> newOrgIndex, newPersonIndex, newEngagementByOrg;
    QVector<int> orgLines, personLines; // the line each planned row came from, by index
    QHash<QString, QString> fileOrgByKey, fileOrgByName, fileOrgByDomain;
    QHash<QString, QString> filePersonByEmail, filePersonByName;
    // Sized for a row each up front: growing a hash of 100,000 keys rehashes it many times over.
    const qsizetype rows = m_records.size();
    for (auto* hash : {&newOrgIndex, &newPersonIndex, &newEngagementByOrg})
        hash->reserve(rows);
    for (auto* hash : {&fileOrgByKey, &fileOrgByName, &fileOrgByDomain, &filePersonByEmail, &filePersonByName})
        hash->reserve(rows);
    orgLines.reserve(rows);
    personLines.reserve(rows);
    plan->organisations.reserve(rows);
    plan->people.reserve(rows);
    plan->engagements.reserve(rows);
    QHash<QString, int> storedTouchedAt; // stored id → first line that matched it

    // How a row's organisation is recognised, worked out once per row.
    struct OrgIdentity
    {
        QString key, name, domain;
        bool hasCity = false;
    };
    auto identify = [](const Row& org) {
        OrgIdentity identity;
        const QString city = org.value(kCity).toString();
        identity.name = ContactValueParser::normaliseName(org.value(kName).toString());
        identity.key = identity.name + QLatin1Char('|') + ContactValueParser::normaliseName(city); // as orgKey()
        identity.domain = ContactValueParser::websiteDomain(org.value(kWebsite).toString());
        identity.hasCity = !city.isEmpty();
        return identity;
    };
    auto registerOrg = [&](const OrgIdentity& identity, const QString& id) {
        fileOrgByKey.insert(identity.key, id);
        fileOrgByName.insert(identity.name, id);
        if (!identity.domain.isEmpty())
            fileOrgByDomain.insert(identity.domain, id);
    };
    auto findOrg = [](const OrgIdentity& org, const QHash<QString, QString>& byKey,
                      const QHash<QString, QString>& byName, const QHash<QString, QString>& byDomain) -> QString {
        if (!org.domain.isEmpty()) {
            const auto found = byDomain.constFind(org.domain);
            if (found != byDomain.cend())
                return found.value();
        }
        return org.hasCity ? byKey.value(org.key) : byName.value(org.name);
    };
    // Rows are moved in: a copy of a shared Row would be copied again, node by node, by its first insert.
    auto addOrg = [&](Row&& org, const OrgIdentity& identity, int line) {
        const QString id = TimeOrderedId::next();
        org.insert(kId, id);
        newOrgIndex.insert(id, int(plan->organisations.size()));
        orgLines.append(line);
        registerOrg(identity, id);
        plan->organisations.append(std::move(org));
        return id;
    };
    // email: trimmed and lower case; nameKey: the normalised name, '|', the organisation id.
    auto addPerson = [&](Row&& person, const QString& email, const QString& nameKey, int line) {
        const QString id = TimeOrderedId::next();
        person.insert(kId, id);
        newPersonIndex.insert(id, int(plan->people.size()));
        personLines.append(line);
        if (!email.isEmpty())
            filePersonByEmail.insert(email, id);
        filePersonByName.insert(nameKey, id);
        plan->people.append(std::move(person));
        return id;
    };
    auto duplicate = [&](const ContactRowReader::Values& values, int line, ImportDuplicate::Kind kind,
                         const QString& id, const QString& why) {
        ImportDuplicate entry;
        entry.line = line;
        entry.kind = kind;
        entry.name = kind == ImportDuplicate::Organisation ? values.organisation.value(kName).toString()
                                                           : values.person.value(kName).toString();
        const QHash<QString, int>& planned = kind == ImportDuplicate::Organisation ? newOrgIndex : newPersonIndex;
        const QVector<int>& lines = kind == ImportDuplicate::Organisation ? orgLines : personLines;
        if (const auto found = planned.constFind(id); found != planned.cend())
            entry.earlierLine = lines.at(found.value());
        else
            entry.existingId = id;
        entry.reason = why;
        report.duplicates.append(entry);
    };

    const int width = int(headers().size());
    for (qsizetype r = 1; r < m_records.size(); ++r) {
        const CsvRecord& record = m_records.at(r);
        ++report.rowsRead;
        ContactRowReader::Values values;
        QStringList problems;
        if (!rowReader.read(record.fields, width, values, problems)) {
            if (!problems.isEmpty())
                report.rejected.append({record.line, tr("Line %1: %2").arg(record.line).arg(problems.join(QStringLiteral("; ")))});
            else
                --report.rowsRead; // an empty row is not a contact
            continue;
        }
        const int line = record.line;

        // The organisation: one already planned from this file, one in the store, or a new one.
        QString orgId;
        bool orgWritable = false; // whether this row may change the organisation and its engagement
        if (!values.organisation.isEmpty()) {
            const OrgIdentity identity = identify(values.organisation);
            const QString inFile = findOrg(identity, fileOrgByKey, fileOrgByName, fileOrgByDomain);
            const QString stored = findOrg(identity, storedOrgByKey, storedOrgByName, storedOrgByDomain);
            const QString match = !inFile.isEmpty() ? inFile : stored;
            const bool sameRowTwice = values.person.isEmpty(); // a person row naming its organisation is no duplicate
            if (match.isEmpty()) {
                orgId = addOrg(std::move(values.organisation), identity, line);
                orgWritable = true;
            } else if (newOrgIndex.contains(match)) {
                orgId = match;
                Row& planned = plan->organisations[newOrgIndex.value(match)];
                if (sameRowTwice)
                    duplicate(values, line, ImportDuplicate::Organisation, match, tr("repeated in the spreadsheet"));
                if (sameRowTwice && m_policy == DuplicatePolicy::AddAnyway) {
                    orgId = addOrg(std::move(values.organisation), identity, line);
                    orgWritable = true;
                } else if (!sameRowTwice || m_policy == DuplicatePolicy::Update) {
                    merge(planned, values.organisation, !sameRowTwice);
                    orgWritable = true;
                }
            } else {
                if (!storedTouchedAt.contains(match) || sameRowTwice)
                    duplicate(values, line, ImportDuplicate::Organisation, match, tr("already in the event"));
                storedTouchedAt.insert(match, line);
                orgId = match;
                if (m_policy == DuplicatePolicy::AddAnyway) {
                    orgId = addOrg(std::move(values.organisation), identity, line);
                    orgWritable = true;
                } else if (m_policy == DuplicatePolicy::Update) {
                    Row changes = differences(storedOrgs.value(match), values.organisation);
                    plan->addUpdate(QStringLiteral("organisations"), match, changes);
                    registerOrg(identity, match);
                    orgWritable = true;
                } else {
                    registerOrg(identity, match);
                }
            }
        }

        // The person, at that organisation.
        QString personId;
        if (!values.person.isEmpty()) {
            if (!orgId.isEmpty())
                values.person.insert(kOrganisationId, orgId);
            const QString email = values.person.value(kEmail).toString().trimmed().toLower();
            const QString nameKey = ContactValueParser::normaliseName(values.person.value(kName).toString())
                                    + QLatin1Char('|') + orgId;
            QString match;
            QString why;
            if (!email.isEmpty() && (filePersonByEmail.contains(email) || storedPersonByEmail.contains(email))) {
                match = filePersonByEmail.value(email, storedPersonByEmail.value(email));
                why = tr("same email");
            } else if (filePersonByName.contains(nameKey) || storedPersonByName.contains(nameKey)) {
                match = filePersonByName.value(nameKey, storedPersonByName.value(nameKey));
                why = tr("same name at the same organisation");
            }
            if (match.isEmpty()) {
                personId = addPerson(std::move(values.person), email, nameKey, line);
            } else {
                duplicate(values, line, ImportDuplicate::Person, match, why);
                personId = match;
                if (m_policy == DuplicatePolicy::AddAnyway) {
                    personId = addPerson(std::move(values.person), email, nameKey, line);
                } else if (m_policy == DuplicatePolicy::Update) {
                    if (newPersonIndex.contains(match))
                        merge(plan->people[newPersonIndex.value(match)], values.person, false);
                    else
                        plan->addUpdate(QStringLiteral("people"), match,
                                        differences(storedPeople.value(match), values.person));
                }
            }
        }

        // The engagement of the organisation with this edition.
        if (!orgId.isEmpty() && orgWritable && (!values.engagement.isEmpty() || !personId.isEmpty())) {
            Row engagement = values.engagement;
            if (newEngagementByOrg.contains(orgId)) {
                Row& planned = plan->engagements[newEngagementByOrg.value(orgId)];
                if (!personId.isEmpty())
                    engagement.insert(kContactPersonId, personId);
                merge(planned, engagement, true);
            } else if (storedEngagementByOrg.contains(orgId)) {
                const Row stored = storedEngagementByOrg.value(orgId);
                if (!personId.isEmpty() && stored.value(kContactPersonId).toString().isEmpty())
                    engagement.insert(kContactPersonId, personId);
                plan->addUpdate(QStringLiteral("engagements"), stored.value(kId).toString(),
                                differences(stored, engagement));
            } else {
                engagement.insert(kOrganisationId, orgId);
                if (!personId.isEmpty())
                    engagement.insert(kContactPersonId, personId);
                newEngagementByOrg.insert(orgId, int(plan->engagements.size()));
                plan->engagements.append(engagement);
            }
        }
    }

    report.organisationsToAdd = int(plan->organisations.size());
    report.peopleToAdd = int(plan->people.size());
    report.engagementsToAdd = int(plan->engagements.size());
    for (const auto& [table, id] : qAsConst(plan->updateOrder)) {
        if (table == QLatin1String("organisations"))
            ++report.organisationsToUpdate;
        else if (table == QLatin1String("people"))
            ++report.peopleToUpdate;
        else
            ++report.engagementsToUpdate;
    }
    return plan;
}

ContactImportReport ContactImporter::preview()
{
    ContactImportReport report;
    plan(report);
    return report;
}

ContactImportReport ContactImporter::apply()
{
    ContactImportReport report;
    const std::unique_ptr<Plan> planned = plan(report);
    if (!report.error.isEmpty())
        return report;
    if (!report.rejected.isEmpty()) {
        report.error = tr("Nothing was imported: %n row(s) could not be read. Correct them and import again.", "",
                          int(report.rejected.size()));
        return report;
    }
    QString error;
    Store::Transaction transaction(m_store);
    bool ok = (planned->organisations.isEmpty()
               || m_store.insertMany(QStringLiteral("organisations"), planned->organisations, false, &error, SearchIndexing::Later))
              && (planned->people.isEmpty()
                  || m_store.insertMany(QStringLiteral("people"), planned->people, false, &error, SearchIndexing::Later))
              && (planned->engagements.isEmpty()
                  || m_store.insertMany(QStringLiteral("engagements"), planned->engagements, false, &error, SearchIndexing::Later));
    for (const auto& [table, id] : qAsConst(planned->updateOrder)) {
        if (!ok)
            break;
        ok = m_store.update(table, id, planned->updates.value(table + QLatin1Char('/') + id), &error);
    }
    if (!ok || !transaction.commit(&error)) {
        // The transaction rolls back when it goes out of scope: the store is as it was.
        report.error = tr("Nothing was imported: %1").arg(error);
        return report;
    }
    report.applied = true;
    return report;
}

QString ContactImportReport::summary() const
{
    QStringList lines;
    if (!error.isEmpty())
        lines << error;
    lines << ContactImporter::tr("%n organisation(s) to add, ", "", organisationsToAdd)
                 + ContactImporter::tr("%n to update; ", "", organisationsToUpdate)
                 + ContactImporter::tr("%n person(s) to add, ", "", peopleToAdd)
                 + ContactImporter::tr("%n to update; ", "", peopleToUpdate)
                 + ContactImporter::tr("%n duplicate(s); ", "", int(duplicates.size()))
                 + ContactImporter::tr("%n row(s) rejected.", "", int(rejected.size()));
    for (const ImportRejection& rejection : rejected)
        lines << rejection.reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace standlab
