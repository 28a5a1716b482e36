#include "ui/orders/OrderEditor.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

// On the Lines tab: Add line, then each cell typed and left with Tab, as a user goes along a line.
void typeLine(OrderEditor &editor, const QString &description, const QString &quantity, const QString &price,
              const QString &vat = QStringLiteral("21"))
{
    auto *tabs = editor.findChild<QTabWidget *>();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QTest::mouseClick(child<QPushButton>(editor, "addLine"), Qt::LeftButton);
    auto *lines = child<QTableWidget>(editor, "linesTable");
    const int row = lines->rowCount() - 1;
    int column = 0;
    for (const QString &text : {description, quantity, price, vat}) {
        QWidget *cell = lines->indexWidget(lines->model()->index(row, column++));  // the cell's open editor
        QVERIFY2(cell, "the next cell did not open for typing");
        retype(cell, text);
        QTest::keyClick(cell, Qt::Key_Tab);
    }
}

// Types in the customer search and clicks the first customer it lists.
void findCustomer(OrderEditor &editor, const QString &typed)
{
    QTest::keyClicks(child<QLineEdit>(editor, "customerSearch"), typed);
    auto *results = child<QListWidget>(editor, "customerResults");
    QVERIFY(results->isVisible() && results->count() > 0);
    clickIndex(results, results->model()->index(0, 0));
}

void clickSave(OrderEditor &editor)
{
    QTest::mouseClick(child<QDialogButtonBox>(editor, "editorButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestOrderEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void aNewOrderWithANewCustomerIsSavedInOneGo()
    {
        UiDatabase db;
        db.staff(QStringLiteral("Lucía Romero"), Role::Reception);
        const Id javier = db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía Romero")}});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(child<QLineEdit>(editor, "customerSearch"), QStringLiteral("600 12 34 56"));
        QTest::mouseClick(child<QPushButton>(editor, "newCustomerButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(editor, "customerPhone")->text(), QStringLiteral("600 12 34 56"));
        typeText(child<QLineEdit>(editor, "customerName"), QStringLiteral("Carmen López"));
        QTest::keyClicks(child<QLineEdit>(editor, "customerAddress"), QStringLiteral("Calle Mayor 12"));
        QTest::keyClicks(child<QLineEdit>(editor, "customerPostcode"), QStringLiteral("28013"));
        QTest::keyClicks(child<QLineEdit>(editor, "title"), QStringLiteral("Three old windows"));
        auto *assignee = child<QComboBox>(editor, "assignee");
        QTest::keyClicks(assignee, QStringLiteral("Javier"));  // a closed list finds the person as their name is typed
        QCOMPARE(assignee->currentData().toLongLong(), javier);
        typeLine(editor, QStringLiteral("PVC window 120×140"), QStringLiteral("3"), QStringLiteral("385"));
        QVERIFY(child<QLabel>(editor, "totals")->text().contains(QStringLiteral("1,397.55")));

        clickSave(editor);  // from the Lines tab, where the new customer's fields are out of sight
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers WHERE name = 'Carmen López' AND phone = '600 12 34 56'")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE title = 'Three old windows' AND assignee_id = %1").arg(javier)), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT sum(quantity * unit_price) FROM line_items")), 3000LL * 38500);
        QVERIFY(!editor.isModified());
    }

    void aPhoneThatAlreadyBelongsToACustomerIsPointedOut()
    {
        UiDatabase db;
        const Id carmen = db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::mouseClick(child<QPushButton>(editor, "newCustomerButton"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(editor, "customerPhone"), QStringLiteral("600123456"));
        auto *warning = child<QLabel>(editor, "customerDuplicates");
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("Carmen López")));
        // Following the warning's link uses the existing customer: Tab reaches the link, Enter follows it.
        warning->setFocus();
        QTest::keyClick(warning, Qt::Key_Tab);
        QTest::keyClick(warning, Qt::Key_Return);
        QVERIFY(!warning->isVisible());
        QVERIFY(child<QLabel>(editor, "customerChosen")->text().contains(QStringLiteral("Carmen López")));
        QTest::keyClicks(child<QLineEdit>(editor, "title"), QStringLiteral("Blind"));
        clickSave(editor);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM customers")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT customer_id FROM work_orders")), carmen);
    }

    void findingACustomerByTypingPicksThem()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::keyClicks(child<QLineEdit>(editor, "customerSearch"), QStringLiteral("600 12"));
        auto *results = child<QListWidget>(editor, "customerResults");
        QCOMPARE(results->count(), 1);
        clickIndex(results, results->model()->index(0, 0));
        QVERIFY(!results->isVisible());
        QVERIFY(child<QLabel>(editor, "customerChosen")->text().contains(QStringLiteral("Carmen López")));
    }

    void missingTitleAndBadLinesAreShownNextToTheFieldsAndNothingIsSaved()
    {
        UiDatabase db;
        db.customer(QStringLiteral("Carmen López"));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}});
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        findCustomer(editor, QStringLiteral("Carmen"));
        typeLine(editor, QStringLiteral("Window"), QStringLiteral("three"), QStringLiteral("385"));
        clickSave(editor);
        QVERIFY(editor.isVisible());
        QVERIFY(child<QLabel>(editor, "titleError")->isVisible());
        QVERIFY(child<QLabel>(editor, "linesError")->text().contains(QStringLiteral("three")));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders")), 0);
        // Everything typed is still there.
        QCOMPARE(child<QTableWidget>(editor, "linesTable")->item(0, 1)->text(), QStringLiteral("three"));
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(!editor.isModified());
        QTest::keyClicks(child<QLineEdit>(editor, "title"), QStringLiteral(" and a door"));
        QVERIFY(editor.isModified());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(child<QDialogButtonBox>(editor, "editorButtons")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(editor.isVisible());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("not saved")));

        MessageBox::setNextAnswer(QMessageBox::Save);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!editor.isVisible());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE title = 'Three windows and a door'")), 1);
    }

    void linesThatCouldNotBeReadAreNeverSavedOver()
    {
        UiDatabase db;
        NewWorkOrder n;
        n.customerId = db.customer(QStringLiteral("Carmen López"));
        n.title = QStringLiteral("Three windows");
        n.lines = {{0, 0, QStringLiteral("PVC window"), 3000, 38500, 2100, 0}, {0, 0, QStringLiteral("Fitting"), 1000, 9000, 2100, 0}};
        const WorkOrder order = *WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Test")});
        // The lines cannot be read (as with a damaged page, or a file from a broken copy).
        QSqlQuery(db.db->connection()).exec(QStringLiteral("ALTER TABLE line_items RENAME TO line_items_away"));

        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("could not be read")), qPrintable(MessageBox::lastMessage()));
        MessageBox::clearLastMessage();
        QTest::keyClicks(editor.findChild<QLineEdit *>(QStringLiteral("title")), QStringLiteral(" and a door"));
        auto *buttons = editor.findChild<QDialogButtonBox *>(QStringLiteral("editorButtons"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("would delete them")), qPrintable(MessageBox::lastMessage()));

        QSqlQuery(db.db->connection()).exec(QStringLiteral("ALTER TABLE line_items_away RENAME TO line_items"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM line_items WHERE order_id = %1").arg(order.id)), 2);
        QCOMPARE(WorkOrderService(*db).find(order.id)->title, QStringLiteral("Three windows"));
    }

    void theHistoryTabTellsTheStoryInWords()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        {
            OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Marta Sanz")}}, order.id);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            retype(child<QLineEdit>(editor, "title"), QStringLiteral("Four windows"));
            clickSave(editor);
            QCOMPARE(editor.result(), int(QDialog::Accepted));
        }
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Marta Sanz")}}, order.id);
        auto *history = child<QListWidget>(editor, "historyList");
        QCOMPARE(history->count(), 2);
        QVERIFY(history->item(0)->text().contains(QStringLiteral("created the order")));
        QVERIFY(history->item(1)->text().contains(QStringLiteral("Marta Sanz changed the title from “Three windows” to “Four windows”")));
    }

    void theJobSheetHasWhatTheTechnicianNeeds()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López"),
                                                                                      QStringLiteral("600 12 34 56")));
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET address = 'Calle Mayor 12', postcode = '28013', city = 'Madrid'")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO line_items (order_id, position, description, quantity, unit_price, vat_rate) "
                                      "VALUES (%1, 0, 'PVC window 120x140', 3000, 38500, 2100)").arg(order.id)));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        const QString pdf = db.dir.filePath(QStringLiteral("job.pdf"));
        QVERIFY(editor.exportJobSheet(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString &expected : {order.number, QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"),
                                        QStringLiteral("Calle Mayor 12"), QStringLiteral("PVC window 120x140"),
                                        QStringLiteral("Customer's signature")})
            QVERIFY2(content.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + content));
        QVERIFY(!content.contains(QStringLiteral("385")));  // no prices on the technician's sheet
    }

    void savingOverSomeoneElsesChangeIsRefusedAndKeepsWhatWasTyped()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET title = 'Changed elsewhere', version = version + 1")));
        retype(child<QLineEdit>(editor, "title"), QStringLiteral("Mine"));
        clickSave(editor);
        QVERIFY(editor.isVisible());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(child<QLineEdit>(editor, "title")->text(), QStringLiteral("Mine"));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders WHERE title = 'Changed elsewhere'")), 1);
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestOrderEditor test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_order_editor.moc"
