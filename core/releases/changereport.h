// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmechanges.h"
#include "release.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace standlab {

class Store;

// What changed in the programme since a release, ready to be read: as Markdown (the `changes`
// export), as JSON (`changes-json`) and as HTML (the window's printable list).
class ChangeReport
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ChangeReport)

public:
    Release since;
    QString untilName; // empty: the programme as it is now; else a later release
    QVector<ProgrammeChange> changes;

    // Against the programme as it is now. An unknown release is an error naming the ones there are.
    static std::optional<ChangeReport> sinceRelease(const Store& store, const QString& name, QString* error);
    // What the public should be told, for the HTML programme: what changed since the latest release,
    // or, when nothing did, what that release changed since the one before. nullopt when neither
    // says anything (no release, or no changes).
    static std::optional<ChangeReport> forPublication(const Store& store);

    QByteArray markdown() const;
    // An array of {session, id, change, before, after}.
    QByteArray json() const;
    // A heading and one list per kind of change, every value escaped.
    QString html() const;
    QString title() const;
};

} // namespace standlab
