// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <QRegularExpression>
#include <algorithm>
#include <dtl/dtl.hpp>
#include <vector>

namespace standlab {
namespace {

using Sequence = std::vector<QString>;

// The edit script between two sequences: for each element, whether it is common, removed or added.
std::vector<std::pair<QString, dtl::edit_t>> editScript(const Sequence& a, const Sequence& b)
{
    dtl::Diff<QString, Sequence> diff(a, b);
    // Beyond this many differences dtl gives up on minimality and stays fast (a whole rewrite).
    diff.onHuge();
    diff.compose();
    std::vector<std::pair<QString, dtl::edit_t>> out;
    for (const auto& [element, info] : diff.getSes().getSequence())
        out.emplace_back(element, info.type);
    return out;
}

} // namespace

QStringList WordDiff::tokenize(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("[\\w\\x{00AD}'’-]+|\\s+|[^\\w\\s]"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QStringList tokens;
    auto it = token.globalMatch(text);
    while (it.hasNext())
        tokens << it.next().captured(0);
    return tokens;
}

QVector<WordDiff::Part> WordDiff::diff(const QString& before, const QString& after)
{
    const QStringList a = tokenize(before);
    const QStringList b = tokenize(after);
    QVector<Part> parts;
    auto add = [&parts](Kind kind, const QString& text) {
        if (!parts.isEmpty() && parts.last().kind == kind)
            parts.last().text += text;
        else
            parts.push_back({kind, text});
    };
    for (const auto& [element, type] : editScript(Sequence(a.cbegin(), a.cend()), Sequence(b.cbegin(), b.cend()))) {
        if (type == dtl::SES_COMMON)
            add(Kind::Same, element);
        else if (type == dtl::SES_DELETE)
            add(Kind::Removed, element);
        else
            add(Kind::Added, element);
    }
    // A change block is a run of removed and added parts, with any lone spaces between them: it is
    // shown as all of its old text, then all of its new text ("old words" → "new words"), rather than
    // word and space interleaved.
    QVector<Part> merged;
    int i = 0;
    while (i < parts.size()) {
        if (parts.at(i).kind == Kind::Same) {
            merged << parts.at(i++);
            continue;
        }
        int end = i;
        while (end + 1 < parts.size()) {
            const Part& next = parts.at(end + 1);
            if (next.kind != Kind::Same) {
                ++end;
                continue;
            }
            const bool spaceBetween = next.text.trimmed().isEmpty() && end + 2 < parts.size()
                                      && parts.at(end + 2).kind != Kind::Same;
            if (!spaceBetween)
                break;
            end += 2;
        }
        Part removed{Kind::Removed, {}}, added{Kind::Added, {}};
        for (int j = i; j <= end; ++j) {
            if (parts.at(j).kind != Kind::Added)
                removed.text += parts.at(j).text;
            if (parts.at(j).kind != Kind::Removed)
                added.text += parts.at(j).text;
        }
        const bool hasRemoved = std::any_of(parts.cbegin() + i, parts.cbegin() + end + 1,
                                            [](const Part& p) { return p.kind == Kind::Removed; });
        const bool hasAdded = std::any_of(parts.cbegin() + i, parts.cbegin() + end + 1,
                                          [](const Part& p) { return p.kind == Kind::Added; });
        if (hasRemoved)
            merged << removed;
        if (hasAdded)
            merged << added;
        i = end + 1;
    }
    QVector<Part> out;
    for (const Part& p : merged) {
        if (p.text.isEmpty())
            continue;
        if (!out.isEmpty() && out.last().kind == p.kind)
            out.last().text += p.text;
        else
            out << p;
    }
    return out;
}

QVector<int> WordDiff::notInCommonOrder(const QStringList& before, const QStringList& after)
{
    QVector<int> out;
    int index = 0;
    for (const auto& [element, type] :
         editScript(Sequence(before.cbegin(), before.cend()), Sequence(after.cbegin(), after.cend()))) {
        if (type == dtl::SES_DELETE)
            continue;
        if (type == dtl::SES_ADD)
            out << index;
        ++index;
    }
    return out;
}

bool WordDiff::changed(const QVector<Part>& parts)
{
    for (const Part& p : parts)
        if (p.kind != Kind::Same)
            return true;
    return false;
}

} // namespace standlab
