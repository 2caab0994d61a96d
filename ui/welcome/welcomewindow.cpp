// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomewindow.h"

#include "settings/appresources.h"
#include "settings/recentfiles.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace standlab {

namespace {
constexpr int pathRole = Qt::UserRole;
}

WelcomeWindow::WelcomeWindow(QWidget* parent) : QWidget(parent)
{
    AppResources::init();
    setObjectName(QStringLiteral("welcomeWindow"));
    setWindowTitle(tr("Welcome — Stand Lab"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/standlab.svg")));

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/standlab.svg")).pixmap(72, 72));
    auto* title = new QLabel(tr("Stand Lab"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* subtitle = new QLabel(tr("Plan and run the Sharing Cities Action Stand Lab: programme, people, "
                                   "contacts and the Action Plan, on your own laptop."),
                                this);
    subtitle->setWordWrap(true);

    auto* header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);

    auto* actions = new QVBoxLayout;
    actions->setSpacing(10);
    QPushButton* newButton = addButton(QStringLiteral("newEventButton"), tr("New event…"),
                                       tr("Create a new, empty event file"),
                                       style()->standardIcon(QStyle::SP_FileIcon));
    QPushButton* openButton = addButton(QStringLiteral("openButton"), tr("Open…"),
                                        tr("Open an event file (.standlab)"),
                                        style()->standardIcon(QStyle::SP_DialogOpenButton));
    QPushButton* demoButton = addButton(QStringLiteral("demoButton"), tr("Open the demo"),
                                        tr("Open a fresh copy of the 2019 demo event; change it as you like"),
                                        QIcon(QStringLiteral(":/icons/standlab.svg")));
    connect(newButton, &QPushButton::clicked, this, &WelcomeWindow::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWindow::openRequested);
    connect(demoButton, &QPushButton::clicked, this, &WelcomeWindow::demoRequested);
    actions->addWidget(newButton);
    actions->addWidget(openButton);
    actions->addWidget(demoButton);
    actions->addStretch(1);

    auto* recentTitle = new QLabel(tr("Recent events"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setIconSize(QSize(24, 24));
    m_recent->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const QString path = item->data(pathRole).toString();
        if (QFileInfo::exists(path))
            emit recentRequested(path);
    });
    m_prune = new QPushButton(tr("Remove missing files"), this);
    m_prune->setObjectName(QStringLiteral("pruneRecentButton"));
    m_prune->setToolTip(tr("Forget the recent events whose files are no longer there"));
    connect(m_prune, &QPushButton::clicked, this, [this] {
        RecentFiles::prune();
        refreshRecent();
    });
    auto* recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);
    recent->addWidget(m_prune, 0, Qt::AlignRight);

    auto* body = new QHBoxLayout;
    body->setSpacing(24);
    body->addLayout(actions);
    body->addLayout(recent, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(20);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    resize(760, 480);
    refreshRecent();
}

QPushButton* WelcomeWindow::addButton(const QString& objectName, const QString& text, const QString& tip,
                                      const QIcon& icon)
{
    auto* button = new QPushButton(icon, text, this);
    button->setObjectName(objectName);
    button->setToolTip(tip);
    button->setIconSize(QSize(24, 24));
    button->setMinimumSize(220, 44);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    return button;
}

void WelcomeWindow::refreshRecent()
{
    m_recent->clear();
    bool missing = false;
    const QIcon fileIcon(QStringLiteral(":/icons/standlab.svg"));
    for (const QString& path : RecentFiles::all()) {
        const QFileInfo info(path);
        auto* item = new QListWidgetItem(fileIcon, info.completeBaseName(), m_recent);
        item->setData(pathRole, path);
        if (info.exists()) {
            item->setToolTip(QDir::toNativeSeparators(path));
        } else {
            missing = true;
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(tr("%1 (missing)").arg(info.completeBaseName()));
            item->setToolTip(tr("%1 is no longer there").arg(QDir::toNativeSeparators(path)));
        }
    }
    if (m_recent->count() == 0) {
        auto* item = new QListWidgetItem(tr("No recent events yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
    m_prune->setVisible(missing);
}

void WelcomeWindow::showEvent(QShowEvent* event)
{
    refreshRecent();
    QWidget::showEvent(event);
}

} // namespace standlab
