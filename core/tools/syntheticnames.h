// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace standlab {

// Word lists the event generator combines into invented but plausible names, titles and places.
class SyntheticNames
{
public:
    struct City
    {
        QString name;
        QString country; // ISO 3166 code
    };

    static const QStringList& firstNames();
    static const QStringList& lastNames();
    static const QVector<City>& cities();
    static const QStringList& organisationWords(); // by organisation kind, see organisationKinds()
    static const QStringList& organisationKinds();
    static const QStringList& topics();
    static const QStringList& angles();
    static const QStringList& datasetSubjects();
    static const QStringList& staff();
    static const QStringList& actionVerbs();
};

} // namespace standlab
