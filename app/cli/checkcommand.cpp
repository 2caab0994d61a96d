// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "conflicts/conflictdetector.h"
#include "conflicts/conflictinput.h"
#include "model/sessiontimes.h"
#include "store/openoptions.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace standlab::cli {

QString CheckCommand::summary() const
{
    return tr("List the conflicts of the programme (clashes, availability, opening hours, capacity, "
              "speakers) and sessions with impossible times; exit status 1 when there are any.");
}

QString CheckCommand::synopsis() const
{
    return tr("check FILE [--json]");
}

QStringList CheckCommand::argumentNames() const
{
    return {tr("FILE")};
}

void CheckCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("json"),
        tr("Print one JSON object: {\"count\": N, \"conflicts\": [{\"rule\", \"message\", \"sessions\", …}]}.")));
}

Command::Outcome CheckCommand::run(const QCommandLineParser& parser, QTextStream& out, QString* error)
{
    OpenOptions options;
    options.readOnly = true; // check only looks: no lock, no migration, no write
    const QString path = parser.positionalArguments().at(0);
    const std::unique_ptr<Store> store = Store::open(path, options, error);
    if (!store)
        return Outcome::Failed;
    const ConflictInput input = ConflictInput::load(*store);
    const QVector<Conflict> conflicts = ConflictDetector::detect(input);
    // Read from the stored text, not the parsed sessions: text that does not parse is a finding too,
    // where the parsed value would only show an unscheduled session.
    struct ImpossibleTimes
    {
        QString id, title, problem;
    };
    QVector<ImpossibleTimes> impossible;
    for (const Row& row : store->rows(QStringLiteral("sessions"), QStringLiteral("starts_at IS NOT NULL OR ends_at IS NOT NULL"),
                                      {}, QStringLiteral("starts_at, title, id"))) {
        const QString problem = SessionTimes::problem(row.value(QStringLiteral("starts_at")).toString(),
                                                      row.value(QStringLiteral("ends_at")).toString());
        if (!problem.isEmpty())
            impossible.push_back({row.value(QStringLiteral("id")).toString(), row.value(QStringLiteral("title")).toString(), problem});
    }
    const QString impossibleKey = QStringLiteral("impossible_times");
    const auto impossibleMessage = [](const ImpossibleTimes& item) {
        return tr("Session “%1” (id %2): %3.").arg(item.title, item.id, item.problem);
    };
    const int findings = int(conflicts.size() + impossible.size());

    QHash<QString, QString> titles, names;
    for (const Session& session : input.sessions)
        titles.insert(session.id, session.title);
    for (const Person& person : input.people)
        names.insert(person.id, person.name);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Conflict& conflict : conflicts) {
            QJsonObject item{{QStringLiteral("rule"), Conflict::ruleKey(conflict.rule)},
                             {QStringLiteral("message"), conflict.message}};
            QJsonArray sessions;
            for (const QString& id : conflict.sessionIds)
                sessions.append(QJsonObject{{QStringLiteral("id"), id},
                                            {QStringLiteral("title"), titles.value(id)}});
            item.insert(QStringLiteral("sessions"), sessions);
            if (!conflict.personId.isEmpty())
                item.insert(QStringLiteral("person"), QJsonObject{{QStringLiteral("id"), conflict.personId},
                                                                  {QStringLiteral("name"), names.value(conflict.personId)}});
            list.append(item);
        }
        for (const ImpossibleTimes& bad : std::as_const(impossible))
            list.append(QJsonObject{{QStringLiteral("rule"), impossibleKey},
                                    {QStringLiteral("message"), impossibleMessage(bad)},
                                    {QStringLiteral("sessions"),
                                     QJsonArray{QJsonObject{{QStringLiteral("id"), bad.id}, {QStringLiteral("title"), bad.title}}}}});
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("count"), findings},
                               {QStringLiteral("conflicts"), list}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else {
        if (!impossible.isEmpty()) {
            out << tr("%n session(s) with impossible times:", nullptr, int(impossible.size())) << Qt::endl;
            for (const ImpossibleTimes& bad : std::as_const(impossible))
                out << QStringLiteral("- [%1] %2").arg(impossibleKey, impossibleMessage(bad)) << Qt::endl;
        }
        if (conflicts.isEmpty()) {
            out << tr("No conflicts.") << Qt::endl;
        } else {
            out << tr("%n conflict(s):", nullptr, int(conflicts.size())) << Qt::endl;
            for (const Conflict& conflict : conflicts)
                out << QStringLiteral("- [%1] %2").arg(Conflict::ruleKey(conflict.rule), conflict.message) << Qt::endl;
        }
    }
    if (findings == 0)
        return Outcome::Success;
    if (error)
        *error = impossible.isEmpty()
            ? tr("%n conflict(s) found in %1.", nullptr, int(conflicts.size())).arg(path)
            : tr("%n session(s) with impossible times and %1 conflict(s) found in %2.", nullptr, int(impossible.size()))
                  .arg(conflicts.size())
                  .arg(path);
    return Outcome::Failed;
}

} // namespace standlab::cli
