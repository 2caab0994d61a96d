// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QStringList>
#include <QString>

namespace standlab {

// Someone who speaks, moderates, facilitates or is a contact.
struct Person : Entity
{
    QString name;
    QString organisationId;
    QString roleTitle;
    QString email;
    QString phone;
    QStringList languages;
    QString bio;
    QString notes;
    QString sourceIds = QStringLiteral("{}"); // SourceIds JSON: the person's id and guid in an imported schedule
};

template <> struct EntityTraits<Person>
{
    static QString table() { return QStringLiteral("people"); }
    static const QVector<Field<Person>>& fields()
    {
        static const QVector<Field<Person>> all = {
            field("name", &Person::name),
            field("organisation_id", &Person::organisationId),
            field("role_title", &Person::roleTitle),
            field("email", &Person::email),
            field("phone", &Person::phone),
            field("languages", &Person::languages),
            field("bio", &Person::bio),
            field("notes", &Person::notes),
            field("source_ids", &Person::sourceIds),
        };
        return all;
    }
};

} // namespace standlab
