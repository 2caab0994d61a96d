// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// Which replica writes: one copy of one event file, not a laptop (DESIGN.md §6). The id is kept in the
// file's meta table beside an anchor that says where this copy lives (the machine, the file's canonical
// path, its device and inode). A file whose anchor no longer matches was copied, restored from a backup,
// moved to another laptop or imaged with one, and becomes a replica of its own: its later edits can
// never be mistaken for those of the copy it came from.
class ReplicaIdentity
{
public:
    struct Resolution
    {
        QString id;         // the replica id this open writes with
        QString anchor;     // where this copy lives now
        bool changed = false; // id or anchor differ from what the file holds: store them
    };

    // The anchor of the file at `path` on this machine (a hex digest: nothing about the machine travels).
    static QString anchorOf(const QString& path);
    // From what the file holds (empty for a file of an earlier version), the id it writes with. A new id is
    // derived from the old one (or from `legacyLaptopId` for an earlier file) and the anchor, so a read-only
    // open and the next writable open of one copy agree on it without writing anything.
    static Resolution resolve(const QString& storedId, const QString& storedAnchor, const QString& path,
                              const QString& legacyLaptopId);

    static constexpr const char* idKey = "replica_id";
    static constexpr const char* anchorKey = "replica_anchor";
};

} // namespace standlab
