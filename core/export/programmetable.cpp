// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmetable.h"

namespace standlab {

ProgrammeTable::ProgrammeTable(const ProgrammeData& data, const PrintLabels& labels)
{
    m_header = {labels.text(PrintLabels::Day),         labels.text(PrintLabels::Start),
                labels.text(PrintLabels::End),         labels.text(PrintLabels::Space),
                labels.text(PrintLabels::WorkingLine), labels.text(PrintLabels::Kind),
                labels.text(PrintLabels::Title),       labels.text(PrintLabels::Speakers),
                labels.text(PrintLabels::Moderators),  labels.text(PrintLabels::CrossCutting)};
    const QString hhmm = QStringLiteral("HH:mm");
    for (const ProgrammeData::Day& day : data.days) {
        for (const ProgrammeData::Session& session : day.sessions) {
            QStringList tags;
            for (const ProgrammeData::Line& tag : session.tags)
                tags << tag.name;
            m_rows.push_back({session.startsAt.date().toString(Qt::ISODate), session.startsAt.toString(hhmm),
                              session.endsAt.isValid() ? session.endsAt.toString(hhmm) : QString(), session.spaceName,
                              session.lineName, labels.kind(session.kind), session.title, people(session.speakers),
                              people(session.moderators), tags.join(QStringLiteral("; "))});
            m_sessions.push_back(session);
        }
    }
}

QString ProgrammeTable::people(const QVector<ProgrammeData::Person>& people)
{
    QStringList names;
    for (const ProgrammeData::Person& person : people)
        names << (person.organisation.isEmpty() ? person.name
                                                : person.name + QStringLiteral(" (") + person.organisation
                                                      + QLatin1Char(')'));
    return names.join(QStringLiteral("; "));
}

} // namespace standlab
