// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"
#include "lettertemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <optional>

namespace standlab {

class Store;

// Writes the letters to speakers: who gets one (everyone in a scheduled confirmed or proposed session,
// chosen people, or the people whose sessions changed since a release), the template in their
// language, and the placeholders filled with their own sessions, co-speakers and calendar.
class LetterComposer
{
    Q_DECLARE_TR_FUNCTIONS(standlab::LetterComposer)

public:
    struct Options
    {
        QString language;       // en, es, ca, fr; empty: each person's first language they speak of these, else en
        QStringList personIds;  // empty: everyone with sessions
        QString changedSince;   // a release name: only the people whose sessions changed since it
        QString subject;        // the window's unsaved template; empty: the stored or built-in one
        QString body;
    };

    explicit LetterComposer(const Store& store) : m_store(store) {}

    bool compose(const Options& options, QVector<Letter>* letters, QString* error) const;
    // One person's letter from the given (perhaps unsaved) subject and body: the template editor's preview.
    std::optional<Letter> preview(const QString& personId, const QString& language, const QString& subject,
                                  const QString& body, QString* error) const;

    // The stored template of that language, or the built-in one.
    LetterTemplate templateFor(const QString& language) const;
    // The people who would get a letter, by name (the window's list to choose from).
    QVector<QPair<QString, QString>> recipients() const;
    // A person by id or name (case-insensitive); an unknown one is an error naming it.
    std::optional<QString> findPerson(const QString& nameOrId, QString* error) const;

    // {name}, {first_name}, {event}, {address}, {sessions}, {changes}, {bring}, {release}.
    static QStringList placeholders();
    // Replaces each known placeholder; unknown ones stay as written, so a typo shows in the preview.
    static QString fill(const QString& text, const QHash<QString, QString>& values);

private:
    std::optional<Letter> letterFor(const QString& personId, const QString& language, const QString& subject,
                                    const QString& body, const QString& changes, QString* error) const;
    QString languageFor(const QString& personId, const QString& wanted) const;

    const Store& m_store;
};

} // namespace standlab
