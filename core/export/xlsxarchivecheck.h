// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace standlab {

// Reads back a workbook that libxlsxwriter has just built, before it may replace an older file.
// libxlsxwriter does not check its writes into its own temporary part files, so on a full disk it
// zips parts that were cut short and still reports success. Each part is inflated, its CRC-32
// compared, and every .xml/.rels part parsed to its end: a part cut short is never well-formed.
class XlsxArchiveCheck
{
    Q_DECLARE_TR_FUNCTIONS(XlsxArchiveCheck)

public:
    // True when the archive is whole; otherwise `problem` says which part is wrong and how.
    static bool verify(const QByteArray& archive, QString* problem);
    // Reads the workbook libxlsxwriter built at `built`, verifies it, and only then writes it to
    // `destination` in one atomic step. False, with a message naming `destination`, when the workbook
    // cannot be read or is incomplete (the older file is then left as it was).
    static bool publish(const QString& built, const QString& destination, QString* error);
};

} // namespace standlab
