// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace standlab {
class Store;
}

namespace standlab::cli {

// `sync export FILE --output PKG [--since-peer NAME]`, `sync import FILE PKG…`, `sync import FILE --folder DIR`
// and `sync conflicts FILE`:
// one subcommand whose first argument picks the action, as the dispatcher knows one-word names only.
class SyncCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(standlab::cli::SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString synopsis() const override;
    QStringList argumentNames() const override;
    bool lastArgumentRepeats() const override { return true; }
    void addOptions(QCommandLineParser& parser) const override;
    Outcome run(const QCommandLineParser& parser, QTextStream& out, QString* error) override;

private:
    Outcome exportPackage(Store& store, const QCommandLineParser& parser, QTextStream& out, QString* error);
    Outcome importPackages(Store& store, const QStringList& paths, QTextStream& out, QString* error);
    Outcome importFolder(Store& store, const QString& folder, QTextStream& out, QString* error);
    Outcome listConflicts(Store& store, QTextStream& out);
};

} // namespace standlab::cli
