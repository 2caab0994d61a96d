// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// One thing the global search found: what kind of row it is, which row, and what to show for it.
struct SearchHit
{
    // The kinds in the order their groups are shown.
    enum class Kind { Session, Person, Organisation, Action, Dataset };

    Kind kind = Kind::Session;
    QString id;     // the row's UUID in its table
    QString title;  // name or title
    QString detail; // the start of the other indexed text (abstract, role, city…), one line

    // The `kind` key stored in the index ("session", "person"…), and back; false for an unknown key.
    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString& key, Kind* kind);
    // The table a kind's rows live in.
    static QString tableOf(Kind kind);
};

} // namespace standlab
