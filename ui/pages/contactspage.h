// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace standlab {

class ContactsModel;
class EventDocument;
class SearchableTable;

// The Contacts page as it stands: organisations and their engagement, searchable and read-only.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(EventDocument& document, QWidget* parent = nullptr);

    ContactsModel* model() const { return m_model; }

private:
    ContactsModel* m_model = nullptr;
    SearchableTable* m_table = nullptr;
};

} // namespace standlab
