// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csv/csvwriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace standlab {

class Store;

// Exports organisations (with their engagement for this edition) and people as CSV, and people as
// vCards; the UI passes the ids of a filtered list, an empty list means everything. The CSV headers
// are ones the import recognises, so an export can be imported into another file.
class ContactsExporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactsExporter)

public:
    explicit ContactsExporter(const Store& store) : m_store(store) {}

    QStringList organisationHeaders() const;
    QVector<QStringList> organisationRows(const QStringList& ids = {}) const;
    QStringList peopleHeaders() const;
    QVector<QStringList> peopleRows(const QStringList& ids = {}) const;

    QByteArray organisationsCsv(const QStringList& ids = {}, const CsvWriter::Options& options = {}) const;
    QByteArray peopleCsv(const QStringList& ids = {}, const CsvWriter::Options& options = {}) const;
    QByteArray vCards(const QStringList& personIds = {}) const;

    bool writeOrganisationsCsv(const QString& path, const QStringList& ids, QString* error,
                               const CsvWriter::Options& options = {}) const;
    bool writePeopleCsv(const QString& path, const QStringList& ids, QString* error,
                        const CsvWriter::Options& options = {}) const;
    bool writeVCards(const QString& path, const QStringList& personIds, QString* error) const;

private:
    QVector<QVariantMap> selected(const QString& table, const QStringList& ids, const QString& orderBy) const;
    QHash<QString, QString> names(const QString& table) const;

    const Store& m_store;
};

} // namespace standlab
