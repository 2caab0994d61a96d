// SPDX-License-Identifier: GPL-3.0-or-later
#include "vcardwriter.h"

#include "csv/csvwriter.h"

namespace standlab {

QString VCardWriter::escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray VCardWriter::fold(const QByteArray& line)
{
    QByteArray out;
    qsizetype start = 0;
    qsizetype limit = 75; // the first line; continuation lines spend one octet on the leading space
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        // Back up to the first byte of a UTF-8 sequence (continuation bytes are 10xxxxxx).
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start);
        out += "\r\n ";
        start = end;
        limit = 74;
    }
    out += line.mid(start);
    out += "\r\n";
    return out;
}

QByteArray VCardWriter::card(const Person& person, const QString& organisationName)
{
    QByteArray out;
    auto property = [&out](const char* name, const QString& value) {
        if (!value.isEmpty())
            out += fold(QByteArray(name) + ':' + value.toUtf8());
    };
    out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
    const QString name = person.name.simplified();
    property("FN", escape(name));
    // Spanish and Catalan names carry two family names: the first word is the given name.
    const qsizetype space = name.indexOf(QLatin1Char(' '));
    const QString given = space < 0 ? name : name.left(space);
    const QString family = space < 0 ? QString() : name.mid(space + 1);
    out += fold("N:" + (escape(family) + QLatin1Char(';') + escape(given) + QLatin1String(";;;")).toUtf8());
    property("ORG", escape(organisationName));
    property("TITLE", escape(person.roleTitle));
    property("EMAIL", escape(person.email.trimmed()));
    if (!person.phone.trimmed().isEmpty())
        out += fold("TEL;VALUE=text:" + escape(person.phone.trimmed()).toUtf8());
    for (int i = 0; i < person.languages.size(); ++i)
        out += fold("LANG;PREF=" + QByteArray::number(i + 1) + ':' + escape(person.languages.at(i)).toUtf8());
    property("NOTE", escape(person.notes));
    if (!person.id.isEmpty())
        property("UID", QStringLiteral("urn:uuid:") + person.id);
    out += "END:VCARD\r\n";
    return out;
}

void VCardWriter::add(const Person& person, const QString& organisationName)
{
    m_data += card(person, organisationName);
    ++m_count;
}

bool VCardWriter::save(const QString& path, QString* error) const
{
    return CsvWriter::writeFileAtomically(path, m_data, error);
}

} // namespace standlab
