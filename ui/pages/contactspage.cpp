// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactspage.h"

#include "document/eventdocument.h"
#include "searchabletable.h"
#include "shellmodels/contactsmodel.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {

ContactsPage::ContactsPage(EventDocument& document, QWidget* parent) : QWidget(parent)
{
    m_model = new ContactsModel(document.store(), this);
    m_table = new SearchableTable(m_model, QStringLiteral("contacts"), this);
    m_table->proxy()->setSortRole(Qt::EditRole);
    m_table->setCountText([](int shown, int total) {
        return shown == total ? tr("Organisations: %1").arg(total)
                              : tr("Organisations: %1 of %2").arg(shown).arg(total);
    });

    auto* note = new QLabel(tr("Cities and organisations, and what they told us for this edition. "
                               "Read-only for now; follow-ups due today or earlier are in red."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

} // namespace standlab
