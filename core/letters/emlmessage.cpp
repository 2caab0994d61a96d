// SPDX-License-Identifier: GPL-3.0-or-later
#include "emlmessage.h"

#include <QLocale>
#include <QRegularExpression>

namespace standlab {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isPlain(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// The display name of an address: a quoted string when ASCII, encoded words otherwise.
QByteArray displayName(const QString& name, int used)
{
    if (isPlain(name)) {
        QString quoted = name;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
        return '"' + quoted.toLatin1() + '"';
    }
    return EmlMessage::headerText(name, used);
}

QByteArray rfc5322Date(const QDateTime& date)
{
    // Day and month names are English by the standard, whatever the user's language.
    const QLocale c = QLocale::c();
    const int offset = date.offsetFromUtc() / 60;
    return c.toString(date, QStringLiteral("ddd, d MMM yyyy HH:mm:ss ")).toLatin1()
        + QStringLiteral("%1%2%3")
              .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
              .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
              .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'))
              .toLatin1();
}

} // namespace

QByteArray EmlMessage::headerText(const QString& text, int firstLineUsed)
{
    if (isPlain(text))
        return text.toLatin1();
    // "=?UTF-8?B?" + "?=" is 12 characters: 63 left for base64, so 45 bytes of UTF-8 at most.
    QByteArray result;
    QByteArray chunk;
    const auto flush = [&]() {
        if (chunk.isEmpty())
            return;
        if (!result.isEmpty())
            result += kCrlf + ' ';
        result += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    // The first word shares its line with the header's name, so it is kept shorter.
    int maxBytes = qBound(9, (78 - firstLineUsed - 12) / 4 * 3, 45);
    for (int i = 0; i < text.size(); ++i) {
        int length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > maxBytes) {
            flush();
            maxBytes = 45;
        }
        chunk += character;
        i += length - 1;
    }
    flush();
    return result;
}

QByteArray EmlMessage::quotedPrintable(const QByteArray& text)
{
    QByteArray normalised = text;
    normalised.replace("\r\n", "\n");
    QByteArray out;
    const QList<QByteArray> lines = normalised.split('\n');
    for (int l = 0; l < lines.size(); ++l) {
        const QByteArray& line = lines.at(l);
        int column = 0;
        for (int i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            // Spaces and tabs at the end of a line would be lost by mail transport: encode them.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + piece.size() > 75) {
                out += "=" + kCrlf;
                column = 0;
            }
            out += piece;
            column += piece.size();
        }
        if (l < lines.size() - 1)
            out += kCrlf;
    }
    return out;
}

QByteArray EmlMessage::base64Lines(const QByteArray& data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    for (int i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + kCrlf;
    return out;
}

QString EmlMessage::fileNameFor(const QString& personName)
{
    const QString plain = personName.normalized(QString::NormalizationForm_KD);
    QString name;
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            name += c.toLower();
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('\''))
            name += QLatin1Char('-');
    }
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    name.replace(dashes, QStringLiteral("-"));
    name = name.left(60);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("letter") : name;
}

QByteArray EmlMessage::build(const Letter& letter, const QDateTime& date, const QString& messageId)
{
    const QByteArray boundary = "=_standlab_" + messageId.toLatin1().left(32);
    QByteArray m;
    m += "X-Unsent: 1" + kCrlf;
    if (!letter.email.isEmpty())
    {
        // An encoded name fills its line: the address goes on a continuation line of its own.
        const QByteArray name = displayName(letter.personName, 4);
        const QByteArray address = "<" + letter.email.toLatin1() + ">";
        const qsizetype lastLine = name.size() - (name.lastIndexOf('\n') + 1) + (name.contains('\n') ? 0 : 4);
        m += "To: " + name + (lastLine + 1 + address.size() > 78 ? QByteArray(kCrlf + ' ') : QByteArray(" ")) + address + kCrlf;
    }
    m += "Subject: " + headerText(letter.subject, 9) + kCrlf;
    m += "Date: " + rfc5322Date(date) + kCrlf;
    m += "Message-ID: <" + messageId.toLatin1() + "@standlab.invalid>" + kCrlf;
    m += "Content-Language: " + letter.language.toLatin1() + kCrlf;
    m += "MIME-Version: 1.0" + kCrlf;
    m += "Content-Type: multipart/mixed;" + kCrlf + " boundary=\"" + boundary + "\"" + kCrlf;
    m += kCrlf;
    m += "This is a message in MIME format." + kCrlf;
    m += "--" + boundary + kCrlf;
    m += "Content-Type: text/plain; charset=UTF-8" + kCrlf;
    m += "Content-Transfer-Encoding: quoted-printable" + kCrlf + kCrlf;
    m += quotedPrintable(letter.body.toUtf8()) + kCrlf;
    m += "--" + boundary + kCrlf;
    m += "Content-Type: text/calendar; charset=UTF-8; name=\"sessions.ics\"" + kCrlf;
    m += "Content-Disposition: attachment; filename=\"sessions.ics\"" + kCrlf;
    m += "Content-Transfer-Encoding: base64" + kCrlf + kCrlf;
    m += base64Lines(letter.calendar);
    m += "--" + boundary + "--" + kCrlf;
    return m;
}

} // namespace standlab
