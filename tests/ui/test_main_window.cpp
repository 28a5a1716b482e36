#include "ui/main/MainWindow.h"
#include "ui/common/Session.h"

#include "ui/board/BoardColumnView.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardView.h"
#include "ui/main/DemoCreation.h"
#include "ui/main/HelpDialogs.h"
#include "ui/orders/OrdersModel.h"
#include "ui/orders/OrdersView.h"
#include "ui/billing/InvoicesView.h"
#include "ui/customers/CustomersView.h"
#include "ui/staff/StaffView.h"
#include "core/storage/Database.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/SearchIndex.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QMessageBox>
#include <QMimeData>
#include <QDropEvent>
#include <QStatusBar>
#include <QSqlQuery>
#include <QProgressDialog>
#include <QTableView>
#include <QTextBrowser>
#include <QAction>
#include <QTemporaryDir>
#include <QTimer>

using namespace ordo;
using namespace ordo::test;

namespace {

// Clicks a page's entry in the window's navigation list.
void clickPage(MainWindow &window, MainWindow::Page page)
{
    auto *navigation = child<QListWidget>(window, "navigation");
    clickIndex(navigation, navigation->model()->index(page, 0));
}

// Clicks the column's header until the table is sorted by it in `order` (a first click on another
// column keeps the direction shown).
void sortByClicking(QTableView *table, int column, Qt::SortOrder order)
{
    QHeaderView *header = table->horizontalHeader();
    for (int clicks = 0; clicks < 2; ++clicks) {
        if (header->sortIndicatorSection() == column && header->sortIndicatorOrder() == order)
            return;
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    QCOMPARE(header->sortIndicatorSection(), column);
    QCOMPARE(header->sortIndicatorOrder(), order);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void opensTheDatabaseAndShowsItsPathAndPages()
    {
        UiDatabase fixture;
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *label = window.findChild<QLabel *>(QStringLiteral("databasePathLabel"));
        QVERIFY(label->text().endsWith(QStringLiteral("ui.sqlite")));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(navigation->count(), int(MainWindow::PageCount));

        // A new company asks for its owner first; the owner then works in the window.
        QDialog *owner = nullptr;
        QTRY_VERIFY((owner = window.findChild<QDialog *>(QStringLiteral("ownerDialog"))) && owner->isVisible());
        QTest::keyClicks(owner->findChild<QLineEdit *>(QStringLiteral("ownerName")), QStringLiteral("Pilar Navarro"));
        QCOMPARE(owner->findChild<QLineEdit *>(QStringLiteral("ownerUsername"))->text(), QStringLiteral("pilar"));
        QTest::mouseClick(owner->findChild<QPushButton *>(QStringLiteral("ownerCreate")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("ownerDialog")));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("signedInLabel"))->text(),
                 QStringLiteral("Working: Pilar Navarro (Owner)"));
        QCOMPARE(currentActor().name, QStringLiteral("Pilar Navarro"));
        QVERIFY(currentActor().can(Permission::ManageUsers));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        clickPage(window, MainWindow::ProcessPage);
        QCOMPARE(window.currentPage(), MainWindow::ProcessPage);
        // Ctrl+3 goes to the orders.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::OrdersPage);
        // Ctrl+9: what needs the person today.
        QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), MainWindow::MyDayPage);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("myDayTitle"))->text().startsWith(QStringLiteral("My day — ")));
    }

    void theSearchIndexesPiecesAreMergedWhileTheDatabaseIsOpen()
    {
        UiDatabase fixture;
        fixture.demo();
        // Twelve customers, each added by an action of its own: twelve small pieces of index that
        // the actions no longer merge themselves (migration 24).
        auto pieces = [](Database &db) {
            return db.scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM customer_search_idx"))->toInt();
        };
        const int before = pieces(*fixture.db);
        for (int i = 0; i < 12; ++i) {
            Customer c;
            c.name = QStringLiteral("Cliente %1").arg(QChar(u'A' + i));
            QVERIFY(CustomerRepository(*fixture.db).add(c).ok());
        }
        const int written = pieces(*fixture.db);
        QVERIFY(written >= before + 12);
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        window.setSearchTidyInterval(50);
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(pieces(*window.database()) < written, 20000);
        // Still found.
        auto found = search::customers(*window.database(), QStringLiteral("Cliente L"), 5);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }

    void onlyThePageShownIsBuiltAtStartTheOthersWhenFirstOpened()
    {
        UiDatabase fixture;
        fixture.order(QStringLiteral("Three windows"), fixture.customer(QStringLiteral("Carmen López")));
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        window.setStartPage(MainWindow::InvoicesPage);  // ordo --page 4
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentPage(), MainWindow::InvoicesPage);
        QVERIFY(window.findChild<InvoicesView *>());
        for (auto page : {MainWindow::BoardPage, MainWindow::CalendarPage, MainWindow::OrdersPage, MainWindow::CustomersPage,
                          MainWindow::StaffPage, MainWindow::ProcessPage, MainWindow::ReportsPage, MainWindow::MyDayPage})
            QVERIFY2(!window.isPageBuilt(page), qPrintable(QString::number(page)));
        QVERIFY(!window.findChild<BoardView *>());
        QVERIFY(!window.findChild<OrdersView *>());

        // Opened from the navigation: built then, with its data, and shown.
        clickPage(window, MainWindow::OrdersPage);
        QCOMPARE(window.currentPage(), MainWindow::OrdersPage);
        QVERIFY(window.isPageBuilt(MainWindow::OrdersPage));
        auto *orders = window.findChild<OrdersView *>();
        QVERIFY(orders);
        QVERIFY(!orders->isHidden());  // the page the stack shows (the window itself is not shown here)
        QCOMPARE(child<QTableView>(*orders, "ordersTable")->model()->rowCount(), 1);
        // Asked for by code (My day opening an invoice, a test): built too, without being shown.
        QVERIFY(window.board());
        QCOMPARE(window.currentPage(), MainWindow::OrdersPage);
        QVERIFY(!window.isPageBuilt(MainWindow::ReportsPage));
    }

    void theBoardsRefusalsAndBookingsAreSaidInTheStatusBar()
    {
        UiDatabase fixture;
        const WorkOrder order = fixture.order(QStringLiteral("Three windows"), fixture.customer(QStringLiteral("Carmen López")));
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDialog *owner = nullptr;
        QTRY_VERIFY((owner = window.findChild<QDialog *>(QStringLiteral("ownerDialog"))) && owner->isVisible());
        QTest::keyClicks(owner->findChild<QLineEdit *>(QStringLiteral("ownerName")), QStringLiteral("Pilar Navarro"));
        QTest::mouseClick(owner->findChild<QPushButton *>(QStringLiteral("ownerCreate")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("ownerDialog")));
        window.showPage(MainWindow::BoardPage);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // A drop the map refuses: the reason in the status bar too.
        BoardView *board = window.board();
        const Id paid = board->model()->workflow().stepNamed(QStringLiteral("Paid"))->id;
        std::unique_ptr<QMimeData> mime(board->model()->mimeData({board->model()->indexOf(order.id)}));
        QWidget *target = board->column(paid)->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("the process map does not allow it")), qPrintable(said));
        QCOMPARE(board->notice(), said);

        // After a booking: the confirmation in the status bar and beside the card, which has the focus.
        window.showBooked(order.id, QStringLiteral("%1 booked").arg(order.number));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("%1 booked").arg(order.number));
        QCOMPARE(board->notice(), QStringLiteral("%1 booked").arg(order.number));
        QCOMPARE(board->currentOrder(), std::optional<Id>(order.id));
    }

    void theHelpMenuHasTheManualTheShortcutsAndAbout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto text = [&](const char *dialog) {
            auto *w = window.findChild<QDialog *>(QLatin1String(dialog));
            return w ? w->findChild<QTextBrowser *>(QStringLiteral("helpText"))->toPlainText() : QString();
        };
        window.findChild<QAction *>(QStringLiteral("manualAction"))->trigger();
        QVERIFY(text("manualWindow").startsWith(QStringLiteral("Ordo manual")));
        window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        const QString keys = text("shortcutsWindow");
        // Read from the window's own menus: the board's key and the new call's.
        const QString html = shortcutsHtml(&window);
        QVERIFY2(html.contains(QStringLiteral("<b>Ctrl+1</b></td><td>Board</td>")), qPrintable(html));
        QVERIFY2(html.contains(QStringLiteral("<b>Ctrl+N</b></td><td>")), qPrintable(html));
        QVERIFY2(keys.contains(QStringLiteral("My day")), qPrintable(keys));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        const QString about = text("aboutWindow");
        // The version, and each library with its licence (the libraries' own versions as they run).
        QVERIFY2(about.startsWith(QStringLiteral("Ordo 9.8.7")), qPrintable(about));
        for (const char *name : {"SQLite", "libsodium", "libcurl", "libqrencode", "QtKeychain", "libpq", "Qt Charts", "LGPL version 3",
                                 "GPL version 3", "public domain", "MIT licence"})
            QVERIFY2(about.contains(QLatin1String(name)), qPrintable(about));
        QVERIFY2(about.contains(QString::fromLatin1(qVersion())), qPrintable(about));
    }

    void unsavedEditsOnAPageAreNotLostBySwitchingPagesOrQuitting()
    {
        UiDatabase fixture;
        fixture.customer(QStringLiteral("Carmen López"), QStringLiteral("600 12 34 56"));
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDialog *owner = nullptr;
        QTRY_VERIFY((owner = window.findChild<QDialog *>(QStringLiteral("ownerDialog"))) && owner->isVisible());
        QTest::keyClicks(owner->findChild<QLineEdit *>(QStringLiteral("ownerName")), QStringLiteral("Pilar Navarro"));
        QTest::mouseClick(owner->findChild<QPushButton *>(QStringLiteral("ownerCreate")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("ownerDialog")));

        // A customer's phone typed over, not saved…
        clickPage(window, MainWindow::CustomersPage);
        auto *list = child<QListWidget>(*window.customers(), "customersList");
        QTRY_COMPARE(list->count(), 1);
        clickIndex(list, list->model()->index(0, 0));
        retype(child<QLineEdit>(*window.customers(), "customerPhone"), QStringLiteral("699 88 77 66"));
        // …another page: asked first; Cancel stays with the edits.
        MessageBox::clearLastMessage();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        clickPage(window, MainWindow::BoardPage);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("Carmen López has changes that are not saved")),
                 qPrintable(MessageBox::lastMessage()));
        QCOMPARE(window.currentPage(), MainWindow::CustomersPage);
        QCOMPARE(child<QListWidget>(window, "navigation")->currentRow(), int(MainWindow::CustomersPage));
        QCOMPARE(child<QLineEdit>(*window.customers(), "customerPhone")->text(), QStringLiteral("699 88 77 66"));

        // Ctrl+Q: asked again; Save saves them and the window closes.
        MessageBox::clearLastMessage();
        MessageBox::setNextAnswer(QMessageBox::Save);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Typed where the cursor is, as a user would press it.
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &window, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("not saved")), qPrintable(MessageBox::lastMessage()));
        QTRY_VERIFY(!window.isVisible());
        {
            auto db = Database::open(path, Database::OpenMode::MustExist);
            QVERIFY(db.ok());
            QSqlQuery q((*db)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT phone FROM customers")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("699 88 77 66"));
        }
    }

    void aPersonsUnsavedDetailsAreAskedAboutBeforeClosing()
    {
        UiDatabase fixture;
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDialog *owner = nullptr;
        QTRY_VERIFY((owner = window.findChild<QDialog *>(QStringLiteral("ownerDialog"))) && owner->isVisible());
        QTest::keyClicks(owner->findChild<QLineEdit *>(QStringLiteral("ownerName")), QStringLiteral("Pilar Navarro"));
        QTest::mouseClick(owner->findChild<QPushButton *>(QStringLiteral("ownerCreate")), Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("ownerDialog")));

        clickPage(window, MainWindow::StaffPage);
        auto *list = child<QListWidget>(*window.staff(), "staffList");
        QTRY_VERIFY(list->count() >= 1);
        clickIndex(list, list->model()->index(0, 0));
        retype(child<QLineEdit>(*window.staff(), "staffPhone"), QStringLiteral("611 00 00 00"));
        // Closing the window: Cancel keeps it open; Discard lets it close without saving.
        MessageBox::clearLastMessage();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Pilar Navarro have changes that are not saved")));
        QVERIFY(window.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    void remembersTheLastPageAndTheRecentDatabases()
    {
        UiDatabase fixture;
        const QString path = fixture.db->path();
        fixture.db.reset();
        {
            MainWindow window;
            QVERIFY(window.openDatabase(path));
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            clickPage(window, MainWindow::CustomersPage);
            QCOMPARE(window.currentPage(), MainWindow::CustomersPage);
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("databases/last")).toString(), path);
        MainWindow again;
        QVERIFY(again.openDatabase(path));
        QCOMPARE(again.currentPage(), MainWindow::CustomersPage);
    }

    void aFileThatIsNotADatabaseIsRefusedAndTheOpenOneStays()
    {
        UiDatabase fixture;
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        const QString sheet = fixture.dir.filePath(QStringLiteral("clientes.xlsx"));
        QFile f(sheet);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 not a database at all, a spreadsheet");
        f.close();
        QVERIFY(!window.openDatabase(sheet, false));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("not an Ordo database")));
        QCOMPARE(window.database()->path(), path);
    }

    void theDemoCompanyIsWrittenInAWorkerWhileItsProgressIsShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        // The GUI thread keeps running its events meanwhile, and the dialog moves on.
        int ticks = 0;
        int shown = 0;
        QTimer watch;
        watch.setInterval(1);
        connect(&watch, &QTimer::timeout, this, [&] {
            ++ticks;
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && progress->isVisible())
                    shown = std::max(shown, progress->value());
        });
        watch.start();
        auto report = DemoCreation::run(nullptr, path, DemoSize::Medium);
        watch.stop();
        QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->orders, qint64(5000));
        QVERIFY(ticks > 10);
        QVERIFY(shown > 0);

        // Written and closed by the worker: the window opens it; a second demo into it is refused.
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(!DemoCreation::run(&window, path, DemoSize::Small).ok());
    }

    void theOrdersTableLoadsAPageAtATimeAndSearchesAsYouType()
    {
        UiDatabase fixture;
        fixture.demo(DemoSize::Medium);
        OrdersView view(*fixture);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        OrdersModel *model = view.model();
        QCOMPARE(model->rowCount(), OrdersModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        // Ctrl+End goes to the last row read, and reaching the end of the list reads the next page.
        auto *table = child<QTableView>(view, "ordersTable");
        clickIndex(table, model->index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 2 * OrdersModel::PageSize);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString customer = model->data(model->index(5, OrdersModel::Customer), Qt::DisplayRole).toString();
        typeText(view.searchBox(), customer);
        QTRY_VERIFY(model->rowCount() < OrdersModel::PageSize);
        QVERIFY(model->rowCount() >= 1);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->data(model->index(row, OrdersModel::Customer), Qt::DisplayRole).toString(), customer);
    }

    void sortingTheOrdersTableSortsAllOrdersNotOnlyTheLoadedOnes()
    {
        UiDatabase fixture;
        fixture.demo(DemoSize::Medium);
        OrdersView view(*fixture);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        OrdersModel *model = view.model();
        auto *table = child<QTableView>(view, "ordersTable");
        sortByClicking(table, OrdersModel::Customer, Qt::AscendingOrder);
        const QString first = model->data(model->index(0, OrdersModel::Customer), Qt::DisplayRole).toString();
        QSqlQuery q(fixture.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.name FROM work_orders o JOIN customers c ON c.id = o.customer_id "
                                      "ORDER BY c.name, o.id DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(first, q.value(0).toString());
        clickIndex(table, model->index(0, 0));
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), 2 * OrdersModel::PageSize);
        // Both pages continue one alphabetical order (code-point order, as the database compares).
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->data(model->index(row - 1, OrdersModel::Customer), Qt::DisplayRole).toString() <=
                    model->data(model->index(row, OrdersModel::Customer), Qt::DisplayRole).toString());
        // Back to newest first.
        sortByClicking(table, OrdersModel::Created, Qt::DescendingOrder);
        QVERIFY(model->data(model->index(0, OrdersModel::Number), Qt::DisplayRole).toString() >
                model->data(model->index(1, OrdersModel::Number), Qt::DisplayRole).toString());
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrdoTest"));
    QApplication::setApplicationName(QStringLiteral("OrdoTest"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window.moc"
