// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/exhibitionplan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace standlab {

class EventDocument;

// The initiatives exhibited at the stand with their slot (day, table, time) and the state of their
// request; slot cells are editable (undoable), clashing slots are flagged.
class InitiativesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Organisation, Line, Contact, Day, Table, Start, End, Status, Description, ColumnCount };
    enum Role { IdRole = Qt::UserRole, ClashRole };

    explicit InitiativesModel(EventDocument& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ExhibitionPlan& plan() const { return m_plan; }
    void reload();

private:
    EventDocument& m_document;
    ExhibitionPlan m_plan{{}};
    QHash<QString, QString> m_organisations;
    QHash<QString, QString> m_lines;
    QHash<QString, QString> m_people;
};

} // namespace standlab
