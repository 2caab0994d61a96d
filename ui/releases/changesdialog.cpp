// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesdialog.h"

#include "document/eventdocument.h"
#include "releases/changereport.h"
#include "releases/releasebook.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace standlab {

ChangesDialog::ChangesDialog(EventDocument& document, QWidget* parent)
    : QDialog(parent), m_document(document), m_releases(new QComboBox(this)), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("changesDialog"));
    setWindowTitle(tr("What changed since a release"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Since:"), this);
    label->setBuddy(m_releases);
    m_releases->setObjectName(QStringLiteral("changesRelease"));
    row->addWidget(label);
    row->addWidget(m_releases, 1);
    layout->addLayout(row);
    m_view->setObjectName(QStringLiteral("changesView"));
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("changesPrint"));
    connect(printButton, &QPushButton::clicked, this, &ChangesDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QVector<Release> releases = ReleaseBook(m_document.store()).list();
    for (auto it = releases.crbegin(); it != releases.crend(); ++it)
        m_releases->addItem(it->note.isEmpty() ? it->name : tr("%1 — %2").arg(it->name, it->note), it->id);
    connect(m_releases, &QComboBox::currentIndexChanged, this, &ChangesDialog::refresh);
    resize(720, 560);
    refresh();
}

void ChangesDialog::showRelease(const QString& name)
{
    const std::optional<Release> release = ReleaseBook(m_document.store()).find(name, nullptr);
    if (release)
        m_releases->setCurrentIndex(m_releases->findData(release->id));
}

QString ChangesDialog::text() const
{
    return m_view->toPlainText();
}

void ChangesDialog::refresh()
{
    if (m_releases->count() == 0) {
        m_view->setHtml(QStringLiteral("<p>%1</p>")
                            .arg(tr("There are no releases yet. Make one with Programme › Release… when the "
                                    "programme goes to print.")
                                     .toHtmlEscaped()));
        return;
    }
    QString error;
    const std::optional<ChangeReport> report =
        ChangeReport::sinceRelease(m_document.store(), m_releases->currentData().toString(), &error);
    m_view->setHtml(report ? report->html() : QStringLiteral("<p>%1</p>").arg(error.toHtmlEscaped()));
}

void ChangesDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the changes"));
    if (dialog.exec() == QDialog::Accepted)
        m_view->document()->print(&printer);
}

} // namespace standlab
