// A page of orders that cannot be read is said in the list, with a way to try again; it never
// looks like the end of the list.

#include "ui/orders/OrdersModel.h"
#include "ui/orders/OrdersView.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QLabel>
#include <QPushButton>

using namespace ordo;
using namespace ordo::test;

class TestOrdersErrors final : public QObject
{
    Q_OBJECT

private slots:
    void aListThatCouldNotBeReadSaysSoAndTriesAgain()
    {
        UiDatabase db;
        db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QSqlQuery(db.db->connection()).exec(QStringLiteral("ALTER TABLE work_orders RENAME TO work_orders_away"));

        OrdersView view(*db);
        view.show();
        auto *error = view.findChild<QWidget *>(QStringLiteral("ordersError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("ordersErrorText"))->text().contains(QStringLiteral("could be read")));
        QCOMPARE(view.model()->rowCount(), 0);

        QSqlQuery(db.db->connection()).exec(QStringLiteral("ALTER TABLE work_orders_away RENAME TO work_orders"));
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("ordersRetry")), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QCOMPARE(view.model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestOrdersErrors)
#include "test_orders_errors.moc"
