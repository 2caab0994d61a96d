// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"
#include "field.h"

#include <QString>

namespace standlab {

// A section of an outcome document, holding rich text.
struct Section : Entity
{
    QString documentId;
    QString parentId;
    int position = 0;
    QString title;
    QString bodyHtml;
    QString status = QStringLiteral("draft");
    QString workingLineId;
    QString lastEditor;
};

template <> struct EntityTraits<Section>
{
    static QString table() { return QStringLiteral("sections"); }
    static const QVector<Field<Section>>& fields()
    {
        static const QVector<Field<Section>> all = {
            field("document_id", &Section::documentId),
            field("parent_id", &Section::parentId),
            field("position", &Section::position),
            field("title", &Section::title),
            field("body_html", &Section::bodyHtml),
            field("status", &Section::status),
            field("working_line_id", &Section::workingLineId),
            field("last_editor", &Section::lastEditor),
        };
        return all;
    }
};

} // namespace standlab
