// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace standlab {

// Whole-file writes and bounded reads for the calendar and schedule formats: a file is replaced in
// one step (QSaveFile) or not at all, and an input is refused before it is read when it is too big.
class ExchangeFile
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ExchangeFile)

public:
    static bool save(const QString& path, const QByteArray& bytes, QString* error);
    // Reads at most `limit` bytes; a larger file is refused with a message.
    static bool read(const QString& path, qint64 limit, QByteArray* bytes, QString* error);
};

} // namespace standlab
