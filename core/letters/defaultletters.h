// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace standlab {

// The built-in letter to speakers and the fixed words letters need, in the four languages letters
// are written in (en, es, ca, fr), whatever the language of the interface.
class DefaultLetters
{
public:
    enum Word { Role_speaker, Role_moderator, Role_facilitator, Role_rapporteur, With, NothingToBring, ChangesSince,
                WordCount };

    static QStringList languages();
    // An unknown language falls back to English.
    static QString subject(const QString& language);
    static QString body(const QString& language);
    static QString word(const QString& language, Word word);
    static QString role(const QString& language, const QString& roleKey);
};

} // namespace standlab
