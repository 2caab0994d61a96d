// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonview.h"

#include "documents/documentcomparison.h"
#include "documents/planformat.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace standlab {
namespace {

using Change = DocumentComparison::Change;

// One side of a word diff: unchanged words plain, this side's changes highlighted, the other side's left out.
QString side(const QVector<WordDiff::Part>& parts, bool before)
{
    QString out;
    for (const WordDiff::Part& p : parts) {
        QString text = p.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        if (p.kind == WordDiff::Kind::Same)
            out += text;
        else if (before && p.kind == WordDiff::Kind::Removed)
            out += QStringLiteral("<span style=\"background-color:#f8d0d0; color:#8b0000; text-decoration: line-through\">%1</span>").arg(text);
        else if (!before && p.kind == WordDiff::Kind::Added)
            out += QStringLiteral("<span style=\"background-color:#c9f0cf; color:#0b5d1e\">%1</span>").arg(text);
    }
    return out;
}

QString badge(const QString& text, const QString& colour)
{
    return QStringLiteral(" <span style=\"color:%1; font-size:small\">[%2]</span>").arg(colour, text.toHtmlEscaped());
}

} // namespace

QString ComparisonView::html(const DocumentComparison& comparison, const QString& beforeLabel, const QString& afterLabel)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\" "
                                  "style=\"border-color:#c8d3de; border-style:solid\">"
                                  "<tr><th width=\"50%\" bgcolor=\"#e3ebf3\">%1</th><th width=\"50%\" bgcolor=\"#e3ebf3\">%2</th></tr>")
                       .arg(beforeLabel.toHtmlEscaped(), afterLabel.toHtmlEscaped());
    for (const auto& s : comparison.sections()) {
        QString tag;
        if (s.change == Change::Added)
            tag = badge(tr("added"), QStringLiteral("#0b5d1e"));
        else if (s.change == Change::Removed)
            tag = badge(tr("removed"), QStringLiteral("#8b0000"));
        else if (s.change == Change::Changed)
            tag = badge(tr("changed"), QStringLiteral("#8a5a00"));
        if (s.moved)
            tag += badge(tr("moved"), QStringLiteral("#2f6f9f"));
        if (s.statusBefore != s.statusAfter && !s.statusBefore.isEmpty() && !s.statusAfter.isEmpty())
            tag += badge(tr("%1 → %2").arg(PlanFormat::draftStatusLabel(s.statusBefore), PlanFormat::draftStatusLabel(s.statusAfter)),
                         QStringLiteral("#555555"));
        html += QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"#f3f6f9\"><b>%1</b>%2</td></tr>").arg(s.title.toHtmlEscaped(), tag);
        if (s.change == Change::Unchanged) {
            html += QStringLiteral("<tr><td colspan=\"2\" style=\"color:#777777\">%1</td></tr>").arg(tr("No change."));
            continue;
        }
        html += QStringLiteral("<tr><td valign=\"top\"><b>%1</b><br/>%2</td><td valign=\"top\"><b>%3</b><br/>%4</td></tr>")
                    .arg(side(s.titleParts, true), side(s.bodyParts, true), side(s.titleParts, false),
                         side(s.bodyParts, false));
    }
    html += QStringLiteral("</table>");

    const QVector<DocumentComparison::ActionDiff> actions = comparison.changedActions();
    html += QStringLiteral("<h3>%1</h3>").arg(actions.isEmpty() ? tr("Actions: no change") : tr("Actions"));
    for (const auto& a : actions) {
        const QString what = a.change == Change::Added   ? tr("Added")
                             : a.change == Change::Removed ? tr("Removed")
                                                           : tr("Changed");
        html += QStringLiteral("<p><b>%1</b>: %2 <span style=\"color:#555555\">(%3)</span></p>")
                    .arg(what, a.title.toHtmlEscaped(), a.sectionTitle.toHtmlEscaped());
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\" "
                               "style=\"border-color:#dddddd; border-style:solid\">");
        for (const auto& f : a.fields) {
            html += QStringLiteral("<tr><td width=\"18%\"><i>%1</i></td><td width=\"41%\">%2</td><td width=\"41%\">%3</td></tr>")
                        .arg(f.field.toHtmlEscaped(),
                             side(WordDiff::diff(f.before, f.after), true),
                             side(WordDiff::diff(f.before, f.after), false));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

ComparisonView::ComparisonView(const DocumentComparison& comparison, const QString& beforeLabel,
                               const QString& afterLabel, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("comparisonView"));
    setWindowTitle(tr("Compare %1 with %2").arg(beforeLabel, afterLabel));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("comparisonText"));
    m_view->setOpenLinks(false);
    m_view->setHtml(html(comparison, beforeLabel, afterLabel));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 720);
}

} // namespace standlab
