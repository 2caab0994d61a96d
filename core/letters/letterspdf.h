// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace standlab {

// The letters as one printable PDF (A4): each letter starts on a new page, with the event's name and
// address at the top, the person's name, the date, the subject and the body, and a list of the
// sessions' page on as many pages as it needs. Text stays text.
class LettersPdf
{
    Q_DECLARE_TR_FUNCTIONS(standlab::LettersPdf)

public:
    struct Heading
    {
        QString eventName;
        QString address;
    };
    static bool write(const QVector<Letter>& letters, const Heading& heading, const QString& path, QString* error);
};

} // namespace standlab
