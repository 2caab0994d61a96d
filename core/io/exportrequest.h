// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace standlab {

class Store;

// What an export was asked for, whoever asks (the CLI's options or the Exports page's controls).
// Each format reads the fields it understands and ignores the rest.
struct ExportRequest
{
    QString output;        // the file to write; replaced atomically
    QString language;      // printed labels: en, es, ca, fr (empty: en)
    QStringList days;      // ISO dates; empty means every day
    QStringList lines;     // working line ids or names; empty means every line
    QStringList spaces;    // space ids or names; empty means every space
    QStringList statuses;  // session statuses; empty means the format's default
    QString paper;         // a4 or letter (empty: a4)
    QString document;      // an outcome document, by name (Action Plan exports)
    QString revision;      // a revision of that document, by name; empty means the current text
    QString person;        // one person, by id or name (a personal calendar, one letter)
    QString since;         // a release, by name: what changed since it (the changes exports)
    QString changedSince;  // a release, by name: only what changed since it (signs, poster, letters)
    // The event open for writing, for the formats that record they were made (a letter in the person's
    // log); null: record nothing.
    Store* record = nullptr;
    // Lines for the person who asked (how many letters, who has no address); may be empty.
    std::function<void(const QString&)> notice;
};

} // namespace standlab
