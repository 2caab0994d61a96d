// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionspanel.h"

#include "comparisonview.h"
#include "commands/insertrowcommand.h"
#include "document/eventdocument.h"
#include "documents/documentcomparison.h"
#include "documents/documentformats.h"
#include "io/exportrequest.h"
#include "documents/documentrevisions.h"
#include "documents/planmarkdownwriter.h"
#include "documents/planpdfwriter.h"
#include "model/repository.h"
#include "restorerevisioncommand.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"

#include <QDialog>
#include <QDir>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace standlab {

RevisionsPanel::RevisionsPanel(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Restore a revision"), question) == QMessageBox::Yes;
    };
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("revisionList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("Saved revisions, newest first. Select one to open or restore it, two to compare them."));
    auto button = [this](const QString& name, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    QPushButton* save = button(QStringLiteral("saveRevision"), tr("Save a revision…"),
                               tr("Keep the document as it is now under a name, e.g. “End of day 1”"));
    m_open = button(QStringLiteral("openRevision"), tr("Open"), tr("Read the selected revision"));
    m_compare = button(QStringLiteral("compareRevisions"), tr("Compare"),
                       tr("Compare the two selected revisions, or the selected one with the current text"));
    m_restore = button(QStringLiteral("restoreRevision"), tr("Restore…"),
                       tr("Bring the document back to the selected revision (an edit you can undo)"));
    QPushButton* pdf = button(QStringLiteral("exportPlanPdf"), tr("PDF…"),
                              tr("Export the selected revision, or the current text, as a PDF"));
    QPushButton* md = button(QStringLiteral("exportPlanMarkdown"), tr("Markdown…"),
                             tr("Export the selected revision, or the current text, as Markdown"));
    // Two rows of three, so the panel stays narrow enough for a 1366-pixel screen.
    auto* buttons = new QGridLayout;
    const QList<QPushButton*> all{save, m_open, m_compare, m_restore, pdf, md};
    for (int i = 0; i < all.size(); ++i)
        buttons->addWidget(all.at(i), i / 3, i % 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Revisions"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(save, &QPushButton::clicked, this, &RevisionsPanel::askSave);
    connect(m_open, &QPushButton::clicked, this, &RevisionsPanel::openSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RevisionsPanel::openSelected);
    connect(m_compare, &QPushButton::clicked, this, &RevisionsPanel::compareSelected);
    connect(m_restore, &QPushButton::clicked, this, &RevisionsPanel::restoreSelected);
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(QStringLiteral("plan-pdf")); });
    connect(md, &QPushButton::clicked, this, [this] { askExport(QStringLiteral("plan-md")); });
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        const int n = int(selectedIds().size());
        m_open->setEnabled(n == 1);
        m_restore->setEnabled(n == 1);
        m_compare->setEnabled(n == 1 || n == 2);
    });
    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("revisions")}, this);
    connect(watcher, &StoreWatcher::changed, this, &RevisionsPanel::reload);
}

void RevisionsPanel::setDocument(const QString& documentId)
{
    if (documentId == m_documentId)
        return;
    m_documentId = documentId;
    reload();
}

void RevisionsPanel::reload()
{
    const QStringList keep = selectedIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QVector<Revision> revisions = DocumentRevisions(m_document.store()).list(m_documentId);
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        const QDateTime taken = QDateTime::fromString(it->takenAt, Qt::ISODate);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(it->name, QLocale().toString(taken, QStringLiteral("d MMM yyyy, HH:mm"))), m_list);
        item->setData(Qt::UserRole, it->id);
        item->setSelected(keep.contains(it->id));
    }
    m_open->setEnabled(selectedIds().size() == 1);
    m_restore->setEnabled(selectedIds().size() == 1);
    m_compare->setEnabled(!selectedIds().isEmpty() && selectedIds().size() <= 2);
}

QStringList RevisionsPanel::selectedIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->isSelected())
            ids << m_list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

bool RevisionsPanel::saveRevision(const QString& name)
{
    QString error;
    const std::optional<Revision> revision = DocumentRevisions(m_document.store()).prepare(m_documentId, name, &error);
    if (!revision) {
        m_document.reportError(error);
        return false;
    }
    m_document.push(new InsertRowCommand(m_document, QStringLiteral("revisions"), Repository<Revision>::toRow(*revision),
                                         tr("Save revision “%1”").arg(revision->name)));
    emit statusMessage(tr("Saved the revision “%1”.").arg(revision->name));
    return true;
}

bool RevisionsPanel::restoreRevision(const QString& revisionId)
{
    DocumentRevisions revisions(m_document.store());
    const std::optional<Revision> revision = revisions.find(revisionId);
    QString error;
    const std::optional<DocumentSnapshot> snapshot = revision ? revisions.snapshot(*revision, &error) : std::nullopt;
    if (!snapshot) {
        m_document.reportError(error.isEmpty() ? tr("There is no such revision.") : error);
        return false;
    }
    m_document.push(new RestoreRevisionCommand(m_document, *snapshot, revision->name));
    emit statusMessage(tr("Restored “%1”. Undo brings back the text as it was.").arg(revision->name));
    return true;
}

bool RevisionsPanel::exportTo(const QString& path, const QString& format, const QString& revisionId)
{
    ExportRequest request;
    request.output = path;
    request.document = m_documentId;
    if (!revisionId.isEmpty()) {
        const auto revision = DocumentRevisions(m_document.store()).find(revisionId);
        request.revision = revision ? revision->id : revisionId;
    }
    QString error;
    const bool ok = format == QLatin1String("plan-pdf") ? DocumentFormats::writePdf(m_document.store(), request, &error)
                                                         : DocumentFormats::writeMarkdown(m_document.store(), request, &error);
    if (!ok)
        m_document.reportError(error);
    else
        emit statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return ok;
}

QString RevisionsPanel::comparisonHtml(const QString& beforeId, const QString& afterId) const
{
    DocumentRevisions revisions(m_document.store());
    auto load = [&](const QString& id, QString* label) -> std::optional<DocumentSnapshot> {
        if (id.isEmpty()) {
            *label = tr("Current text");
            return DocumentSnapshot::fromStore(m_document.store(), m_documentId);
        }
        const auto revision = revisions.find(id);
        if (!revision)
            return std::nullopt;
        *label = revision->name;
        return revisions.snapshot(*revision);
    };
    QString beforeLabel, afterLabel;
    const auto before = load(beforeId, &beforeLabel);
    const auto after = load(afterId, &afterLabel);
    if (!before || !after)
        return {};
    return ComparisonView::html(DocumentComparison(*before, *after), beforeLabel, afterLabel);
}

void RevisionsPanel::askSave()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save a revision"), tr("Name of the revision:"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        saveRevision(name);
}

void RevisionsPanel::openSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    DocumentRevisions revisions(m_document.store());
    const auto revision = revisions.find(ids.first());
    const auto snapshot = revision ? revisions.snapshot(*revision) : std::nullopt;
    if (!snapshot)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("revisionReader"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1 — revision “%2” (read-only)").arg(snapshot->document.title, revision->name));
    auto* text = new QTextBrowser(dialog);
    text->setHtml(PlanPdfWriter::bodyHtml(*snapshot));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(close);
    dialog->resize(900, 700);
    dialog->show();
}

QWidget* RevisionsPanel::compareSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || ids.size() > 2)
        return nullptr;
    // The list is newest first: the lower one is the older version.
    const QString before = ids.size() == 2 ? ids.last() : ids.first();
    const QString after = ids.size() == 2 ? ids.first() : QString();
    DocumentRevisions revisions(m_document.store());
    auto load = [&](const QString& id) {
        return id.isEmpty() ? DocumentSnapshot::fromStore(m_document.store(), m_documentId)
                            : revisions.snapshot(*revisions.find(id));
    };
    const auto a = load(before);
    const auto b = load(after);
    if (!a || !b)
        return nullptr;
    auto* view = new ComparisonView(DocumentComparison(*a, *b), revisions.find(before)->name,
                                    after.isEmpty() ? tr("Current text") : revisions.find(after)->name, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
    return view;
}

void RevisionsPanel::restoreSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto revision = DocumentRevisions(m_document.store()).find(ids.first());
    if (revision && m_confirm(tr("Bring the document back to “%1”? The current text stays in the history: "
                                 "Undo, or save a revision first.").arg(revision->name)))
        restoreRevision(ids.first());
}

void RevisionsPanel::askExport(const QString& format)
{
    const QStringList ids = selectedIds();
    const bool pdf = format == QLatin1String("plan-pdf");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export as PDF") : tr("Export as Markdown"), QString(),
                                                      pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportTo(path, format, ids.size() == 1 ? ids.first() : QString());
}

} // namespace standlab
