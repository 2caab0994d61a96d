// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `demo OUT.standlab`: writes the bundled demo event to a new file.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
