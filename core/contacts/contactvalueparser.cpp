// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactvalueparser.h"

#include "contactimportmapping.h"
#include "model/vocabulary.h"

#include <QRegularExpression>
#include <QHash>

namespace standlab {
namespace {

using Words = QHash<QString, QString>; // normalised word → stored key

// Builds the lookup of "key:word|word;key:word…" lists plus the vocabulary's own keys and labels.
Words buildWords(const char* table, const QVector<Term>& terms = {})
{
    Words words;
    for (const Term& term : terms) {
        words.insert(ContactImportMapping::normalise(term.label), term.key);
        words.insert(ContactImportMapping::normalise(term.key), term.key);
    }
    for (const QString& entry : QString::fromUtf8(table).split(QLatin1Char(';'))) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString key = entry.left(colon);
        words.insert(ContactImportMapping::normalise(key), key);
        for (const QString& word : entry.mid(colon + 1).split(QLatin1Char('|')))
            words.insert(word, key);
    }
    return words;
}

std::optional<QString> lookUp(const QString& text, const Words& words)
{
    const auto found = words.constFind(ContactImportMapping::normalise(text));
    if (found == words.cend())
        return std::nullopt;
    return found.value();
}

} // namespace

QString ContactValueParser::normaliseName(const QString& text)
{
    return ContactImportMapping::normalise(text);
}

std::optional<bool> ContactValueParser::parseBool(const QString& text)
{
    const QString value = ContactImportMapping::normalise(text);
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("si"),
                                    QStringLiteral("s"), QStringLiteral("x"), QStringLiteral("1"),
                                    QStringLiteral("true"), QStringLiteral("verdadero"), QStringLiteral("cert"),
                                    QStringLiteral("ok")};
    static const QStringList no = {QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("0"),
                                   QStringLiteral("false"), QStringLiteral("falso"), QStringLiteral("fals"),
                                   QStringLiteral("-")};
    if (yes.contains(value))
        return true;
    if (no.contains(value) || text.trimmed() == QLatin1String("-"))
        return false;
    return std::nullopt;
}

std::optional<QDate> ContactValueParser::parseDate(const QString& text)
{
    const QString value = text.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{2}|\\d{4})$"));
    QRegularExpressionMatch match = iso.match(value);
    if (match.hasMatch()) {
        const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
        return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
    }
    match = dmy.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    int year = match.captured(3).toInt();
    if (match.captured(3).size() == 2)
        year += 2000;
    const QDate date(year, match.captured(2).toInt(), match.captured(1).toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<QString> ContactValueParser::parseAttendance(const QString& text)
{
    static const Words words = buildWords("unknown:|unknown|desconocido|desconocida|desconegut|desconeguda|sin respuesta|"
                        "sense resposta|no answer|pending|pendiente|pendent|?;"
                        "invited:invited|invitado|invitada|invitados|convidat|convidada|convidats;"
                        "interested:interested|maybe|interesado|interesada|interesados|quizas|tal vez|interessat|"
                        "interessada|potser;"
                        "attending:attending|yes|confirmed|coming|asiste|asistira|asistiran|confirmado|confirmada|"
                        "si|assisteix|assistira|confirmat|confirmada|hi va|vindra;"
                        "declined:declined|no|not coming|rechazado|rechazada|no asiste|no asistira|no vendra|"
                        "declinado|declinat|declinada|no assistira|no vindra|rebutjat",
                                          Vocabulary::attendance());
    return lookUp(text, words);
}

std::optional<QString> ContactValueParser::parseKind(const QString& text)
{
    static const Words words = buildWords("city_council:city|city council|council|municipality|local government|ayuntamiento|"
                        "ciudad|municipio|ajuntament|ciutat|municipi|city hall|gobierno local;"
                        "platform:platform|initiative|platform initiative|plataforma|iniciativa|startup;"
                        "cooperative:cooperative|coop|co op|cooperativa|coop;"
                        "civil_society:civil society|ngo|association|asociacion|associacio|sociedad civil|"
                        "societat civil|ong|foundation|fundacion|fundacio|collective|colectivo|col lectiu;"
                        "research_centre:research centre|research center|research|university|universidad|"
                        "universitat|centro de investigacion|centre de recerca|investigacion|recerca|academia;"
                        "company:company|business|firm|empresa|corporation|sl|sa",
                                          Vocabulary::organisationKinds());
    return lookUp(text, words);
}

QStringList ContactValueParser::parseLanguages(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;/|+]+|\\s+(and|y|i|et)\\s+|\\s+"));
    static const Words words = buildWords("en:english|ingles|angles|eng;es:spanish|castellano|espanol|castella|spa|esp;"
                                          "ca:catalan|catala|cat;fr:french|frances|francais|fra;de:german|aleman|alemany;"
                                          "it:italian|italiano|italia;pt:portuguese|portugues",
                                          Vocabulary::languages());
    QStringList codes;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString code = lookUp(part, words).value_or(ContactImportMapping::normalise(part));
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    }
    return codes;
}

QString ContactValueParser::websiteDomain(const QString& website)
{
    // By hand rather than QUrl: this runs several times per row of a large import.
    QStringView value = QStringView(website).trimmed();
    const qsizetype scheme = value.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        value = value.mid(scheme + 3);
    qsizetype end = 0;
    while (end < value.size() && value.at(end) != QLatin1Char('/') && value.at(end) != QLatin1Char('?')
           && value.at(end) != QLatin1Char('#'))
        ++end;
    value = value.left(end);
    const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        value = value.mid(at + 1);
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        value = value.left(colon);
    QString host = value.toString().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

bool ContactValueParser::looksLikeEmail(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return shape.match(text.trimmed()).hasMatch();
}

} // namespace standlab
