// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace standlab {

class Store;

// The people of the event with their organisation, their sessions and roles; follows the store.
// Edits to people already listed arrive as dataChanged (so a selection survives typing in the
// editor); a person added or removed resets the model once per burst of changes.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, OrganisationName, Role, Email, Phone, Sessions, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole,
        OrganisationIdRole,
        SpeakerRole,     // true when the person speaks in at least one session
        ModeratorRole,   // true when the person moderates at least one session
        UnconfirmedRole, // true when one of the person's participations is not confirmed
        SearchTextRole,  // everything the search box looks at, in one string
    };

    explicit PeopleModel(Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row of a person, or -1.
    int rowOf(const QString& personId) const;
    void reload();

private:
    struct Line
    {
        Person person;
        QString organisation;
        int sessions = 0;
        bool speaker = false;
        bool moderator = false;
        bool unconfirmed = false;
        bool operator==(const Line& other) const;
    };
    QVector<Line> readLines() const;

    Store& m_store;
    QVector<Line> m_lines;
};

} // namespace standlab
