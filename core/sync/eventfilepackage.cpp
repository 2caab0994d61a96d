// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilepackage.h"

#include "db/sqlitestatement.h"
#include "store/openoptions.h"
#include "store/store.h"
#include "syncexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace standlab {
namespace {

struct EventName
{
    QString id;
    QString name;
};

std::optional<EventName> eventOf(Store& store)
{
    SqliteStatement statement(store.database(), QStringLiteral("SELECT id, name FROM event ORDER BY id LIMIT 1"));
    if (!statement.step())
        return std::nullopt; // a new file whose event settings were never saved
    return EventName{statement.text(0), statement.text(1)};
}

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

} // namespace

bool EventFilePackage::looksLikeEventFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

std::optional<SyncPackage> EventFilePackage::read(const QString& path, Store& into, QString* error)
{
    const QString name = QDir::toNativeSeparators(path);
    if (canonical(path) == canonical(into.path())) {
        if (error)
            *error = tr("“%1” is the event file itself: choose another copy of it to merge.").arg(name);
        return std::nullopt;
    }
    OpenOptions options;
    options.readOnly = true;
    QString reason;
    const std::unique_ptr<Store> other = Store::open(path, options, &reason);
    if (!other) {
        if (error)
            *error = reason;
        return std::nullopt;
    }
    if (other->schemaVersion() != into.schemaVersion()) {
        if (error)
            *error = tr("“%1” was saved by another version of Stand Lab (file version %2, this event has %3): open it "
                        "once in this version, then merge it.")
                         .arg(name)
                         .arg(other->schemaVersion())
                         .arg(into.schemaVersion());
        return std::nullopt;
    }
    const std::optional<EventName> theirs = eventOf(*other);
    const std::optional<EventName> ours = eventOf(into);
    if (theirs && ours && theirs->id != ours->id) {
        if (error)
            *error = tr("“%1” holds another event (“%2”), not a copy of this one (“%3”): only copies of one event can "
                        "be merged. To bring its sessions or contacts over, export them from it and import them here.")
                         .arg(name, theirs->name, ours->name);
        return std::nullopt;
    }
    const SyncExporter exporter(*other, tr("%1 (event file)").arg(QFileInfo(path).completeBaseName()));
    return exporter.build(0);
}

} // namespace standlab
