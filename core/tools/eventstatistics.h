// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactoverview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace standlab {

class Store;

// How much an event file holds: its schema version and a row count per entity, under plain names.
class EventStatistics
{
    Q_DECLARE_TR_FUNCTIONS(EventStatistics)

public:
    struct Entry
    {
        QString name;  // the plain name people and scripts see ("working_lines", "days")
        QString table; // the table it is counted in
        qint64 count = 0;
    };

    static EventStatistics of(const Store& store);

    int schemaVersion() const { return m_schemaVersion; }
    // Main entities first, in the order a person would ask about them, then the link tables.
    const QVector<Entry>& entries() const { return m_entries; }
    // The count under a plain name, or -1 when there is no such entity.
    qint64 count(const QString& name) const;
    // The contact figures (attendance, countries, kinds, requests, follow-ups), as the Contacts overview draws them.
    const ContactOverview& contacts() const { return m_contacts; }
    // {"schema_version": N, "counts": {"sessions": N, ...}, "contacts": {...}}
    QJsonObject toJson() const;
    // Aligned "name  count" lines, the schema version first.
    QString toText() const;

    // The plain name of every table (in display order), and of one table.
    static QStringList names();
    static QString nameOf(const QString& table);

private:
    int m_schemaVersion = 0;
    QVector<Entry> m_entries;
    ContactOverview m_contacts;
};

} // namespace standlab
