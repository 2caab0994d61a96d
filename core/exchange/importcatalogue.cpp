// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcatalogue.h"

#include "model/eventday.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/store.h"

#include <QRegularExpression>

namespace standlab {

namespace {

template <class T> int nextPosition(const QVector<T>& items)
{
    int position = -1;
    for (const T& item : items)
        position = qMax(position, item.position);
    return position + 1;
}

} // namespace

ImportCatalogue::ImportCatalogue(Store& store) : m_store(store)
{
    // Backwards, so of two rows with one name the first in the event's order is the one found.
    const QVector<WorkingLine> lines = Repository<WorkingLine>(store).all();
    for (auto it = lines.crbegin(); it != lines.crend(); ++it)
        m_lineByName.insert(nameKey(it->name), it->id);
    m_nextLinePosition = nextPosition(lines);
    const QVector<Space> spaces = Repository<Space>(store).all();
    for (auto it = spaces.crbegin(); it != spaces.crend(); ++it) {
        m_spaceById.insert(it->id.toLower(), it->id);
        m_spaceByName.insert(nameKey(it->name), it->id);
    }
    m_nextSpacePosition = nextPosition(spaces);
    for (const Person& person : Repository<Person>(store).all())
        notePerson(person.id, person.name);
    for (const EventDay& day : Repository<EventDay>(store).all())
        m_days.insert(day.day);
}

QString ImportCatalogue::idFor(const QString& guid, const QHash<QString, QString>& taken)
{
    if (FrabSchedule::isUuid(guid) && !taken.contains(guid.toLower()))
        return guid.toLower();
    return Store::newId();
}

void ImportCatalogue::notePerson(const QString& id, const QString& name)
{
    m_personById.insert(id.toLower(), id);
    m_peopleByName[nameKey(name)].ids << id;
}

void ImportCatalogue::line(const QString& name, const QString& colour, QString* id)
{
    id->clear();
    if (name.isEmpty())
        return;
    const auto found = m_lineByName.constFind(nameKey(name));
    if (found != m_lineByName.cend()) {
        *id = found.value();
        return;
    }
    WorkingLine created;
    created.id = Store::newId();
    created.name = name;
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (hex.match(colour).hasMatch())
        created.colour = colour.toLower();
    created.position = m_nextLinePosition++;
    m_newLines << Repository<WorkingLine>::toRow(created);
    m_lineByName.insert(nameKey(created.name), created.id);
    ++m_linesCreated;
    *id = created.id;
}

void ImportCatalogue::space(const FrabSchedule::Room& room, QString* id)
{
    if (!room.guid.isEmpty()) {
        const auto found = m_spaceById.constFind(room.guid.toLower());
        if (found != m_spaceById.cend()) {
            *id = found.value();
            return;
        }
    }
    const auto named = m_spaceByName.constFind(nameKey(room.name));
    if (named != m_spaceByName.cend()) {
        *id = named.value();
        return;
    }
    Space space;
    space.id = idFor(room.guid, m_spaceById);
    space.name = room.name;
    // The JSON's room types: a stage or hall, a workshop room, or some other corner.
    if (room.type == QLatin1String("workshop"))
        space.kind = QStringLiteral("workshop_area");
    else if (!room.type.isEmpty() && room.type != QLatin1String("stage") && room.type != QLatin1String("lecturehall"))
        space.kind = QStringLiteral("meeting_corner");
    space.capacity = qMax(0, room.capacity);
    space.position = m_nextSpacePosition++;
    m_newSpaces << Repository<Space>::toRow(space);
    m_spaceById.insert(space.id.toLower(), space.id);
    m_spaceByName.insert(nameKey(space.name), space.id);
    ++m_spacesCreated;
    *id = space.id;
}

void ImportCatalogue::person(const FrabSchedule::Person& wanted, QString* id)
{
    const QString guid = wanted.guid.toLower();
    if (!guid.isEmpty() && m_personByGuid.contains(guid)) {
        *id = m_personByGuid.value(guid);
        return;
    }
    const auto claim = [this, &guid, id](const QString& personId) {
        if (!guid.isEmpty()) {
            m_personByGuid.insert(guid, personId);
            m_guidOfPerson.insert(personId, guid);
        }
        *id = personId;
    };
    if (!guid.isEmpty()) {
        const auto found = m_personById.constFind(guid);
        if (found != m_personById.cend())
            return claim(found.value());
    }
    // Same name, same person, unless the file already gave that person another guid: then the file
    // says they are two people who share a name.
    const auto namesakes = m_peopleByName.find(nameKey(wanted.name));
    if (namesakes != m_peopleByName.end() && !namesakes->ids.isEmpty()) {
        if (guid.isEmpty())
            return claim(namesakes->ids.first());
        Namesakes& same = namesakes.value();
        while (same.unclaimed < same.ids.size() && m_guidOfPerson.contains(same.ids.at(same.unclaimed)))
            ++same.unclaimed;
        if (same.unclaimed < same.ids.size())
            return claim(same.ids.at(same.unclaimed));
    }
    Person person;
    person.id = idFor(guid, m_personById);
    person.name = wanted.name;
    person.bio = wanted.biography;
    m_newPeople << Repository<Person>::toRow(person);
    notePerson(person.id, person.name);
    ++m_peopleCreated;
    claim(person.id);
}

void ImportCatalogue::day(const QDate& date, const QTime& opens, const QTime& closes)
{
    if (!date.isValid() || m_days.contains(date))
        return;
    EventDay day;
    day.id = Store::newId();
    day.day = date;
    if (opens.isValid() && closes.isValid() && opens < closes) {
        day.opens = opens;
        day.closes = closes;
    }
    m_newDays << Repository<EventDay>::toRow(day);
    m_days.insert(date);
    ++m_daysCreated;
}

bool ImportCatalogue::flush(QString* error)
{
    const QVector<QPair<QString, QVector<Row>*>> pending = {{QStringLiteral("working_lines"), &m_newLines},
                                                            {QStringLiteral("spaces"), &m_newSpaces},
                                                            {QStringLiteral("people"), &m_newPeople},
                                                            {QStringLiteral("event_days"), &m_newDays}};
    for (const auto& [table, rows] : pending) {
        if (rows->isEmpty())
            continue;
        if (!m_store.insertMany(table, *rows, false, error))
            return false;
        rows->clear();
    }
    return true;
}

} // namespace standlab
