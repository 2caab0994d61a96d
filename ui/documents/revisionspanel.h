// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QListWidget;
class QPushButton;

namespace standlab {

class EventDocument;

// The history of one document: save a named revision, open one read-only, compare two (or one with the
// current text), restore one as an undoable edit, and export the current text or a revision.
class RevisionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RevisionsPanel(EventDocument& document, QWidget* parent = nullptr);

    void setDocument(const QString& documentId);
    QString documentId() const { return m_documentId; }
    // Testable without dialogs: each returns false (and reports) on failure.
    bool saveRevision(const QString& name);
    bool restoreRevision(const QString& revisionId);
    // Empty revision id: the current text. Format "plan-pdf" or "plan-md".
    bool exportTo(const QString& path, const QString& format, const QString& revisionId);
    // The comparison of two versions (an empty id: the current text), without showing it.
    QString comparisonHtml(const QString& beforeId, const QString& afterId) const;
    // Confirmations ask through this; tests answer in advance.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    QListWidget* list() const { return m_list; }
    // Opens the comparison of the selection (two revisions, or one with the current text).
    QWidget* compareSelected();

signals:
    void statusMessage(const QString& message);

private:
    void reload();
    QStringList selectedIds() const;
    void askSave();
    void openSelected();
    void restoreSelected();
    void askExport(const QString& format);

    EventDocument& m_document;
    QString m_documentId;
    QListWidget* m_list = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_restore = nullptr;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace standlab
