// SPDX-License-Identifier: GPL-3.0-or-later
#include "planformat.h"

#include "model/vocabulary.h"

#include <QLocale>
#include <QRegularExpression>

namespace standlab {

QString PlanFormat::Version::label() const
{
    const QString date = QLocale().toString(takenAt, QStringLiteral("d MMM yyyy, HH:mm"));
    if (name.isEmpty())
        return tr("Current text, %1").arg(date);
    return tr("Revision “%1”, %2").arg(name, date);
}

QString PlanFormat::quarterLabel(const QString& timeframe)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    const QRegularExpressionMatch match = quarter.match(timeframe.trimmed());
    if (!match.hasMatch())
        return timeframe;
    return tr("Q%1 %2").arg(match.captured(2), match.captured(1));
}

QString PlanFormat::statusLabel(const QString& status)
{
    return Vocabulary::label(Vocabulary::actionStatuses(), status);
}

QString PlanFormat::draftStatusLabel(const QString& status)
{
    return Vocabulary::label(Vocabulary::draftStatuses(), status);
}

QString PlanFormat::kindLabel(const QString& kind)
{
    return Vocabulary::label(Vocabulary::documentKinds(), kind);
}

QVector<PlanFormat::ActionGroup> PlanFormat::groups(const DocumentSnapshot& snapshot, const QString& sectionId)
{
    QVector<ActionGroup> out;
    for (const Action& action : snapshot.actionsOf(sectionId)) {
        const QString line = snapshot.nameOf(action.workingLineId);
        auto it = std::find_if(out.begin(), out.end(), [&line](const ActionGroup& g) { return g.workingLine == line; });
        if (it == out.end())
            out.push_back({line, {action}});
        else
            it->actions << action;
    }
    return out;
}

QString PlanFormat::leadAndPartners(const DocumentSnapshot& snapshot, const Action& action)
{
    QString text = snapshot.nameOf(action.leadOrganisationId, tr("(no lead yet)"));
    QStringList partners;
    for (const QString& id : snapshot.partners.value(action.id))
        partners << snapshot.nameOf(id, id);
    if (!partners.isEmpty())
        text += QStringLiteral(" (") + tr("with %1").arg(partners.join(QStringLiteral(", "))) + QLatin1Char(')');
    return text;
}

QStringList PlanFormat::sessionTitles(const DocumentSnapshot& snapshot, const Action& action)
{
    QStringList titles;
    for (const QString& id : snapshot.sessions.value(action.id))
        titles << snapshot.nameOf(id, id);
    return titles;
}

} // namespace standlab
