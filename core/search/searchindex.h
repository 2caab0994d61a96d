// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchhit.h"

#include <QCoreApplication>
#include <QVector>

namespace standlab {

class Store;

// Queries the full-text index that schema step 3 keeps in step with the rows (see migrations.cpp):
// what a person types becomes a safe FTS5 query of word prefixes, and the hits come back best first,
// grouped by kind.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    explicit SearchIndex(Store& store);

    // At most `perKind` hits of each kind, kinds in SearchHit::Kind order, best first within a kind.
    // Empty when the text holds no word. On a failure `error` says why (it cannot be the user's text:
    // every word is quoted, so FTS5 syntax typed by a user is only searched for, never interpreted).
    QVector<SearchHit> search(const QString& text, int perKind = 8, QString* error = nullptr) const;

    // The FTS5 MATCH expression for a typed text: every word quoted and made a prefix, all required
    // ("plat bar" → "plat"* "bar"*). Empty when there is no word.
    static QString matchExpression(const QString& text);
    // Rebuilds the index from the rows (a repair tool; the triggers normally keep it exact).
    static bool rebuild(Store& store, QString* error = nullptr);

private:
    Store& m_store;
};

} // namespace standlab
