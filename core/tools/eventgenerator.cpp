// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventgenerator.h"

#include "generatedids.h"
#include "generatorsource.h"
#include "model/availability.h"
#include "model/engagement.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/interaction.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/workingline.h"
#include "model/workshopdetails.h"
#include "store/store.h"
#include "outcomegenerator.h"
#include "syntheticnames.h"

#include <QFile>

namespace standlab {
namespace {

constexpr int maximumSize = 10000000;

template <class T> Row rowOf(const T& item)
{
    return Repository<T>::toRow(item);
}

QString slug(QString text)
{
    text = text.toLower();
    for (QChar& c : text)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    return text;
}

} // namespace

EventGenerator::EventGenerator(const Options& options)
    : m_options(options)
    , m_source(std::make_unique<GeneratorSource>(options.seed))
    , m_ids(std::make_unique<GeneratedIds>())
{
}

EventGenerator::~EventGenerator() = default;

QString EventGenerator::validate(const Options& options)
{
    const auto outside = [](int value, int low, int high) { return value < low || value > high; };
    if (outside(options.sessions, 0, maximumSize) || outside(options.people, 0, maximumSize)
        || outside(options.organisations, 0, maximumSize))
        return tr("The number of sessions, people and organisations must each be between 0 and %1.")
            .arg(maximumSize);
    if (outside(options.days, 1, 31))
        return tr("The number of days must be between 1 and 31.");
    if (outside(options.spaces, 1, 100))
        return tr("The number of spaces must be between 1 and 100.");
    return {};
}

std::unique_ptr<Store> EventGenerator::create(const QString& path, const Options& options,
                                              const OpenOptions& openOptions, QString* error)
{
    const QString invalid = validate(options);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return nullptr;
    }
    std::unique_ptr<Store> store = Store::create(path, openOptions, error);
    if (!store)
        return nullptr;
    EventGenerator generator(options);
    if (!generator.populate(*store, error)) {
        store.reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return nullptr;
    }
    return store;
}

bool EventGenerator::populate(Store& store, QString* error)
{
    const QString invalid = validate(m_options);
    if (!invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    m_source->setStore(&store);
    // A generated event is written in one transaction far larger than SQLite's default page cache;
    // a bigger cache for the duration keeps it from spilling pages and reading them back.
    SqliteDatabase& db = store.database();
    const QVariant cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"));
    db.exec(QStringLiteral("PRAGMA cache_size = -131072")); // KiB
    const bool written = write(store, error);
    db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize.toLongLong()));
    m_source->setStore(nullptr);
    return written;
}

bool EventGenerator::write(Store& store, QString* error)
{
    Store::Transaction transaction(store);
    // Parents before children: the foreign keys are checked row by row.
    makeEvent();
    makeWorkingLines();
    makeOrganisations();
    makePeople();
    makeSessions();
    makeParticipations();
    OutcomeGenerator outcomes(m_options, *m_source, *m_ids);
    outcomes.makeDocument();
    makeWorkshops();
    makeEngagements();
    outcomes.makeInitiatives();
    outcomes.makeDatasets();
    outcomes.makeActions();
    if (!m_source->flush()) {
        if (error)
            *error = tr("The generated event could not be written: %1").arg(m_source->error());
        return false;
    }
    return transaction.commit(error);
}

// Generated content is data, not interface text: it stays English whatever the language, so a seed
// gives the same event everywhere.
void EventGenerator::makeEvent()
{
    Event event;
    event.id = m_source->nextId();
    event.name = QStringLiteral("Generated event (seed %1)").arg(m_options.seed);
    event.venue = QStringLiteral("Fira Gran Via, Barcelona");
    event.city = QStringLiteral("Barcelona");
    event.languages = QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca")};
    event.description = QStringLiteral("A synthetic event for benchmarks and tests; every name in it is invented.");
    m_source->add(EntityTraits<Event>::table(), rowOf(event));

    const QDate first(2019, 11, 19);
    for (int d = 0; d < m_options.days; ++d) {
        EventDay day;
        day.id = m_source->nextId();
        day.day = first.addDays(d);
        day.label = QStringLiteral("Day %1").arg(d + 1);
        m_ids->days.push_back(day.day);
        m_source->add(EntityTraits<EventDay>::table(), rowOf(day));
    }
    static const QStringList kinds = {QStringLiteral("stage"), QStringLiteral("workshop_area"),
                                      QStringLiteral("meeting_corner"), QStringLiteral("exhibition_area")};
    static const QStringList colours = {QStringLiteral("#1565c0"), QStringLiteral("#2e7d32"),
                                        QStringLiteral("#ef6c00"), QStringLiteral("#6a1b9a")};
    for (int s = 0; s < m_options.spaces; ++s) {
        Space space;
        space.id = m_source->nextId();
        space.kind = kinds.at(s % kinds.size());
        space.name = QStringLiteral("Space %1").arg(s + 1);
        space.capacity = 20 + int(m_source->below(9)) * 10;
        space.colour = colours.at(s % colours.size());
        space.position = s;
        m_ids->spaceIds << space.id;
        m_ids->spaceCapacities << space.capacity;
        m_source->add(EntityTraits<Space>::table(), rowOf(space));
    }
}

void EventGenerator::makeWorkingLines()
{
    const QStringList names = {QStringLiteral("Economic Models & the Future of Labour"), QStringLiteral("Inclusion & Gender"), QStringLiteral("Data"),
                               QStringLiteral("Ecological Sustainability")};
    static const QStringList shortNames = {QStringLiteral("LAB"), QStringLiteral("GEN"), QStringLiteral("DAT"),
                                           QStringLiteral("ECO")};
    static const QStringList colours = {QStringLiteral("#c62828"), QStringLiteral("#8e24aa"),
                                        QStringLiteral("#1e88e5"), QStringLiteral("#43a047")};
    for (int i = 0; i < Options::workingLines(); ++i) {
        WorkingLine line;
        line.id = m_source->nextId();
        line.name = names.at(i);
        line.shortName = shortNames.at(i);
        line.colour = colours.at(i);
        line.crossCutting = i == Options::workingLines() - 1;
        line.position = i;
        m_ids->lineIds << line.id;
        m_source->add(EntityTraits<WorkingLine>::table(), rowOf(line));
    }
}

void EventGenerator::makeOrganisations()
{
    const auto& cities = SyntheticNames::cities();
    const QStringList& kinds = SyntheticNames::organisationKinds();
    for (int i = 0; i < m_options.organisations; ++i) {
        Organisation organisation;
        organisation.id = m_source->nextId();
        const auto& city = m_source->pick(cities);
        const int kind = int(m_source->below(quint32(kinds.size())));
        organisation.kind = kinds.at(kind);
        organisation.name = city.name + QLatin1Char(' ') + SyntheticNames::organisationWords().at(kind)
            + (i >= cities.size() * kinds.size() ? QStringLiteral(" %1").arg(i + 1) : QString());
        organisation.city = city.name;
        organisation.country = city.country;
        organisation.website = QStringLiteral("https://") + slug(organisation.name) + QStringLiteral(".example.org");
        organisation.declarationSignatory = organisation.kind == QLatin1String("city_council") && m_source->chance(60);
        m_ids->organisationIds << organisation.id;
        m_ids->organisationNames << organisation.name;
        m_source->add(EntityTraits<Organisation>::table(), rowOf(organisation));
    }
}

void EventGenerator::makePeople()
{
    static const QStringList roles = {QStringLiteral("Policy officer"), QStringLiteral("Researcher"),
                                      QStringLiteral("Founder"), QStringLiteral("Deputy mayor"),
                                      QStringLiteral("Organiser"), QStringLiteral("Data analyst")};
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"),
                                          QStringLiteral("fr")};
    m_ids->contactOfOrganisation = QStringList();
    for (int i = 0; i < m_options.organisations; ++i)
        m_ids->contactOfOrganisation << QString();
    for (int i = 0; i < m_options.people; ++i) {
        Person person;
        person.id = m_source->nextId();
        person.name = m_source->pick(SyntheticNames::firstNames()) + QLatin1Char(' ') + m_source->pick(SyntheticNames::lastNames());
        if (!m_ids->organisationIds.isEmpty() && m_source->chance(85)) {
            const int organisation = int(m_source->below(quint32(m_ids->organisationIds.size())));
            person.organisationId = m_ids->organisationIds.at(organisation);
            if (m_ids->contactOfOrganisation.at(organisation).isEmpty())
                m_ids->contactOfOrganisation[organisation] = person.id;
        }
        person.roleTitle = m_source->pick(roles);
        person.email = slug(person.name) + QStringLiteral(".%1@example.org").arg(i + 1);
        person.languages = QStringList{QStringLiteral("en")};
        if (m_source->chance(50))
            person.languages << languages.at(1 + int(m_source->below(3)));
        m_ids->personIds << person.id;
        m_source->add(EntityTraits<Person>::table(), rowOf(person));
    }
    // A few people can come only part of the event.
    for (const QString& personId : qAsConst(m_ids->personIds)) {
        if (!m_source->chance(10))
            continue;
        Availability availability;
        availability.id = m_source->nextId();
        availability.personId = personId;
        availability.day = m_source->pick(m_ids->days);
        availability.availableFrom = QTime(9 + int(m_source->below(4)), 0);
        availability.availableTo = availability.availableFrom.addSecs(3600 * (2 + int(m_source->below(5))));
        m_source->add(EntityTraits<Availability>::table(), rowOf(availability));
    }
}

void EventGenerator::makeSessions()
{
    static const QStringList kinds = {QStringLiteral("talk"),    QStringLiteral("roundtable"),
                                      QStringLiteral("workshop"), QStringLiteral("meetup"),
                                      QStringLiteral("talk"),    QStringLiteral("pitch"),
                                      QStringLiteral("roundtable"), QStringLiteral("workshop")};
    static const QVector<int> lengths = {30, 45, 60, 60, 90};
    // One cursor per day × space: sessions follow each other with short breaks until the lane is full,
    // then later ones land anywhere in opening hours (a very large event cannot avoid clashes).
    const int lanes = m_ids->days.size() * m_ids->spaceIds.size();
    QVector<int> cursor(lanes, 9 * 60);
    const int opens = 9 * 60, closes = 19 * 60;
    for (int i = 0; i < m_options.sessions; ++i) {
        Session session;
        session.id = m_source->nextId();
        session.kind = (i == 0) ? QStringLiteral("ceremony")
                                : (i % 97 == 1 ? QStringLiteral("hackathon") : m_source->pick(kinds));
        session.workingLineId = m_source->pick(m_ids->lineIds);
        session.title = m_source->pick(SyntheticNames::topics()) + QStringLiteral(": ") + m_source->pick(SyntheticNames::angles());
        session.abstract = QStringLiteral("An invented session about %1 for a generated event.").arg(session.title.toLower());
        session.language = m_source->chance(80) ? QStringLiteral("en") : QStringLiteral("es");
        const bool scheduled = i == 0 || m_source->chance(95);
        if (scheduled) {
            const int lane = i % lanes;
            const int length = session.kind == QLatin1String("hackathon") ? 180 : m_source->pick(lengths);
            int start = cursor[lane];
            if (start + length > closes)
                start = opens + int(m_source->below(quint32((closes - length - opens) / 15 + 1))) * 15;
            else
                cursor[lane] = start + length + (m_source->chance(50) ? 15 : 0);
            const QDate day = m_ids->days.at(lane / m_ids->spaceIds.size());
            const int space = lane % m_ids->spaceIds.size();
            session.spaceId = m_ids->spaceIds.at(space);
            session.capacity = m_ids->spaceCapacities.at(space);
            session.startsAt = QDateTime(day, QTime(start / 60, start % 60), Qt::UTC);
            session.endsAt = session.startsAt.addSecs(60 * length);
            session.status = m_source->chance(3) ? QStringLiteral("cancelled")
                                       : (m_source->chance(75) ? QStringLiteral("confirmed") : QStringLiteral("proposed"));
            session.expectedHeadcount = session.capacity / 2 + int(m_source->below(quint32(session.capacity / 2 + 1)));
        } else {
            session.status = QStringLiteral("idea");
        }
        m_ids->sessionIds << session.id;
        if (session.kind == QLatin1String("workshop"))
            m_ids->workshopIds << session.id;
        m_source->add(EntityTraits<Session>::table(), rowOf(session));
        // Sessions of a main line are often tagged with the cross-cutting one as well.
        if (session.workingLineId != m_ids->lineIds.constLast() && m_source->chance(20)) {
            SessionTag tag;
            tag.id = m_source->nextId();
            tag.sessionId = session.id;
            tag.workingLineId = m_ids->lineIds.constLast();
            m_source->add(EntityTraits<SessionTag>::table(), rowOf(tag));
        }
    }
}

void EventGenerator::makeParticipations()
{
    if (m_ids->personIds.isEmpty())
        return;
    for (const QString& sessionId : qAsConst(m_ids->sessionIds)) {
        const int wanted = qMin(1 + int(m_source->below(4)), m_ids->personIds.size());
        QStringList chosen;
        while (chosen.size() < wanted) {
            const QString& personId = m_source->pick(m_ids->personIds);
            if (!chosen.contains(personId))
                chosen << personId;
        }
        for (int p = 0; p < chosen.size(); ++p) {
            Participation participation;
            participation.id = m_source->nextId();
            participation.personId = chosen.at(p);
            participation.sessionId = sessionId;
            participation.role = (p == 2) ? QStringLiteral("moderator")
                                          : (p == 3 ? QStringLiteral("rapporteur") : QStringLiteral("speaker"));
            participation.confirmed = m_source->chance(70);
            participation.position = p;
            m_source->add(EntityTraits<Participation>::table(), rowOf(participation));
        }
    }
}

void EventGenerator::makeWorkshops()
{
    for (const QString& sessionId : qAsConst(m_ids->workshopIds)) {
        WorkshopDetails details;
        details.id = m_source->nextId();
        details.sessionId = sessionId;
        if (!m_ids->organisationIds.isEmpty())
            details.organiserId = m_source->pick(m_ids->organisationIds);
        details.materials = QStringLiteral("Flip charts, sticky notes");
        details.maxParticipants = 10 + int(m_source->below(31));
        details.registrations = int(m_source->below(quint32(details.maxParticipants + 1)));
        details.feedsSectionId = m_ids->sectionIds.at(1 + int(m_source->below(quint32(m_ids->sectionIds.size() - 1))));
        m_source->add(EntityTraits<WorkshopDetails>::table(), rowOf(details));
    }
}

void EventGenerator::makeEngagements()
{
    static const QStringList attendance = {QStringLiteral("unknown"), QStringLiteral("invited"),
                                           QStringLiteral("interested"), QStringLiteral("attending"),
                                           QStringLiteral("attending"), QStringLiteral("declined")};
    static const QStringList channels = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("meeting"),
                                         QStringLiteral("video")};
    for (int i = 0; i < m_ids->organisationIds.size(); ++i) {
        Engagement engagement;
        engagement.id = m_source->nextId();
        engagement.organisationId = m_ids->organisationIds.at(i);
        engagement.attendance = m_source->pick(attendance);
        if (engagement.attendance == QLatin1String("attending")) {
            for (const QDate& day : qAsConst(m_ids->days))
                if (m_source->chance(60))
                    engagement.days << day.toString(Qt::ISODate);
            engagement.delegationSize = 1 + int(m_source->below(6));
        }
        engagement.topics = m_source->pick(SyntheticNames::topics());
        engagement.requestedLineId = m_source->pick(m_ids->lineIds);
        engagement.wantsToSpeak = m_source->chance(20);
        engagement.wantsWorkshop = m_source->chance(10);
        engagement.owner = m_source->pick(SyntheticNames::staff());
        if (m_source->chance(40))
            engagement.nextFollowUp = QDate(2019, 11, 1).addDays(m_source->below(30));
        engagement.contactPersonId = m_ids->contactOfOrganisation.value(i);
        if (engagement.wantsToSpeak && !m_ids->sessionIds.isEmpty() && m_source->chance(50))
            engagement.requestSessionId = m_source->pick(m_ids->sessionIds);
        m_source->add(EntityTraits<Engagement>::table(), rowOf(engagement));
    }
    for (int i = 0; i < m_ids->organisationIds.size(); ++i) {
        const int count = int(m_source->below(3));
        for (int n = 0; n < count; ++n) {
            Interaction interaction;
            interaction.id = m_source->nextId();
            interaction.organisationId = m_ids->organisationIds.at(i);
            interaction.happenedOn = QDate(2019, 9, 2).addDays(m_source->below(70));
            interaction.channel = m_source->pick(channels);
            interaction.note = QStringLiteral("Talked about %1.").arg(m_source->pick(SyntheticNames::topics()).toLower());
            m_source->add(EntityTraits<Interaction>::table(), rowOf(interaction));
        }
    }
}

} // namespace standlab
