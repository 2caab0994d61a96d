// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peoplefilterproxy.h"
#include "peoplefixture.h"
#include "shellmodels/peoplemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace standlab;

// The people list model and its filters, following the store.
class TestPeopleModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PeopleFixture> m_fixture;

    static QStringList names(const QAbstractItemModel& model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << model.index(row, PeopleModel::Name).data().toString();
        out.sort();
        return out;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<PeopleFixture>();
        QVERIFY(m_fixture->create());
    }
    void cleanup() { m_fixture.reset(); }

    void columnsShowThePeople()
    {
        PeopleModel model(m_fixture->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const int ana = model.rowOf(m_fixture->ids.value(QStringLiteral("ana")));
        QVERIFY(ana >= 0);
        QCOMPARE(model.index(ana, PeopleModel::Name).data().toString(), QStringLiteral("Ana Ferrer Quintana"));
        QCOMPARE(model.index(ana, PeopleModel::OrganisationName).data().toString(), QStringLiteral("Ajuntament de Barcelona"));
        QCOMPARE(model.index(ana, PeopleModel::Sessions).data().toInt(), 1);
        QCOMPARE(model.index(ana, 0).data(PeopleModel::SpeakerRole).toBool(), true);
        QCOMPARE(model.index(ana, 0).data(PeopleModel::ModeratorRole).toBool(), false);
        QCOMPARE(model.index(ana, 0).data(PeopleModel::UnconfirmedRole).toBool(), true);
        QCOMPARE(model.index(ana, 0).data(PeopleModel::IdRole).toString(), m_fixture->ids.value(QStringLiteral("ana")));
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    }

    void filters_data()
    {
        QTest::addColumn<int>("involvement");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");
        const auto e = [](PeopleFilterProxy::Involvement i) { return int(i); };
        using I = PeopleFilterProxy::Involvement;
        const QString ana = QStringLiteral("Ana Ferrer Quintana"), ben = QStringLiteral("Ben Okonkwo-Hale"),
                      clara = QStringLiteral("Clara Vidal Soto"), dmitri = QStringLiteral("Dmitri Lasko"),
                      alex = QStringLiteral("Àlex Puig Serra");
        QTest::newRow("everyone") << e(I::Everyone) << QString() << QString() << QStringList{alex, ana, ben, clara, dmitri};
        QTest::newRow("speakers") << e(I::Speakers) << QString() << QString() << QStringList{ana, dmitri};
        QTest::newRow("moderators") << e(I::Moderators) << QString() << QString() << QStringList{ben};
        QTest::newRow("unconfirmed") << e(I::Unconfirmed) << QString() << QString() << QStringList{ana, ben, clara};
        QTest::newRow("in no session") << e(I::WithoutSessions) << QString() << QString() << QStringList{alex};
        QTest::newRow("organisation") << e(I::Everyone) << QStringLiteral("bcn") << QString() << QStringList{ana, ben};
        QTest::newRow("no organisation") << e(I::Everyone) << PeopleFilterProxy::noOrganisation() << QString()
                                         << QStringList{clara, dmitri};
        QTest::newRow("accent folded") << e(I::Everyone) << QString() << QStringLiteral("alex") << QStringList{alex};
        QTest::newRow("accent typed") << e(I::Everyone) << QString() << QStringLiteral("ÀLEX") << QStringList{alex};
        QTest::newRow("organisation words") << e(I::Everyone) << QString() << QStringLiteral("barcel") << QStringList{ana, ben};
        QTest::newRow("two words") << e(I::Everyone) << QString() << QStringLiteral("ferrer barcelona") << QStringList{ana};
        QTest::newRow("combined") << e(I::Speakers) << QStringLiteral("bcn") << QStringLiteral("a") << QStringList{ana};
        QTest::newRow("nothing") << e(I::Moderators) << QString() << QStringLiteral("dmitri") << QStringList{};
    }

    void filters()
    {
        QFETCH(int, involvement);
        QFETCH(QString, organisation);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        PeopleModel model(m_fixture->store());
        PeopleFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setInvolvement(PeopleFilterProxy::Involvement(involvement));
        proxy.setOrganisationId(organisation == PeopleFilterProxy::noOrganisation() ? organisation
                                                                                     : m_fixture->ids.value(organisation));
        proxy.setSearchText(search);
        expected.sort();
        QCOMPARE(names(proxy), expected);
    }

    void editsArriveAsDataChanged()
    {
        PeopleModel model(m_fixture->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString ana = m_fixture->ids.value(QStringLiteral("ana"));
        const int row = model.rowOf(ana);
        QVERIFY(m_fixture->store().update(QStringLiteral("people"), ana, {{QStringLiteral("name"), QStringLiteral("Ana F. Quintana")}}));
        QVERIFY(changed.wait());
        QCOMPARE(reset.count(), 0); // the selection in a view survives a rename
        QCOMPARE(model.rowOf(ana), row);
        QCOMPARE(model.index(row, PeopleModel::Name).data().toString(), QStringLiteral("Ana F. Quintana"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);

        // A confirmation elsewhere changes the derived columns of that person only.
        changed.clear();
        QVERIFY(m_fixture->store().update(QStringLiteral("participations"), m_fixture->ids.value(QStringLiteral("p1")),
                                          {{QStringLiteral("confirmed"), 1}}));
        QVERIFY(changed.wait());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(row, 0).data(PeopleModel::UnconfirmedRole).toBool(), false);
    }

    void addAndRemoveReset()
    {
        PeopleModel model(m_fixture->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const QString id = m_fixture->store().insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Zoe Amari")}});
        m_fixture->store().insert(QStringLiteral("people"), {{QStringLiteral("name"), QStringLiteral("Yusuf Demir")}});
        QVERIFY(reset.wait());
        QCOMPARE(reset.count(), 1); // two inserts, one reload
        QCOMPARE(model.rowCount(), 7);
        QVERIFY(m_fixture->store().remove(QStringLiteral("people"), m_fixture->ids.value(QStringLiteral("ben"))));
        QVERIFY(reset.wait());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.rowOf(m_fixture->ids.value(QStringLiteral("ben"))), -1);
        QVERIFY(model.rowOf(id) >= 0);
    }
};

QTEST_MAIN(TestPeopleModel)
#include "test_peoplemodel.moc"
