// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace standlab::hardening {

// A contacts spreadsheet export of `rows` fictional people, one organisation each.
bool writeContactsCsv(const QString& path, int rows);
// A laptop's settings under `home`, as the GUI keeps them, so a CLI run there writes as that laptop.
bool writeLaptopHome(const QString& home, const QString& laptopId, const QString& laptopName);

QByteArray fileBytes(const QString& path);
bool writeBytes(const QString& path, const QByteArray& bytes);
// Every entry of `folder` whose name starts with `prefix` (hidden ones too): the output, its temporary
// files, a journal or a lock.
QStringList entriesStartingWith(const QString& folder, const QString& prefix);
// The uncompressed size of each member of a zip archive (an .xlsx), from its central directory; empty
// when the archive is not whole.
QMap<QString, qint64> zipMembers(const QByteArray& archive);

// The seed of this run: STANDLAB_HARDENING_SEED when set (to repeat a failure), else a fresh one.
quint32 hardeningSeed();
// STANDLAB_HARDENING_ROUNDS, when set, replaces the time budget with a fixed number of rounds.
int fixedRounds();

} // namespace standlab::hardening
