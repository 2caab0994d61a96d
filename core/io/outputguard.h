// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace standlab {

// Keeps every export, package and copy off the event it is made from. An output is refused when,
// after following symbolic links (dangling ones too: QSaveFile writes through them), relative parts and
// `..`, it is the event file or one of the files SQLite and the lock keep beside it — or, where the
// system tells, another name (a hard link) of one of them.
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)

public:
    // Empty when writing `output` leaves the event at `eventPath` untouched, else a message naming both.
    static QString problem(const QString& output, const QString& eventPath);

    // Where writing `path` lands: absolute, cleaned, every symbolic link on the way followed.
    static QString resolved(const QString& path);
};

} // namespace standlab
