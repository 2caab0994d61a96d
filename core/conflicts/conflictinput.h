// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/availability.h"
#include "model/eventday.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workshopdetails.h"

#include <QVector>

namespace standlab {

class Store;

// Everything the conflict rules look at, as plain values, so rules run without touching the file.
struct ConflictInput
{
    QVector<Session> sessions;
    QVector<Space> spaces;
    QVector<EventDay> days;
    QVector<Person> people;
    QVector<Participation> participations;
    QVector<Availability> availability;
    QVector<WorkshopDetails> workshops;

    static ConflictInput load(const Store& store);
};

} // namespace standlab
