// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportspage.h"

#include "document/eventdocument.h"
#include "mainwindow/fileactions.h"

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace standlab {

ExportsPage::ExportsPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Full copies of this event"), this);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    heading->setFont(font);
    layout->addWidget(heading);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(12);
    layout->addLayout(m_grid);
    layout->addSpacing(12);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch(1);

    addEntry(QStringLiteral("saveCopyButton"), tr("Save a copy…"),
             tr("A second .standlab file with everything in this event, consistent even while you keep "
                "editing. Open it on another laptop or keep it as a safe copy."),
             [this] { return FileActions::saveCopy(this, m_document.store()); });
    addEntry(QStringLiteral("exportBundleButton"), tr("Export event as JSON bundle…"),
             tr("Every row of every table as one JSON document, for archiving or for other tools."),
             [this] { return FileActions::exportBundle(this, m_document.store()); });
}

void ExportsPage::addEntry(const QString& objectName, const QString& button, const QString& explanation,
                           const std::function<QString()>& run)
{
    const int row = m_grid->rowCount();
    auto* push = new QPushButton(button, this);
    push->setObjectName(objectName);
    push->setToolTip(explanation);
    push->setMinimumWidth(240);
    auto* label = new QLabel(explanation, this);
    label->setWordWrap(true);
    m_grid->addWidget(push, row, 0, Qt::AlignTop);
    m_grid->addWidget(label, row, 1, Qt::AlignTop);
    connect(push, &QPushButton::clicked, this, [this, run] {
        const QString written = run();
        if (written.isEmpty())
            return;
        m_result->setText(tr("Written: %1").arg(QDir::toNativeSeparators(written)));
        emit statusMessage(tr("Written %1").arg(QDir::toNativeSeparators(written)));
    });
}

} // namespace standlab
