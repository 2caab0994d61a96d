// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/contactfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace standlab {

class Store;

// Search and filters over the contacts list: kind, country, attendance, wants to speak, wants to run
// a workshop, working line requested, Declaration signatory, owner, follow-up due or overdue, and
// unanswered requests. Emits the whole filter whenever one part changes.
class ContactFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(Store& store, QWidget* parent = nullptr);

    ContactFilter filter() const;
    // Refreshes the choices that come from the file (countries, owners, working lines).
    void refreshChoices();
    void focusSearch();
    void clear();

signals:
    void filterChanged(const standlab::ContactFilter& filter);

private:
    QComboBox* addCombo(const QString& name, const QString& tip);

    Store& m_store;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_country = nullptr;
    QComboBox* m_attendance = nullptr;
    QComboBox* m_speak = nullptr;
    QComboBox* m_workshop = nullptr;
    QComboBox* m_line = nullptr;
    QComboBox* m_signatory = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_followUp = nullptr;
};

} // namespace standlab
