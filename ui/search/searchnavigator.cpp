// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchnavigator.h"

#include "pages/programmepage.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QMetaMethod>

namespace standlab {

SearchNavigator::SearchNavigator(PageOpener showPage, QObject* parent)
    : QObject(parent), m_showPage(std::move(showPage))
{
}

QStringList SearchNavigator::pagesFor(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Session: return {QStringLiteral("programme"), QStringLiteral("schedule")};
    case SearchHit::Kind::Person: return {QStringLiteral("people")};
    case SearchHit::Kind::Organisation: return {QStringLiteral("contacts")};
    case SearchHit::Kind::Action: return {QStringLiteral("actionplan"), QStringLiteral("documents")};
    // The hackathon's map of datasets belongs with the Data Commons Manifesto until it has its own page.
    case SearchHit::Kind::Dataset:
        return {QStringLiteral("datasets"), QStringLiteral("documents"), QStringLiteral("actionplan")};
    }
    return {};
}

QString SearchNavigator::open(const SearchHit& hit)
{
    for (const QString& id : pagesFor(hit.kind)) {
        QWidget* page = m_showPage(id);
        if (!page)
            continue;
        selectOn(page, hit);
        return id;
    }
    return {};
}

bool SearchNavigator::selectOn(QWidget* page, const SearchHit& hit)
{
    if (page->metaObject()->indexOfMethod("selectItem(QString)") >= 0)
        return QMetaObject::invokeMethod(page, "selectItem", Q_ARG(QString, hit.id));
    if (auto* programme = qobject_cast<ProgrammePage*>(page)) {
        programme->clearFilters(); // a filtered-out session could not be selected
        programme->selectSession(hit.id);
        return programme->currentSessionId() == hit.id;
    }
    // A list page with a search field: narrow it to the hit and select the first row left.
    QLineEdit* field = nullptr;
    for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
        if (edit->objectName().endsWith(QLatin1String("Search")) && edit->isVisibleTo(page)) {
            field = edit;
            break;
        }
    }
    if (!field)
        return false;
    field->setText(hit.title);
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisibleTo(page) || !view->model() || view->model()->rowCount() == 0)
            continue;
        const QModelIndex first = view->model()->index(0, 0);
        view->setCurrentIndex(first);
        view->scrollTo(first);
        view->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

} // namespace standlab
