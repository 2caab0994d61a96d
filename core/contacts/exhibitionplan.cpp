// SPDX-License-Identifier: GPL-3.0-or-later
#include "exhibitionplan.h"

#include "model/repository.h"
#include "store/store.h"

#include <algorithm>

namespace standlab {
namespace {

bool takesTable(const Initiative& i)
{
    return i.slotStatus != QLatin1String("declined") && i.slotDay.isValid() && !i.slotTable.trimmed().isEmpty();
}

// A slot without times holds the table all day.
bool overlaps(const Initiative& a, const Initiative& b)
{
    const QTime aStart = a.slotStart.isValid() ? a.slotStart : QTime(0, 0);
    const QTime aEnd = a.slotEnd.isValid() ? a.slotEnd : QTime(23, 59, 59);
    const QTime bStart = b.slotStart.isValid() ? b.slotStart : QTime(0, 0);
    const QTime bEnd = b.slotEnd.isValid() ? b.slotEnd : QTime(23, 59, 59);
    return aStart < bEnd && bStart < aEnd;
}

} // namespace

ExhibitionPlan::ExhibitionPlan(const QVector<Initiative>& initiatives) : m_initiatives(initiatives)
{
    for (int i = 0; i < m_initiatives.size(); ++i) {
        const Initiative& a = m_initiatives.at(i);
        if (!takesTable(a))
            continue;
        for (int j = i + 1; j < m_initiatives.size(); ++j) {
            const Initiative& b = m_initiatives.at(j);
            if (!takesTable(b) || a.slotDay != b.slotDay
                || a.slotTable.trimmed().compare(b.slotTable.trimmed(), Qt::CaseInsensitive) != 0 || !overlaps(a, b))
                continue;
            m_clashes.push_back({a.id, b.id, a.slotDay, a.slotTable.trimmed(),
                                 tr("“%1” and “%2” are both at table %3 on %4.")
                                     .arg(a.name, b.name, a.slotTable.trimmed(), a.slotDay.toString(Qt::ISODate))});
            m_clashing << a.id << b.id;
        }
    }
}

ExhibitionPlan ExhibitionPlan::of(const Store& store)
{
    return ExhibitionPlan(Repository<Initiative>(const_cast<Store&>(store)).all(QStringLiteral("name")));
}

QStringList ExhibitionPlan::tables(const QDate& day) const
{
    QStringList result;
    for (const Initiative& i : m_initiatives)
        if (takesTable(i) && i.slotDay == day && !result.contains(i.slotTable.trimmed()))
            result << i.slotTable.trimmed();
    // Table numbers in number order ("2" before "10"), named stands after them.
    std::sort(result.begin(), result.end(), [](const QString& a, const QString& b) {
        bool aNumber = false, bNumber = false;
        const int x = a.toInt(&aNumber), y = b.toInt(&bNumber);
        if (aNumber != bNumber)
            return aNumber;
        if (aNumber)
            return x < y;
        return a.localeAwareCompare(b) < 0;
    });
    return result;
}

QVector<Initiative> ExhibitionPlan::at(const QDate& day, const QString& table) const
{
    QVector<Initiative> result;
    for (const Initiative& i : m_initiatives)
        if (takesTable(i) && i.slotDay == day && i.slotTable.trimmed() == table)
            result << i;
    std::sort(result.begin(), result.end(),
              [](const Initiative& a, const Initiative& b) { return a.slotStart < b.slotStart; });
    return result;
}

} // namespace standlab
