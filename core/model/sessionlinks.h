// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace standlab {

// One link or attachment of a session: what it is called, where it is, what it is for (recording,
// slides, notes, feedback, other) and the type the schedule it came from gave it, written back as is.
struct SessionLink
{
    QString title;
    QString url;
    QString kind = QStringLiteral("other");
    QString type;

    bool operator==(const SessionLink& other) const
    {
        return title == other.title && url == other.url && kind == other.kind && type == other.type;
    }
};

// The JSON list a session keeps its links (or attachments) in, and the words for their kinds.
class SessionLinks
{
    Q_DECLARE_TR_FUNCTIONS(standlab::SessionLinks)

public:
    // Entries without a URL are dropped; an unknown kind reads as "other".
    static QVector<SessionLink> fromJson(const QString& json);
    static QString toJson(const QVector<SessionLink>& links);
    static QVector<Term> kinds();
    // The kind a schedule's link type stands for ("media" and "video" are recordings…).
    static QString kindOfType(const QString& type);
    // One link a line, "title | URL | kind", for editing as text; and back, with the line of the
    // first one that is not a link in `badLine` (1-based, 0 when all are fine).
    static QString toText(const QVector<SessionLink>& links);
    static QVector<SessionLink> fromText(const QString& text, int* badLine);
};

} // namespace standlab
