// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace standlab {

class Store;

// The contact figures a person reads at a glance: attendance by status, organisations by country and
// by kind, requests (to speak or run a workshop) by working line, and follow-ups per week. The
// Contacts overview draws them; `standlab-cli info` prints them.
class ContactOverview
{
    Q_DECLARE_TR_FUNCTIONS(ContactOverview)

public:
    struct Bar
    {
        QString key;    // stored key (attendance, kind), a country, a line name, or a week's Monday
        QString label;  // for people
        int count = 0;
        int extra = 0;  // requests: of which still unanswered; follow-ups: of which overdue
        QString colour; // working lines carry their colour
    };

    static ContactOverview of(const Store& store, const QDate& today = QDate::currentDate());

    const QVector<Bar>& attendance() const { return m_attendance; }
    const QVector<Bar>& countries() const { return m_countries; }
    const QVector<Bar>& kinds() const { return m_kinds; }
    const QVector<Bar>& requestsByLine() const { return m_requests; }
    const QVector<Bar>& followUpsByWeek() const { return m_followUps; }
    int organisations() const { return m_organisations; }

    QJsonObject toJson() const;
    QString toText() const;

private:
    int m_organisations = 0;
    QVector<Bar> m_attendance;
    QVector<Bar> m_countries;
    QVector<Bar> m_kinds;
    QVector<Bar> m_requests;
    QVector<Bar> m_followUps;
};

} // namespace standlab
