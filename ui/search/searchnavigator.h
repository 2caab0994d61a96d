// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchhit.h"

#include <QObject>
#include <functional>

class QWidget;

namespace standlab {

// Opens the page that shows a search hit and selects the hit there. A page selects an item best through
// a public slot `selectItem(const QString& id)` (found by name, so pages need not know about search);
// ProgrammePage selects sessions by id; any other page gets the hit's title in its search field and
// its first matching row selected.
class SearchNavigator : public QObject
{
    Q_OBJECT

public:
    // `showPage` switches the window to the page with that id and returns it (nullptr: no such page).
    using PageOpener = std::function<QWidget*(const QString& pageId)>;

    explicit SearchNavigator(PageOpener showPage, QObject* parent = nullptr);

    // The pages that may show a kind, best first (a later page may take over, e.g. "datasets").
    static QStringList pagesFor(SearchHit::Kind kind);
    // Returns the id of the page opened, or an empty string when no page shows this kind.
    QString open(const SearchHit& hit);

private:
    static bool selectOn(QWidget* page, const SearchHit& hit);

    PageOpener m_showPage;
};

} // namespace standlab
