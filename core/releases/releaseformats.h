// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/programmeoptions.h"

#include <QCoreApplication>
#include <QString>

namespace standlab {

class FormatRegistry;
class Store;

// Where releases meet the exports: the `changes` and `changes-json` formats, the printed pages a
// `--changed-since` keeps, the version a conference-app schedule carries, and the changes the HTML
// programme lists.
class ReleaseFormats
{
    Q_DECLARE_TR_FUNCTIONS(standlab::ReleaseFormats)

public:
    static void registerIn(FormatRegistry& registry);

    // Keeps only the pages that show something changed since release `name`: the days of the poster;
    // the days, spaces and signs of the door signs. Nothing changed is an error (nothing to reprint).
    static bool limitToChanges(const Store& store, const QString& name, ProgrammeFormat format,
                               ProgrammeOptions* options, QString* error);

    // The schedule's version: the latest release's name, followed by `+fingerprint` once the programme
    // has changed since (so apps still notice); the fingerprint alone when there is no release.
    static QString scheduleVersion(const Store& store, const QString& fingerprint);

    // The "Changes since vN" part of the HTML programme, in the print language; empty when there is
    // nothing to tell (see ChangeReport::forPublication).
    static QString htmlChanges(const Store& store, const QString& language);
    // The heading of a kind of change (ProgrammeChange::Kind) in a print language (en, es, ca, fr).
    static QString printedKind(const QString& language, int kind);
};

} // namespace standlab
