// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsummarydialog.h"

#include "store/migrations.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace standlab {

SyncSummaryDialog::SyncSummaryDialog(const SyncSummary& summary, QWidget* parent, const QString& note)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncSummaryDialog"));
    setWindowTitle(tr("Changes received"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("syncSummaryHeading"));
    heading->setWordWrap(true);
    const int total = summary.totalChanges();
    QString text = total == 0 ? tr("<b>Nothing new</b>: this event already held every change.")
                              : tr("<b>%n change(s)</b> merged into this event.", nullptr, total);
    if (!summary.senders.isEmpty())
        text += QStringLiteral("<br>") + tr("From: %1").arg(summary.senders.join(QStringLiteral(", ")).toHtmlEscaped());
    heading->setText(text);
    layout->addWidget(heading);

    auto* table = new QTableWidget(0, 4, this);
    table->setObjectName(QStringLiteral("syncSummaryTable"));
    table->setHorizontalHeaderLabels({tr("What"), tr("Added"), tr("Changed"), tr("Deleted")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QString& name : Migrations::entityTables()) {
        const SyncSummary::Counts counts = summary.tables.value(name);
        if (counts.total() == 0)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(SyncSummary::tableLabel(name)));
        const int values[] = {counts.added, counts.changed, counts.deleted};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(values[c] ? QLocale().toString(values[c]) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, c + 1, item);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setVisible(table->rowCount() > 0);
    layout->addWidget(table);

    if (!summary.skipped.isEmpty()) {
        // Each reason names its file; several read better one per line than run together.
        QString list;
        if (summary.skipped.size() == 1) {
            list = tr("Not merged: %1").arg(summary.skipped.first().toHtmlEscaped());
        } else {
            list = tr("Not merged:") + QStringLiteral("<ul style=\"margin-left: 12px; -qt-list-indent: 0;\">");
            for (const QString& reason : summary.skipped)
                list += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
            list += QStringLiteral("</ul>");
        }
        auto* skipped = new QLabel(list, this);
        skipped->setObjectName(QStringLiteral("syncSummarySkipped"));
        skipped->setTextFormat(Qt::RichText);
        skipped->setWordWrap(true);
        layout->addWidget(skipped);
    }
    for (const QString& warning : summary.warnings) {
        // Copies that should agree and do not: not to be missed among the counts.
        auto* alarm = new QLabel(warning, this);
        alarm->setObjectName(QStringLiteral("syncSummaryWarning"));
        alarm->setWordWrap(true);
        alarm->setStyleSheet(QStringLiteral("background: #fde7e9; color: #6b0f1a; padding: 6px 8px;"));
        layout->addWidget(alarm);
    }
    if (!note.isEmpty()) {
        auto* quiet = new QLabel(note, this);
        quiet->setObjectName(QStringLiteral("syncSummaryNote"));
        quiet->setWordWrap(true);
        QPalette palette = quiet->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        quiet->setPalette(palette);
        layout->addWidget(quiet);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (summary.conflicts > 0) {
        auto* conflicts = new QLabel(tr("%n conflict(s): both laptops changed the same field. The later change was "
                                        "kept; you can pick the other value.", nullptr, summary.conflicts), this);
        conflicts->setObjectName(QStringLiteral("syncSummaryConflicts"));
        conflicts->setWordWrap(true);
        layout->addWidget(conflicts);
        QPushButton* review = buttons->addButton(tr("&Review conflicts…"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewConflictsButton"));
        connect(review, &QPushButton::clicked, this, [this] {
            emit reviewConflictsRequested();
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 380);
}

} // namespace standlab
