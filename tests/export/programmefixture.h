// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/event.h"
#include "model/eventday.h"
#include "model/organisation.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/store.h"

#include <QStringList>

namespace standlab {

// Builds small invented events in a store, for the programme PDF tests.
class ProgrammeFixture
{
public:
    explicit ProgrammeFixture(Store& store) : m_store(store) {}

    void event(const QString& name, const QString& venue, const QString& city)
    {
        Event event;
        event.name = name;
        event.venue = venue;
        event.city = city;
        Repository<Event>(m_store).add(event);
    }

    QString day(const QDate& date, const QString& label = {})
    {
        EventDay day;
        day.day = date;
        day.label = label;
        Repository<EventDay>(m_store).add(day);
        return day.id;
    }

    QString line(const QString& name, const QString& colour, bool crossCutting = false)
    {
        WorkingLine line;
        line.name = name;
        line.colour = colour;
        line.crossCutting = crossCutting;
        line.position = m_position++;
        Repository<WorkingLine>(m_store).add(line);
        return line.id;
    }

    QString space(const QString& name, const QString& colour = QStringLiteral("#455a64"))
    {
        Space space;
        space.name = name;
        space.colour = colour;
        space.position = m_position++;
        Repository<Space>(m_store).add(space);
        return space.id;
    }

    QString person(const QString& name, const QString& organisation = {})
    {
        Person person;
        person.name = name;
        if (!organisation.isEmpty()) {
            Organisation org;
            org.name = organisation;
            Repository<Organisation>(m_store).add(org);
            person.organisationId = org.id;
        }
        Repository<Person>(m_store).add(person);
        return person.id;
    }

    QString session(const QString& title, const QString& lineId, const QString& spaceId, const QDateTime& start,
                    int minutes, const QString& status = QStringLiteral("confirmed"),
                    const QStringList& speakers = {}, const QStringList& moderators = {},
                    const QStringList& tags = {}, const QString& kind = QStringLiteral("talk"))
    {
        Session session;
        session.title = title;
        session.kind = kind;
        session.workingLineId = lineId;
        session.spaceId = spaceId;
        session.startsAt = start;
        session.endsAt = start.addSecs(minutes * 60);
        session.status = status;
        Repository<Session>(m_store).add(session);
        int position = 0;
        for (const QString& id : speakers)
            participate(id, session.id, QStringLiteral("speaker"), position++);
        for (const QString& id : moderators)
            participate(id, session.id, QStringLiteral("moderator"), position++);
        for (const QString& id : tags) {
            SessionTag tag;
            tag.sessionId = session.id;
            tag.workingLineId = id;
            Repository<SessionTag>(m_store).add(tag);
        }
        return session.id;
    }

    static QDateTime at(const QDate& date, int hour, int minute = 0)
    {
        return QDateTime(date, QTime(hour, minute), Qt::UTC);
    }

private:
    void participate(const QString& personId, const QString& sessionId, const QString& role, int position)
    {
        Participation p;
        p.personId = personId;
        p.sessionId = sessionId;
        p.role = role;
        p.confirmed = true;
        p.position = position;
        Repository<Participation>(m_store).add(p);
    }

    Store& m_store;
    int m_position = 0;
};

} // namespace standlab
