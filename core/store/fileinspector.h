// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace standlab {

// Looks at a file's bytes before SQLite touches it, so a wrong or damaged file is refused with a
// reason a person understands and without a single byte of it being written.
class FileInspector
{
public:
    enum class Verdict { Ok, Missing, MissingFolder, Unreadable, Empty, NotSqlite, Truncated };

    static Verdict inspect(const QString& path);
    static QString explain(Verdict verdict, const QString& path);
    // True when the file's permission bits forbid writing, whoever we are (root included).
    static bool isMarkedReadOnly(const QString& path);
    // Reads application_id and user_version straight from the header bytes, without SQLite creating
    // any side file. False when they cannot be trusted: a non-empty write-ahead log beside the file
    // may hold a newer first page, and then only SQLite can tell.
    static bool readHeader(const QString& path, quint32* applicationId, int* userVersion);
};

} // namespace standlab
