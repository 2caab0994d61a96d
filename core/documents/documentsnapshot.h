// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/action.h"
#include "model/document.h"
#include "model/section.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// One outcome document with its sections and actions, frozen: what a revision stores (as JSON) and what
// comparisons and exports read, whether it comes from the live file or from a saved revision.
// A snapshot also keeps the names of the organisations, working lines and sessions it refers to, so an
// old revision still reads right after someone renames or deletes one of them.
class DocumentSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(standlab::DocumentSnapshot)

public:
    // The deepest level shown as such. A plan has a few; numbers ("1.1.1…") and indents grow with the
    // depth, so a chain of sections thousands deep would take memory in the square of it. Sections below
    // this level are listed at it, in reading order, numbered under their ancestor one level up.
    static constexpr int maxLevels = 32;

    // A section in reading order with its depth (0 for top-level sections).
    struct Entry
    {
        Section section;
        int depth = 0;  // as shown: at most maxLevels - 1
        QString number; // "2.1"
        int nesting = 0; // as in the file (depth unless deeper than maxLevels allows)
    };

    Document document;
    QVector<Section> sections;
    QVector<Action> actions;
    QHash<QString, QStringList> partners; // action id -> organisation ids
    QHash<QString, QStringList> sessions; // action id -> session ids
    QHash<QString, QString> names;        // referenced id -> its name when the snapshot was taken
    // False for revisions saved before partners and source sessions were kept: their links are unknown
    // (not "none"), so comparisons skip them and a restore leaves the current links alone.
    bool hasLinks = true;

    // The document as it is now in the file; nullopt when there is no such document.
    static std::optional<DocumentSnapshot> fromStore(const Store& store, const QString& documentId);
    // Reads a revision's stored JSON (older revisions without partners or names read fine).
    static std::optional<DocumentSnapshot> fromJson(const QByteArray& json, QString* error = nullptr);
    QByteArray toJson() const;

    // Sections depth-first in position order; orphans (a missing parent) come last at depth 0.
    QVector<Entry> orderedSections() const;
    // Why the document cannot be exported faithfully (a section nested deeper than maxLevels, named),
    // or empty. `entries` is orderedSections().
    QString depthProblem(const QVector<Entry>& entries) const;
    // The actions of one section in position order.
    QVector<Action> actionsOf(const QString& sectionId) const;
    // The name of a referenced organisation, working line or session; `fallback` when unknown.
    QString nameOf(const QString& id, const QString& fallback = {}) const;
    // Fills in missing names from the file (old snapshots carry none).
    void resolveNames(const Store& store);
};

} // namespace standlab
