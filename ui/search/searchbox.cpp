// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbox.h"

#include "document/eventdocument.h"
#include "document/searchcatchup.h"
#include "search/searchindex.h"
#include "searchhitdelegate.h"
#include "searchresultsmodel.h"
#include "shellmodels/storewatcher.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScreen>
#include <QTreeView>

namespace standlab {

namespace {
constexpr int PerKind = 8;
constexpr int BoxWidth = 260;
constexpr int MinimumListWidth = 480;
constexpr int MaximumListHeight = 460;
} // namespace

SearchBox::SearchBox(EventDocument& document, QWidget* parent)
    : QLineEdit(parent), m_document(document), m_index(std::make_unique<SearchIndex>(document.store()))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Search everything (Ctrl+K)"));
    setToolTip(tr("Search sessions, people, organisations, actions and datasets as you type. "
                  "Enter opens the first hit; Up and Down choose another."));
    setClearButtonEnabled(true);
    // The menu bar places its corner widget by its size hint: the hint carries the width (sizeHint()).
    setFixedWidth(BoxWidth);
    addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);

    m_model = new SearchResultsModel(this);
    // A window of its own so it can overlap the page, that never takes the keyboard from the box.
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("globalSearchResults"));
    m_view->setWindowFlags(Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus);
    m_view->setAttribute(Qt::WA_ShowWithoutActivating);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchHitDelegate(m_view));
    m_view->header()->hide();
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setIndentation(8);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);
    m_view->setStyleSheet(QStringLiteral("QTreeView#globalSearchResults { border: 1px solid #9aa7b3; }"));
    connect(m_view, &QTreeView::clicked, this, &SearchBox::choose);
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);

    m_focusAction = new QAction(tr("&Search…"), this);
    m_focusAction->setObjectName(QStringLiteral("actionSearch"));
    m_focusAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    m_focusAction->setShortcutContext(Qt::WindowShortcut);
    m_focusAction->setToolTip(tr("Search the whole event"));
    connect(m_focusAction, &QAction::triggered, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
        if (!text().trimmed().isEmpty())
            refresh();
    });

    connect(this, &QLineEdit::textChanged, this, &SearchBox::refresh);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::openCurrent);
    // Edits elsewhere (an undo, an import) change what matches: keep an open list true.
    auto* watcher = new StoreWatcher(document.store(), {}, this);
    connect(watcher, &StoreWatcher::changed, this, [this] {
        if (resultsVisible())
            refresh();
    });
    // After a large import the newest rows are indexed in steps: say so, and let each step show in the list.
    SearchCatchUp& catchUp = document.searchCatchUp();
    connect(&catchUp, &SearchCatchUp::progress, this, [this](qint64 done, qint64 total) {
        setPlaceholderText(tr("Search (indexing new rows, %1%)").arg(total > 0 ? done * 100 / total : 100));
        if (resultsVisible())
            refresh();
    });
    const auto settle = [this] {
        setPlaceholderText(tr("Search everything (Ctrl+K)"));
        if (resultsVisible())
            refresh();
    };
    connect(&catchUp, &SearchCatchUp::finished, this, settle);
    connect(&catchUp, &SearchCatchUp::failed, this, settle);
}

SearchBox::~SearchBox() = default;

QSize SearchBox::sizeHint() const
{
    return QSize(BoxWidth, QLineEdit::sizeHint().height());
}

bool SearchBox::resultsVisible() const
{
    return m_view->isVisible();
}

void SearchBox::refresh()
{
    const QString typed = text();
    if (typed.trimmed().isEmpty()) {
        m_model->clear();
        hideResults();
        return;
    }
    QString error;
    m_model->setHits(m_index->search(typed, PerKind, &error));
    if (!error.isEmpty())
        setToolTip(error);
    if (m_model->hitCount() > 0)
        m_view->setCurrentIndex(m_model->indexOfHit(0));
    showResults();
}

void SearchBox::showResults()
{
    if (!isVisible())
        return;
    if (m_model->hitCount() == 0) {
        // Say so rather than flash an empty list.
        m_view->hide();
        setStyleSheet(QStringLiteral("QLineEdit#globalSearch { color: #a33; }"));
        return;
    }
    setStyleSheet({});
    int height = 4;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        height += m_view->sizeHintForIndex(group).height();
        for (int r = 0; r < m_model->rowCount(group); ++r)
            height += m_view->sizeHintForIndex(m_model->index(r, 0, group)).height();
    }
    const int width = qMax(this->width(), MinimumListWidth);
    QPoint topLeft = mapToGlobal(QPoint(this->width() - width, this->height()));
    if (const QScreen* screen = this->screen())
        topLeft.setX(qMax(screen->availableGeometry().left(), topLeft.x()));
    m_view->setGeometry(QRect(topLeft, QSize(width, qMin(height, MaximumListHeight))));
    m_view->show();
    m_view->raise();
    if (const auto* w = window())
        const_cast<QWidget*>(w)->installEventFilter(this);
}

void SearchBox::hideResults()
{
    m_view->hide();
    setStyleSheet({});
}

bool SearchBox::openCurrent()
{
    if (m_model->hitCount() == 0) {
        refresh();
        if (m_model->hitCount() == 0)
            return false;
    }
    QModelIndex index = m_view->currentIndex();
    if (!m_model->hit(index))
        index = m_model->indexOfHit(0);
    choose(index);
    return true;
}

void SearchBox::choose(const QModelIndex& index)
{
    const SearchHit* hit = m_model->hit(index);
    if (!hit)
        return;
    const SearchHit chosen = *hit; // the list may be refreshed by whoever opens the hit
    hideResults();
    emit hitChosen(chosen);
}

void SearchBox::step(int direction)
{
    const int count = m_model->hitCount();
    if (count == 0)
        return;
    if (!resultsVisible())
        showResults();
    const int current = m_model->hitNumber(m_view->currentIndex());
    const int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    const QModelIndex index = m_model->indexOfHit(next);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        step(1);
        return;
    case Qt::Key_Up:
        step(-1);
        return;
    case Qt::Key_PageDown:
        step(PerKind);
        return;
    case Qt::Key_PageUp:
        step(-PerKind);
        return;
    case Qt::Key_Escape:
        if (resultsVisible())
            hideResults();
        else
            clear();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchBox::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    // A click in the list must reach it; anything else that takes the keyboard closes the list.
    if (!m_view->underMouse())
        hideResults();
}

void SearchBox::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    if (resultsVisible())
        showResults();
}

bool SearchBox::eventFilter(QObject* watched, QEvent* event)
{
    // The list floats in its own window: it follows the main window or goes away with it.
    if (watched == window() && resultsVisible()) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
            showResults();
            break;
        case QEvent::WindowDeactivate:
        case QEvent::Hide:
            if (!m_view->underMouse())
                hideResults();
            break;
        default:
            break;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace standlab
