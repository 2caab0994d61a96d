// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace standlab {

// One stored key of a closed list (a session kind, a status…) with its label for people.
struct Term
{
    QString key;
    QString label;
};

// The closed lists of the domain: the keys stored in the file and their translated labels.
class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QVector<Term> sessionKinds();
    static QVector<Term> sessionStatuses();
    static QVector<Term> spaceKinds();
    static QVector<Term> participationRoles();
    static QVector<Term> organisationKinds();
    static QVector<Term> attendance();
    static QVector<Term> interactionChannels();
    static QVector<Term> slotStatuses();
    static QVector<Term> datasetAccess();
    static QVector<Term> documentKinds();
    static QVector<Term> draftStatuses();
    static QVector<Term> actionStatuses();
    static QVector<Term> languages();

    // The label of `key` in `terms`, or the key itself when it is not one of them.
    static QString label(const QVector<Term>& terms, const QString& key);
    static bool contains(const QVector<Term>& terms, const QString& key);
};

} // namespace standlab
