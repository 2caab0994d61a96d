// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace standlab {

// Walks JSON text without building anything from it: where each value starts and ends, and how much it
// holds. A sync package is judged by this (how many rows, how wide, how deep) before a single structure
// is built for it, and its rows are then converted one at a time from the spans found here. Iterative,
// so no nesting depth can exhaust the stack; nesting beyond `maxDepth` is refused.
class JsonScanner
{
public:
    static constexpr int maxDepth = 32;

    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    struct Counts
    {
        qint64 members = 0; // the elements of an array or the members of an object, first level only
        qint64 values = 0;  // every value and key inside, the value itself included
    };

    explicit JsonScanner(const QByteArray& text) : m_text(text) {}

    // Skips white space; true when the next character is `c`, which is then consumed.
    bool consume(char c);
    bool atEnd();
    // Skips one value of any kind. Fails on malformed JSON, or when it holds more than `maxValues`
    // values (then `tooLarge()` is true): the scan stops there, before the rest is even looked at.
    bool skipValue(qint64 maxValues, Span* span = nullptr, Counts* counts = nullptr);
    // Reads an object member's key and the colon after it.
    bool readKey(QString* key);
    bool tooLarge() const { return m_tooLarge; }

    // The text of a span, without copying (valid while the scanned text lives).
    static QByteArray view(const QByteArray& text, const Span& span);

private:
    void skipSpace();
    bool skipString();
    bool skipScalar();
    bool skipKey();

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    bool m_tooLarge = false;
};

} // namespace standlab
