// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entity.h"
#include "model/field.h"

#include <QString>

namespace standlab {

// The subject and body of a letter to speakers in one language, with {placeholders} (LetterComposer).
// A language without a stored template uses the built-in default (DefaultLetters).
struct LetterTemplate : Entity
{
    QString kind = QStringLiteral("schedule");
    QString language = QStringLiteral("en");
    QString subject;
    QString body;
};

template <> struct EntityTraits<LetterTemplate>
{
    static QString table() { return QStringLiteral("letter_templates"); }
    static const QVector<Field<LetterTemplate>>& fields()
    {
        static const QVector<Field<LetterTemplate>> all = {
            field("kind", &LetterTemplate::kind),
            field("language", &LetterTemplate::language),
            field("subject", &LetterTemplate::subject),
            field("body", &LetterTemplate::body),
        };
        return all;
    }
};

} // namespace standlab
