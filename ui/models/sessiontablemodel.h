// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/participation.h"
#include "model/session.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/rowset.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace standlab {

class EventDocument;

// Every session of the event as a table row, with names of its space, working line and speakers
// looked up from hashes built once; follows the store's change signals row by row.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DayColumn,
        StartColumn,
        EndColumn,
        SpaceColumn,
        TitleColumn,
        KindColumn,
        WorkingLineColumn,
        StatusColumn,
        SpeakersColumn,
        ColumnCount
    };
    enum Role {
        SessionIdRole = Qt::UserRole + 1,
        // A plain value that orders the column; null for "nothing" (unscheduled, no space…), which sorts last.
        SortRole,
        DayRole,          // QDate, invalid when unscheduled
        WorkingLineIdsRole, // QStringList: the primary line and the cross-cutting tags
        KindRole,
        StatusRole,
        SearchTextRole    // lower-case title, abstract and speaker names
    };

    explicit SessionTableModel(EventDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Title, kind and status can be edited in place; the change goes onto the undo stack.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    int rowOf(const QString& sessionId) const { return m_rowById.value(sessionId, -1); }
    QString sessionId(int row) const;
    const QVector<Session>& sessions() const { return m_sessions; }
    // Names of the people in a session, ordered as in the programme.
    QString speakerNames(const QString& sessionId) const;

public slots:
    void reload();

private:
    void onRowChanged(const QString& table, const QString& id, ChangeKind kind);
    void sessionChanged(const QString& id, ChangeKind kind);
    void participationChanged(const QString& id, ChangeKind kind);
    void tagChanged(const QString& id, ChangeKind kind);
    void loadLines();
    void loadSpaces();
    void loadPeople();
    void loadParticipations();
    void loadTags();
    void reindex();
    void emitColumnChanged(int column);
    void emitRowChanged(const QString& sessionId);
    QVariant displayValue(const Session& session, int column) const;
    QVariant sortValue(const Session& session, int column) const;

    EventDocument& m_document;
    QVector<Session> m_sessions;
    QHash<QString, int> m_rowById;
    QHash<QString, WorkingLine> m_lines;
    QHash<QString, Space> m_spaces;
    QHash<QString, QString> m_personNames;
    QHash<QString, QVector<Participation>> m_participantsBySession;
    QHash<QString, QString> m_sessionOfParticipation;
    QHash<QString, QStringList> m_tagsBySession; // session id -> working line ids
    QHash<QString, QPair<QString, QString>> m_tagRows; // tag row id -> (session id, line id)
};

} // namespace standlab
