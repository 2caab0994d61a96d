// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/exportrequest.h"

#include <QImage>
#include <QVector>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace standlab {

class Store;

// A live preview of an export: the PDF pages painted by the same code that writes the PDF, the
// rows of a spreadsheet, or the text of the web page. Changes are gathered for a moment and then
// laid out once, so typing through options stays smooth.
class ProgrammePreview : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxPages = 24; // a preview, not the whole of a 100-page booklet

    explicit ProgrammePreview(const Store& store, QWidget* parent = nullptr);

    // Asks for a new preview soon; the latest call wins.
    void setRequest(const QString& format, const ExportRequest& request);
    // Lays out now; tests and the first showing call it directly.
    void refreshNow();

    int pageCount() const { return m_pageCount; }
    const QVector<QImage>& pageImages() const { return m_images; }
    int tableRows() const;
    QString htmlText() const;

signals:
    void refreshed();

private:
    void showPages(const QString& format);
    void showTable();
    void showHtml();
    void showMessage(const QString& text);

    const Store& m_store;
    QString m_format;
    ExportRequest m_request;
    QTimer* m_timer = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pagesHost = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_html = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
    QVector<QImage> m_images;
    int m_pageCount = 0;
};

} // namespace standlab
