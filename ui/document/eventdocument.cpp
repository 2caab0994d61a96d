// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdocument.h"

#include "searchcatchup.h"
#include "store/store.h"

#include <QFileInfo>
#include <QTimer>

namespace standlab {

EventDocument::EventDocument(std::unique_ptr<Store> store, QObject* parent)
    : QObject(parent), m_store(std::move(store)), m_searchCatchUp(new SearchCatchUp(*m_store, this))
{
    // Rows an earlier session imported but did not finish indexing: once the window is up.
    QTimer::singleShot(0, m_searchCatchUp, &SearchCatchUp::start);
}

EventDocument::~EventDocument()
{
    // Commands and the catch-up refer to the store; they must go first.
    m_undoStack.clear();
    delete m_searchCatchUp;
}

QString EventDocument::path() const
{
    return m_store->path();
}

QString EventDocument::displayName() const
{
    return QFileInfo(m_store->path()).completeBaseName();
}

bool EventDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

void EventDocument::push(QUndoCommand* command)
{
    m_undoStack.push(command);
}

void EventDocument::reportError(const QString& message)
{
    emit editFailed(message);
}

} // namespace standlab
