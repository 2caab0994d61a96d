// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcomparison.h"

#include "model/vocabulary.h"
#include "richtext.h"

#include <QSet>

namespace standlab {
namespace {

QString sectionTitleIn(const DocumentSnapshot& snapshot, const QString& sectionId)
{
    for (const Section& s : snapshot.sections)
        if (s.id == sectionId)
            return s.title;
    return {};
}

// Partners and sessions: the fields an old snapshot may not know.
bool isLinkField(int index)
{
    return index == 5 || index == 9;
}

} // namespace

DocumentComparison::DocumentComparison(const DocumentSnapshot& before, const DocumentSnapshot& after)
{
    compareSections(before, after);
    compareActions(before, after);
}

void DocumentComparison::compareSections(const DocumentSnapshot& before, const DocumentSnapshot& after)
{
    const QVector<DocumentSnapshot::Entry> oldOrder = before.orderedSections();
    const QVector<DocumentSnapshot::Entry> newOrder = after.orderedSections();
    QHash<QString, Section> oldById;
    for (const auto& e : oldOrder)
        oldById.insert(e.section.id, e.section);
    QSet<QString> newIds;
    for (const auto& e : newOrder)
        newIds.insert(e.section.id);

    // Moved: sections in both versions that fall outside the longest common order of ids.
    QStringList oldCommon, newCommon;
    for (const auto& e : oldOrder)
        if (newIds.contains(e.section.id))
            oldCommon << e.section.id;
    for (const auto& e : newOrder)
        if (oldById.contains(e.section.id))
            newCommon << e.section.id;
    QSet<QString> moved;
    for (int index : WordDiff::notInCommonOrder(oldCommon, newCommon))
        moved.insert(newCommon.at(index));

    // The newer order, with removed sections slotted in after the section they used to follow.
    QHash<QString, QVector<SectionDiff>> removedAfter; // previous surviving id -> removed sections
    QString previous;
    for (const auto& e : oldOrder) {
        if (newIds.contains(e.section.id)) {
            previous = e.section.id;
            continue;
        }
        SectionDiff diff;
        diff.id = e.section.id;
        diff.title = e.section.title;
        diff.change = Change::Removed;
        diff.titleParts = WordDiff::diff(e.section.title, {});
        diff.bodyParts = WordDiff::diff(RichText::toPlainText(e.section.bodyHtml), {});
        diff.statusBefore = e.section.status;
        removedAfter[previous] << diff;
    }
    m_sections += removedAfter.value(QString());
    for (const auto& e : newOrder) {
        SectionDiff diff;
        diff.id = e.section.id;
        diff.title = e.section.title;
        diff.statusAfter = e.section.status;
        const auto old = oldById.constFind(e.section.id);
        if (old == oldById.cend()) {
            diff.change = Change::Added;
            diff.titleParts = WordDiff::diff({}, e.section.title);
            diff.bodyParts = WordDiff::diff({}, RichText::toPlainText(e.section.bodyHtml));
        } else {
            diff.statusBefore = old->status;
            diff.titleParts = WordDiff::diff(old->title, e.section.title);
            diff.bodyParts = WordDiff::diff(RichText::toPlainText(old->bodyHtml),
                                            RichText::toPlainText(e.section.bodyHtml));
            diff.moved = moved.contains(e.section.id);
            const bool changed = WordDiff::changed(diff.titleParts) || WordDiff::changed(diff.bodyParts)
                                 || diff.statusBefore != diff.statusAfter;
            diff.change = changed ? Change::Changed : Change::Unchanged;
        }
        m_sections << diff;
        m_sections += removedAfter.value(e.section.id);
    }
}

QVector<DocumentComparison::FieldDiff> DocumentComparison::describe(const Action& action,
                                                                      const DocumentSnapshot& snapshot)
{
    QStringList partners, sessions;
    for (const QString& id : snapshot.partners.value(action.id))
        partners << snapshot.nameOf(id, id);
    for (const QString& id : snapshot.sessions.value(action.id))
        sessions << snapshot.nameOf(id, id);
    partners.sort(Qt::CaseInsensitive);
    sessions.sort(Qt::CaseInsensitive);
    return {
        {tr("Title"), action.title, {}},
        {tr("Description"), action.description, {}},
        {tr("Section"), sectionTitleIn(snapshot, action.sectionId), {}},
        {tr("Working line"), snapshot.nameOf(action.workingLineId), {}},
        {tr("Lead organisation"), snapshot.nameOf(action.leadOrganisationId), {}},
        {tr("Partners"), partners.join(QStringLiteral(", ")), {}},
        {tr("Quarter"), action.timeframe, {}},
        {tr("Indicators"), action.indicators, {}},
        {tr("Status"), Vocabulary::label(Vocabulary::actionStatuses(), action.status), {}},
        {tr("Sessions"), sessions.join(QStringLiteral("; ")), {}},
    };
}

void DocumentComparison::compareActions(const DocumentSnapshot& before, const DocumentSnapshot& after)
{
    QHash<QString, Action> oldById;
    for (const Action& a : before.actions)
        oldById.insert(a.id, a);
    QSet<QString> newIds;
    for (const Action& a : after.actions)
        newIds.insert(a.id);
    for (const Action& a : after.actions) {
        ActionDiff diff;
        diff.id = a.id;
        diff.title = a.title;
        diff.sectionTitle = sectionTitleIn(after, a.sectionId);
        const QVector<FieldDiff> now = describe(a, after);
        const auto old = oldById.constFind(a.id);
        if (old == oldById.cend()) {
            diff.change = Change::Added;
            for (const FieldDiff& f : now)
                if (!f.before.isEmpty())
                    diff.fields << FieldDiff{f.field, {}, f.before};
        } else {
            const QVector<FieldDiff> then = describe(*old, before);
            const bool linksKnown = before.hasLinks && after.hasLinks;
            for (int i = 0; i < now.size(); ++i)
                if (then.at(i).before != now.at(i).before && (linksKnown || !isLinkField(i)))
                    diff.fields << FieldDiff{now.at(i).field, then.at(i).before, now.at(i).before};
            diff.change = diff.fields.isEmpty() ? Change::Unchanged : Change::Changed;
        }
        m_actions << diff;
    }
    for (const Action& a : before.actions) {
        if (newIds.contains(a.id))
            continue;
        ActionDiff diff;
        diff.id = a.id;
        diff.title = a.title;
        diff.sectionTitle = sectionTitleIn(before, a.sectionId);
        diff.change = Change::Removed;
        for (const FieldDiff& f : describe(a, before))
            if (!f.before.isEmpty())
                diff.fields << FieldDiff{f.field, f.before, {}};
        m_actions << diff;
    }
}

QVector<DocumentComparison::ActionDiff> DocumentComparison::changedActions() const
{
    QVector<ActionDiff> out;
    for (const ActionDiff& a : m_actions)
        if (a.change != Change::Unchanged)
            out << a;
    return out;
}

bool DocumentComparison::isEmpty() const
{
    for (const SectionDiff& s : m_sections)
        if (s.change != Change::Unchanged || s.moved)
            return false;
    return changedActions().isEmpty();
}

} // namespace standlab
