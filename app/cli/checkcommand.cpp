// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "conflicts/conflictdetector.h"
#include "conflicts/conflictinput.h"
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
              "speakers); exit status 1 when there are any.");
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
        const QJsonObject root{{QStringLiteral("file"), path},
                               {QStringLiteral("count"), int(conflicts.size())},
                               {QStringLiteral("conflicts"), list}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (conflicts.isEmpty()) {
        out << tr("No conflicts.") << Qt::endl;
    } else {
        out << tr("%n conflict(s):", nullptr, int(conflicts.size())) << Qt::endl;
        for (const Conflict& conflict : conflicts)
            out << QStringLiteral("- [%1] %2").arg(Conflict::ruleKey(conflict.rule), conflict.message) << Qt::endl;
    }
    if (conflicts.isEmpty())
        return Outcome::Success;
    if (error)
        *error = tr("%n conflict(s) found in %1.", nullptr, int(conflicts.size())).arg(path);
    return Outcome::Failed;
}

} // namespace standlab::cli
