// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxsheetwriter.h"

#include "export/xlsxarchivecheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace standlab {

bool XlsxSheetWriter::save(const QString& path, QString* error) const
{
    auto fail = [&](const QString& why) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // libxlsxwriter writes to a path of its own; build the workbook in a scratch folder, then hand the
    // bytes to the one atomic write helper.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(scratch.errorString());
    const QByteArray scratchPath = QFile::encodeName(scratch.filePath(QStringLiteral("book.xlsx")));
    lxw_workbook* workbook = workbook_new(scratchPath.constData());
    if (!workbook)
        return fail(tr("the spreadsheet library could not start a workbook."));
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const Sheet& sheet : m_sheets) {
        // Sheet names: at most 31 characters, none of []:*?/\ .
        QString name = sheet.name.left(31);
        for (const QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.replace(c, QLatin1Char(' '));
        lxw_worksheet* worksheet = workbook_add_worksheet(workbook, name.toUtf8().constData());
        if (!worksheet)
            continue;
        for (int c = 0; c < sheet.headers.size(); ++c) {
            worksheet_write_string(worksheet, 0, lxw_col_t(c), sheet.headers.at(c).toUtf8().constData(), bold);
            worksheet_set_column(worksheet, lxw_col_t(c), lxw_col_t(c), 18, nullptr);
        }
        worksheet_freeze_panes(worksheet, 1, 0);
        for (int r = 0; r < sheet.rows.size(); ++r) {
            const QStringList& row = sheet.rows.at(r);
            for (int c = 0; c < row.size(); ++c)
                if (!row.at(c).isEmpty())
                    worksheet_write_string(worksheet, lxw_row_t(r + 1), lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
        }
    }
    const lxw_error result = workbook_close(workbook);
    if (result != LXW_NO_ERROR)
        return fail(QString::fromUtf8(lxw_strerror(result)));
    return XlsxArchiveCheck::publish(scratch.filePath(QStringLiteral("book.xlsx")), path, error);
}

} // namespace standlab
