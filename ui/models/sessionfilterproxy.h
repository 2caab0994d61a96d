// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>

namespace standlab {

// Sorts the session table by the model's sort values (empty values always last) and filters it by
// day, working line, kind, status and free text.
class SessionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SessionFilterProxy(QObject* parent = nullptr);

    // The day filter: no filter, one day, or the sessions without a time.
    enum class DayMode { Any, Day, Unscheduled };
    void setDayFilter(DayMode mode, const QDate& day = {});
    // An empty key means "all".
    void setWorkingLineFilter(const QString& workingLineId);
    void setKindFilter(const QString& kind);
    void setStatusFilter(const QString& status);
    void setTextFilter(const QString& text);
    void clearFilters();
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    DayMode m_dayMode = DayMode::Any;
    QDate m_day;
    QString m_workingLineId;
    QString m_kind;
    QString m_status;
    QStringList m_words;
    QCollator m_collator;
};

} // namespace standlab
