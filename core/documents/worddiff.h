// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace standlab {

// A word-level diff of two texts (dtl's O(NP) algorithm over words, spaces and punctuation), as runs
// a view can colour: unchanged text, text only in the old version, text only in the new one.
class WordDiff
{
public:
    enum class Kind { Same, Removed, Added };
    struct Part
    {
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Part& other) const { return kind == other.kind && text == other.text; }
    };

    // Words (letters and digits of any script, accents included), runs of spaces, single punctuation.
    static QStringList tokenize(const QString& text);
    // Adjacent tokens of one kind are joined; a change never splits a word.
    static QVector<Part> diff(const QString& before, const QString& after);
    // The positions of `after` items that are not part of the longest common subsequence with
    // `before` (used for sections that moved).
    static QVector<int> notInCommonOrder(const QStringList& before, const QStringList& after);
    // Whether any part is not Same.
    static bool changed(const QVector<Part>& parts);
};

} // namespace standlab
