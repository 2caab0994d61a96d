// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "db/sqlitestatement.h"
#include "searchbacklog.h"
#include "store/store.h"

namespace standlab {

SearchIndex::SearchIndex(Store& store) : m_store(store) {}

QString SearchIndex::matchExpression(const QString& text)
{
    // Words are runs of letters, digits and marks; everything else (quotes, *, :, ^, (, -, NEAR…)
    // separates them, so nothing a user types can change the query's meaning or make it invalid.
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

namespace {

// Schema step 3 gives each kind the index rowids from (kind number) × 2^40 up.
constexpr qint64 KindRange = qint64(1) << 40;

qint64 firstRowid(SearchHit::Kind kind)
{
    return (qint64(kind) + 1) * KindRange;
}

} // namespace

QVector<SearchHit> SearchIndex::search(const QString& text, int perKind, QString* error) const
{
    QVector<SearchHit> hits;
    const QString expression = matchExpression(text);
    if (expression.isEmpty() || perKind <= 0)
        return hits;
    // On a large event a short prefix matches most rows, and FTS5 gathers every match of a prefix before
    // it returns the first, so each query costs time in proportion to the matches. Hence two queries per
    // keystroke, not one per kind: the first Sample rows of each kind whose TITLE matches, then (when
    // a kind has too few) the first rows that match anywhere. Only those are ordered - shortest text
    // first, the closest to what was typed - with no bm25, whose statistics would count every match
    // again. With up to Sample matches per kind (any real event) every match is considered.
    constexpr int Sample = 64;
    constexpr int Kinds = 5;
    SqliteDatabase& db = m_store.database();
    SqliteStatement matching(db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?1"));
    SqliteStatement read(db, QStringLiteral(
        "SELECT d.ref, s.title, substr(s.detail, 1, 160), length(s.title) + length(s.detail) / 8"
        " FROM search_docs AS d JOIN search_index AS s ON s.rowid = d.docid WHERE d.docid = ?1"));
    if (!matching.isValid() || !read.isValid()) {
        if (error)
            *error = tr("The search index cannot be read: %1").arg(matching.isValid() ? read.error() : matching.error());
        return hits;
    }
    QVector<qint64> inTitle[Kinds], elsewhere[Kinds];
    auto collect = [&](const QString& match, QVector<qint64>* buckets, int wanted) {
        matching.reset();
        matching.bind(1, match);
        int full = 0;
        while (full < Kinds && matching.step()) {
            const qint64 docid = matching.integer(0);
            const int kind = int(docid / KindRange) - 1;
            if (kind < 0 || kind >= Kinds || buckets[kind].size() >= wanted)
                continue;
            if (buckets == elsewhere && inTitle[kind].contains(docid))
                continue;
            buckets[kind] << docid;
            full += buckets[kind].size() == wanted;
        }
        return !matching.hasError();
    };
    bool ok = collect(QStringLiteral("{title} : (%1)").arg(expression), inTitle, Sample);
    bool fewInTitles = false;
    for (const auto& bucket : inTitle)
        fewInTitles = fewInTitles || bucket.size() < perKind;
    if (ok && fewInTitles)
        ok = collect(expression, elsewhere, Sample + perKind);
    if (!ok) {
        if (error)
            *error = tr("The search failed: %1").arg(matching.error());
        return {};
    }

    struct Candidate
    {
        SearchHit hit;
        qint64 score = 0;
        qint64 docid = 0;
    };
    auto load = [&](const QVector<qint64>& docids, SearchHit::Kind kind) {
        QVector<Candidate> out;
        for (const qint64 docid : docids) {
            read.reset();
            read.bind(1, docid);
            if (!read.step())
                continue;
            Candidate candidate;
            candidate.hit.kind = kind;
            candidate.hit.id = read.text(0);
            candidate.hit.title = read.text(1);
            candidate.hit.detail = read.text(2).simplified();
            candidate.score = read.integer(3);
            candidate.docid = docid;
            out << candidate;
        }
        std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
            return a.score != b.score ? a.score < b.score : a.docid < b.docid;
        });
        return out;
    };
    for (int k = 0; k < Kinds; ++k) {
        const auto kind = SearchHit::Kind(k);
        int taken = 0;
        for (const QVector<qint64>* bucket : {&inTitle[k], &elsewhere[k]}) {
            if (taken >= perKind || bucket->isEmpty())
                continue;
            for (const Candidate& candidate : load(*bucket, kind)) {
                if (taken++ >= perKind)
                    break;
                hits << candidate.hit;
            }
        }
    }
    return hits;
}

bool SearchIndex::rebuild(Store& store, QString* error)
{
    // The same texts as the triggers of schema step 3 (keep the two in step), over every row at once.
    struct Source
    {
        const char* table;
        SearchHit::Kind kind;
        const char* title;
        const char* detail;
    };
    static const Source sources[] = {
        {"sessions", SearchHit::Kind::Session, "r.title", "r.abstract || ' ' || r.kind"},
        {"people", SearchHit::Kind::Person, "r.name", "r.role_title || ' ' || r.email || ' ' || r.bio"},
        {"organisations", SearchHit::Kind::Organisation, "r.name",
         "r.city || ' ' || r.country || ' ' || r.website || ' ' || r.notes"},
        {"actions", SearchHit::Kind::Action, "r.title", "r.description || ' ' || r.indicators"},
        {"datasets", SearchHit::Kind::Dataset, "r.name",
         "r.publisher || ' ' || r.city || ' ' || r.licence || ' ' || r.format || ' ' || r.notes"},
    };
    Store::Transaction transaction(store);
    SqliteDatabase& db = store.database();
    bool ok = db.exec(QStringLiteral("DELETE FROM search_index; DELETE FROM search_docs;"), error);
    for (const Source& source : sources) {
        const QString table = QLatin1String(source.table);
        const QString kindKey = SearchHit::kindKey(source.kind);
        ok = ok && db.exec(QStringLiteral("INSERT INTO search_docs (docid, kind, ref)"
                                          " SELECT %1 + row_number() OVER (ORDER BY rowid), '%2', id FROM %3")
                               .arg(firstRowid(source.kind)).arg(kindKey, table), error);
        ok = ok && db.exec(QStringLiteral("INSERT INTO search_index (rowid, title, detail) SELECT d.docid, %1, %2"
                                          " FROM %3 AS r JOIN search_docs AS d ON d.kind = '%4' AND d.ref = r.id")
                               .arg(QLatin1String(source.title), QLatin1String(source.detail), table, kindKey),
                           error);
    }
    // Every row is indexed now, including any a bulk write left for later.
    ok = ok && SearchBacklog(db).clear(error);
    return ok && transaction.commit(error);
}

} // namespace standlab
