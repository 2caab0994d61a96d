// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace standlab {

// Writes tables of text as an .xlsx workbook (libxlsxwriter) for people who live in Excel: a bold,
// frozen header row per sheet, every cell a string so nothing is ever evaluated as a formula. The
// workbook is written beside the target and renamed into place, so there is never half a file.
class XlsxSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheetWriter)

public:
    struct Sheet
    {
        QString name;
        QStringList headers;
        QVector<QStringList> rows;
    };

    void addSheet(const Sheet& sheet) { m_sheets.push_back(sheet); }
    bool save(const QString& path, QString* error) const;

private:
    QVector<Sheet> m_sheets;
};

} // namespace standlab
