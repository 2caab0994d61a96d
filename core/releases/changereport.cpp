// SPDX-License-Identifier: GPL-3.0-or-later
#include "changereport.h"

#include "releasebook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace standlab {

namespace {

const QVector<ProgrammeChange::Kind>& kinds()
{
    static const QVector<ProgrammeChange::Kind> all = {ProgrammeChange::Added,   ProgrammeChange::Cancelled,
                                                       ProgrammeChange::Removed, ProgrammeChange::Moved,
                                                       ProgrammeChange::Renamed, ProgrammeChange::Speakers};
    return all;
}

// Markdown would read `*`, `_`, `[` and friends in a title as formatting.
QString markdownText(const QString& text)
{
    QString escaped;
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]<>()#+-!|").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return escaped;
}

QString detail(const ProgrammeChange& change)
{
    if (change.before.isEmpty())
        return change.after;
    if (change.after.isEmpty())
        return change.before;
    return change.before + QStringLiteral(" \u2192 ") + change.after;
}

} // namespace

std::optional<ChangeReport> ChangeReport::sinceRelease(const Store& store, const QString& name, QString* error)
{
    const ReleaseBook book(store);
    const std::optional<Release> release = book.find(name, error);
    if (!release)
        return std::nullopt;
    const std::optional<ProgrammeSnapshot> then = book.snapshot(*release, error);
    if (!then)
        return std::nullopt;
    ChangeReport report;
    report.since = *release;
    report.changes = ProgrammeChanges::between(*then, ProgrammeSnapshot::fromStore(store));
    return report;
}

std::optional<ChangeReport> ChangeReport::forPublication(const Store& store)
{
    const ReleaseBook book(store);
    const std::optional<Release> latest = book.latest();
    if (!latest)
        return std::nullopt;
    std::optional<ChangeReport> report = sinceRelease(store, latest->id, nullptr);
    if (report && !report->changes.isEmpty())
        return report;
    const std::optional<Release> previous = book.previous(*latest);
    if (!previous)
        return std::nullopt;
    const std::optional<ProgrammeSnapshot> before = book.snapshot(*previous, nullptr);
    const std::optional<ProgrammeSnapshot> after = book.snapshot(*latest, nullptr);
    if (!before || !after)
        return std::nullopt;
    ChangeReport between;
    between.since = *previous;
    between.untilName = latest->name;
    between.changes = ProgrammeChanges::between(*before, *after);
    if (between.changes.isEmpty())
        return std::nullopt;
    return between;
}

QString ChangeReport::title() const
{
    return untilName.isEmpty() ? tr("Changes since %1").arg(since.name)
                               : tr("Changes in %1 since %2").arg(untilName, since.name);
}

QByteArray ChangeReport::markdown() const
{
    QString text = QStringLiteral("# %1\n\n").arg(markdownText(title()));
    text += tr("Release “%1” was made %2.").arg(markdownText(since.name), since.releasedAt);
    if (!since.note.isEmpty())
        text += QLatin1Char(' ') + markdownText(since.note);
    text += QStringLiteral("\n\n");
    if (changes.isEmpty())
        text += tr("Nothing in the programme has changed.") + QLatin1Char('\n');
    for (const ProgrammeChange::Kind kind : kinds()) {
        QString section;
        for (const ProgrammeChange& change : changes)
            if (change.kind == kind)
                section += QStringLiteral("- **%1**: %2\n").arg(markdownText(change.title), markdownText(detail(change)));
        if (!section.isEmpty())
            text += QStringLiteral("## %1\n\n%2\n").arg(ProgrammeChange::heading(kind), section);
    }
    return text.toUtf8();
}

QByteArray ChangeReport::json() const
{
    QJsonArray list;
    for (const ProgrammeChange& change : changes)
        list.append(QJsonObject{{QStringLiteral("session"), change.title},
                                {QStringLiteral("id"), change.sessionId},
                                {QStringLiteral("change"), ProgrammeChange::key(change.kind)},
                                {QStringLiteral("before"), change.before},
                                {QStringLiteral("after"), change.after}});
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QString ChangeReport::html() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped());
    if (changes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing in the programme has changed.").toHtmlEscaped());
    for (const ProgrammeChange::Kind kind : kinds()) {
        QString items;
        for (const ProgrammeChange& change : changes)
            if (change.kind == kind)
                items += QStringLiteral("<li><b>%1</b>: %2</li>")
                             .arg(change.title.toHtmlEscaped(), detail(change).toHtmlEscaped());
        if (!items.isEmpty())
            html += QStringLiteral("<h3>%1</h3><ul>%2</ul>").arg(ProgrammeChange::heading(kind).toHtmlEscaped(), items);
    }
    return html;
}

} // namespace standlab
