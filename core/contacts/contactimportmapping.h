// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace standlab {

// What a column of a contacts spreadsheet holds.
enum class ContactField {
    Ignore,
    OrganisationName,
    OrganisationKind,
    City,
    Country,
    Website,
    DeclarationSignatory,
    Attendance,
    Days,
    DelegationSize,
    Topics,
    RequestedLine,
    WantsToSpeak,
    WantsWorkshop,
    Owner,
    NextFollowUp,
    PersonName,
    FirstName,
    LastName,
    RoleTitle,
    Email,
    Phone,
    Languages,
    Notes,
};

// Which column of a spreadsheet feeds which contact field: guessed from the headers (English, Spanish,
// Catalan), adjustable by the user, and stored as JSON so it can be remembered per header set.
class ContactImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(ContactImportMapping)

public:
    ContactImportMapping() = default;
    explicit ContactImportMapping(const QStringList& headers);

    static ContactImportMapping guess(const QStringList& headers);

    QStringList headers() const { return m_headers; }
    int columnCount() const { return int(m_headers.size()); }
    ContactField field(int column) const { return m_fields.value(column, ContactField::Ignore); }
    void setField(int column, ContactField field);
    // The first column mapped to `field`, or -1.
    int column(ContactField field) const;
    bool has(ContactField field) const { return column(field) >= 0; }
    bool hasOrganisation() const { return has(ContactField::OrganisationName); }
    bool hasPerson() const
    {
        return has(ContactField::PersonName) || has(ContactField::FirstName) || has(ContactField::LastName);
    }
    // False (with a reason) when no column says which organisation or person a row is about.
    bool isUsable(QString* reason = nullptr) const;

    QJsonObject toJson() const;
    // Reads a saved mapping; columns are matched by header name so reordered files still fit.
    static ContactImportMapping fromJson(const QJsonObject& json, const QStringList& headers, QString* error = nullptr);
    // A key for remembering the mapping of files with these headers (e.g. in QSettings).
    static QString signature(const QStringList& headers);

    static QVector<ContactField> allFields();
    static QString key(ContactField field);
    static ContactField fromKey(const QString& key, bool* ok = nullptr);
    static QString label(ContactField field);
    // Lower case, accents removed, punctuation to single spaces: "Correu electrònic" → "correu electronic".
    static QString normalise(const QString& text);

private:
    QStringList m_headers;
    QVector<ContactField> m_fields;
};

} // namespace standlab
