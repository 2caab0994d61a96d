// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QUndoCommand>
#include <QVariantMap>

namespace standlab {

class EventDocument;

// Sets one or more fields of one row; consecutive edits of the same field within a few seconds merge
// (typing), and an edit that changes nothing is dropped.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(EventDocument& document, const QString& table, const QString& id, const QVariantMap& newValues,
                    const QString& text, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    bool apply(const QVariantMap& values);

    EventDocument& m_document;
    QString m_table;
    QString m_rowId;
    QVariantMap m_oldValues;
    QVariantMap m_newValues;
    QDateTime m_lastEdit;
};

} // namespace standlab
