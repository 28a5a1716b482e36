// What another process commits shows in the window without anyone pressing anything: the board
// within a second, and an open order editor says who changed its order before the user types over it.

#include "ui/board/BoardModel.h"
#include "ui/board/BoardView.h"
#include "ui/main/MainWindow.h"
#include "ui/orders/OrderEditor.h"
#include "core/storage/ChangeWatcher.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

using namespace ordo;
using namespace ordo::test;

namespace {

QString cli(const QString &database, QStringList arguments, int *exitCode = nullptr)
{
    arguments.prepend(database);
    arguments.prepend(QStringLiteral("--database"));
    QProcess p;
    p.start(QStringLiteral(ORDO_CLI_PATH), arguments);
    if (!p.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

} // namespace

class TestLiveRefresh final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QSettings().clear(); }

    void aMoveByAnotherProcessShowsOnTheBoardWithinASecond()
    {
        UiDatabase fixture;
        fixture.demo();
        const QString path = fixture.db->path();
        fixture.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path, false));
        window.show();
        auto *board = window.findChild<BoardView *>();
        QVERIFY(board);

        const WorkflowVersion &wf = board->model()->workflow();
        const Id quoteSent = wf.stepNamed(QStringLiteral("Quote sent"))->id;
        const Id accepted = wf.stepNamed(QStringLiteral("Quote accepted"))->id;
        Id orderId = 0;
        for (int row = 0; row < board->model()->rowCount(); ++row) {
            if (board->model()->cardAt(row).stepId == quoteSent) {
                orderId = board->model()->cardAt(row).id;
                break;
            }
        }
        QVERIFY(orderId != 0);
        const QString number = board->model()->card(orderId)->number;

        int exit = -1;
        const QString said = cli(path, {QStringLiteral("orders"), QStringLiteral("move"), number, QStringLiteral("Quote accepted"),
                                        QStringLiteral("--user"), QStringLiteral("Marta Sanz")},
                                 &exit);
        QVERIFY2(exit == 0, qPrintable(said));

        // No reload pressed: the window's watcher finds it.
        QTRY_COMPARE_WITH_TIMEOUT(board->model()->card(orderId)->stepId, accepted, 1000);
        QVERIFY(window.database()->path() == QFileInfo(path).absoluteFilePath());
    }

    void anOpenEditorSaysWhoChangedItsOrderAndReloadsOnRequest()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        ChangeWatcher watcher(*db);
        OrderEditor editor(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id);
        editor.show();
        auto *notice = editor.findChild<QWidget *>(QStringLiteral("staleNotice"));
        auto *title = editor.findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(notice && title);
        QVERIFY(!notice->isVisible());

        // Marta, at the other PC, renames the job.
        auto other = Database::open(db.db->path(), Database::OpenMode::MustExist);
        QVERIFY(other.ok());
        OrderDetails details;
        details.customerId = order.customerId;
        details.title = QStringLiteral("Three windows and a door");
        QVERIFY(WorkOrderService(**other).update(order.id, order.version, details, Actor{std::nullopt, QStringLiteral("Marta Sanz")}).ok());

        QVERIFY(watcher.poll());
        QVERIFY(notice->isVisible());
        const QString text = editor.findChild<QLabel *>(QStringLiteral("staleNoticeText"))->text();
        QVERIFY2(text.contains(QStringLiteral("Marta Sanz")), qPrintable(text));
        QCOMPARE(title->text(), QStringLiteral("Three windows"));  // nothing replaced under the user's hands

        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("staleReload")), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("Three windows and a door"));
        QVERIFY(!notice->isVisible());
        // And the editor's own save is no change "made elsewhere" (isHidden: the dialog closes on Save).
        QTest::keyClicks(title, QStringLiteral(" (urgent)"));
        QTest::mouseClick(child<QDialogButtonBox>(editor, "editorButtons")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        watcher.poll();  // as the window's timer does after a save
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(TestLiveRefresh)
#include "test_live_refresh.moc"
