// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `release FILE --name NAME [--note TEXT]`: freezes the programme as it is now under a new name.
class ReleaseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::ReleaseCommand)

public:
    QString name() const override { return QStringLiteral("release"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
