// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace standlab {

class FormatRegistry;
class Store;
struct ContactImportReport;
struct ImportReport;

// The contact formats of `standlab-cli import/export`: contacts-csv (import and export),
// contacts-xlsx and vcard (export). The Contacts page writes the same files for a filtered list.
class ContactFormats
{
    Q_DECLARE_TR_FUNCTIONS(ContactFormats)

public:
    static void registerIn(FormatRegistry& registry);

    // Organisations (with engagement) as CSV; empty ids mean all.
    static bool writeCsv(const Store& store, const QString& path, const QStringList& organisationIds, QString* error);
    // Organisations and their people as two sheets.
    static bool writeXlsx(const Store& store, const QString& path, const QStringList& organisationIds, QString* error);
    // The people of these organisations (all people when empty) as vCard 4.0.
    static bool writeVCards(const Store& store, const QString& path, const QStringList& organisationIds, QString* error);

    // What an import did or would do, as lines a person reads: counts, duplicates, rejected rows.
    static QStringList reportLines(const ContactImportReport& report, bool dryRun);
};

} // namespace standlab
