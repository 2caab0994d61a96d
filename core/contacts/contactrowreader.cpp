// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrowreader.h"

#include "contactvalueparser.h"
#include "csv/csvwriter.h"
#include "model/field.h"
#include "store/store.h"

#include <QRegularExpression>

namespace standlab {
namespace {

// Spreadsheet columns such as kind, attendance, yes/no and dates repeat a handful of texts over
// thousands of rows: each distinct text is parsed once.
template <typename T, typename Parse>
std::optional<T> cached(QHash<QString, std::optional<T>>& cache, const QString& text, Parse parse)
{
    auto found = cache.constFind(text);
    if (found == cache.cend())
        found = cache.insert(text, parse(text));
    return found.value();
}

} // namespace

ContactRowReader::ContactRowReader(const Store& store, const ContactImportMapping& mapping) : m_mapping(mapping)
{
    for (const Row& line : store.rows(QStringLiteral("working_lines"))) {
        const QString id = line.value(QStringLiteral("id")).toString();
        m_lineByName.insert(ContactValueParser::normaliseName(line.value(QStringLiteral("name")).toString()), id);
        const QString shortName = line.value(QStringLiteral("short_name")).toString();
        if (!shortName.isEmpty())
            m_lineByName.insert(ContactValueParser::normaliseName(shortName), id);
    }
    for (const Row& day : store.rows(QStringLiteral("event_days"), {}, {}, QStringLiteral("day")))
        m_eventDays << day.value(QStringLiteral("day")).toString();
}

QString ContactRowReader::cell(const QStringList& fields, ContactField field) const
{
    const int column = m_mapping.column(field);
    // Our own exports neutralise formula-looking cells; restore() undoes exactly that (see CsvWriter).
    return column < 0 ? QString() : CsvWriter::restore(fields.value(column).trimmed());
}

QStringList ContactRowReader::parseDays(const QString& text, QStringList& problems) const
{
    static const QStringList allWords = {QStringLiteral("all"), QStringLiteral("all days"),
                                         QStringLiteral("todos"), QStringLiteral("todos los dias"),
                                         QStringLiteral("tots"), QStringLiteral("tots els dies")};
    if (allWords.contains(ContactValueParser::normaliseName(text)))
        return m_eventDays;
    static const QRegularExpression separators(QStringLiteral("[,;|\\s]+"));
    QStringList days;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        QString day;
        if (const auto date = ContactValueParser::parseDate(part)) {
            day = date->toString(Qt::ISODate);
        } else {
            bool isNumber = false;
            const int number = part.toInt(&isNumber);
            for (const QString& eventDay : m_eventDays)
                if (isNumber && QDate::fromString(eventDay, Qt::ISODate).day() == number)
                    day = eventDay;
        }
        if (day.isEmpty()) {
            problems << tr("the day ‘%1’ is neither a date nor a day of the event").arg(part);
            continue;
        }
        if (!days.contains(day))
            days << day;
    }
    return days;
}

bool ContactRowReader::read(const QStringList& fields, int headerWidth, Values& values, QStringList& problems) const
{
    bool empty = true;
    for (const QString& field : fields)
        empty = empty && field.trimmed().isEmpty();
    if (empty)
        return false;
    if (fields.size() < headerWidth) {
        problems << tr("it has %1 fields where the header has %2; the file may be cut short")
                        .arg(fields.size())
                        .arg(headerWidth);
        return false;
    }
    for (qsizetype i = headerWidth; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty()) {
            problems << tr("it has %1 fields where the header has %2").arg(fields.size()).arg(headerWidth);
            return false;
        }
    }

    auto text = [&](Row& row, const QString& column, ContactField field) {
        const QString value = cell(fields, field);
        if (!value.isEmpty())
            row.insert(column, value);
    };
    auto flag = [&](Row& row, const QString& column, ContactField field) {
        const QString value = cell(fields, field);
        if (value.isEmpty())
            return;
        if (const auto parsed = cached(m_boolByCell, value, ContactValueParser::parseBool))
            row.insert(column, *parsed ? 1 : 0);
        else
            problems << tr("‘%1’ is not yes or no (%2)").arg(value, ContactImportMapping::label(field));
    };

    Row& org = values.organisation;
    text(org, QStringLiteral("name"), ContactField::OrganisationName);
    if (!org.isEmpty()) {
        const QString kind = cell(fields, ContactField::OrganisationKind);
        if (!kind.isEmpty()) {
            if (const auto parsed = cached(m_kindByCell, kind, ContactValueParser::parseKind))
                org.insert(QStringLiteral("kind"), *parsed);
            else
                problems << tr("‘%1’ is not a kind of organisation").arg(kind);
        }
        text(org, QStringLiteral("city"), ContactField::City);
        text(org, QStringLiteral("country"), ContactField::Country);
        text(org, QStringLiteral("website"), ContactField::Website);
        flag(org, QStringLiteral("declaration_signatory"), ContactField::DeclarationSignatory);
    }

    Row& engagement = values.engagement;
    const QString attendance = cell(fields, ContactField::Attendance);
    if (!attendance.isEmpty()) {
        if (const auto parsed = cached(m_attendanceByCell, attendance, ContactValueParser::parseAttendance))
            engagement.insert(QStringLiteral("attendance"), *parsed);
        else
            problems << tr("‘%1’ is not an attendance status").arg(attendance);
    }
    const QString days = cell(fields, ContactField::Days);
    if (!days.isEmpty())
        engagement.insert(QStringLiteral("days"), dbvalue::to(parseDays(days, problems)));
    const QString size = cell(fields, ContactField::DelegationSize);
    if (!size.isEmpty()) {
        bool ok = false;
        const int number = size.toInt(&ok);
        if (ok && number >= 0 && number < 100000)
            engagement.insert(QStringLiteral("delegation_size"), number);
        else
            problems << tr("the delegation size ‘%1’ is not a number").arg(size);
    }
    text(engagement, QStringLiteral("topics"), ContactField::Topics);
    const QString line = cell(fields, ContactField::RequestedLine);
    if (!line.isEmpty()) {
        const QString id = m_lineByName.value(ContactValueParser::normaliseName(line));
        if (id.isEmpty())
            problems << tr("there is no working line ‘%1’ in this event").arg(line);
        else
            engagement.insert(QStringLiteral("requested_line_id"), id);
    }
    flag(engagement, QStringLiteral("wants_to_speak"), ContactField::WantsToSpeak);
    flag(engagement, QStringLiteral("wants_workshop"), ContactField::WantsWorkshop);
    text(engagement, QStringLiteral("owner"), ContactField::Owner);
    const QString followUp = cell(fields, ContactField::NextFollowUp);
    if (!followUp.isEmpty()) {
        const auto date = cached(m_isoDateByCell, followUp, [](const QString& text) -> std::optional<QString> {
            if (const auto parsed = ContactValueParser::parseDate(text))
                return parsed->toString(Qt::ISODate);
            return std::nullopt;
        });
        if (date)
            engagement.insert(QStringLiteral("next_follow_up"), *date);
        else
            problems << tr("the date ‘%1’ is not a date").arg(followUp);
    }

    Row& person = values.person;
    QString name = cell(fields, ContactField::PersonName);
    if (name.isEmpty())
        name = QString(cell(fields, ContactField::FirstName) + QLatin1Char(' ') + cell(fields, ContactField::LastName)).trimmed();
    if (!name.isEmpty()) {
        person.insert(QStringLiteral("name"), name);
        text(person, QStringLiteral("role_title"), ContactField::RoleTitle);
        const QString email = cell(fields, ContactField::Email);
        if (!email.isEmpty() && !ContactValueParser::looksLikeEmail(email))
            problems << tr("the email ‘%1’ does not look like an address").arg(email);
        else if (!email.isEmpty())
            person.insert(QStringLiteral("email"), email);
        text(person, QStringLiteral("phone"), ContactField::Phone);
        const QString languages = cell(fields, ContactField::Languages);
        if (!languages.isEmpty()) {
            // A list has few distinct language cells ("ca, es, en"): parse and encode each once.
            auto known = m_languagesByCell.constFind(languages);
            if (known == m_languagesByCell.cend())
                known = m_languagesByCell.insert(languages, dbvalue::to(ContactValueParser::parseLanguages(languages)));
            person.insert(QStringLiteral("languages"), known.value());
        }
        text(person, QStringLiteral("notes"), ContactField::Notes);
    } else if (!org.isEmpty()) {
        text(org, QStringLiteral("notes"), ContactField::Notes);
    }

    if (org.isEmpty() && person.isEmpty())
        problems << tr("it names neither an organisation nor a person");
    else if (org.isEmpty() && !engagement.isEmpty())
        problems << tr("it has engagement details but no organisation");
    return problems.isEmpty();
}

} // namespace standlab
