// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmarkdownwriter.h"

#include "csv/csvwriter.h"
#include "richtext.h"

namespace standlab {
namespace {

// One line of text as Markdown: user text can never turn into a link, HTML or a heading.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return RichText::markdownText(text.trimmed());
}

// A table cell: one line, everything Markdown reads (pipes included) escaped.
QString cell(const QString& text)
{
    const QString escaped = oneLine(text);
    return escaped.isEmpty() ? QStringLiteral("–") : escaped;
}

QString anchorOf(const DocumentSnapshot::Entry& entry)
{
    // GitHub-style anchors are fragile with accents; a numbered heading is found by its number instead.
    return entry.number;
}

} // namespace

QString PlanMarkdownWriter::markdown(const DocumentSnapshot& snapshot, const PlanFormat::Version& version)
{
    QStringList out;
    out << QStringLiteral("# ") + oneLine(snapshot.document.title);
    out << QStringLiteral("*") + PlanFormat::kindLabel(snapshot.document.kind) + QStringLiteral(" · ")
               + PlanFormat::draftStatusLabel(snapshot.document.status) + QStringLiteral(" · ") + version.label()
               + QStringLiteral("*");
    const QVector<DocumentSnapshot::Entry> entries = snapshot.orderedSections();
    QStringList contents;
    for (const auto& entry : entries)
        contents << QString(entry.depth * 2, QLatin1Char(' ')) + QStringLiteral("- ") + anchorOf(entry)
                        + QLatin1Char(' ') + oneLine(entry.section.title);
    if (!contents.isEmpty())
        out << QStringLiteral("## ") + tr("Contents") + QStringLiteral("\n\n") + contents.join(QLatin1Char('\n'));

    for (const auto& entry : entries) {
        const int level = std::min(6, 2 + entry.depth);
        out << QString(level, QLatin1Char('#')) + QLatin1Char(' ') + entry.number + QLatin1Char(' ')
                   + oneLine(entry.section.title);
        const QString body = RichText::toMarkdown(entry.section.bodyHtml, level + 1);
        if (!body.isEmpty())
            out << body;
        for (const PlanFormat::ActionGroup& group : PlanFormat::groups(snapshot, entry.section.id)) {
            const QString heading = group.workingLine.isEmpty()
                                        ? tr("Actions")
                                        : tr("Actions: %1").arg(oneLine(group.workingLine));
            out << QString(std::min(6, level + 1), QLatin1Char('#')) + QLatin1Char(' ') + heading;
            QStringList table;
            table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                         .arg(tr("Action"), tr("Lead"), tr("Quarter"), tr("Indicators"), tr("Status"));
            table << QStringLiteral("|---|---|---|---|---|");
            for (const Action& action : group.actions)
                table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                             .arg(cell(action.title), cell(PlanFormat::leadAndPartners(snapshot, action)),
                                  cell(PlanFormat::quarterLabel(action.timeframe)), cell(action.indicators),
                                  cell(PlanFormat::statusLabel(action.status)));
            out << table.join(QLatin1Char('\n'));
            QStringList details;
            for (const Action& action : group.actions) {
                QString line = QStringLiteral("- **") + cell(action.title) + QStringLiteral("**");
                if (!action.description.trimmed().isEmpty())
                    line += QStringLiteral(": ") + RichText::markdownText(action.description.trimmed());
                QStringList sessions = PlanFormat::sessionTitles(snapshot, action);
                for (QString& title : sessions)
                    title = RichText::markdownText(title);
                if (!sessions.isEmpty())
                    line += QStringLiteral(" *(") + tr("from: %1").arg(sessions.join(QStringLiteral("; ")))
                            + QStringLiteral(")*");
                details << line;
            }
            out << details.join(QLatin1Char('\n'));
        }
    }
    return out.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

bool PlanMarkdownWriter::write(const DocumentSnapshot& snapshot, const PlanFormat::Version& version,
                               const QString& path, QString* error)
{
    const QString tooDeep = snapshot.depthProblem(snapshot.orderedSections());
    if (!tooDeep.isEmpty()) {
        if (error)
            *error = tooDeep;
        return false;
    }
    return CsvWriter::writeFileAtomically(path, markdown(snapshot, version).toUtf8(), error);
}

} // namespace standlab
