#include "main/MainWindow.h"
#include "orders/WorkOrderService.h"
#include "people/CustomerRepository.h"
#include "storage/Database.h"

#include "support/TestEnvironment.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ordo;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::open(m_dir->filePath(QStringLiteral("ui.sqlite")));
        QVERIFY(db.ok());
        m_db = std::move(*db);
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void showsEveryStepWithItsOpenOrders()
    {
        Customer carmen;
        carmen.name = QStringLiteral("Carmen López");
        auto customer = CustomerRepository(*m_db).add(carmen);
        QVERIFY(customer.ok());
        NewWorkOrder n;
        n.customerId = *customer;
        n.title = QStringLiteral("Three windows");
        QVERIFY(WorkOrderService(*m_db).create(n, Actor{std::nullopt, QStringLiteral("Lucía")}).ok());

        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *steps = window.findChild<QTreeWidget *>(QStringLiteral("stepsView"));
        QVERIFY(steps);
        QAbstractItemModelTester tester(steps->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(steps->topLevelItemCount(), 11);
        QCOMPARE(steps->topLevelItem(0)->text(0), QStringLiteral("Call received"));
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("1"));
        auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("1 open order")));
    }

    void refreshesWhenAnOrderIsCreated()
    {
        MainWindow window(*m_db);
        auto *steps = window.findChild<QTreeWidget *>(QStringLiteral("stepsView"));
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("0"));
        Customer c;
        c.name = QStringLiteral("Ana");
        NewWorkOrder n;
        n.customerId = *CustomerRepository(*m_db).add(c);
        n.title = QStringLiteral("Blind");
        QVERIFY(WorkOrderService(*m_db).create(n, Actor{std::nullopt, QStringLiteral("Lucía")}).ok());
        QCOMPARE(steps->topLevelItem(0)->text(1), QStringLiteral("1"));
    }

    void showsTheDatabasePathInTheStatusBar()
    {
        MainWindow window(*m_db);
        auto *label = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(label);
        QVERIFY(label->text().endsWith(QStringLiteral("ui.sqlite")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window.moc"
