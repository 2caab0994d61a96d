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
    input.people = Repository<Person>(readable).all();
    input.participations = Repository<Participation>(readable).all();
    input.availability = Repository<Availability>(readable).all();
    input.workshops = Repository<WorkshopDetails>(readable).all();
    return input;
}

} // namespace standlab
