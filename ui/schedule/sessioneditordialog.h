// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace standlab {

class EventDocument;
class SessionEditor;

// A window around the session editor, opened from the schedule board; edits are undo commands as
// they happen, so the dialog only has a Close button.
class SessionEditorDialog : public QDialog
{
    Q_OBJECT

public:
    SessionEditorDialog(EventDocument& document, const QString& sessionId, QWidget* parent = nullptr);

    QString sessionId() const;
    SessionEditor* editor() const { return m_editor; }

private:
    SessionEditor* m_editor = nullptr;
};

} // namespace standlab
