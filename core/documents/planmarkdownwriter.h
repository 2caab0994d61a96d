// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsnapshot.h"
#include "planformat.h"

#include <QCoreApplication>

namespace standlab {

// The Action Plan (or any outcome document) as Markdown: title, version, contents, the sections in
// order with their text, and each working line's actions as a table followed by their descriptions.
class PlanMarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(standlab::PlanMarkdownWriter)

public:
    static QString markdown(const DocumentSnapshot& snapshot, const PlanFormat::Version& version);
    static bool write(const DocumentSnapshot& snapshot, const PlanFormat::Version& version, const QString& path,
                      QString* error);
};

} // namespace standlab
