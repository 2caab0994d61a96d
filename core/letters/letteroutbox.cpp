// SPDX-License-Identifier: GPL-3.0-or-later
#include "letteroutbox.h"

#include "csv/csvwriter.h"
#include "emlmessage.h"
#include "model/repository.h"
#include "personinteraction.h"
#include "releases/releasebook.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace standlab {

bool LetterOutbox::writeDrafts(const QVector<Letter>& letters, const QString& folder, QStringList* written,
                               QStringList* noAddress, QString* error)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = tr("“%1” is a file; letters go into a folder.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot make the folder “%1”.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QDir dir(folder);
    QSet<QString> names;
    const QDateTime now = QDateTime::currentDateTime();
    for (const Letter& letter : letters) {
        if (letter.email.isEmpty()) {
            noAddress->append(letter.personName);
            continue;
        }
        // Two people of the same name get two drafts.
        const QString base = EmlMessage::fileNameFor(letter.personName);
        QString name = base + QStringLiteral(".eml");
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1-%2.eml").arg(base).arg(n);
        names.insert(name);
        const QString path = dir.filePath(name);
        const QByteArray bytes = EmlMessage::build(letter, now, Store::newId());
        if (!CsvWriter::writeFileAtomically(path, bytes, error))
            return false;
        written->append(path);
    }
    return true;
}

QString LetterOutbox::note(const Store& store, const QString& changedSince)
{
    QString release;
    if (!changedSince.isEmpty()) {
        const std::optional<Release> since = ReleaseBook(store).find(changedSince, nullptr);
        release = tr("changes since %1").arg(since ? since->name : changedSince);
    } else if (const std::optional<Release> latest = ReleaseBook(store).latest()) {
        release = latest->name;
    }
    return release.isEmpty() ? tr("Letter written: schedule") : tr("Letter written: schedule, %1").arg(release);
}

bool LetterOutbox::record(Store& store, const QVector<Letter>& letters, const QString& note, QString* error)
{
    Store::Transaction transaction(store);
    Repository<PersonInteraction> log(store);
    for (const Letter& letter : letters) {
        PersonInteraction entry;
        entry.personId = letter.personId;
        entry.happenedOn = QDate::currentDate();
        entry.channel = QStringLiteral("letter");
        entry.note = note;
        if (!log.add(entry, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace standlab
