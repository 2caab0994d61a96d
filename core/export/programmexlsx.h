// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace standlab {

class ProgrammeTable;

// The programme as an .xlsx workbook (libxlsxwriter): one sheet, typed date and time cells, a
// frozen bold header and a filter. Every text is written as a string, never as a formula.
class ProgrammeXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeXlsx)

public:
    // Builds the workbook in a private temporary folder and then replaces `path` in one step.
    static bool write(const ProgrammeTable& table, const QString& sheetName, const QString& path, QString* error);
};

} // namespace standlab
