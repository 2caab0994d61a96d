// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"
#include "io/shortwrite.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace standlab {

namespace {

bool isFormulaTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

// A cell the reader would shorten by one apostrophe: the writer must add one to keep it.
bool looksNeutralised(const QString& cell)
{
    return cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')
        && (isFormulaTrigger(cell.at(1)) || cell.at(1) == QLatin1Char('\''));
}

} // namespace

QString CsvWriter::neutralise(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    if (isFormulaTrigger(cell.at(0)) || looksNeutralised(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::restore(const QString& cell)
{
    return looksNeutralised(cell) ? cell.mid(1) : cell;
}

QString CsvWriter::quoteIfNeeded(const QString& cell, QChar delimiter)
{
    bool needs = false;
    for (const QChar c : cell) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return cell;
    QString quoted = cell;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::addRow(const QStringList& cells)
{
    // A lone empty cell must be quoted, or readers take the row for a blank line and drop it.
    if (cells.size() == 1 && cells.first().isEmpty()) {
        m_text += QLatin1String("\"\"\r\n");
        ++m_rows;
        return;
    }
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += m_options.delimiter;
        const QString cell = m_options.neutraliseFormulas ? neutralise(cells.at(i)) : cells.at(i);
        m_text += quoteIfNeeded(cell, m_options.delimiter);
    }
    m_text += QLatin1String("\r\n");
    ++m_rows;
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_options.byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += m_text.toUtf8();
    return bytes;
}

bool CsvWriter::save(const QString& path, QString* error) const
{
    return writeFileAtomically(path, data(), error);
}


bool CsvWriter::writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("“%1” could not be written: %2").arg(shown, file.errorString());
        return false;
    }
    const bool whole = file.write(bytes) == bytes.size() && file.flush();
    if (!whole || !file.commit()) {
        if (error)
            *error = isShortWriteWithoutReason(file)
                ? tr("Cannot write “%1”: only part of it could be written; the disk may be full.").arg(shown)
                : (whole ? tr("“%1” could not be saved: %2") : tr("“%1” could not be written: %2")).arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace standlab
