// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcatalogue.h"

#include "model/eventday.h"
#include "model/repository.h"
#include "store/store.h"

#include <QRegularExpression>

namespace standlab {

namespace {

// The given id when it is a UUID not used yet in `table`, otherwise a new one.
QString idFor(const Store& store, const QString& table, const QString& guid)
{
    if (FrabSchedule::isUuid(guid) && !store.row(table, guid.toLower()))
        return guid.toLower();
    return {};
}

template <class T> int nextPosition(const QVector<T>& items)
{
    int position = -1;
    for (const T& item : items)
        position = qMax(position, item.position);
    return position + 1;
}

} // namespace

ImportCatalogue::ImportCatalogue(Store& store)
    : m_store(store), m_lines(Repository<WorkingLine>(store).all()), m_spaces(Repository<Space>(store).all()),
      m_people(Repository<Person>(store).all())
{
    for (const EventDay& day : Repository<EventDay>(store).all())
        m_days.insert(day.day);
}

bool ImportCatalogue::line(const QString& name, const QString& colour, QString* id, QString* error)
{
    id->clear();
    if (name.isEmpty())
        return true;
    for (const WorkingLine& line : std::as_const(m_lines))
        if (line.name.compare(name, Qt::CaseInsensitive) == 0) {
            *id = line.id;
            return true;
        }
    WorkingLine created;
    created.name = name;
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hex.match(colour).hasMatch())
        created.colour = colour.toLower();
    created.position = nextPosition(m_lines);
    if (!Repository<WorkingLine>(m_store).add(created, error))
        return false;
    m_lines << created;
    ++m_linesCreated;
    *id = created.id;
    return true;
}

bool ImportCatalogue::space(const FrabSchedule::Room& room, QString* id, QString* error)
{
    for (const Space& space : std::as_const(m_spaces))
        if ((!room.guid.isEmpty() && space.id.compare(room.guid, Qt::CaseInsensitive) == 0)) {
            *id = space.id;
            return true;
        }
    for (const Space& space : std::as_const(m_spaces))
        if (space.name.compare(room.name, Qt::CaseInsensitive) == 0) {
            *id = space.id;
            return true;
        }
    Space space;
    space.id = idFor(m_store, QStringLiteral("spaces"), room.guid);
    space.name = room.name;
    // The JSON's room types: a stage or hall, a workshop room, or some other corner.
    if (room.type == QLatin1String("workshop"))
        space.kind = QStringLiteral("workshop_area");
    else if (!room.type.isEmpty() && room.type != QLatin1String("stage") && room.type != QLatin1String("lecturehall"))
        space.kind = QStringLiteral("meeting_corner");
    space.capacity = qMax(0, room.capacity);
    space.position = nextPosition(m_spaces);
    if (!Repository<Space>(m_store).add(space, error))
        return false;
    m_spaces << space;
    ++m_spacesCreated;
    *id = space.id;
    return true;
}

bool ImportCatalogue::person(const FrabSchedule::Person& wanted, QString* id, QString* error)
{
    const QString guid = wanted.guid.toLower();
    if (!guid.isEmpty() && m_personByGuid.contains(guid)) {
        *id = m_personByGuid.value(guid);
        return true;
    }
    const auto claim = [this, &guid, id](const QString& personId) {
        if (!guid.isEmpty()) {
            m_personByGuid.insert(guid, personId);
            m_guidOfPerson.insert(personId, guid);
        }
        *id = personId;
        return true;
    };
    for (const Person& person : std::as_const(m_people))
        if (!guid.isEmpty() && person.id.compare(guid, Qt::CaseInsensitive) == 0)
            return claim(person.id);
    // Same name, same person, unless the file already gave that person another guid: then the file
    // says they are two people who share a name.
    for (const Person& person : std::as_const(m_people))
        if (person.name.compare(wanted.name, Qt::CaseInsensitive) == 0
            && (guid.isEmpty() || !m_guidOfPerson.contains(person.id)))
            return claim(person.id);
    Person person;
    person.id = idFor(m_store, QStringLiteral("people"), guid);
    person.name = wanted.name;
    person.bio = wanted.biography;
    if (!Repository<Person>(m_store).add(person, error))
        return false;
    m_people << person;
    ++m_peopleCreated;
    return claim(person.id);
}

bool ImportCatalogue::day(const QDate& date, const QTime& opens, const QTime& closes, QString* error)
{
    if (!date.isValid() || m_days.contains(date))
        return true;
    EventDay day;
    day.day = date;
    if (opens.isValid() && closes.isValid() && opens < closes) {
        day.opens = opens;
        day.closes = closes;
    }
    if (!Repository<EventDay>(m_store).add(day, error))
        return false;
    m_days.insert(date);
    ++m_daysCreated;
    return true;
}


} // namespace standlab
