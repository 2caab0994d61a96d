// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace standlab {

class EventDocument;
class PeopleModel;
class SearchableTable;

// The People page as it stands: everyone in the event, searchable and read-only.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(EventDocument& document, QWidget* parent = nullptr);

    PeopleModel* model() const { return m_model; }

private:
    PeopleModel* m_model = nullptr;
    SearchableTable* m_table = nullptr;
};

} // namespace standlab
