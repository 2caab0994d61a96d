// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutline.h"

#include "commands/insertrowcommand.h"
#include "commands/removerowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "documents/documentsnapshot.h"
#include "documents/planformat.h"
#include "model/repository.h"
#include "shellmodels/storewatcher.h"
#include "store/store.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace standlab {
namespace {
constexpr int idRole = Qt::UserRole;
constexpr int documentRole = Qt::UserRole + 1;
constexpr int isSectionRole = Qt::UserRole + 2;
} // namespace

DocumentOutline::DocumentOutline(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Delete section"), question) == QMessageBox::Yes;
    };
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("documentTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Document and sections"), tr("Status")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("outlineBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, bar](const QString& name, const QString& text, const QString& tip, const QKeySequence& key) {
        QAction* a = bar->addAction(text);
        a->setObjectName(name);
        a->setToolTip(tip + (key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText))));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    connect(add(QStringLiteral("newDocument"), tr("New document"), tr("Start a new outcome document"), {}),
            &QAction::triggered, this, &DocumentOutline::newDocument);
    connect(add(QStringLiteral("newSection"), tr("+ Section"), tr("Add a section after the selected one"),
                QKeySequence(Qt::CTRL | Qt::Key_Return)),
            &QAction::triggered, this, [this] { newSection(false); });
    connect(add(QStringLiteral("newSubsection"), tr("+ Sub"), tr("Add a subsection inside the selected section"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)),
            &QAction::triggered, this, [this] { newSection(true); });
    connect(add(QStringLiteral("moveSectionUp"), tr("↑"), tr("Move the section up"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up)),
            &QAction::triggered, this, [this] { moveSection(-1); });
    connect(add(QStringLiteral("moveSectionDown"), tr("↓"), tr("Move the section down"),
                QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down)),
            &QAction::triggered, this, [this] { moveSection(1); });
    connect(add(QStringLiteral("deleteSection"), tr("Delete"), tr("Delete the section, its subsections and actions"), {}),
            &QAction::triggered, this, &DocumentOutline::deleteSection);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_tree, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DocumentOutline::emitIfChanged);
    auto* watcher = new StoreWatcher(document.store(), {QStringLiteral("documents"), QStringLiteral("sections")}, this);
    connect(watcher, &StoreWatcher::changed, this, &DocumentOutline::reload);
    reload();
}

QString DocumentOutline::currentDocumentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, documentRole).toString() : QString();
}

QString DocumentOutline::currentSectionId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->data(0, isSectionRole).toBool() ? item->data(0, idRole).toString() : QString();
}

void DocumentOutline::select(const QString& id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, idRole).toString() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
}

void DocumentOutline::reload()
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    const QString keep = current ? current->data(0, idRole).toString() : QString();
    QVector<Document> documents = Repository<Document>(m_document.store()).all();
    std::stable_sort(documents.begin(), documents.end(),
                     [](const Document& a, const Document& b) { return a.position < b.position; });
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        for (const Document& d : documents) {
            auto* top = new QTreeWidgetItem(m_tree, {d.title, PlanFormat::draftStatusLabel(d.status)});
            top->setData(0, idRole, d.id);
            top->setData(0, documentRole, d.id);
            top->setToolTip(0, d.title + QLatin1Char('\n') + PlanFormat::kindLabel(d.kind));
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            // Only the sections matter here (this runs on every keystroke in a section's text).
            DocumentSnapshot outline;
            outline.sections = Repository<Section>(m_document.store()).where(QStringLiteral("document_id = ?"), {d.id});
            std::stable_sort(outline.sections.begin(), outline.sections.end(),
                             [](const Section& a, const Section& b) { return a.position < b.position; });
            QVector<QTreeWidgetItem*> stack{top};
            for (const DocumentSnapshot::Entry& e : outline.orderedSections()) {
                stack.resize(std::min<int>(e.depth + 1, int(stack.size())));
                auto* item = new QTreeWidgetItem(stack.last(), {e.number + QStringLiteral("  ") + e.section.title,
                                                                PlanFormat::draftStatusLabel(e.section.status)});
                item->setData(0, idRole, e.section.id);
                item->setData(0, documentRole, d.id);
                item->setData(0, isSectionRole, true);
                item->setToolTip(0, e.section.title);
                stack << item;
            }
        }
        m_tree->expandAll();
    }
    select(keep);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->childCount() ? m_tree->topLevelItem(0)->child(0)
                                                                      : m_tree->topLevelItem(0));
    emitIfChanged();
}

void DocumentOutline::emitIfChanged()
{
    const QString document = currentDocumentId();
    const QString section = currentSectionId();
    if (document == m_emittedDocument && section == m_emittedSection)
        return;
    m_emittedDocument = document;
    m_emittedSection = section;
    emit currentChanged(document, section);
}

QString DocumentOutline::newDocument()
{
    const int position = m_tree->topLevelItemCount();
    auto* command = new InsertRowCommand(m_document, QStringLiteral("documents"),
                                         {{QStringLiteral("title"), tr("New document")},
                                          {QStringLiteral("kind"), QStringLiteral("other")},
                                          {QStringLiteral("position"), position}},
                                         tr("New document"));
    const QString id = command->rowId();
    m_document.push(command);
    reload();
    select(id);
    return id;
}

QString DocumentOutline::newSection(bool subsection)
{
    const QString documentId = currentDocumentId();
    if (documentId.isEmpty())
        return {};
    const QString current = currentSectionId();
    QString parentId;
    int position = 0;
    if (subsection && !current.isEmpty()) {
        parentId = current;
        for (const Row& row : m_document.store().rows(QStringLiteral("sections"), QStringLiteral("parent_id = ?"), {current}))
            position = std::max(position, row.value(QStringLiteral("position")).toInt() + 1);
    } else if (!current.isEmpty()) {
        const std::optional<Row> row = m_document.store().row(QStringLiteral("sections"), current);
        parentId = row->value(QStringLiteral("parent_id")).toString();
        for (const auto& [id, pos] : siblings(current))
            position = std::max(position, pos + 1);
    } else {
        for (const Row& row : m_document.store().rows(QStringLiteral("sections"), QStringLiteral("document_id = ? AND parent_id IS NULL"), {documentId}))
            position = std::max(position, row.value(QStringLiteral("position")).toInt() + 1);
    }
    auto* command = new InsertRowCommand(m_document, QStringLiteral("sections"),
                                         {{QStringLiteral("document_id"), documentId},
                                          {QStringLiteral("parent_id"), parentId.isEmpty() ? QVariant() : QVariant(parentId)},
                                          {QStringLiteral("position"), position},
                                          {QStringLiteral("title"), subsection ? tr("New subsection") : tr("New section")}},
                                         subsection ? tr("New subsection") : tr("New section"));
    const QString id = command->rowId();
    m_document.push(command);
    reload();
    select(id);
    return id;
}

QVector<QPair<QString, int>> DocumentOutline::siblings(const QString& sectionId) const
{
    const std::optional<Row> row = m_document.store().row(QStringLiteral("sections"), sectionId);
    if (!row)
        return {};
    const QString parent = row->value(QStringLiteral("parent_id")).toString();
    const QVector<Row> rows = parent.isEmpty()
        ? m_document.store().rows(QStringLiteral("sections"), QStringLiteral("document_id = ? AND parent_id IS NULL"),
                                  {row->value(QStringLiteral("document_id"))})
        : m_document.store().rows(QStringLiteral("sections"), QStringLiteral("parent_id = ?"), {parent});
    QVector<QPair<QString, int>> out;
    for (const Row& r : rows)
        out.push_back({r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("position")).toInt()});
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return out;
}

void DocumentOutline::moveSection(int delta)
{
    const QString id = currentSectionId();
    QVector<QPair<QString, int>> list = siblings(id);
    const int from = int(std::find_if(list.cbegin(), list.cend(), [&id](const auto& p) { return p.first == id; }) - list.cbegin());
    const int to = from + delta;
    if (id.isEmpty() || to < 0 || to >= list.size())
        return;
    std::swap(list[from], list[to]);
    // Positions become 0..n-1 in the new order; only the rows whose position changes are written.
    m_document.undoStack().beginMacro(delta < 0 ? tr("Move section up") : tr("Move section down"));
    for (int i = 0; i < list.size(); ++i)
        if (list.at(i).second != i)
            m_document.push(new SetFieldCommand(m_document, QStringLiteral("sections"), list.at(i).first,
                                                {{QStringLiteral("position"), i}, {QStringLiteral("document_id"), currentDocumentId()}},
                                                tr("Move section")));
    m_document.undoStack().endMacro();
    reload();
    select(id);
}

void DocumentOutline::deleteSection()
{
    const QString id = currentSectionId();
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (id.isEmpty() || !item)
        return;
    if (!m_confirm(tr("Delete “%1” with its subsections and actions? Undo brings it back.").arg(item->toolTip(0))))
        return;
    m_document.push(new RemoveRowCommand(m_document, QStringLiteral("sections"), id, tr("Delete section")));
}

} // namespace standlab
