// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmexlsx.h"

#include "programmetable.h"
#include "xlsxarchivecheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace standlab {

namespace {

lxw_datetime dateTimeOf(const QDateTime& moment, bool withDate, bool withTime)
{
    lxw_datetime value{};
    if (withDate) {
        value.year = moment.date().year();
        value.month = moment.date().month();
        value.day = moment.date().day();
    }
    if (withTime) {
        value.hour = moment.time().hour();
        value.min = moment.time().minute();
    }
    return value;
}

// Sheet names may not hold []:*?/\ and are at most 31 characters.
QString sheetNameFrom(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar& c : name)
        if (forbidden.contains(c))
            c = QLatin1Char(' ');
    name = name.simplified().left(31);
    return name.isEmpty() ? QStringLiteral("Programme") : name;
}

} // namespace

bool ProgrammeXlsx::write(const ProgrammeTable& table, const QString& sheetName, const QString& path, QString* error)
{
    QTemporaryDir folder;
    if (!folder.isValid()) {
        if (error)
            *error = tr("Cannot write “%1”: no temporary folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QString temporary = folder.filePath(QStringLiteral("programme.xlsx"));
    const QByteArray temporaryName = QFile::encodeName(temporary);
    lxw_workbook* workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        if (error)
            *error = tr("Cannot write “%1”: the workbook could not be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray sheetTitle = sheetNameFrom(sheetName).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetTitle.constData());
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format* time = workbook_add_format(workbook);
    format_set_num_format(time, "hh:mm");
    lxw_format* wrapped = workbook_add_format(workbook);
    format_set_text_wrap(wrapped);
    format_set_align(wrapped, LXW_ALIGN_VERTICAL_TOP);

    const QStringList header = table.header();
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    const double widths[] = {11, 7, 7, 18, 24, 12, 48, 40, 30, 22};
    for (int c = 0; c < ProgrammeTable::ColumnCount; ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[c],
                             c >= ProgrammeTable::Title ? wrapped : nullptr);

    const auto& rows = table.rows();
    for (int r = 0; r < rows.size(); ++r) {
        const lxw_row_t row = lxw_row_t(r + 1);
        const ProgrammeData::Session& session = table.sessions().at(r);
        lxw_datetime day = dateTimeOf(session.startsAt, true, false);
        worksheet_write_datetime(sheet, row, ProgrammeTable::Day, &day, date);
        lxw_datetime start = dateTimeOf(session.startsAt, false, true);
        worksheet_write_datetime(sheet, row, ProgrammeTable::Start, &start, time);
        if (session.endsAt.isValid()) {
            lxw_datetime end = dateTimeOf(session.endsAt, false, true);
            worksheet_write_datetime(sheet, row, ProgrammeTable::End, &end, time);
        }
        for (int c = ProgrammeTable::Space; c < ProgrammeTable::ColumnCount; ++c) {
            const QString& cell = rows.at(r).at(c);
            if (!cell.isEmpty())
                worksheet_write_string(sheet, row, lxw_col_t(c), cell.toUtf8().constData(), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(qMax(1, int(rows.size()))), ProgrammeTable::ColumnCount - 1);

    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR) {
        if (error)
            *error = tr("Cannot write “%1”: %2.")
                         .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(status)));
        return false;
    }
    return XlsxArchiveCheck::publish(temporary, path, error);
}

} // namespace standlab
