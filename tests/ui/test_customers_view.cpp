// The Customers page edits a customer in the form that New call and the order editor share: chosen
// in the list with the mouse, typed over, saved with the button.

#include "ui/customers/CustomersView.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace ordo;
using namespace ordo::test;

class TestCustomersView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aCustomerChosenInTheListIsTypedOverAndSaved()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        db.customer(QStringLiteral("Javier Ruiz"), QStringLiteral("611 00 00 00"));
        CustomersView view(*db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *name = child<QLineEdit>(view, "customerName");
        QVERIFY(!name->isEnabled());  // nothing chosen yet

        auto *list = child<QListWidget>(view, "customersList");
        QCOMPARE(list->count(), 2);
        clickIndex(list, list->model()->index(0, 0));
        QCOMPARE(name->text(), QStringLiteral("Carmen López"));
        QVERIFY(name->isEnabled());
        retype(child<QLineEdit>(view, "customerPhone"), QStringLiteral("699 88 77 66"));
        retype(child<QLineEdit>(view, "customerCity"), QStringLiteral("Móstoles"));
        QTest::mouseClick(child<QPushButton>(view, "saveCustomer"), Qt::LeftButton);

        QVERIFY(!child<QLabel>(view, "customerError")->isVisible());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Carmen López' "
                                         "AND phone = '699 88 77 66' AND city = 'Móstoles'")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE phone = '611 00 00 00'")), 1);
    }

    void aMistypedNifIsRefusedWithTheReasonAndKeptForCorrection()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        CustomersView view(*db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = child<QListWidget>(view, "customersList");
        clickIndex(list, list->model()->index(0, 0));
        auto *taxId = child<QLineEdit>(view, "customerTaxId");
        retype(taxId, QStringLiteral("12345678A"));  // the letter of 12345678 is Z
        QTest::mouseClick(child<QPushButton>(view, "saveCustomer"), Qt::LeftButton);
        auto *error = child<QLabel>(view, "customerError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("control letter")), qPrintable(error->text()));
        QCOMPARE(taxId->text(), QStringLiteral("12345678A"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE tax_id = ''")), 1);

        // Typed the way it is written on a card: kept the one way Ordo writes it.
        retype(taxId, QStringLiteral("12.345.678-z"));
        QTest::mouseClick(child<QPushButton>(view, "saveCustomer"), Qt::LeftButton);
        QVERIFY(!error->isVisible());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE tax_id = '12345678Z'")), 1);
        QCOMPARE(taxId->text(), QStringLiteral("12345678Z"));
    }

    void aCustomerWithoutANameIsNotSavedAndTheFormSaysWhy()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        CustomersView view(*db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = child<QListWidget>(view, "customersList");
        clickIndex(list, list->model()->index(0, 0));
        retype(child<QLineEdit>(view, "customerName"), QString());
        retype(child<QLineEdit>(view, "customerPhone"), QStringLiteral("699 88 77 66"));
        QTest::mouseClick(child<QPushButton>(view, "saveCustomer"), Qt::LeftButton);

        auto *error = child<QLabel>(view, "customerError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("name")), qPrintable(error->text()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Carmen López' "
                                         "AND phone = '600 12 34 56'")), 1);
    }

    void aCustomerChangedAtAnotherPcMeanwhileIsAConflictShownInTheForm()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        CustomersView view(*db);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = child<QListWidget>(view, "customersList");
        clickIndex(list, list->model()->index(0, 0));
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET email = 'carmen@example.es', version = version + 1")));

        retype(child<QLineEdit>(view, "customerPhone"), QStringLiteral("699 88 77 66"));
        QTest::mouseClick(child<QPushButton>(view, "saveCustomer"), Qt::LeftButton);
        auto *error = child<QLabel>(view, "customerError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("someone else")), qPrintable(error->text()));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE phone = '600 12 34 56' "
                                         "AND email = 'carmen@example.es'")), 1);
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestCustomersView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_customers_view.moc"
