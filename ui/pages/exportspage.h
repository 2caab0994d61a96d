// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <functional>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace standlab {

class EventDocument;
class ExportOptionsWidget;
class ProgrammePreview;

// The Exports page: the programme in any export format with its options and a live preview, an
// Export… button that writes through the format registry, printing, and full copies of the event.
class ExportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ExportsPage(EventDocument& document, QWidget* parent = nullptr);

    ExportOptionsWidget* options() const { return m_options; }
    ProgrammePreview* preview() const { return m_preview; }
    // Writes the chosen format to `path` without asking; the Export… button asks first.
    bool exportTo(const QString& path, QString* error);

signals:
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addEntry(const QString& objectName, const QString& button, const QString& explanation,
                  const std::function<QString()>& run);
    void optionsChanged();
    void exportChosen();
    QString suggestedFileName() const;

    EventDocument& m_document;
    ExportOptionsWidget* m_options = nullptr;
    ProgrammePreview* m_preview = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QProgressBar* m_progress = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_result = nullptr;
    bool m_stale = true; // the event changed while the page was hidden
};

} // namespace standlab
