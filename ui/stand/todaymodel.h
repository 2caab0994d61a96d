// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/session.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QSet>

namespace standlab {

class EventDocument;

// One day's sessions at the stand as a tree: each session with its speakers under it. Speakers are
// ticked as arrived (check state) and the headcount is typed in; both become undo commands. It
// reloads from the store's change notifications and keeps its rows (and the view's focus) when only
// values changed.
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TimeColumn, SpaceColumn, ArrivedColumn, HeadcountColumn, NotesColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, ParticipationIdRole };

    explicit TodayModel(EventDocument& document, QObject* parent = nullptr);

    void setDay(const QDate& day);
    QDate day() const { return m_day; }
    void reload();

    QModelIndex sessionIndex(const QString& sessionId, int column = TitleColumn) const;
    // The session a row belongs to (itself for a session row, its parent for a speaker).
    QString sessionId(const QModelIndex& index) const;
    Session session(const QString& sessionId) const;
    bool isSpeaker(const QModelIndex& index) const { return index.isValid() && index.internalId() != 0; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Speaker
    {
        QString participationId;
        QString name;
        QString role;
        bool arrived = false;
    };
    struct Item
    {
        Session session;
        QString spaceName;
        QString lineColour;
        QVector<Speaker> speakers;
        int notes = 0;
    };
    QVector<Item> load() const;
    QVariant sessionData(const Item& item, int column, int role) const;
    QVariant speakerData(const Item& item, const Speaker& speaker, int column, int role) const;

    EventDocument& m_document;
    QDate m_day;
    QVector<Item> m_items;
    QSet<QString> m_watched;
};

} // namespace standlab
