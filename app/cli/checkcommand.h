// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `check FILE [--json]`: lists the programme's conflicts with their sentences; exit 1 when there are any,
// so a script or a CI job can refuse a programme with clashes.
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
