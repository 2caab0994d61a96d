// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"
#include "worddiff.h"

#include <QCoreApplication>

namespace standlab {

// What changed between two versions of a document: each section's title and text word by word (with
// sections added, removed or moved), and each action added, removed or changed field by field.
class DocumentComparison
{
    Q_DECLARE_TR_FUNCTIONS(standlab::DocumentComparison)

public:
    enum class Change { Unchanged, Changed, Added, Removed };

    struct SectionDiff
    {
        QString id;
        QString title;          // the newer title when there is one
        Change change = Change::Unchanged;
        bool moved = false;     // its place among the other sections changed
        QVector<WordDiff::Part> titleParts;
        QVector<WordDiff::Part> bodyParts; // plain text of the bodies, word level
        QString statusBefore, statusAfter;
    };

    struct FieldDiff
    {
        QString field; // a label for people
        QString before;
        QString after;
    };

    struct ActionDiff
    {
        QString id;
        QString title;
        QString sectionTitle;
        Change change = Change::Unchanged;
        QVector<FieldDiff> fields; // for Changed: only those that differ; for Added/Removed: all
    };

    DocumentComparison(const DocumentSnapshot& before, const DocumentSnapshot& after);

    const QVector<SectionDiff>& sections() const { return m_sections; }
    const QVector<ActionDiff>& actions() const { return m_actions; }
    // Only the actions that changed, in order.
    QVector<ActionDiff> changedActions() const;
    bool isEmpty() const;

    // The readable fields of an action in a snapshot (names resolved, labels translated).
    static QVector<FieldDiff> describe(const Action& action, const DocumentSnapshot& snapshot);

private:
    void compareSections(const DocumentSnapshot& before, const DocumentSnapshot& after);
    void compareActions(const DocumentSnapshot& before, const DocumentSnapshot& after);

    QVector<SectionDiff> m_sections;
    QVector<ActionDiff> m_actions;
};

} // namespace standlab
