// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactimportmapping.h"
#include "csv/csvreader.h"
#include "store/rowset.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace standlab {

class Store;

// What to do with a row that describes an organisation or person already known.
enum class DuplicatePolicy { Skip, Update, AddAnyway };

// A row that will not be imported, and why.
struct ImportRejection
{
    int line = 0;
    QString reason;
};

// A row whose organisation or person is already in the store or earlier in the file.
struct ImportDuplicate
{
    enum Kind { Organisation, Person };
    int line = 0;
    Kind kind = Person;
    QString name;
    QString existingId;  // the stored row it matches; empty when it matches an earlier row of the file
    int earlierLine = 0; // the row of the file it matches, when not stored
    QString reason;      // "same email", "same name at the same organisation"…
};

// What an import will do (preview) or did (apply).
struct ContactImportReport
{
    int rowsRead = 0;
    int organisationsToAdd = 0;
    int organisationsToUpdate = 0;
    int peopleToAdd = 0;
    int peopleToUpdate = 0;
    int engagementsToAdd = 0;
    int engagementsToUpdate = 0;
    QVector<ImportDuplicate> duplicates;
    QVector<ImportRejection> rejected;
    QString error;   // why nothing can be (or was) imported; empty when all is well
    bool applied = false;

    bool ok() const { return error.isEmpty() && rejected.isEmpty(); }
    // One paragraph for people: counts, then each rejected row with its line.
    QString summary() const;
};

// Imports organisations, their engagement and their people from spreadsheet rows through a column
// mapping: validates every row, finds duplicates in the file and in the store, and writes everything
// in one transaction or nothing at all.
class ContactImporter
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    explicit ContactImporter(Store& store);
    ~ContactImporter();

    // The first record is the header row. Records keep their line numbers for the messages.
    void setRecords(const QVector<CsvRecord>& records);
    // Reads a file with CsvReader; false and a message (with the line) when it cannot be parsed.
    bool loadFile(const QString& path, QString* error);
    QStringList headers() const;

    void setMapping(const ContactImportMapping& mapping) { m_mapping = mapping; }
    const ContactImportMapping& mapping() const { return m_mapping; }
    void setPolicy(DuplicatePolicy policy) { m_policy = policy; }
    DuplicatePolicy policy() const { return m_policy; }

    // A dry run: everything apply() would do, without writing.
    ContactImportReport preview();
    // Writes what preview() reports, inside one Store::Transaction. Refuses when any row is rejected;
    // if any write fails, nothing is written and the store is as it was.
    ContactImportReport apply();

private:
    struct Plan;
    std::unique_ptr<Plan> plan(ContactImportReport& report);

    Store& m_store;
    QVector<CsvRecord> m_records;
    ContactImportMapping m_mapping;
    DuplicatePolicy m_policy = DuplicatePolicy::Skip;
};

} // namespace standlab
