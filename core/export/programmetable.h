// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printlabels.h"
#include "programmedata.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace standlab {

// The programme as one row per session, the shape both spreadsheet exports (CSV and .xlsx) share,
// with column heads in the print language.
class ProgrammeTable
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeTable)

public:
    enum Column { Day, Start, End, Space, WorkingLine, Kind, Title, Speakers, Moderators, CrossCutting, ColumnCount };

    ProgrammeTable(const ProgrammeData& data, const PrintLabels& labels);

    QStringList header() const { return m_header; }
    const QVector<QStringList>& rows() const { return m_rows; }
    // The dates and times behind the Day/Start/End cells, for typed spreadsheet cells.
    const QVector<ProgrammeData::Session>& sessions() const { return m_sessions; }

    // "Name (Organisation)" joined with "; ", the way a spreadsheet cell reads best.
    static QString people(const QVector<ProgrammeData::Person>& people);

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<ProgrammeData::Session> m_sessions;
};

} // namespace standlab
