// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace standlab {

class EventDocument;
class StoreWatcher;

// One person's sessions at a glance, in programme order; activating one asks to open it.
class PersonSessionsList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit PersonSessionsList(EventDocument& document, QWidget* parent = nullptr);

    void setPersonId(const QString& id);
    // The session of each line, top to bottom.
    QStringList sessionIds() const;

signals:
    void sessionActivated(const QString& sessionId);

private:
    void reload();

    EventDocument& m_document;
    QString m_personId;
};

} // namespace standlab
