// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace standlab {

// Reads the values people type into contact spreadsheets (yes/sí/x, 19/11/19, "Interesada"…) in
// English, Spanish and Catalan; each parser returns nullopt for a value it cannot read.
class ContactValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ContactValueParser)

public:
    static std::optional<bool> parseBool(const QString& text);
    // ISO (2019-11-19), dd/mm/yyyy and d/m/yy (also with - or .); two-digit years are 20yy.
    static std::optional<QDate> parseDate(const QString& text);
    static std::optional<QString> parseAttendance(const QString& text);
    static std::optional<QString> parseKind(const QString& text);
    // Names or codes ("Català, English", "es/en") to language codes.
    static QStringList parseLanguages(const QString& text);
    // Lower case, no accents, single spaces: how names are compared.
    static QString normaliseName(const QString& text);
    // "https://www.Example.org/about" → "example.org".
    static QString websiteDomain(const QString& website);
    static bool looksLikeEmail(const QString& text);
};

} // namespace standlab
