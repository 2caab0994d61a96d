// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab::cli {

// `standlab-cli import FILE --format NAME INPUT [--dry-run] [--mapping M.json]`: reads an import
// format of the FormatRegistry into an event, creating FILE when it does not exist yet.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;
};

} // namespace standlab::cli
