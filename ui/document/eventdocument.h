// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace standlab {

class SearchCatchUp;
class Store;

// One open event in the UI: its store and its own undo stack. Pages and dialogs get it by reference;
// they read through the store's repositories and change data only by pushing undo commands.
class EventDocument : public QObject
{
    Q_OBJECT

public:
    explicit EventDocument(std::unique_ptr<Store> store, QObject* parent = nullptr);
    ~EventDocument() override;

    Store& store() { return *m_store; }
    const Store& store() const { return *m_store; }
    QUndoStack& undoStack() { return m_undoStack; }
    // Indexes for search what a large import left waiting; starts by itself.
    SearchCatchUp& searchCatchUp() { return *m_searchCatchUp; }
    QString path() const;
    QString displayName() const;
    bool isReadOnly() const;

    // Runs an undo command; when it fails (a write error), the command is dropped and the error is
    // reported through editFailed() so the window can show it.
    void push(QUndoCommand* command);
    void reportError(const QString& message);

signals:
    void editFailed(const QString& message);

private:
    std::unique_ptr<Store> m_store;
    QUndoStack m_undoStack;
    SearchCatchUp* m_searchCatchUp = nullptr;
};

} // namespace standlab
