// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsnapshot.h"

#include "model/repository.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace standlab {
namespace {

// Rows go to JSON with the same column names as the file, so a snapshot reads like the table it froze.
template <class T> QJsonObject toObject(const T& item)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), item.id);
    for (const auto& f : EntityTraits<T>::fields())
        object.insert(f.column, QJsonValue::fromVariant(f.get(item)));
    return object;
}

template <class T> T fromObject(const QJsonObject& object)
{
    Row row = object.toVariantMap();
    return Repository<T>::fromRow(row);
}

template <class T> void sortByPosition(QVector<T>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.position < b.position; });
}

QJsonObject linksToJson(const QHash<QString, QStringList>& links)
{
    QJsonObject object;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return object;
}

QHash<QString, QStringList> linksFromJson(const QJsonObject& object)
{
    QHash<QString, QStringList> links;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList ids;
        for (const QJsonValue& v : it.value().toArray())
            ids << v.toString();
        links.insert(it.key(), ids);
    }
    return links;
}

} // namespace

std::optional<DocumentSnapshot> DocumentSnapshot::fromStore(const Store& store, const QString& documentId)
{
    const std::optional<Document> document = Repository<Document>(const_cast<Store&>(store)).find(documentId);
    if (!document)
        return std::nullopt;
    DocumentSnapshot snapshot;
    snapshot.document = *document;
    Repository<Section> sections(const_cast<Store&>(store));
    snapshot.sections = sections.where(QStringLiteral("document_id = ?"), {documentId});
    sortByPosition(snapshot.sections);
    QSet<QString> sectionIds;
    for (const Section& s : snapshot.sections)
        sectionIds.insert(s.id);
    for (const Action& action : Repository<Action>(const_cast<Store&>(store)).all())
        if (sectionIds.contains(action.sectionId))
            snapshot.actions << action;
    sortByPosition(snapshot.actions);
    QSet<QString> actionIds;
    for (const Action& a : snapshot.actions)
        actionIds.insert(a.id);
    for (const Row& row : store.rows(QStringLiteral("action_partners"), {}, {}, QStringLiteral("created_at, id"))) {
        const QString action = row.value(QStringLiteral("action_id")).toString();
        if (actionIds.contains(action))
            snapshot.partners[action] << row.value(QStringLiteral("organisation_id")).toString();
    }
    for (const Row& row : store.rows(QStringLiteral("action_sessions"), {}, {}, QStringLiteral("created_at, id"))) {
        const QString action = row.value(QStringLiteral("action_id")).toString();
        if (actionIds.contains(action))
            snapshot.sessions[action] << row.value(QStringLiteral("session_id")).toString();
    }
    snapshot.resolveNames(store);
    return snapshot;
}

void DocumentSnapshot::resolveNames(const Store& store)
{
    QSet<QString> wanted;
    for (const Section& s : std::as_const(sections))
        wanted.insert(s.workingLineId);
    for (const Action& a : std::as_const(actions)) {
        wanted.insert(a.workingLineId);
        wanted.insert(a.leadOrganisationId);
    }
    for (const QStringList& ids : std::as_const(partners))
        for (const QString& id : ids)
            wanted.insert(id);
    for (const QStringList& ids : std::as_const(sessions))
        for (const QString& id : ids)
            wanted.insert(id);
    wanted.remove(QString());
    const QList<QPair<QString, QString>> tables = {{QStringLiteral("working_lines"), QStringLiteral("name")},
                                                   {QStringLiteral("organisations"), QStringLiteral("name")},
                                                   {QStringLiteral("sessions"), QStringLiteral("title")}};
    for (const auto& [table, column] : tables) {
        for (const QString& id : std::as_const(wanted)) {
            if (names.contains(id))
                continue;
            const std::optional<Row> row = store.row(table, id);
            if (row)
                names.insert(id, row->value(column).toString());
        }
    }
}

std::optional<DocumentSnapshot> DocumentSnapshot::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("document")).isObject()) {
        if (error)
            *error = tr("The revision's snapshot cannot be read: %1")
                         .arg(parseError.error ? parseError.errorString() : tr("no document in it"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    DocumentSnapshot snapshot;
    snapshot.document = fromObject<Document>(root.value(QStringLiteral("document")).toObject());
    for (const QJsonValue& v : root.value(QStringLiteral("sections")).toArray())
        snapshot.sections << fromObject<Section>(v.toObject());
    for (const QJsonValue& v : root.value(QStringLiteral("actions")).toArray())
        snapshot.actions << fromObject<Action>(v.toObject());
    sortByPosition(snapshot.sections);
    sortByPosition(snapshot.actions);
    snapshot.hasLinks = root.contains(QStringLiteral("action_partners"));
    snapshot.partners = linksFromJson(root.value(QStringLiteral("action_partners")).toObject());
    snapshot.sessions = linksFromJson(root.value(QStringLiteral("action_sessions")).toObject());
    const QJsonObject names = root.value(QStringLiteral("names")).toObject();
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        snapshot.names.insert(it.key(), it.value().toString());
    return snapshot;
}

QByteArray DocumentSnapshot::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("document"), toObject(document));
    QJsonArray sectionArray;
    for (const Section& s : sections)
        sectionArray << toObject(s);
    root.insert(QStringLiteral("sections"), sectionArray);
    QJsonArray actionArray;
    for (const Action& a : actions)
        actionArray << toObject(a);
    root.insert(QStringLiteral("actions"), actionArray);
    root.insert(QStringLiteral("action_partners"), linksToJson(partners));
    root.insert(QStringLiteral("action_sessions"), linksToJson(sessions));
    QJsonObject nameObject;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        nameObject.insert(it.key(), it.value());
    root.insert(QStringLiteral("names"), nameObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QVector<DocumentSnapshot::Entry> DocumentSnapshot::orderedSections() const
{
    QHash<QString, QVector<const Section*>> children;
    QSet<QString> ids;
    for (const Section& s : sections)
        ids.insert(s.id);
    QVector<const Section*> roots;
    for (const Section& s : sections) {
        if (s.parentId.isEmpty() || !ids.contains(s.parentId))
            roots << &s;
        else
            children[s.parentId] << &s;
    }
    // A walk with a stack of its own, not recursion: a file may nest sections in a chain 30,000 deep.
    // Numbers are given as entries come out, each the next child number of the entry it is numbered under:
    // its parent, or for a section deeper than maxLevels its ancestor at the level above maxLevels.
    struct Pending
    {
        const Section* section;
        int nesting;
        int numberedUnder; // index in `out`, -1 for the top level
    };
    QVector<Entry> out;
    QVector<int> numberedUnder; // per entry of `out`
    QVector<int> childCount;    // per entry of `out`: children numbered so far
    int topCount = 0;
    QSet<QString> seen;
    QVector<Pending> stack;
    const auto walk = [&] {
        while (!stack.isEmpty()) {
            const Pending next = stack.takeLast();
            if (seen.contains(next.section->id))
                continue; // a cycle of parents: show each section once
            seen.insert(next.section->id);
            const int under = next.numberedUnder;
            const QString number = under < 0 ? QString::number(++topCount)
                                             : out.at(under).number + QLatin1Char('.') + QString::number(++childCount[under]);
            out.push_back({*next.section, std::min(next.nesting, maxLevels - 1), number, next.nesting});
            numberedUnder << under;
            childCount << 0;
            const int self = int(out.size()) - 1;
            const int childUnder = next.nesting + 1 < maxLevels ? self : under;
            const QVector<const Section*> mine = children.value(next.section->id);
            for (auto it = mine.crbegin(); it != mine.crend(); ++it)
                stack.push_back({*it, next.nesting + 1, childUnder});
        }
    };
    for (auto it = roots.crbegin(); it != roots.crend(); ++it)
        stack.push_back({*it, 0, -1});
    walk();
    for (const Section& s : sections) { // parents that form a cycle: still listed, never lost
        if (!seen.contains(s.id)) {
            stack.push_back({&s, 0, -1});
            walk();
        }
    }
    return out;
}

QString DocumentSnapshot::depthProblem(const QVector<Entry>& entries) const
{
    for (const Entry& entry : entries) {
        if (entry.nesting >= maxLevels)
            return tr("The document “%1” cannot be exported as it is: its section “%2” is nested %3 levels deep, "
                      "and a document can show at most %4 levels. Move that section (or one above it) up a level "
                      "and export again.")
                .arg(document.title, entry.section.title.left(200), QString::number(entry.nesting + 1),
                     QString::number(maxLevels));
    }
    return {};
}

QVector<Action> DocumentSnapshot::actionsOf(const QString& sectionId) const
{
    QVector<Action> out;
    for (const Action& a : actions)
        if (a.sectionId == sectionId)
            out << a;
    return out;
}

QString DocumentSnapshot::nameOf(const QString& id, const QString& fallback) const
{
    if (id.isEmpty())
        return fallback;
    return names.value(id, fallback);
}

} // namespace standlab
