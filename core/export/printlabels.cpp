// SPDX-License-Identifier: GPL-3.0-or-later
#include "printlabels.h"

#include <QHash>

namespace standlab {

namespace {

// One row per label, one column per language in the order of PrintLabels::languages().
const char* const kLabels[PrintLabels::LabelCount][4] = {
    {"Programme", "Programa", "Programa", "Programme"},
    {"Speakers", "Ponentes", "Ponents", "Intervenants"},
    {"Moderator", "Modera", "Modera", "Modération"},
    {"Moderators", "Moderan", "Moderen", "Modération"},
    {"Index of speakers", "Índice de ponentes", "Índex de ponents", "Index des intervenants"},
    {"Cross-cutting", "Transversal", "Transversal", "Transversal"},
    {"continued", "continúa", "continua", "suite"},
    {"Page %1 of %2", "Página %1 de %2", "Pàgina %1 de %2", "Page %1 sur %2"},
    {"No sessions", "Sin sesiones", "Sense sessions", "Aucune session"},
    {"Working lines", "Líneas de trabajo", "Línies de treball", "Axes de travail"},
    {"Day", "Día", "Dia", "Jour"},
    {"Start", "Inicio", "Inici", "Début"},
    {"End", "Fin", "Fi", "Fin"},
    {"Space", "Espacio", "Espai", "Espace"},
    {"Working line", "Línea de trabajo", "Línia de treball", "Axe de travail"},
    {"Kind", "Tipo", "Tipus", "Type"},
    {"Title", "Título", "Títol", "Titre"},
    {"All days", "Todos los días", "Tots els dies", "Tous les jours"},
    {"All working lines", "Todas las líneas de trabajo", "Totes les línies de treball", "Tous les axes de travail"},
};

struct KindNames
{
    const char* key;
    const char* names[4];
};

const KindNames kKinds[] = {
    {"talk", {"Talk", "Charla", "Xerrada", "Conférence"}},
    {"roundtable", {"Roundtable", "Mesa redonda", "Taula rodona", "Table ronde"}},
    {"workshop", {"Workshop", "Taller", "Taller", "Atelier"}},
    {"meetup", {"Meetup", "Encuentro", "Trobada", "Rencontre"}},
    {"hackathon", {"Hackathon", "Hackathon", "Hackató", "Hackathon"}},
    {"pitch", {"Pitch", "Presentación", "Presentació", "Pitch"}},
    {"ceremony", {"Ceremony", "Ceremonia", "Cerimònia", "Cérémonie"}},
};

// Day-month-year patterns that read naturally in each language (CLDR's Catalan month names carry
// their own "de").
const char* const kDayMonthYear[4] = {"d MMMM yyyy", "d 'de' MMMM 'de' yyyy", "d MMMM 'de' yyyy", "d MMMM yyyy"};
const char* const kDayMonth[4] = {"dddd d MMMM", "dddd d 'de' MMMM", "dddd d MMMM", "dddd d MMMM"};

QString capitalised(QString text, const QLocale& locale)
{
    if (!text.isEmpty())
        text.replace(0, 1, locale.toUpper(text.left(1)));
    return text;
}

} // namespace

PrintLabels::PrintLabels(const QString& language)
{
    m_index = int(languages().indexOf(language));
    if (m_index < 0)
        m_index = 0;
    m_language = languages().at(m_index);
    static const QLocale locales[] = {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::Spanish, QLocale::Spain),
                                      QLocale(QLocale::Catalan, QLocale::Spain),
                                      QLocale(QLocale::French, QLocale::France)};
    m_locale = locales[m_index];
}

QStringList PrintLabels::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"), QStringLiteral("fr")};
}

QString PrintLabels::text(Label label) const
{
    if (label < 0 || label >= LabelCount)
        return {};
    return QString::fromUtf8(kLabels[label][m_index]);
}

QString PrintLabels::pageOf(int page, int pages) const
{
    return text(PageOf).arg(m_locale.toString(page), m_locale.toString(pages));
}

QString PrintLabels::kind(const QString& key) const
{
    for (const KindNames& kind : kKinds)
        if (key == QLatin1String(kind.key))
            return QString::fromUtf8(kind.names[m_index]);
    return key;
}

QString PrintLabels::longDate(const QDate& date) const
{
    return capitalised(m_locale.toString(date, QLocale::LongFormat), m_locale);
}

QString PrintLabels::shortDate(const QDate& date) const
{
    return capitalised(m_locale.toString(date, QString::fromLatin1(kDayMonth[m_index])), m_locale);
}

QString PrintLabels::dateRange(const QDate& first, const QDate& last) const
{
    const QString full = QString::fromLatin1(kDayMonthYear[m_index]);
    if (!first.isValid())
        return {};
    if (!last.isValid() || first == last)
        return m_locale.toString(first, full);
    if (first.year() == last.year() && first.month() == last.month())
        return m_locale.toString(first, QStringLiteral("d")) + QChar(0x2013)
            + m_locale.toString(last, full);
    return m_locale.toString(first, full) + QStringLiteral(" \u2013 ")
        + m_locale.toString(last, full);
}

} // namespace standlab
