// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmesnapshot.h"

#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace standlab {

namespace {

constexpr int kFormat = 1;
const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

template <class T> QVector<T> all(const Store& store, const QString& orderBy = {})
{
    QVector<T> items;
    for (const Row& row : store.rows(EntityTraits<T>::table(), {}, {}, orderBy))
        items.push_back(Repository<T>::fromRow(row));
    return items;
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toString(kTimeFormat) : QString();
}

QDateTime timeFrom(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, kTimeFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

ProgrammeSnapshot ProgrammeSnapshot::fromStore(const Store& store)
{
    QHash<QString, QString> spaceNames;
    for (const Space& space : all<Space>(store))
        spaceNames.insert(space.id, space.name);
    QHash<QString, QString> personNames;
    for (const standlab::Person& person : all<standlab::Person>(store))
        personNames.insert(person.id, person.name);
    QHash<QString, QVector<Participation>> bySession;
    for (const Participation& p : all<Participation>(store, QStringLiteral("position, id")))
        bySession[p.sessionId].push_back(p);

    ProgrammeSnapshot snapshot;
    for (const standlab::Session& s : all<standlab::Session>(store)) {
        Session session;
        session.id = s.id;
        session.title = s.title;
        session.status = s.status;
        session.startsAt = s.startsAt;
        session.endsAt = s.endsAt;
        session.spaceId = s.spaceId;
        session.spaceName = spaceNames.value(s.spaceId);
        for (const Participation& p : bySession.value(s.id))
            session.people.push_back({p.personId, personNames.value(p.personId), p.role});
        snapshot.sessions.push_back(session);
    }
    std::stable_sort(snapshot.sessions.begin(), snapshot.sessions.end(), [](const Session& a, const Session& b) {
        if (a.scheduled() != b.scheduled())
            return a.scheduled();
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        if (a.title != b.title)
            return a.title < b.title;
        return a.id < b.id;
    });
    return snapshot;
}

QByteArray ProgrammeSnapshot::toJson() const
{
    QJsonArray list;
    for (const Session& s : sessions) {
        QJsonArray people;
        for (const Person& p : s.people)
            people.append(QJsonObject{{QStringLiteral("id"), p.id},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("role"), p.role}});
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("title"), s.title},
                                {QStringLiteral("status"), s.status},
                                {QStringLiteral("starts"), timeText(s.startsAt)},
                                {QStringLiteral("ends"), timeText(s.endsAt)},
                                {QStringLiteral("space_id"), s.spaceId},
                                {QStringLiteral("space"), s.spaceName},
                                {QStringLiteral("people"), people}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat}, {QStringLiteral("sessions"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<ProgrammeSnapshot> ProgrammeSnapshot::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The release's copy of the programme cannot be read (%1 at character %2).")
                         .arg(parse.errorString())
                         .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toInt() != kFormat || !root.value(QLatin1String("sessions")).isArray()) {
        if (error)
            *error = tr("The release's copy of the programme is of an unknown kind (format %1).")
                         .arg(root.value(QLatin1String("format")).toInt());
        return std::nullopt;
    }
    ProgrammeSnapshot snapshot;
    for (const QJsonValue& value : root.value(QLatin1String("sessions")).toArray()) {
        const QJsonObject o = value.toObject();
        Session s;
        s.id = o.value(QLatin1String("id")).toString();
        s.title = o.value(QLatin1String("title")).toString();
        s.status = o.value(QLatin1String("status")).toString();
        s.startsAt = timeFrom(o.value(QLatin1String("starts")).toString());
        s.endsAt = timeFrom(o.value(QLatin1String("ends")).toString());
        s.spaceId = o.value(QLatin1String("space_id")).toString();
        s.spaceName = o.value(QLatin1String("space")).toString();
        for (const QJsonValue& p : o.value(QLatin1String("people")).toArray()) {
            const QJsonObject person = p.toObject();
            s.people.push_back({person.value(QLatin1String("id")).toString(),
                                person.value(QLatin1String("name")).toString(),
                                person.value(QLatin1String("role")).toString()});
        }
        if (s.id.isEmpty()) {
            if (error)
                *error = tr("A session in the release's copy of the programme has no id.");
            return std::nullopt;
        }
        snapshot.sessions.push_back(s);
    }
    return snapshot;
}

const ProgrammeSnapshot::Session* ProgrammeSnapshot::find(const QString& id) const
{
    for (const Session& s : sessions)
        if (s.id == id)
            return &s;
    return nullptr;
}

} // namespace standlab
