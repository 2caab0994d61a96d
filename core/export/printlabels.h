// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace standlab {

// The fixed words printed on the programme, in the language chosen for print rather than the
// language of the user interface (a Catalan-speaking organiser may print an English booklet).
class PrintLabels
{
    Q_DECLARE_TR_FUNCTIONS(PrintLabels)

public:
    enum Label {
        Programme,
        Speakers,
        Moderator,
        Moderators,
        IndexOfSpeakers,
        CrossCutting,
        Continued,
        PageOf,      // "%1" page, "%2" pages
        NoSessions,
        WorkingLines,
        // Column heads and filters of the HTML, CSV and .xlsx programmes.
        Day,
        Start,
        End,
        Space,
        WorkingLine,
        Kind,
        Title,
        AllDays,
        AllWorkingLines,
        LabelCount
    };

    // Unknown languages fall back to English.
    explicit PrintLabels(const QString& language = QStringLiteral("en"));

    static QStringList languages();
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    QString text(Label label) const;
    QString pageOf(int page, int pages) const;
    // The kind of a session (talk, roundtable…) in the print language.
    QString kind(const QString& key) const;
    // "Tuesday, 19 November 2019", capitalised as a heading in every language.
    QString longDate(const QDate& date) const;
    QString shortDate(const QDate& date) const;
    // "19–21 November 2019" or the single date.
    QString dateRange(const QDate& first, const QDate& last) const;

private:
    int m_index = 0;
    QString m_language;
    QLocale m_locale;
};

} // namespace standlab
