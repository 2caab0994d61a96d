// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `standlab-cli export FILE --format NAME --output PATH [...]`: writes any export format of the
// FormatRegistry without a display.
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
