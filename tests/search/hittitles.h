// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchhit.h"

#include <QStringList>
#include <QVector>

// The titles of search hits in their order, for comparing with what a test expects to find.
inline QStringList hitTitles(const QVector<standlab::SearchHit>& hits)
{
    QStringList out;
    for (const standlab::SearchHit& hit : hits)
        out << hit.title;
    return out;
}
