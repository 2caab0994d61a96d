// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;

namespace standlab {

class EventDocument;

// The Exports page as it stands: a full copy of the event, as a .standlab file or a JSON bundle.
class ExportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportsPage(EventDocument& document, QWidget* parent = nullptr);

signals:
    void statusMessage(const QString& message);

private:
    void addEntry(const QString& objectName, const QString& button, const QString& explanation,
                  const std::function<QString()>& run);

    EventDocument& m_document;
    QGridLayout* m_grid = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace standlab
