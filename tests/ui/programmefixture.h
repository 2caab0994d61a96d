// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/eventdocument.h"
#include "model/event.h"
#include "model/eventday.h"
#include "model/participation.h"
#include "model/person.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/sessiontag.h"
#include "model/space.h"
#include "model/workingline.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QTemporaryDir>
#include <QtTest>
#include <memory>

namespace standlab {

// A small event in a temporary file for the Programme tests: three days, two spaces, three working
// lines (one cross-cutting), four people and six sessions (one unscheduled, one cancelled).
class ProgrammeFixture
{
public:
    std::unique_ptr<EventDocument> document;
    QHash<QString, QString> ids; // readable names -> row ids

    // With `empty` the file has no event row, no days and no sessions (a brand new file).
    bool create(bool empty = false)
    {
        if (!m_dir.isValid())
            return false;
        QString error;
        auto store = Store::create(m_dir.filePath(QStringLiteral("programme.standlab")),
                                   OpenOptions::forLaptop(QStringLiteral("test-laptop")), &error);
        if (!store) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        document = std::make_unique<EventDocument>(std::move(store));
        return empty || fill();
    }

    Store& store() { return document->store(); }

    QString add(const QString& table, const QString& name, const Row& values)
    {
        const QString id = store().insert(table, values);
        ids.insert(name, id);
        return id;
    }

    std::optional<Session> session(const QString& name) { return Repository<Session>(store()).find(ids.value(name)); }

private:
    bool fill()
    {
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        add(s("event"), s("event"), {{s("name"), s("Stand Lab 2019")}, {s("venue"), s("Fira Gran Via")},
                                     {s("city"), s("Barcelona")}, {s("languages"), s("[\"en\",\"es\"]")}});
        add(s("event_days"), s("day1"), {{s("day"), s("2019-11-19")}});
        add(s("event_days"), s("day2"), {{s("day"), s("2019-11-20")}, {s("opens"), s("10:00")}});
        add(s("event_days"), s("day3"), {{s("day"), s("2019-11-21")}});
        add(s("spaces"), s("agora"), {{s("name"), s("Agora")}, {s("position"), 0}, {s("colour"), s("#aa0000")}});
        add(s("spaces"), s("corner"), {{s("name"), s("Corner")}, {s("position"), 1}, {s("kind"), s("meeting_corner")}});
        add(s("working_lines"), s("labour"), {{s("name"), s("Economic Models & the Future of Labour")}, {s("colour"), s("#e53935")}, {s("position"), 0}});
        add(s("working_lines"), s("data"), {{s("name"), s("Data")}, {s("colour"), s("#1e88e5")}, {s("position"), 1}});
        add(s("working_lines"), s("eco"), {{s("name"), s("Ecological Sustainability")}, {s("colour"), s("#43a047")},
                                           {s("cross_cutting"), 1}, {s("position"), 2}});
        add(s("people"), s("ana"), {{s("name"), s("Ana Ferrer Quintana")}});
        add(s("people"), s("ben"), {{s("name"), s("Ben Okonkwo-Hale")}});
        add(s("people"), s("clara"), {{s("name"), s("Clara Vidal Soto")}});
        add(s("people"), s("dmitri"), {{s("name"), s("Dmitri Lasko")}});
        const auto session = [&](const char* key, const char* title, const char* kind, const char* status,
                                 const char* line, const char* space, const QVariant& start, const QVariant& end) {
            Row row{{s("title"), s(title)}, {s("kind"), s(kind)}, {s("status"), s(status)},
                    {s("starts_at"), start}, {s("ends_at"), end}};
            if (line)
                row.insert(s("working_line_id"), ids.value(s(line)));
            if (space)
                row.insert(s("space_id"), ids.value(s(space)));
            add(s("sessions"), s(key), row);
        };
        session("opening", "Opening of the Stand Lab", "ceremony", "confirmed", nullptr, "agora",
                s("2019-11-19T10:00"), s("2019-11-19T10:30"));
        session("platforms", "Platform work and the right to the city", "roundtable", "confirmed", "labour", "agora",
                s("2019-11-19T11:00"), s("2019-11-19T12:00"));
        session("commons", "Data commons hackathon", "hackathon", "proposed", "data", "corner",
                s("2019-11-20T09:30"), s("2019-11-20T13:00"));
        session("gender", "Gender plans for sharing cities", "workshop", "idea", nullptr, nullptr, QVariant(), QVariant());
        session("circular", "Circular economy pitches", "pitch", "cancelled", "labour", "corner",
                s("2019-11-21T16:00"), s("2019-11-21T17:00"));
        session("early", "Early coffee meetup", "meetup", "confirmed", "data", "corner",
                s("2019-11-19T09:00"), s("2019-11-19T09:30"));
        add(s("session_tags"), s("tag1"), {{s("session_id"), ids.value(s("platforms"))}, {s("working_line_id"), ids.value(s("eco"))}});
        const auto participate = [&](const char* key, const char* person, const char* sessionKey, const char* role, int position) {
            add(s("participations"), s(key), {{s("person_id"), ids.value(s(person))}, {s("session_id"), ids.value(s(sessionKey))},
                                              {s("role"), s(role)}, {s("position"), position}});
        };
        participate("p1", "ana", "platforms", "speaker", 1);
        participate("p2", "ben", "platforms", "moderator", 0);
        participate("p3", "clara", "commons", "facilitator", 0);
        participate("p4", "dmitri", "opening", "speaker", 0);
        return store().count(s("sessions")) == 6;
    }

    QTemporaryDir m_dir;
};

} // namespace standlab
