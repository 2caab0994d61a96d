// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "demo/demoevent.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "tools/eventstatistics.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace standlab::cli {

QString DemoCommand::summary() const
{
    return tr("Write the demo event (Stand Lab 2019) to a new file.");
}

QString DemoCommand::synopsis() const
{
    return tr("demo OUT.standlab");
}

QStringList DemoCommand::argumentNames() const
{
    return {tr("OUT.standlab")};
}

Command::Outcome DemoCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    const QString path = parser.positionalArguments().at(0);
    // Store::create refuses an existing file, so the demo never overwrites anything.
    std::unique_ptr<Store> store = DemoEvent::create(path, OpenOptions(), error);
    if (!store)
        return Outcome::Failed;
    const EventStatistics statistics = EventStatistics::of(*store);
    out << tr("Wrote the demo event to %1 (%2 sessions, %3 people, %4 organisations).")
               .arg(QDir::toNativeSeparators(path))
               .arg(statistics.count(QStringLiteral("sessions")))
               .arg(statistics.count(QStringLiteral("people")))
               .arg(statistics.count(QStringLiteral("organisations")))
        << Qt::endl;
    return Outcome::Success;
}

} // namespace standlab::cli
