// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>
#include <QVector>

namespace standlab {

// What the generator has written so far, so later tables can point at earlier rows.
struct GeneratedIds
{
    QVector<QDate> days;
    QStringList spaceIds;
    QVector<int> spaceCapacities;
    QStringList lineIds; // the last one is cross-cutting; [2] is the Data line
    QStringList organisationIds;
    QStringList organisationNames;
    QStringList contactOfOrganisation; // the first person of each organisation, or empty
    QStringList personIds;
    QStringList sessionIds;
    QStringList workshopIds;
    QStringList sectionIds; // [0] is the introduction, then one per working line
};

} // namespace standlab
