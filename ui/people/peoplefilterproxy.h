// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace standlab {

// Narrows the people list: free text (accents and case ignored), a kind of involvement, an organisation.
class PeopleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Involvement { Everyone, Speakers, Moderators, Unconfirmed, WithoutSessions };

    explicit PeopleFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setInvolvement(Involvement involvement);
    // An empty id shows every organisation; noOrganisation() shows people without one.
    void setOrganisationId(const QString& id);
    static QString noOrganisation() { return QStringLiteral("-"); }

    // Lower case without accents, so "alex" finds "Àlex".
    static QString folded(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    Involvement m_involvement = Involvement::Everyone;
    QString m_organisationId;
};

} // namespace standlab
