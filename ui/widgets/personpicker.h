// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace standlab {

class EventDocument;

// A search field over the event's people: typing any part of a name or organisation offers matches;
// a name that matches nobody means "create this person".
class PersonPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPicker(EventDocument& document, QWidget* parent = nullptr);

    // What the typed text stands for: an existing person, or the name of a person to create.
    struct Choice
    {
        QString personId;
        QString newName;
        bool isEmpty() const { return personId.isEmpty() && newName.isEmpty(); }
    };
    Choice choice() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QCompleter* completer() const { return m_completer; }
    void clear();

signals:
    // The text now stands for something else (another person, or someone new).
    void choiceChanged();
    // Enter was pressed or a suggestion taken: the caller may act on choice().
    void accepted();

private:
    void refresh();

    EventDocument& m_document;
    QLineEdit* m_edit = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_names = nullptr;
    QHash<QString, QString> m_idByLabel;       // "Name — Organisation" -> id
    QHash<QString, QStringList> m_idsByName;   // case-folded name -> ids
};

} // namespace standlab
