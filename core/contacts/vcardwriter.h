// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/person.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace standlab {

// Writes people as vCard 4.0 (RFC 6350): one file, many cards, escaped and folded so address books
// and phones read every name, email and organisation as typed.
class VCardWriter
{
    Q_DECLARE_TR_FUNCTIONS(VCardWriter)

public:
    void add(const Person& person, const QString& organisationName = {});
    QByteArray data() const { return m_data; }
    int count() const { return m_count; }
    bool save(const QString& path, QString* error) const;

    static QByteArray card(const Person& person, const QString& organisationName = {});
    // Escapes \ , ; and newlines in a text value (RFC 6350 §3.4).
    static QString escape(const QString& text);
    // Splits a content line into 75-octet lines joined by CRLF + space, never inside a UTF-8 character.
    static QByteArray fold(const QByteArray& line);

private:
    QByteArray m_data;
    int m_count = 0;
};

} // namespace standlab
