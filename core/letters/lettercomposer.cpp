// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettercomposer.h"

#include "defaultletters.h"
#include "exchange/exchangeprogramme.h"
#include "exchange/icalendarwriter.h"
#include "model/event.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/workshopdetails.h"
#include "releases/changereport.h"
#include "releases/releasebook.h"
#include "releases/releaseformats.h"
#include "store/store.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace standlab {

namespace {

template <class T> QVector<T> rowsOf(const Store& store, const QString& where = {}, const QVariantList& args = {})
{
    QVector<T> items;
    for (const Row& row : store.rows(EntityTraits<T>::table(), where, args))
        items.push_back(Repository<T>::fromRow(row));
    return items;
}

const QStringList& lettered()
{
    static const QStringList statuses = {QStringLiteral("confirmed"), QStringLiteral("proposed")};
    return statuses;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QStringList LetterComposer::placeholders()
{
    return {QStringLiteral("{name}"),     QStringLiteral("{first_name}"), QStringLiteral("{event}"),
            QStringLiteral("{address}"),  QStringLiteral("{sessions}"),   QStringLiteral("{changes}"),
            QStringLiteral("{bring}"),    QStringLiteral("{release}")};
}

QString LetterComposer::fill(const QString& text, const QHash<QString, QString>& values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString filled;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        filled += text.mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        filled += value == values.constEnd() ? match.captured(0) : value.value();
        last = match.capturedEnd();
    }
    filled += text.mid(last);
    // An empty placeholder on a line of its own ({changes} in a plain letter) leaves no gap of blank lines.
    static const QRegularExpression blankLines(QStringLiteral("\\n{3,}"));
    return filled.replace(blankLines, QStringLiteral("\n\n")).trimmed();
}

LetterTemplate LetterComposer::templateFor(const QString& language) const
{
    const QVector<LetterTemplate> stored = rowsOf<LetterTemplate>(
        m_store, QStringLiteral("kind = 'schedule' AND language = ?"), {language});
    if (!stored.isEmpty())
        return stored.first();
    LetterTemplate made;
    made.language = DefaultLetters::languages().contains(language) ? language : QStringLiteral("en");
    made.subject = DefaultLetters::subject(made.language);
    made.body = DefaultLetters::body(made.language);
    return made;
}

QVector<QPair<QString, QString>> LetterComposer::recipients() const
{
    QSet<QString> sessions;
    for (const Row& row : m_store.rows(QStringLiteral("sessions"), QStringLiteral("status IN ('confirmed', 'proposed') AND starts_at IS NOT NULL")))
        sessions.insert(row.value(QStringLiteral("id")).toString());
    QSet<QString> onStage;
    for (const Participation& p : rowsOf<Participation>(m_store))
        if (sessions.contains(p.sessionId))
            onStage.insert(p.personId);
    QVector<QPair<QString, QString>> people;
    for (const Person& person : rowsOf<Person>(m_store))
        if (onStage.contains(person.id))
            people.push_back({person.id, person.name});
    std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.second, b.second) < 0;
    });
    return people;
}

std::optional<QString> LetterComposer::findPerson(const QString& nameOrId, QString* error) const
{
    const QString wanted = nameOrId.trimmed();
    for (const Person& person : rowsOf<Person>(m_store))
        if (person.id == wanted || person.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return person.id;
    if (error)
        *error = tr("There is no person “%1” in this event.").arg(wanted);
    return std::nullopt;
}

QString LetterComposer::languageFor(const QString& personId, const QString& wanted) const
{
    if (!wanted.isEmpty())
        return wanted;
    if (const std::optional<Row> row = m_store.row(QStringLiteral("people"), personId)) {
        for (const QString& language : Repository<Person>::fromRow(*row).languages)
            if (DefaultLetters::languages().contains(language.toLower()))
                return language.toLower();
    }
    return QStringLiteral("en");
}

bool LetterComposer::compose(const Options& options, QVector<Letter>* letters, QString* error) const
{
    QStringList people = options.personIds;
    if (people.isEmpty())
        for (const auto& [id, name] : recipients())
            people << id;
    // With a release: only the people on stage in a session that changed, then or now, each told what.
    QHash<QString, QStringList> changesByPerson;
    QString releaseName;
    if (!options.changedSince.isEmpty()) {
        const std::optional<ChangeReport> report = ChangeReport::sinceRelease(m_store, options.changedSince, error);
        if (!report)
            return false;
        releaseName = report->since.name;
        const std::optional<ProgrammeSnapshot> then = ReleaseBook(m_store).snapshot(report->since, error);
        if (!then)
            return false;
        const ProgrammeSnapshot now = ProgrammeSnapshot::fromStore(m_store);
        QHash<QString, QSet<QString>> concerned; // session -> people
        for (const ProgrammeSnapshot* snapshot : {&*then, &now})
            for (const ProgrammeSnapshot::Session& s : snapshot->sessions)
                for (const ProgrammeSnapshot::Person& p : s.people)
                    concerned[s.id].insert(p.id);
        const QSet<QString> chosen(people.cbegin(), people.cend());
        QStringList affected;
        for (const ProgrammeChange& change : report->changes) {
            for (const QString& personId : concerned.value(change.sessionId)) {
                if (!chosen.contains(personId) && !options.personIds.isEmpty())
                    continue;
                const QString language = languageFor(personId, options.language);
                QString line = QStringLiteral("\u2022 %1 \u2014 %2").arg(change.title, ReleaseFormats::printedKind(language, change.kind));
                if (!change.before.isEmpty() || !change.after.isEmpty()) {
                    QString detail = change.before;
                    if (!change.after.isEmpty())
                        detail = detail.isEmpty() ? change.after : detail + QStringLiteral(" \u2192 ") + change.after;
                    line += QStringLiteral(": ") + detail;
                }
                changesByPerson[personId] << line;
                if (!affected.contains(personId))
                    affected << personId;
            }
        }
        people = affected;
    }
    for (const QString& personId : qAsConst(people)) {
        const QString language = languageFor(personId, options.language);
        LetterTemplate chosen = templateFor(language);
        if (!options.subject.isEmpty() || !options.body.isEmpty()) {
            chosen.subject = options.subject;
            chosen.body = options.body;
        }
        QString changes;
        if (changesByPerson.contains(personId))
            changes = DefaultLetters::word(language, DefaultLetters::ChangesSince).arg(releaseName)
                + QLatin1Char('\n') + changesByPerson.value(personId).join(QLatin1Char('\n'));
        const std::optional<Letter> letter = letterFor(personId, language, chosen.subject, chosen.body, changes, error);
        if (!letter)
            return false;
        letters->push_back(*letter);
    }
    std::stable_sort(letters->begin(), letters->end(), [](const Letter& a, const Letter& b) {
        return QString::localeAwareCompare(a.personName, b.personName) < 0;
    });
    return true;
}

std::optional<Letter> LetterComposer::preview(const QString& personId, const QString& language, const QString& subject,
                                              const QString& body, QString* error) const
{
    return letterFor(personId, language, subject, body, QString(), error);
}

std::optional<Letter> LetterComposer::letterFor(const QString& personId, const QString& language,
                                                const QString& subject, const QString& body, const QString& changes,
                                                QString* error) const
{
    const std::optional<Row> personRow = m_store.row(QStringLiteral("people"), personId);
    if (!personRow) {
        if (error)
            *error = tr("There is no person with the id “%1” in this event.").arg(personId);
        return std::nullopt;
    }
    const Person person = Repository<Person>::fromRow(*personRow);
    std::optional<ExchangeProgramme> data =
        ExchangeProgramme::loadForPerson(m_store, personId, ICalendarWriter::defaultStatuses(), error);
    if (!data)
        return std::nullopt;

    // Off-stage roles (rapporteur) are not among an item's people, yet the person is in that session.
    QHash<QString, QString> roles;
    for (const Participation& p : rowsOf<Participation>(m_store, QStringLiteral("person_id = ?"), {personId}))
        if (!roles.contains(p.sessionId) || p.role == QLatin1String("speaker"))
            roles.insert(p.sessionId, p.role);
    const QLocale locale(language);
    QStringList sessions;
    QStringList bring;
    for (const ExchangeProgramme::Item& item : qAsConst(data->items)) {
        if (!lettered().contains(item.session.status))
            continue;
        const QString role = DefaultLetters::role(language, roles.value(item.session.id));
        QStringList others;
        for (const ExchangeProgramme::Participant& p : item.people) {
            if (p.personId != personId && !others.contains(p.name))
                others << p.name;
        }
        // Spanish dates read "19 de noviembre"; Catalan's month names carry their own "de".
        const QString dayFormat = language == QLatin1String("es") ? QStringLiteral("dddd d 'de' MMMM") : QStringLiteral("dddd d MMMM");
        QString when = capitalised(locale.toString(item.session.startsAt.date(), dayFormat));
        when += QStringLiteral(", ") + item.session.startsAt.toString(QStringLiteral("HH:mm"));
        if (item.session.endsAt.isValid())
            when += QStringLiteral("\u2013") + item.session.endsAt.toString(QStringLiteral("HH:mm"));
        if (!item.space.name.isEmpty())
            when += QStringLiteral(", ") + item.space.name;
        QString line = QStringLiteral("\u2022 %1\n  \u201c%2\u201d \u2014 %3").arg(when, item.session.title, role);
        if (!others.isEmpty())
            line += QStringLiteral("; %1 %2").arg(DefaultLetters::word(language, DefaultLetters::With),
                                                   others.join(QStringLiteral(", ")));
        sessions << line;
        for (const WorkshopDetails& details :
             rowsOf<WorkshopDetails>(m_store, QStringLiteral("session_id = ?"), {item.session.id}))
            if (!details.materials.trimmed().isEmpty())
                bring << details.materials.trimmed();
    }

    Event event;
    const QVector<Event> events = rowsOf<Event>(m_store);
    if (!events.isEmpty())
        event = events.first();
    QString address = event.venue;
    if (!event.city.isEmpty() && !address.contains(event.city))
        address = address.isEmpty() ? event.city : address + QStringLiteral(", ") + event.city;
    const std::optional<Release> latest = ReleaseBook(m_store).latest();

    const QHash<QString, QString> values = {
        {QStringLiteral("name"), person.name},
        {QStringLiteral("first_name"), person.name.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("event"), event.name},
        {QStringLiteral("address"), address.isEmpty() ? event.name : address},
        {QStringLiteral("sessions"), sessions.join(QLatin1Char('\n'))},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("bring"), bring.isEmpty() ? DefaultLetters::word(language, DefaultLetters::NothingToBring)
                                                  : bring.join(QStringLiteral("; "))},
        {QStringLiteral("release"), latest ? latest->name : QString()},
    };
    Letter letter;
    letter.personId = person.id;
    letter.personName = person.name;
    letter.email = person.email.trimmed();
    letter.language = language;
    letter.subject = fill(subject, values).simplified();
    letter.body = fill(body, values);
    letter.calendar = ICalendarWriter::calendar(*data, person.name);
    return letter;
}

} // namespace standlab
