// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sessionfilterproxy.h"
#include "models/sessiontablemodel.h"
#include "programmefixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QtTest>

using namespace standlab;

// The session table model and its sort/filter proxy, driven by direct store changes.
class TestSessionModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProgrammeFixture> m_fixture;
    std::unique_ptr<SessionTableModel> m_model;
    std::unique_ptr<SessionFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList proxyKeys() const
    {
        // Row ids back to the fixture's readable names, in the proxy's order.
        QStringList keys;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString id = m_proxy->index(row, 0).data(SessionTableModel::SessionIdRole).toString();
            keys << m_fixture->ids.key(id, id);
        }
        return keys;
    }

    int rowOf(const QString& key) const { return m_model->rowOf(m_fixture->ids.value(key)); }

private slots:
    void init()
    {
        m_fixture = std::make_unique<ProgrammeFixture>();
        QVERIFY(m_fixture->create());
        m_model = std::make_unique<SessionTableModel>(*m_fixture->document);
        m_proxy = std::make_unique<SessionFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->sort(SessionTableModel::DayColumn, Qt::AscendingOrder);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
        m_fixture.reset();
    }

    void loadsEverySessionWithLookups()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->columnCount(), int(SessionTableModel::ColumnCount));
        const int row = rowOf(QStringLiteral("platforms"));
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return m_model->index(row, column).data(role); };
        QCOMPARE(cell(SessionTableModel::StartColumn).toString(), QStringLiteral("11:00"));
        QCOMPARE(cell(SessionTableModel::EndColumn).toString(), QStringLiteral("12:00"));
        QCOMPARE(cell(SessionTableModel::SpaceColumn).toString(), QStringLiteral("Agora"));
        QCOMPARE(cell(SessionTableModel::KindColumn).toString(), QStringLiteral("Roundtable"));
        QCOMPARE(cell(SessionTableModel::StatusColumn).toString(), QStringLiteral("Confirmed"));
        QVERIFY(cell(SessionTableModel::WorkingLineColumn).toString().startsWith(QStringLiteral("Economic Models")));
        QCOMPARE(cell(SessionTableModel::WorkingLineColumn, Qt::DecorationRole).value<QColor>(), QColor(QStringLiteral("#e53935")));
        // Ordered by position: the moderator (0) before the speaker (1).
        QCOMPARE(cell(SessionTableModel::SpeakersColumn).toString(), QStringLiteral("Ben Okonkwo-Hale, Ana Ferrer Quintana"));
        const QStringList lines = cell(0, SessionTableModel::WorkingLineIdsRole).toStringList();
        QCOMPARE(lines, QStringList({m_fixture->ids.value(QStringLiteral("labour")), m_fixture->ids.value(QStringLiteral("eco"))}));
        QCOMPARE(m_model->index(rowOf(QStringLiteral("gender")), SessionTableModel::DayColumn).data().toString(),
                 QStringLiteral("Unscheduled"));
    }

    void statusStyling()
    {
        const auto font = [&](const char* key) {
            return m_model->index(rowOf(QString::fromLatin1(key)), SessionTableModel::TitleColumn).data(Qt::FontRole);
        };
        QVERIFY(font("circular").value<QFont>().strikeOut());
        QVERIFY(m_model->index(rowOf(QStringLiteral("circular")), SessionTableModel::TitleColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(font("gender").value<QFont>().italic());
        QVERIFY(font("commons").value<QFont>().italic());
        QVERIFY(!font("opening").isValid());
    }

    void storeInsertAddsRow()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        const QString id = m_fixture->store().insert(QStringLiteral("sessions"), {{QStringLiteral("title"), QStringLiteral("Late addition")}});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->index(m_model->rowOf(id), SessionTableModel::TitleColumn).data().toString(), QStringLiteral("Late addition"));
        QCOMPARE(m_proxy->rowCount(), 7);
    }

    void storeUpdateChangesOneRow()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        const QString id = m_fixture->ids.value(QStringLiteral("commons"));
        QVERIFY(m_fixture->store().update(QStringLiteral("sessions"), id, {{QStringLiteral("title"), QStringLiteral("Data commons sprint")}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        QCOMPARE(topLeft.row(), m_model->rowOf(id));
        QCOMPARE(m_model->index(m_model->rowOf(id), SessionTableModel::TitleColumn).data().toString(), QStringLiteral("Data commons sprint"));
    }

    void storeDeleteRemovesRowAndCascades()
    {
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const QString id = m_fixture->ids.value(QStringLiteral("platforms"));
        const auto rows = m_fixture->store().remove(QStringLiteral("sessions"), id);
        QVERIFY(rows);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(id), -1);
        QVERIFY(m_fixture->store().restore(*rows));
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->index(m_model->rowOf(id), SessionTableModel::SpeakersColumn).data().toString(),
                 QStringLiteral("Ben Okonkwo-Hale, Ana Ferrer Quintana"));
        QCOMPARE(m_model->index(m_model->rowOf(id), 0).data(SessionTableModel::WorkingLineIdsRole).toStringList().size(), 2);
    }

    void lookupChangesRefreshColumns()
    {
        Store& store = m_fixture->store();
        const QModelIndex speakers = m_model->index(rowOf(QStringLiteral("opening")), SessionTableModel::SpeakersColumn);
        store.insert(QStringLiteral("participations"), {{QStringLiteral("person_id"), m_fixture->ids.value(QStringLiteral("ana"))},
                                                        {QStringLiteral("session_id"), m_fixture->ids.value(QStringLiteral("opening"))},
                                                        {QStringLiteral("position"), 1}});
        QCOMPARE(speakers.data().toString(), QStringLiteral("Dmitri Lasko, Ana Ferrer Quintana"));
        store.update(QStringLiteral("people"), m_fixture->ids.value(QStringLiteral("dmitri")), {{QStringLiteral("name"), QStringLiteral("Dmitri Laskov")}});
        QCOMPARE(speakers.data().toString(), QStringLiteral("Dmitri Laskov, Ana Ferrer Quintana"));
        store.remove(QStringLiteral("participations"), m_fixture->ids.value(QStringLiteral("p4")));
        QCOMPARE(speakers.data().toString(), QStringLiteral("Ana Ferrer Quintana"));

        const QModelIndex space = m_model->index(rowOf(QStringLiteral("opening")), SessionTableModel::SpaceColumn);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        store.update(QStringLiteral("spaces"), m_fixture->ids.value(QStringLiteral("agora")), {{QStringLiteral("name"), QStringLiteral("Main stage")}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(space.data().toString(), QStringLiteral("Main stage"));
        store.remove(QStringLiteral("session_tags"), m_fixture->ids.value(QStringLiteral("tag1")));
        QCOMPARE(m_model->index(rowOf(QStringLiteral("platforms")), 0).data(SessionTableModel::WorkingLineIdsRole).toStringList().size(), 1);
    }

    void storeResetReloads()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QVector<Row> rows;
        for (int i = 0; i < 3; ++i)
            rows.push_back({{QStringLiteral("title"), QStringLiteral("Bulk %1").arg(i)}});
        QVERIFY(m_fixture->store().insertMany(QStringLiteral("sessions"), rows, false));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 9);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
        QTest::newRow("day ascending") << int(SessionTableModel::DayColumn) << Qt::AscendingOrder
                                       << list("early opening platforms commons circular gender");
        QTest::newRow("day descending, unscheduled still last")
            << int(SessionTableModel::DayColumn) << Qt::DescendingOrder << list("circular commons platforms opening early gender");
        QTest::newRow("start descending") << int(SessionTableModel::StartColumn) << Qt::DescendingOrder
                                          << list("circular commons platforms opening early gender");
        QTest::newRow("end") << int(SessionTableModel::EndColumn) << Qt::AscendingOrder
                             << list("early opening platforms commons circular gender");
        QTest::newRow("space, none last") << int(SessionTableModel::SpaceColumn) << Qt::AscendingOrder
                                          << list("opening platforms early commons circular gender");
        QTest::newRow("title") << int(SessionTableModel::TitleColumn) << Qt::AscendingOrder
                               << list("circular commons early gender opening platforms");
        QTest::newRow("kind, vocabulary order") << int(SessionTableModel::KindColumn) << Qt::AscendingOrder
                                                << list("platforms gender early commons circular opening");
        QTest::newRow("working line") << int(SessionTableModel::WorkingLineColumn) << Qt::AscendingOrder
                                      << list("early commons platforms circular opening gender");
        QTest::newRow("status, workflow order") << int(SessionTableModel::StatusColumn) << Qt::AscendingOrder
                                                << list("gender commons early opening platforms circular");
        QTest::newRow("speakers") << int(SessionTableModel::SpeakersColumn) << Qt::AscendingOrder
                                  << list("platforms commons opening early circular gender");
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QStringList, expected);
        m_proxy->sort(column, order);
        QCOMPARE(proxyKeys(), expected);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("day");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char* text) { return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
        QTest::newRow("none") << QString() << QString() << QString() << QString() << QString()
                              << list("early opening platforms commons circular gender");
        QTest::newRow("day") << QStringLiteral("2019-11-19") << QString() << QString() << QString() << QString()
                             << list("early opening platforms");
        QTest::newRow("unscheduled") << QStringLiteral("unscheduled") << QString() << QString() << QString() << QString()
                                     << list("gender");
        QTest::newRow("line") << QString() << QStringLiteral("labour") << QString() << QString() << QString()
                              << list("platforms circular");
        QTest::newRow("cross-cutting tag") << QString() << QStringLiteral("eco") << QString() << QString() << QString()
                                           << list("platforms");
        QTest::newRow("kind") << QString() << QString() << QStringLiteral("workshop") << QString() << QString() << list("gender");
        QTest::newRow("status") << QString() << QString() << QString() << QStringLiteral("confirmed") << QString()
                                << list("early opening platforms");
        QTest::newRow("speaker name") << QString() << QString() << QString() << QString() << QStringLiteral("ANA")
                                      << list("platforms");
        QTest::newRow("words in any order") << QString() << QString() << QString() << QString()
                                            << QStringLiteral("hackathon data") << list("commons");
        QTest::newRow("combined") << QStringLiteral("2019-11-19") << QStringLiteral("data") << QString()
                                  << QStringLiteral("confirmed") << QString() << list("early");
        QTest::newRow("nothing matches") << QStringLiteral("2019-11-21") << QString() << QStringLiteral("talk") << QString()
                                         << QString() << QStringList();
    }

    void filters()
    {
        QFETCH(QString, day);
        QFETCH(QString, line);
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        if (day == QLatin1String("unscheduled"))
            m_proxy->setDayFilter(SessionFilterProxy::DayMode::Unscheduled);
        else if (!day.isEmpty())
            m_proxy->setDayFilter(SessionFilterProxy::DayMode::Day, QDate::fromString(day, Qt::ISODate));
        m_proxy->setWorkingLineFilter(m_fixture->ids.value(line));
        m_proxy->setKindFilter(kind);
        m_proxy->setStatusFilter(status);
        m_proxy->setTextFilter(text);
        QCOMPARE(proxyKeys(), expected);
        QCOMPARE(m_proxy->hasFilters(), !QString(day + line + kind + status + text).isEmpty());
        m_proxy->clearFilters();
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void filteredRowFollowsStoreChanges()
    {
        m_proxy->setStatusFilter(QStringLiteral("confirmed"));
        QCOMPARE(m_proxy->rowCount(), 3);
        m_fixture->store().update(QStringLiteral("sessions"), m_fixture->ids.value(QStringLiteral("gender")),
                                  {{QStringLiteral("status"), QStringLiteral("confirmed")}});
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void inPlaceEditIsUndoable()
    {
        QUndoStack& stack = m_fixture->document->undoStack();
        const QModelIndex title = m_model->index(rowOf(QStringLiteral("opening")), SessionTableModel::TitleColumn);
        QVERIFY(title.flags() & Qt::ItemIsEditable);
        QVERIFY(!(m_model->index(title.row(), SessionTableModel::SpaceColumn).flags() & Qt::ItemIsEditable));
        QVERIFY(!m_model->setData(title, title.data()));
        QCOMPARE(stack.count(), 0);
        QVERIFY(m_model->setData(title, QStringLiteral("Welcome")));
        QCOMPARE(m_fixture->session(QStringLiteral("opening"))->title, QStringLiteral("Welcome"));
        QCOMPARE(title.data().toString(), QStringLiteral("Welcome"));
        const QModelIndex status = title.siblingAtColumn(SessionTableModel::StatusColumn);
        QVERIFY(!m_model->setData(status, QStringLiteral("not-a-status")));
        QVERIFY(m_model->setData(status, QStringLiteral("cancelled")));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(m_fixture->session(QStringLiteral("opening"))->title, QStringLiteral("Opening of the Stand Lab"));
        QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("confirmed"));
    }
};

QTEST_MAIN(TestSessionModel)
#include "test_sessionmodel.moc"
