// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include <QCommandLineParser>

namespace standlab::cli {

void Command::addOptions(QCommandLineParser&) const
{
}

bool Command::intOption(const QCommandLineParser& parser, const QString& option, qint64 minimum, qint64 maximum,
                        qint64* value, QString* error)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        if (error)
            *error = tr("--%1 needs a whole number from %2 to %3, not “%4”.")
                         .arg(option)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(text);
        return false;
    }
    *value = number;
    return true;
}

} // namespace standlab::cli
