// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactfilter.h"
#include "model/engagement.h"
#include "model/organisation.h"

#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace standlab {

class Store;

// One line of a contacts list: an organisation, its engagement (if any) and a few joined facts.
struct ContactLine
{
    Organisation organisation;
    Engagement engagement;
    bool engaged = false;
    int people = 0;
    QString requestedLine;   // working line name
    QString requestSession;  // title of the session made from the request
};

// Reads organisations with their engagement through a ContactFilter, a page at a time, so a list of
// 50,000 organisations only ever holds what is on screen. The filter becomes one SQL query here so
// the UI never builds SQL.
class ContactQuery
{
public:
    explicit ContactQuery(Store& store, const ContactFilter& filter = {});

    void setFilter(const ContactFilter& filter) { m_filter = filter; }
    const ContactFilter& filter() const { return m_filter; }

    int count() const;
    QVector<ContactLine> fetch(int offset, int limit) const;
    // Every matching organisation id, in list order (exports of a filtered list, and the list's
    // spine: sorted once per filter, then its lines are read a page at a time with lines()).
    QStringList ids() const;
    // The lines of these organisations, in the order given.
    QVector<ContactLine> lines(const QStringList& ids) const;
    // The countries and owners in the file, for filter choices.
    QStringList countries() const;
    QStringList owners() const;

    static QString ftsQuery(const QString& search);

private:
    QString whereClause(QVariantList& arguments) const;
    QString orderClause() const;
    QVector<ContactLine> read(const QString& sql, const QVariantList& arguments) const;

    Store& m_store;
    ContactFilter m_filter;
};

} // namespace standlab
