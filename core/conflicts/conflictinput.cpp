// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictinput.h"

#include "model/repository.h"

namespace standlab {

ConflictInput ConflictInput::load(const Store& store)
{
    // Repositories only read here; the const_cast never leads to a write.
    Store& readable = const_cast<Store&>(store);
    ConflictInput input;
    input.sessions = Repository<Session>(readable).all();
    input.spaces = Repository<Space>(readable).all();
    input.days = Repository<EventDay>(readable).all();
    // Conflicts are about people in sessions; the rest of a large contact list only costs time.
    input.people = Repository<Person>(readable).where(QStringLiteral("id IN (SELECT person_id FROM participations)"));
    input.participations = Repository<Participation>(readable).all();
    input.availability = Repository<Availability>(readable).all();
    input.workshops = Repository<WorkshopDetails>(readable).all();
    return input;
}

} // namespace standlab
