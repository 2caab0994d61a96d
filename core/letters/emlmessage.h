// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "letter.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace standlab {

// A letter as an e-mail draft (.eml): an RFC 5322 message with MIME (RFC 2045–2047) in UTF-8,
// `X-Unsent: 1` so mail programs open it as a draft to send, a plain-text part and the person's
// calendar as a text/calendar attachment. Lines end in CRLF and none is longer than 78 characters.
// There is no From: the mail program fills it in with the account the draft is sent from.
class EmlMessage
{
public:
    static QByteArray build(const Letter& letter, const QDateTime& date, const QString& messageId);

    // An RFC 2047 phrase or unstructured text: as it is when plain ASCII, else UTF-8 "B" encoded
    // words of at most 75 characters that never split a character, folded onto continuation lines.
    static QByteArray headerText(const QString& text, int firstLineUsed);
    static QByteArray quotedPrintable(const QByteArray& text);
    static QByteArray base64Lines(const QByteArray& data);
    // A file name for the person's draft: ASCII letters, digits and dashes.
    static QString fileNameFor(const QString& personName);
};

} // namespace standlab
