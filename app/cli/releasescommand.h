// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `releases FILE [--json]`: the releases of the programme, oldest first, read without writing.
class ReleasesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::ReleasesCommand)

public:
    QString name() const override { return QStringLiteral("releases"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
