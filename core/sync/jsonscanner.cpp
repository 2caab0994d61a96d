// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <cctype>
#include <cstring>

namespace standlab {
namespace {

bool oneOf(char c, const char* set)
{
    return c != '\0' && std::strchr(set, c);
}

} // namespace

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonScanner::consume(char c)
{
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
        ++m_pos;
        return true;
    }
    return false;
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return m_pos >= m_text.size();
}

bool JsonScanner::skipString()
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"')
        return false;
    for (++m_pos; m_pos < m_text.size(); ++m_pos) {
        const unsigned char c = static_cast<unsigned char>(m_text.at(m_pos));
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            if (++m_pos >= m_text.size() || !oneOf(m_text.at(m_pos), "\"\\/bfnrtu"))
                return false;
            if (m_text.at(m_pos) == 'u') {
                for (int i = 0; i < 4; ++i)
                    if (++m_pos >= m_text.size() || !std::isxdigit(static_cast<unsigned char>(m_text.at(m_pos))))
                        return false;
            }
        }
    }
    return false;
}

bool JsonScanner::skipScalar()
{
    for (const char* word : {"true", "false", "null"}) {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_text.size() - m_pos >= length && std::memcmp(m_text.constData() + m_pos, word, size_t(length)) == 0) {
            m_pos += length;
            return true;
        }
    }
    // A number; its exact grammar is left to the parser that later reads the span.
    const qsizetype start = m_pos;
    if (m_pos < m_text.size() && m_text.at(m_pos) == '-')
        ++m_pos;
    if (m_pos >= m_text.size() || !std::isdigit(static_cast<unsigned char>(m_text.at(m_pos))))
        return false;
    while (m_pos < m_text.size() && oneOf(m_text.at(m_pos), "0123456789.eE+-"))
        ++m_pos;
    return m_pos > start;
}

bool JsonScanner::skipKey()
{
    skipSpace();
    return skipString() && consume(':');
}

bool JsonScanner::readKey(QString* key)
{
    skipSpace();
    const qsizetype start = m_pos;
    if (!skipKey())
        return false;
    const QByteArray raw = m_text.mid(start, m_pos - start);
    const qsizetype close = raw.lastIndexOf('"');
    const QByteArray inner = raw.mid(1, close - 1);
    if (!inner.contains('\\')) {
        *key = QString::fromUtf8(inner);
        return true;
    }
    // Escapes are rare in keys: the JSON parser decodes them.
    const QJsonDocument decoded = QJsonDocument::fromJson('[' + raw.left(close + 1) + ']');
    if (!decoded.isArray())
        return false;
    *key = decoded.array().at(0).toString();
    return true;
}

bool JsonScanner::skipValue(qint64 maxValues, Span* span, Counts* counts)
{
    skipSpace();
    const qsizetype start = m_pos;
    Counts found;
    QVarLengthArray<char, maxDepth> closers;
    for (;;) {
        // One value begins here.
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        if (++found.values > maxValues) {
            m_tooLarge = true;
            return false;
        }
        if (closers.size() == 1)
            ++found.members;
        const char c = m_text.at(m_pos);
        if (c == '{' || c == '[') {
            if (closers.size() >= maxDepth)
                return false;
            ++m_pos;
            closers.append(c == '{' ? '}' : ']');
            if (consume(closers.last())) {
                closers.removeLast();
            } else {
                if (closers.last() == '}' && !skipKey())
                    return false;
                continue;
            }
        } else if (c == '"') {
            if (!skipString())
                return false;
        } else if (!skipScalar()) {
            return false;
        }
        // After a value: close what ends here, then go on with the next element, if any.
        bool next = false;
        while (!next) {
            if (closers.isEmpty()) {
                if (span)
                    *span = {start, m_pos - start};
                if (counts)
                    *counts = found;
                return true;
            }
            if (consume(',')) {
                if (closers.last() == '}' && !skipKey())
                    return false;
                next = true;
            } else if (consume(closers.last())) {
                closers.removeLast();
            } else {
                return false;
            }
        }
    }
}

QByteArray JsonScanner::view(const QByteArray& text, const Span& span)
{
    return QByteArray::fromRawData(text.constData() + span.start, span.length);
}

} // namespace standlab
