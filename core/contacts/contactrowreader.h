// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contactimportmapping.h"
#include "store/rowset.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

namespace standlab {

class Store;

// Turns one spreadsheet row into the organisation, engagement and person columns it sets, checking
// every value (dates, yes/no, attendance, working line by name) against the event.
class ContactRowReader
{
    Q_DECLARE_TR_FUNCTIONS(ContactRowReader)

public:
    // Only the columns a row gives a value for: an empty cell never overwrites anything.
    struct Values
    {
        Row organisation;
        Row engagement;
        Row person;
    };

    ContactRowReader(const Store& store, const ContactImportMapping& mapping);

    // False for an empty row (no problems) or a row with problems, each a reason without the line.
    bool read(const QStringList& fields, int headerWidth, Values& values, QStringList& problems) const;

private:
    QString cell(const QStringList& fields, ContactField field) const;
    QStringList parseDays(const QString& text, QStringList& problems) const;

    const ContactImportMapping& m_mapping;
    QHash<QString, QString> m_lineByName; // normalised name or short name → working line id
    QStringList m_eventDays;              // ISO dates
    // Each distinct cell text parsed once (see cached() in the .cpp).
    mutable QHash<QString, QVariant> m_languagesByCell;
    mutable QHash<QString, std::optional<bool>> m_boolByCell;
    mutable QHash<QString, std::optional<QString>> m_kindByCell;
    mutable QHash<QString, std::optional<QString>> m_attendanceByCell;
    mutable QHash<QString, std::optional<QString>> m_isoDateByCell;
};

} // namespace standlab
