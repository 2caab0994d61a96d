// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace standlab {

class DocumentComparison;

// Two versions of a document side by side: each section's old and new text with the words that
// changed highlighted (struck red on the left, green on the right), then the actions added, removed
// and changed field by field. Read-only; a dialog so it can stay open beside the editor.
class ComparisonView : public QDialog
{
    Q_OBJECT

public:
    ComparisonView(const DocumentComparison& comparison, const QString& beforeLabel, const QString& afterLabel,
                   QWidget* parent = nullptr);

    // The whole comparison as HTML (also what tests read).
    static QString html(const DocumentComparison& comparison, const QString& beforeLabel, const QString& afterLabel);

private:
    QTextBrowser* m_view = nullptr;
};

} // namespace standlab
