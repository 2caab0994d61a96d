// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QTreeWidget;
class QTreeWidgetItem;

namespace standlab {

class EventDocument;

// The outcome documents and their ordered trees of sections, with the structure edits: a new document,
// a new section or subsection, moving a section up or down among its siblings, deleting one. Each is
// an undoable command.
class DocumentOutline : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentOutline(EventDocument& document, QWidget* parent = nullptr);

    QString currentDocumentId() const;
    QString currentSectionId() const; // empty when a document itself is selected
    void select(const QString& id);   // a document or a section
    QTreeWidget* tree() const { return m_tree; }
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

public slots:
    QString newDocument();
    QString newSection(bool subsection);
    void moveSection(int delta);
    void deleteSection();

signals:
    void currentChanged(const QString& documentId, const QString& sectionId);

private:
    void reload();
    // Rebuilding the tree re-selects the same item: only a real change of selection is announced.
    void emitIfChanged();
    QVector<QPair<QString, int>> siblings(const QString& sectionId) const; // (id, position) in order

    EventDocument& m_document;
    QTreeWidget* m_tree = nullptr;
    std::function<bool(const QString&)> m_confirm;
    QString m_emittedDocument;
    QString m_emittedSection;
};

} // namespace standlab
