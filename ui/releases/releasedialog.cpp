// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasedialog.h"

#include "commands/insertrowcommand.h"
#include "document/eventdocument.h"
#include "model/repository.h"
#include "releases/releasebook.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace standlab {

ReleaseDialog::ReleaseDialog(EventDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_name(new QLineEdit(this)), m_note(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("releaseDialog"));
    setWindowTitle(tr("Release the programme"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A release keeps the programme as it is now — every session with its time, space, "
                                "speakers and status — so you can later see what changed since it was printed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name->setObjectName(QStringLiteral("releaseName"));
    m_name->setPlaceholderText(tr("v1"));
    m_note->setObjectName(QStringLiteral("releaseNote"));
    m_note->setPlaceholderText(tr("printed 12 Nov"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_problem->setObjectName(QStringLiteral("releaseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    layout->addWidget(m_problem);
    layout->addWidget(new QLabel(tr("Releases made so far:"), this));
    m_list->setObjectName(QStringLiteral("releaseList"));
    m_list->setHeaderLabels({tr("Name"), tr("Made"), tr("Sessions"), tr("Note")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* make = buttons->addButton(tr("&Release"), QDialogButtonBox::AcceptRole);
    make->setObjectName(QStringLiteral("releaseButton"));
    make->setEnabled(!m_document.isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (release())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
    refresh();
}

bool ReleaseDialog::release()
{
    QString error;
    const std::optional<Release> release = ReleaseBook(m_document.store()).prepare(m_name->text(), m_note->text(), &error);
    if (!release) {
        m_problem->setText(error);
        return false;
    }
    QVariantMap values;
    const Row row = Repository<Release>::toRow(*release);
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        values.insert(it.key(), it.value());
    m_document.push(new InsertRowCommand(m_document, EntityTraits<Release>::table(), values,
                                         tr("Release “%1”").arg(release->name)));
    m_problem->clear();
    refresh();
    return true;
}

void ReleaseDialog::refresh()
{
    m_list->clear();
    const QVector<Release> releases = ReleaseBook(m_document.store()).list();
    for (const Release& release : releases) {
        const QDateTime made = QDateTime::fromString(release.releasedAt, Qt::ISODate).toLocalTime();
        auto* item = new QTreeWidgetItem(m_list, {release.name, QLocale().toString(made, QLocale::ShortFormat),
                                                  QLocale().toString(ReleaseBook::sessionCount(release)), release.note});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_name->text().isEmpty())
        m_name->setText(QStringLiteral("v%1").arg(releases.size() + 1));
}

} // namespace standlab
