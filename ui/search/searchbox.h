// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/searchhit.h"

#include <QLineEdit>
#include <memory>

class QAction;
class QTreeView;

namespace standlab {

class EventDocument;
class SearchIndex;
class SearchResultsModel;

// The global search box: searches the whole event as you type and shows the hits, grouped by kind, in
// a list under the box. Up/Down choose, Enter opens the chosen hit (the first when none is chosen),
// Escape closes the list. The keyboard stays in the box the whole time.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(EventDocument& document, QWidget* parent = nullptr);
    ~SearchBox() override;

    // Ctrl+K and Ctrl+F (Find): put the cursor in the box. The window adds it so it works on every page.
    QAction* focusAction() const { return m_focusAction; }
    QSize sizeHint() const override;
    QTreeView* resultsView() const { return m_view; }
    SearchResultsModel* results() const { return m_model; }
    bool resultsVisible() const;
    // Runs the search for the current text now (typing does it too).
    void refresh();
    // Opens the chosen hit, or the first; false when there is none.
    bool openCurrent();

signals:
    void hitChosen(const standlab::SearchHit& hit);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showResults();
    void hideResults();
    void step(int direction);
    void choose(const QModelIndex& index);

    EventDocument& m_document;
    std::unique_ptr<SearchIndex> m_index;
    SearchResultsModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QAction* m_focusAction = nullptr;
};

} // namespace standlab
