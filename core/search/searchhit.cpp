// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchhit.h"

namespace standlab {

QString SearchHit::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Session: return QStringLiteral("session");
    case Kind::Person: return QStringLiteral("person");
    case Kind::Organisation: return QStringLiteral("organisation");
    case Kind::Action: return QStringLiteral("action");
    case Kind::Dataset: return QStringLiteral("dataset");
    }
    return {};
}

bool SearchHit::kindFromKey(const QString& key, Kind* kind)
{
    for (Kind k : {Kind::Session, Kind::Person, Kind::Organisation, Kind::Action, Kind::Dataset}) {
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString SearchHit::tableOf(Kind kind)
{
    switch (kind) {
    case Kind::Session: return QStringLiteral("sessions");
    case Kind::Person: return QStringLiteral("people");
    case Kind::Organisation: return QStringLiteral("organisations");
    case Kind::Action: return QStringLiteral("actions");
    case Kind::Dataset: return QStringLiteral("datasets");
    }
    return {};
}

} // namespace standlab
