// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanpage.h"

#include "document/eventdocument.h"
#include "model/document.h"
#include "model/repository.h"
#include "model/section.h"
#include "model/vocabulary.h"
#include "shellmodels/actionsmodel.h"
#include "shellmodels/storewatcher.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace standlab {

namespace {
constexpr int idRole = Qt::UserRole;
constexpr int isSectionRole = Qt::UserRole + 1;
} // namespace

ActionPlanPage::ActionPlanPage(EventDocument& document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("documentTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(300);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("sectionText"));
    m_text->setOpenLinks(false);

    m_actionsLabel = new QLabel(this);
    m_actions = new ActionsModel(document.store(), this);
    m_actionsView = new QTableView(this);
    m_actionsView->setObjectName(QStringLiteral("actionsTable"));
    m_actionsView->setModel(m_actions);
    m_actionsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actionsView->setAlternatingRowColors(true);
    m_actionsView->verticalHeader()->hide();
    m_actionsView->horizontalHeader()->setSectionResizeMode(ActionsModel::Title, QHeaderView::Stretch);
    connect(m_actions, &QAbstractItemModel::modelReset, this, [this] {
        for (int c = ActionsModel::LineName; c < ActionsModel::ColumnCount; ++c)
            m_actionsView->resizeColumnToContents(c);
        const int count = m_actions->rowCount();
        m_actionsLabel->setText(count == 0 ? tr("No actions in this section")
                                           : tr("Actions in this section: %1").arg(count));
    });

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    auto* textAndActions = new QSplitter(Qt::Vertical, right);
    textAndActions->addWidget(m_text);
    auto* actionsBox = new QWidget(textAndActions);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    actionsLayout->addWidget(m_actionsLabel);
    actionsLayout->addWidget(m_actionsView, 1);
    textAndActions->addWidget(actionsBox);
    textAndActions->setStretchFactor(0, 3);
    textAndActions->setStretchFactor(1, 2);
    rightLayout->addWidget(textAndActions, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});

    auto* note = new QLabel(tr("The outcome documents drafted at the stand. Read-only for now."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ActionPlanPage::showSection);
    auto* watcher = new StoreWatcher(document.store(),
                                     {EntityTraits<Document>::table(), EntityTraits<Section>::table()}, this);
    connect(watcher, &StoreWatcher::changed, this, &ActionPlanPage::reload);
    reload();
}

void ActionPlanPage::reload()
{
    const QTreeWidgetItem* current = m_tree->currentItem();
    const QString keep = current ? current->data(0, idRole).toString() : QString();

    Store& store = m_document.store();
    QVector<Document> documents = Repository<Document>(store).all();
    std::stable_sort(documents.begin(), documents.end(),
                     [](const Document& a, const Document& b) { return a.position < b.position; });
    QVector<Section> sections = Repository<Section>(store).all();
    std::stable_sort(sections.begin(), sections.end(),
                     [](const Section& a, const Section& b) { return a.position < b.position; });

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem* restore = nullptr;
    QTreeWidgetItem* firstSection = nullptr;
    QHash<QString, QTreeWidgetItem*> items;
    for (const Document& document : documents) {
        auto* item = new QTreeWidgetItem(m_tree, {document.title});
        item->setData(0, idRole, document.id);
        item->setData(0, isSectionRole, false);
        item->setToolTip(0, document.title + QLatin1Char('\n') + Vocabulary::label(Vocabulary::documentKinds(), document.kind));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        items.insert(document.id, item);
    }
    // Sections nest under their parent section, or under their document; parents may come later.
    QVector<Section> pending = sections;
    while (!pending.isEmpty()) {
        QVector<Section> later;
        for (const Section& section : pending) {
            QTreeWidgetItem* parent = items.value(section.parentId.isEmpty() ? section.documentId : section.parentId);
            if (!parent && !section.parentId.isEmpty()) {
                const bool parentPending = std::any_of(pending.cbegin(), pending.cend(),
                                                       [&section](const Section& s) { return s.id == section.parentId; });
                if (parentPending) {
                    later << section;
                    continue;
                }
                parent = items.value(section.documentId);
            }
            if (!parent)
                continue; // a section of no document: nothing to hang it on
            auto* item = new QTreeWidgetItem(parent, {section.title});
            item->setToolTip(0, section.title);
            item->setData(0, idRole, section.id);
            item->setData(0, isSectionRole, true);
            items.insert(section.id, item);
            if (!firstSection)
                firstSection = item;
            if (section.id == keep)
                restore = item;
        }
        if (later.size() == pending.size())
            break; // a cycle of parents; leave those out rather than loop
        pending = later;
    }
    if (!restore && items.contains(keep))
        restore = items.value(keep);
    m_tree->expandAll();
    m_tree->setCurrentItem(restore ? restore : firstSection);
    showSection();
}

void ActionPlanPage::showSection()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const bool isSection = item && item->data(0, isSectionRole).toBool();
    const std::optional<Section> section =
        isSection ? Repository<Section>(m_document.store()).find(item->data(0, idRole).toString())
                  : std::nullopt;
    if (section) {
        m_title->setText(section->title);
        m_text->setHtml(section->bodyHtml);
        m_actions->setSection(section->id);
    } else {
        m_title->setText(item ? item->text(0) : tr("No documents yet"));
        m_text->setPlainText(item ? tr("Choose a section on the left to read it.")
                                  : tr("This event has no draft documents yet."));
        m_actions->setSection(QString());
    }
    m_actionsLabel->setVisible(section.has_value());
    m_actionsView->setVisible(section.has_value());
}

} // namespace standlab
