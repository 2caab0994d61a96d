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
    QHash<QString, QVector<Section>> children;
    QSet<QString> ids;
    for (const Section& s : sections)
        ids.insert(s.id);
    QVector<Section> roots;
    for (const Section& s : sections) {
        if (s.parentId.isEmpty() || !ids.contains(s.parentId))
            roots << s;
        else
            children[s.parentId] << s;
    }
    QVector<Entry> out;
    QSet<QString> seen;
    std::function<void(const Section&, int, const QString&)> visit = [&](const Section& s, int depth,
                                                                         const QString& number) {
        if (seen.contains(s.id))
            return; // a cycle of parents: show each section once
        seen.insert(s.id);
        out.push_back({s, depth, number});
        int index = 0;
        for (const Section& child : children.value(s.id))
            visit(child, depth + 1, number + QLatin1Char('.') + QString::number(++index));
    };
    int index = 0;
    for (const Section& root : roots)
        visit(root, 0, QString::number(++index));
    for (const Section& s : sections) // parents that form a cycle: still listed, never lost
        if (!seen.contains(s.id))
            visit(s, 0, QString::number(++index));
    return out;
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
