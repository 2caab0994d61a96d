// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"

#include <QCoreApplication>
#include <QDateTime>

namespace standlab {

// What the Action Plan's PDF and Markdown share: which version is printed, how a quarter and a status
// read, and the actions of a section grouped by working line.
class PlanFormat
{
    Q_DECLARE_TR_FUNCTIONS(standlab::PlanFormat)

public:
    // The version being exported: a revision's name and date, or the current text and now.
    struct Version
    {
        QString name;     // empty: the current text
        QDateTime takenAt;
        QString label() const;
    };

    struct ActionGroup
    {
        QString workingLine; // empty: no working line
        QVector<Action> actions;
    };

    // "2020-Q2" → "Q2 2020"; anything else as it is.
    static QString quarterLabel(const QString& timeframe);
    static QString statusLabel(const QString& status);
    static QString draftStatusLabel(const QString& status);
    static QString kindLabel(const QString& kind);
    // The section's actions, grouped by working line in order of first appearance.
    static QVector<ActionGroup> groups(const DocumentSnapshot& snapshot, const QString& sectionId);
    // Lead organisation, and partners in brackets.
    static QString leadAndPartners(const DocumentSnapshot& snapshot, const Action& action);
    static QStringList sessionTitles(const DocumentSnapshot& snapshot, const Action& action);
};

} // namespace standlab
