// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/initiative.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

namespace standlab {

class Store;

// The exhibition area: which initiative is at which table when, and where two share a table at the
// same time (a clash). Declined requests take no table.
class ExhibitionPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExhibitionPlan)

public:
    struct Clash
    {
        QString first;  // initiative ids
        QString second;
        QDate day;
        QString table;
        QString message;
    };

    explicit ExhibitionPlan(const QVector<Initiative>& initiatives);
    static ExhibitionPlan of(const Store& store);

    const QVector<Initiative>& initiatives() const { return m_initiatives; }
    const QVector<Clash>& clashes() const { return m_clashes; }
    bool isClashing(const QString& initiativeId) const { return m_clashing.contains(initiativeId); }
    // The tables in use on a day, in natural order ("2" before "10").
    QStringList tables(const QDate& day) const;
    QVector<Initiative> at(const QDate& day, const QString& table) const;

    // The meta key that marks the call for initiatives as closed ("1").
    static QString callClosedKey() { return QStringLiteral("initiatives_call_closed"); }

private:
    QVector<Initiative> m_initiatives;
    QVector<Clash> m_clashes;
    QSet<QString> m_clashing;
};

} // namespace standlab
