#include "board/BoardColumnProxy.h"
#include "board/BoardColumnView.h"
#include "board/BoardModel.h"
#include "board/BoardView.h"
#include "calendar/VisitDialog.h"
#include "workflow/WorkflowRepository.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace ordo;
using namespace ordo::test;

namespace {

// Drives a drag of `orderId` over a column and drops it there, as the mouse would.
struct DragResult
{
    bool moveAccepted = false;
    QString dropState;
};

DragResult dragAndDrop(BoardView &board, Id orderId, Id toStepId)
{
    BoardModel *model = board.model();
    std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOf(orderId)}));
    BoardColumnView *column = board.column(toStepId);
    QWidget *target = column->viewport();
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    DragResult result{move.isAccepted(), column->dropState()};
    QDropEvent drop(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return result;
}

} // namespace

class TestBoardView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void everyModelOfTheBoardPassesTheModelTester()
    {
        UiDatabase db;
        db.demo(DemoSize::Small);
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        QAbstractItemModelTester boardTester(board.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto proxies = board.findChildren<BoardColumnProxy *>();
        QCOMPARE(proxies.size(), 11);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (auto *p : proxies)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(p, QAbstractItemModelTester::FailureReportingMode::QtTest));
        board.model()->reload();
        board.findChild<QLineEdit *>(QStringLiteral("boardFilterText"))->setText(QStringLiteral("a"));
    }

    void draggingACardToAnAllowedColumnMovesTheOrderAndRecordsIt()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        const Id quoteSent = wf.stepNamed(QStringLiteral("Quote sent"))->id;

        const DragResult r = dragAndDrop(board, order.id, quoteSent);
        QVERIFY(r.moveAccepted);
        QCOMPARE(r.dropState, QStringLiteral("accept"));
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), quoteSent);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'step_moved' AND order_id = %1").arg(order.id)), 1);
        // The card is now in the new column.
        QCOMPARE(board.column(quoteSent)->model()->rowCount(), 1);
        QCOMPARE(board.column(wf.initialStepId)->model()->rowCount(), 0);
        QVERIFY(MessageBox::lastMessage().isEmpty());
    }

    void aForbiddenColumnRefusesTheDropVisiblyAndNothingChanges()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const Id paid = board.model()->workflow().stepNamed(QStringLiteral("Paid"))->id;

        const DragResult r = dragAndDrop(board, order.id, paid);
        QVERIFY(!r.moveAccepted);
        QCOMPARE(r.dropState, QStringLiteral("refuse"));
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), order.stepId);
        QCOMPARE(db.count(QStringLiteral("SELECT version FROM work_orders WHERE id = %1").arg(order.id)), order.version);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = %1").arg(order.id)), 1);
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("does not allow")));
        QCOMPARE(undo.count(), 0);
    }

    void ctrlZUndoesTheLastMoveAsAMoveOfItsOwn()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        QVERIFY(board.requestMove(order.id, order.version, wf.stepNamed(QStringLiteral("Quote sent"))->id));
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), wf.initialStepId);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'step_moved' AND order_id = %1").arg(order.id)), 2);
        QCOMPARE(board.column(wf.initialStepId)->model()->rowCount(), 1);
        undo.redo();
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)),
                 wf.stepNamed(QStringLiteral("Quote sent"))->id);
    }

    void reachingAStepThatSchedulesAVisitAsksForTheInstallation()
    {
        UiDatabase db;
        db.staff(QStringLiteral("Rubén Molina"), Role::Technician);
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        QSignalSpy asked(&board, &BoardView::visitRequested);
        QVERIFY(board.requestMove(order.id, order.version, wf.stepNamed(QStringLiteral("Quote sent"))->id));
        QCOMPARE(asked.count(), 0);
        QVERIFY(board.requestMove(order.id, order.version + 1, wf.stepNamed(QStringLiteral("Quote accepted"))->id));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).value<Id>(), order.id);
        QCOMPARE(asked.first().at(1).value<AppointmentKind>(), AppointmentKind::Installation);

        VisitDialog visit(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id, AppointmentKind::Installation);
        QVERIFY(!visit.proposals().isEmpty());
        QVERIFY(visit.proposals().first().explanation.contains(QStringLiteral("Rubén Molina")));
        QVERIFY(visit.book());
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments WHERE kind = 'installation' AND order_id = %1").arg(order.id)), 1);
    }

    void aMoveFromAStaleCardIsAConflictShownToTheUser()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        // Someone at another PC edits the order; this board has not heard of it.
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET version = version + 1 WHERE id = %1").arg(order.id)));
        QVERIFY(!board.requestMove(order.id, order.version, wf.stepNamed(QStringLiteral("Quote sent"))->id));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), wf.initialStepId);
        QCOMPARE(undo.count(), 0);
    }

    void theFilterNarrowsEveryColumn()
    {
        UiDatabase db;
        db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        db.order(QStringLiteral("Broken blind"), db.customer(QStringLiteral("Javier Ruiz")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        BoardColumnView *first = board.column(board.model()->workflow().initialStepId);
        QCOMPARE(first->model()->rowCount(), 2);
        board.findChild<QLineEdit *>(QStringLiteral("boardFilterText"))->setText(QStringLiteral("carmen"));
        QCOMPARE(first->model()->rowCount(), 1);
        board.findChild<QLineEdit *>(QStringLiteral("boardFilterText"))->clear();
        board.findChild<QCheckBox *>(QStringLiteral("boardOverdueFilter"))->setChecked(true);
        QCOMPARE(first->model()->rowCount(), 0);
    }

    void aColumnOverItsLimitTurnsItsHeaderAmber()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        db.order(QStringLiteral("One"), customer);
        db.order(QStringLiteral("Two"), customer);
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE steps SET wip_limit = 1 WHERE position = 0")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        QLabel *header = board.column(board.model()->workflow().initialStepId)->parentWidget()->findChild<QLabel *>(
            QStringLiteral("columnHeader"));
        QVERIFY(header->property("overLimit").toBool());
        QVERIFY(header->text().contains(QStringLiteral("2 of 1")));
    }

    void closedColumnsShowTheLatestCardsAndTheTotal()
    {
        UiDatabase db;
        db.demo(DemoSize::Medium);
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const Id paid = board.model()->workflow().stepNamed(QStringLiteral("Paid"))->id;
        QCOMPARE(board.column(paid)->model()->rowCount(), 30);
        // The total counts history: it arrives from a worker thread just after the board shows.
        QTRY_VERIFY(board.model()->closedTotalsKnown());
        QVERIFY(board.model()->closedTotal(paid) > 1000);
        QLabel *header = board.column(paid)->parentWidget()->findChild<QLabel *>(QStringLiteral("columnHeader"));
        QVERIFY(header->text().contains(QStringLiteral("latest 30 of")));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestBoardView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_board_view.moc"
