// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace standlab {

// This laptop's identity, shared by the GUI and standlab-cli: one id (made once, a UUID) that stamps
// every row written here, and a name people recognise in sync packages and the exchange history.
// Kept in the GUI's QSettings under fixed organisation/application names, so both programs agree.
class LaptopIdentity
{
    Q_DECLARE_TR_FUNCTIONS(LaptopIdentity)

public:
    static QString id();
    static QString name();
    static void setName(const QString& name);
    static QString defaultName();
};

} // namespace standlab
