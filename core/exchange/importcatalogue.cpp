// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcatalogue.h"

#include "model/eventday.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/space.h"
#include "model/sourceids.h"
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

ImportCatalogue::ImportCatalogue(Store& store, const QString& source) : m_store(store), m_source(source)
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
    for (const Person& person : Repository<Person>(store).all()) {
        notePerson(person.id, person.name);
        // People an earlier import brought keep the identity they had in their schedule.
        const QJsonObject ids = SourceIds::read(person.sourceIds);
        if (SourceIds::text(ids, "source") != m_source && SourceIds::text(ids, "guid").isEmpty())
            continue;
        const QString byGuid = identityKey(SourceIds::text(ids, "guid").toLower(), QString());
        const QString byNumber = SourceIds::text(ids, "source") == m_source
            ? identityKey(QString(), SourceIds::text(ids, "id"))
            : QString();
        for (const QString& key : {byGuid, byNumber})
            if (!key.isEmpty() && !m_personByGuid.contains(key)) {
                m_personByGuid.insert(key, person.id);
                m_guidOfPerson[person.id] << key;
            }
    }
    for (const EventDay& day : Repository<EventDay>(store).all())
        m_dayRows.insert(day.day, day);
}

QString ImportCatalogue::identityKey(const QString& guid, const QString& number) const
{
    if (!guid.isEmpty())
        return QStringLiteral("g:") + guid;
    if (!number.isEmpty() && number != QLatin1String("0"))
        return QStringLiteral("i:") + m_source + QLatin1Char('/') + number;
    return {};
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
    // By guid, then by the source's number: a person may carry both in one event and one in another.
    QStringList keys;
    for (const QString& key : {identityKey(guid, {}), identityKey({}, wanted.id > 0 ? QString::number(wanted.id) : QString())})
        if (!key.isEmpty())
            keys << key;
    for (const QString& key : std::as_const(keys))
        if (m_personByGuid.contains(key)) {
            *id = m_personByGuid.value(key);
            for (const QString& other : std::as_const(keys))
                if (!m_personByGuid.contains(other))
                    m_personByGuid.insert(other, *id);
            return;
        }
    const QString key = keys.value(0);
    const auto claim = [this, &keys, id](const QString& personId) {
        for (const QString& k : std::as_const(keys)) {
            m_personByGuid.insert(k, personId);
            if (!m_guidOfPerson.value(personId).contains(k))
                m_guidOfPerson[personId] << k;
        }
        *id = personId;
    };
    if (!guid.isEmpty()) {
        const auto found = m_personById.constFind(guid);
        if (found != m_personById.cend())
            return claim(found.value());
    }
    // Same name (case aside), same person, unless the file gave that person another id or guid: then
    // the file says they are two people whose names look alike ("mo" and "Mo").
    const auto namesakes = m_peopleByName.find(nameKey(wanted.name));
    if (namesakes != m_peopleByName.end() && !namesakes->ids.isEmpty()) {
        if (key.isEmpty())
            return claim(namesakes->ids.first());
        // A namesake who holds another guid (or another number of this source) is someone else; one
        // known by a guid is still the person the file names by number only, and the other way round.
        const auto conflicts = [this, &keys](const QString& personId) {
            for (const QString& held : m_guidOfPerson.value(personId))
                for (const QString& wantedKey : std::as_const(keys))
                    if (held.left(2) == wantedKey.left(2) && held != wantedKey)
                        return true;
            return false;
        };
        for (const QString& namesake : std::as_const(namesakes->ids))
            if (!conflicts(namesake))
                return claim(namesake);
    }
    Person person;
    person.id = idFor(guid, m_personById);
    person.name = wanted.name;
    person.bio = wanted.biography;
    QJsonObject ids;
    SourceIds::set(&ids, "guid", wanted.guid);
    SourceIds::set(&ids, "id", wanted.id > 0 ? QString::number(wanted.id) : QString());
    SourceIds::set(&ids, "code", wanted.code);
    if (!ids.isEmpty())
        SourceIds::set(&ids, "source", m_source);
    person.sourceIds = SourceIds::write(ids);
    m_newPeople << Repository<Person>::toRow(person);
    notePerson(person.id, person.name);
    ++m_peopleCreated;
    claim(person.id);
}

void ImportCatalogue::day(const QDate& date, const QTime& opens, const QTime& closes)
{
    if (!date.isValid() || m_dayRows.contains(date))
        return;
    EventDay day;
    day.id = Store::newId();
    day.day = date;
    if (opens.isValid() && closes.isValid()) {
        day.opens = opens;
        day.closes = closes;
    }
    m_newDays << Repository<EventDay>::toRow(day);
    m_dayRows.insert(date, day);
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
