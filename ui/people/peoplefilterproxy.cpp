// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplefilterproxy.h"

#include "shellmodels/peoplemodel.h"

#include <algorithm>

namespace standlab {

PeopleFilterProxy::PeopleFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

QString PeopleFilterProxy::folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    return out;
}

void PeopleFilterProxy::setSearchText(const QString& text)
{
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PeopleFilterProxy::setInvolvement(Involvement involvement)
{
    m_involvement = involvement;
    invalidateFilter();
}

void PeopleFilterProxy::setOrganisationId(const QString& id)
{
    m_organisationId = id;
    invalidateFilter();
}

bool PeopleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_involvement) {
    case Involvement::Everyone: break;
    case Involvement::Speakers:
        if (!index.data(PeopleModel::SpeakerRole).toBool())
            return false;
        break;
    case Involvement::Moderators:
        if (!index.data(PeopleModel::ModeratorRole).toBool())
            return false;
        break;
    case Involvement::Unconfirmed:
        if (!index.data(PeopleModel::UnconfirmedRole).toBool())
            return false;
        break;
    case Involvement::WithoutSessions:
        if (sourceModel()->index(sourceRow, PeopleModel::Sessions, sourceParent).data().toInt() > 0)
            return false;
        break;
    }
    if (!m_organisationId.isEmpty()) {
        const QString organisation = index.data(PeopleModel::OrganisationIdRole).toString();
        if (m_organisationId == noOrganisation() ? !organisation.isEmpty() : organisation != m_organisationId)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = folded(index.data(PeopleModel::SearchTextRole).toString());
    return std::all_of(m_words.cbegin(), m_words.cend(), [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace standlab
