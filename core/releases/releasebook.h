// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programmesnapshot.h"
#include "release.h"

#include <QCoreApplication>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// The releases of the programme: making one (a frozen copy of the programme as it is), listing and
// finding them. Releases are only ever added; nothing here changes or deletes one.
class ReleaseBook
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ReleaseBook)

public:
    explicit ReleaseBook(const Store& store) : m_store(store) {}

    // The row a new release would be (the window inserts it through an undoable command); nullopt
    // with a message when the name is empty or already taken.
    std::optional<Release> prepare(const QString& name, const QString& note, QString* error) const;
    // Prepares and stores a release in one step (CLI, tests).
    static std::optional<Release> make(Store& store, const QString& name, const QString& note, QString* error);

    // Oldest first.
    QVector<Release> list() const;
    std::optional<Release> latest() const;
    // By name (case-insensitive) or id; an unknown name is an error listing the releases there are.
    std::optional<Release> find(const QString& nameOrId, QString* error) const;
    // The release made just before `release`, if any.
    std::optional<Release> previous(const Release& release) const;

    std::optional<ProgrammeSnapshot> snapshot(const Release& release, QString* error) const;
    // How many sessions a release holds (0 when its copy cannot be read).
    static int sessionCount(const Release& release);

private:
    const Store& m_store;
};

} // namespace standlab
