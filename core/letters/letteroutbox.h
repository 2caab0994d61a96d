// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace standlab {

class Store;

// Where letters go: e-mail drafts into a folder the user chose (nothing is sent), and a line in each
// person's interaction log saying a letter was written.
class LetterOutbox
{
    Q_DECLARE_TR_FUNCTIONS(standlab::LetterOutbox)

public:
    // One .eml per letter with an address, named after the person; `noAddress` gets the names of the
    // people skipped for want of one. The folder is made when missing.
    static bool writeDrafts(const QVector<Letter>& letters, const QString& folder, QStringList* written,
                            QStringList* noAddress, QString* error);
    // "Letter written: schedule, v2": the latest release, or the one the letters told the changes since.
    static QString note(const Store& store, const QString& changedSince);
    // Adds `note` to the log of each person written to, in one transaction.
    static bool record(Store& store, const QVector<Letter>& letters, const QString& note, QString* error);
};

} // namespace standlab
