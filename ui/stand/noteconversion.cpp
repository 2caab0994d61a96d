// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteconversion.h"

#include "commands/insertrowcommand.h"
#include "commands/setfieldcommand.h"
#include "document/eventdocument.h"
#include "stand/nowandnext.h"
#include "model/action.h"
#include "model/actionsession.h"
#include "model/document.h"
#include "model/repository.h"
#include "model/workingline.h"
#include "standmacrocommand.h"
#include "store/store.h"

#include <QLocale>
#include <QRegularExpression>

namespace standlab {

QVector<NoteConversion::Target> NoteConversion::targets(EventDocument& document)
{
    QVector<Target> result;
    Store& store = document.store();
    QVector<Document> documents = Repository<Document>(store).all(QStringLiteral("position, title"));
    std::stable_partition(documents.begin(), documents.end(),
                          [](const Document& d) { return d.kind == QLatin1String("action_plan"); });
    for (const Document& doc : documents)
        for (const Section& section : Repository<Section>(store).where(QStringLiteral("document_id = ?"), {doc.id},
                                                                        QStringLiteral("position, title")))
            result.push_back({section, doc.title, doc.kind == QLatin1String("action_plan")});
    return result;
}

QString NoteConversion::suggestedSection(EventDocument& document, const QVector<Target>& targets,
                                         const Session& session)
{
    if (targets.isEmpty())
        return {};
    QString lineName;
    if (!session.workingLineId.isEmpty())
        if (const auto line = Repository<WorkingLine>(document.store()).find(session.workingLineId))
            lineName = line->name;
    for (const Target& t : targets)
        if (t.actionPlan && !session.workingLineId.isEmpty() && t.section.workingLineId == session.workingLineId)
            return t.section.id;
    for (const Target& t : targets)
        if (t.actionPlan && !lineName.isEmpty() && t.section.title.compare(lineName, Qt::CaseInsensitive) == 0)
            return t.section.id;
    return targets.first().section.id;
}

QString NoteConversion::actionTitle(const QString& body)
{
    QString text = body.simplified();
    // The first sentence, when there is one of a useful length.
    const int stop = int(text.indexOf(QRegularExpression(QStringLiteral("[.!?;](\\s|$)"))));
    if (stop > 8)
        text = text.left(stop);
    const int limit = 90;
    if (text.size() > limit) {
        text = text.left(limit);
        const int space = int(text.lastIndexOf(QLatin1Char(' ')));
        if (space > limit / 2)
            text = text.left(space);
        text += QChar(0x2026);
    }
    return text;
}

QString NoteConversion::sourceLine(const Session& session)
{
    const QLocale locale;
    return tr("From the session “%1” (%2, %3)")
        .arg(session.title, locale.toString(session.startsAt.date(), QLocale::ShortFormat),
             NowAndNext::shortTime(session.startsAt.time()));
}

QUndoCommand* NoteConversion::toAction(EventDocument& document, const SessionNote& note, const QString& sectionId,
                                       QString* newRowId)
{
    Store& store = document.store();
    const Session session = Repository<Session>(store).find(note.sessionId).value_or(Session());
    int position = 0;
    for (const Action& a : Repository<Action>(store).where(QStringLiteral("section_id = ?"), {sectionId}))
        position = std::max(position, a.position + 1);
    Action action;
    action.sectionId = sectionId;
    action.title = actionTitle(note.body);
    action.description = note.body.trimmed() + QStringLiteral("\n\n") + sourceLine(session);
    action.workingLineId = session.workingLineId;
    action.position = position;
    action.id = Store::newId();

    auto* macro = new StandMacroCommand(document, tr("Turn a note into the action “%1”").arg(action.title));
    new InsertRowCommand(document, Repository<Action>::table(), Repository<Action>::toRow(action), QString(), macro);
    ActionSession link;
    link.actionId = action.id;
    link.sessionId = session.id;
    new InsertRowCommand(document, Repository<ActionSession>::table(), Repository<ActionSession>::toRow(link),
                         QString(), macro);
    if (newRowId)
        *newRowId = action.id;
    return macro;
}

QUndoCommand* NoteConversion::toParagraph(EventDocument& document, const SessionNote& note, const QString& sectionId)
{
    Store& store = document.store();
    const Session session = Repository<Session>(store).find(note.sessionId).value_or(Session());
    const Section section = Repository<Section>(store).find(sectionId).value_or(Section());
    QString paragraph = note.body.trimmed().toHtmlEscaped();
    paragraph.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    const QString added = QStringLiteral("<p>%1 <em>(%2)</em></p>\n").arg(paragraph, sourceLine(session).toHtmlEscaped());
    // A section saved by a rich-text editor is a whole HTML document: the paragraph goes inside its body.
    QString body = section.bodyHtml;
    const int end = int(body.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive));
    if (end >= 0)
        body.insert(end, added);
    else
        body += (body.isEmpty() || body.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + added;
    auto* macro = new StandMacroCommand(document, tr("Add a note to the section “%1”").arg(section.title));
    new SetFieldCommand(document, Repository<Section>::table(), sectionId, {{QStringLiteral("body_html"), body}},
                        QString(), macro);
    return macro;
}

} // namespace standlab
