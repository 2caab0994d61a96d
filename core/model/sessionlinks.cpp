// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace standlab {

QVector<Term> SessionLinks::kinds()
{
    return {{QStringLiteral("recording"), tr("Recording")}, {QStringLiteral("slides"), tr("Slides")},
            {QStringLiteral("notes"), tr("Notes")},         {QStringLiteral("feedback"), tr("Feedback")},
            {QStringLiteral("other"), tr("Other")}};
}

QString SessionLinks::kindOfType(const QString& type)
{
    const QString key = type.trimmed().toLower();
    if (key == QLatin1String("media") || key == QLatin1String("recording") || key == QLatin1String("video")
        || key == QLatin1String("audio"))
        return QStringLiteral("recording");
    if (key == QLatin1String("slides") || key == QLatin1String("presentation"))
        return QStringLiteral("slides");
    if (key == QLatin1String("notes") || key == QLatin1String("pad"))
        return QStringLiteral("notes");
    if (key == QLatin1String("feedback"))
        return QStringLiteral("feedback");
    return QStringLiteral("other");
}

QVector<SessionLink> SessionLinks::fromJson(const QString& json)
{
    QVector<SessionLink> links;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        SessionLink link;
        link.url = object.value(QLatin1String("url")).toString();
        if (link.url.isEmpty())
            continue;
        link.title = object.value(QLatin1String("title")).toString();
        link.kind = object.value(QLatin1String("kind")).toString();
        if (!Vocabulary::contains(kinds(), link.kind))
            link.kind = QStringLiteral("other");
        link.type = object.value(QLatin1String("type")).toString();
        links << link;
    }
    return links;
}

QString SessionLinks::toJson(const QVector<SessionLink>& links)
{
    QJsonArray array;
    for (const SessionLink& link : links) {
        QJsonObject object{{QStringLiteral("title"), link.title}, {QStringLiteral("url"), link.url},
                           {QStringLiteral("kind"), link.kind}};
        if (!link.type.isEmpty())
            object.insert(QStringLiteral("type"), link.type);
        array.append(object);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString SessionLinks::toText(const QVector<SessionLink>& links)
{
    QStringList lines;
    for (const SessionLink& link : links)
        lines << QStringLiteral("%1 | %2 | %3").arg(link.title, link.url, Vocabulary::label(kinds(), link.kind));
    return lines.join(QLatin1Char('\n'));
}

QVector<SessionLink> SessionLinks::fromText(const QString& text, int* badLine)
{
    *badLine = 0;
    QVector<SessionLink> links;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        // "URL" alone, "title | URL" or "title | URL | kind".
        QStringList parts = lines.at(i).split(QLatin1Char('|'));
        for (QString& part : parts)
            part = part.trimmed();
        SessionLink link;
        if (parts.size() == 1) {
            link.url = parts.at(0);
        } else {
            link.title = parts.at(0);
            link.url = parts.at(1);
        }
        if (parts.size() >= 3) {
            for (const Term& term : kinds())
                if (term.label.compare(parts.at(2), Qt::CaseInsensitive) == 0
                    || term.key.compare(parts.at(2), Qt::CaseInsensitive) == 0)
                    link.kind = term.key;
        }
        const QUrl url(link.url, QUrl::StrictMode);
        if (link.url.isEmpty() || !url.isValid() || url.scheme().isEmpty() || parts.size() > 3) {
            *badLine = i + 1;
            return {};
        }
        links << link;
    }
    return links;
}

} // namespace standlab
