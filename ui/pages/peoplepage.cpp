// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplepage.h"

#include "document/eventdocument.h"
#include "searchabletable.h"
#include "shellmodels/peoplemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace standlab {

PeoplePage::PeoplePage(EventDocument& document, QWidget* parent) : QWidget(parent)
{
    m_model = new PeopleModel(document.store(), this);
    m_table = new SearchableTable(m_model, QStringLiteral("people"), this);
    m_table->setCountText([](int shown, int total) {
        return shown == total ? tr("People: %1").arg(total) : tr("People: %1 of %2").arg(shown).arg(total);
    });

    auto* note = new QLabel(tr("Everyone in this event with their sessions. Read-only for now."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
}

} // namespace standlab
