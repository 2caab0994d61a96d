// SPDX-License-Identifier: GPL-3.0-or-later
#include "personsessionslist.h"

#include "document/eventdocument.h"
#include "model/participation.h"
#include "model/repository.h"
#include "model/session.h"
#include "model/space.h"
#include "model/vocabulary.h"
#include "shellmodels/storewatcher.h"

#include <QHeaderView>
#include <QLocale>
#include <algorithm>

namespace standlab {

PersonSessionsList::PersonSessionsList(EventDocument& document, QWidget* parent)
    : QTreeWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("personSessionsList"));
    setToolTip(tr("Double-click a session to open it on the Programme page"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("When"), tr("Session"), tr("Role"), tr("Space")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    auto* watcher = new StoreWatcher(document.store(),
                                     {QStringLiteral("participations"), QStringLiteral("sessions"), QStringLiteral("spaces")},
                                     this);
    connect(watcher, &StoreWatcher::changed, this, &PersonSessionsList::reload);
    const auto activate = [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, Qt::UserRole).toString().isEmpty())
            emit sessionActivated(item->data(0, Qt::UserRole).toString());
    };
    connect(this, &QTreeWidget::itemActivated, this, activate);
}

void PersonSessionsList::setPersonId(const QString& id)
{
    m_personId = id;
    reload();
}

QStringList PersonSessionsList::sessionIds() const
{
    QStringList ids;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (const QString id = topLevelItem(i)->data(0, Qt::UserRole).toString(); !id.isEmpty())
            ids << id;
    return ids;
}

void PersonSessionsList::reload()
{
    clear();
    if (m_personId.isEmpty())
        return;
    Store& store = m_document.store();
    struct Entry
    {
        Session session;
        QStringList roles;
        bool unconfirmed = false;
    };
    QVector<Entry> entries;
    for (const Participation& p : Repository<Participation>(store).where(QStringLiteral("person_id = ?"), {m_personId})) {
        auto it = std::find_if(entries.begin(), entries.end(), [&p](const Entry& e) { return e.session.id == p.sessionId; });
        if (it == entries.end()) {
            const std::optional<Session> session = Repository<Session>(store).find(p.sessionId);
            if (!session)
                continue;
            entries.push_back({*session, {}, false});
            it = entries.end() - 1;
        }
        it->roles << Vocabulary::label(Vocabulary::participationRoles(), p.role);
        it->unconfirmed = it->unconfirmed || !p.confirmed;
    }
    // Scheduled sessions in time order, unscheduled ones last.
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.session.startsAt.isValid() != b.session.startsAt.isValid())
            return a.session.startsAt.isValid();
        if (a.session.startsAt != b.session.startsAt)
            return a.session.startsAt < b.session.startsAt;
        return QString::localeAwareCompare(a.session.title, b.session.title) < 0;
    });
    for (const Entry& e : std::as_const(entries)) {
        const QString when = e.session.startsAt.isValid()
                                 ? tr("%1 %2").arg(QLocale().toString(e.session.startsAt.date(), QStringLiteral("ddd d MMM")),
                                                   e.session.startsAt.time().toString(QStringLiteral("HH:mm")))
                                 : tr("Unscheduled");
        QString role = e.roles.join(QStringLiteral(", "));
        if (e.unconfirmed)
            role = tr("%1 (not confirmed)").arg(role);
        const QString space = Repository<Space>(store).find(e.session.spaceId).value_or(Space()).name;
        auto* item = new QTreeWidgetItem(this, {when, e.session.title, role, space});
        item->setData(0, Qt::UserRole, e.session.id);
        item->setToolTip(1, e.session.title);
        if (e.session.status == QLatin1String("cancelled"))
            for (int c = 0; c < columnCount(); ++c) {
                QFont font = item->font(c);
                font.setStrikeOut(true);
                item->setFont(c, font);
            }
    }
    if (entries.isEmpty()) {
        auto* item = new QTreeWidgetItem(this, {QString(), tr("Not in any session yet")});
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace standlab
