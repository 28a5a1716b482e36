#include "ui/board/BoardColumnProxy.h"
#include "ui/board/BoardColumnView.h"
#include "ui/board/BoardModel.h"
#include "ui/board/BoardView.h"
#include "ui/board/CardDelegate.h"
#include "core/common/Clock.h"
#include "ui/calendar/VisitDialog.h"
#include "core/scheduling/AppointmentService.h"
#include "core/workflow/WorkflowRepository.h"
#include "core/orders/WorkOrderService.h"
#include "core/storage/Database.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"
#include "support/Team.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QPushButton>
#include <QScrollArea>
#include <QThread>
#include <QUndoStack>

#include <atomic>

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

// The threads of this process, as the kernel counts them: a thread left behind shows here.
int threadCount()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
}

// A read of the rest of the board that takes ten seconds unless it is stopped, as a history of years
// on a slow disk would; `started` turns true once it runs.
BoardModel::RestReader slowReader(std::atomic<int> &started, std::atomic<int> &stopped)
{
    return [&started, &stopped](Database &db, const WorkflowVersion &workflow, bool needCards,
                                const std::atomic<bool> &stop) -> Result<BoardData> {
        ++started;
        QElapsedTimer running;
        running.start();
        while (running.elapsed() < 10000) {
            if (stop) {
                ++stopped;
                return BoardData{};
            }
            QThread::msleep(1);
        }
        return BoardModel::readRest(db, workflow, needCards, stop);
    };
}

// A card as its column paints it, `width` pixels wide, in `font`, on white.
QImage paintCard(const CardDelegate &delegate, const QModelIndex &index, const QFont &font, int width)
{
    QStyleOptionViewItem option;
    option.font = font;
    option.fontMetrics = QFontMetrics(font);
    option.palette = QApplication::palette();
    option.rect = QRect(0, 0, width, 1);
    option.rect.setHeight(delegate.sizeHint(option, index).height());
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, index);
    return image;
}

// Pixels of the text's colour (dark) in `area`.
int ink(const QImage &image, const QRect &area)
{
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 110;
    return dark;
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
        QTest::keyClicks(child<QLineEdit>(board, "boardFilterText"), QStringLiteral("a"));
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
        QCOMPARE(undo.count(), 0);
    }

    void aRefusedDropSaysWhyWhereItWasDroppedAndInTheStatusBarThenGoesWithTheNextKey()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        board.resize(1366, 700);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy status(&board, &BoardView::statusMessage);
        const Id accepted = board.model()->workflow().stepNamed(QStringLiteral("Quote accepted"))->id;
        QVERIFY(!dragAndDrop(board, order.id, accepted).moveAccepted);

        // The map's own words (the engine's), not a second text: where it may go instead.
        const QString why = board.notice();
        QVERIFY2(why.contains(QStringLiteral("does not allow")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("From “Call received” it can go to “Estimate visit scheduled”")), qPrintable(why));
        QVERIFY(MessageBox::lastMessage().isEmpty());  // no dialog to close
        // Over the column it was dropped on, whole and readable.
        auto *notice = child<QLabel>(board, "boardNotice");
        QVERIFY(notice->isVisible());
        BoardColumnView *column = board.column(accepted);
        const QRect columnRect(column->mapTo(&board, QPoint(0, 0)), column->size());
        QVERIFY(notice->geometry().intersects(columnRect));
        QVERIFY(board.rect().contains(notice->geometry()));
        // Its words fit in it (7 px of border and padding a side).
        const QRect words = notice->fontMetrics().boundingRect(QRect(0, 0, notice->width() - 14, 10000), Qt::TextWordWrap, why);
        QVERIFY(words.height() <= notice->height() - 14);
        QVERIFY(words.height() > notice->fontMetrics().height());  // a long reason wraps rather than being cut
        // The same words in the window's status bar.
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().at(0).toString(), why);
        // The next key puts it away.
        QTest::keyClick(board.column(board.model()->workflow().initialStepId), Qt::Key_Down);
        QVERIFY(board.notice().isEmpty());
        QVERIFY(!notice->isVisible());
    }

    void undoingAMoveGivesTheCardBackItsTimeInTheStep()
    {
        UiDatabase db;
        QDateTime now(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        Clock::Override clock([&now] { return now; });
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        const qint64 entered = board.model()->card(order.id)->stepEnteredAt;
        now = now.addDays(2);  // two days waiting in "Call received"
        QCOMPARE(CardDelegate::age(Clock::nowSecs() - board.model()->card(order.id)->stepEnteredAt), QStringLiteral("2 d"));
        QVERIFY(dragAndDrop(board, order.id, wf.stepNamed(QStringLiteral("Quote sent"))->id).moveAccepted);
        QCOMPARE(CardDelegate::age(Clock::nowSecs() - board.model()->card(order.id)->stepEnteredAt), QStringLiteral("1 min"));
        now = now.addSecs(30);
        undo.undo();
        QCOMPARE(board.model()->card(order.id)->stepId, wf.initialStepId);
        QCOMPARE(board.model()->card(order.id)->stepEnteredAt, entered);
        const QModelIndex card = board.column(wf.initialStepId)->model()->index(0, 0);
        QCOMPARE(CardDelegate::age(Clock::nowSecs() - card.data(BoardModel::StepEnteredRole).toLongLong()), QStringLiteral("2 d"));
    }

    void aCardIsDrawnInTheViewsFontAndANameTooLongIsCutInsideTheCard()
    {
        UiDatabase db;
        db.order(QStringLiteral("Three windows"),
                 db.customer(QStringLiteral("María de los Ángeles Fernández-Villaverde de la Concepción y Montenegro")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const QModelIndex card = board.column(board.model()->workflow().initialStepId)->model()->index(0, 0);
        QVERIFY(card.isValid());
        CardDelegate delegate;
        QFont small = QApplication::font();
        small.setPixelSize(11);
        QFont large = small;
        large.setPixelSize(17);
        // The texts are laid out once and kept: after a change of the view's font a card is drawn as
        // a delegate that never saw the old font draws it (the long name cut where the new font needs
        // it), and going back draws exactly what was drawn before.
        const QImage first = paintCard(delegate, card, small, 160);
        const QImage bigger = paintCard(delegate, card, large, 160);
        QVERIFY(bigger.height() > first.height());
        QCOMPARE(bigger, paintCard(CardDelegate{}, card, large, 160));
        QCOMPARE(paintCard(delegate, card, small, 160), first);
        // The customer's long name ends inside the card, on a narrow column as on a wide one.
        for (const int width : {160, 220}) {
            const QImage image = paintCard(delegate, card, width == 160 ? large : small, width);
            const QRect rightOfText(width - 4 - 6 + 1, 8, 6 - 2, image.height() - 16);
            QCOMPARE(ink(image, rightOfText), 0);
            QVERIFY(ink(image, QRect(14, 8, width - 28, image.height() - 16)) > 100);
        }
    }

    void theFilterFindsWhatTheOrdersSearchFinds()
    {
        UiDatabase db;
        const WorkOrder garcia = db.order(QStringLiteral("Persianas"), db.customer(QStringLiteral("Ángela García"), QStringLiteral("611 22 33 44")));
        db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López"), QStringLiteral("699 00 00 00")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        BoardColumnView *first = board.column(board.model()->workflow().initialStepId);
        auto *text = child<QLineEdit>(board, "boardFilterText");
        for (const QString &typed : {QStringLiteral("garcia"), QStringLiteral("ANGELA"), QStringLiteral("611223344"),
                                     QStringLiteral("611 22"), garcia.number}) {
            retype(text, typed);
            QCOMPARE(first->model()->rowCount(), 1);
            QCOMPARE(first->model()->index(0, 0).data(BoardModel::OrderIdRole).value<Id>(), garcia.id);
        }
        retype(text, QStringLiteral("garcia lopez"));
        QCOMPARE(first->model()->rowCount(), 0);
    }

    void oneTabFromTheFilterReachesACardAndTheKeysDoTheRest()
    {
        UiDatabase db;
        const WorkOrder a = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        const WorkOrder b = db.order(QStringLiteral("Broken blind"), db.customer(QStringLiteral("Javier Ruiz")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        const Id quoteSent = wf.stepNamed(QStringLiteral("Quote sent"))->id;
        QVERIFY(board.requestMove(b.id, b.version, quoteSent));
        board.resize(1366, 700);
        board.show();
        QVERIFY(QTest::qWaitForWindowActive(&board));
        auto *text = child<QLineEdit>(board, "boardFilterText");
        text->setFocus();
        QVERIFY(text->hasFocus());

        // One Tab: on a card (the first column's), with a visible focus frame.
        BoardColumnView *calls = board.column(wf.initialStepId);
        QWidget *viewport = calls->viewport();
        const QImage unfocused = viewport->grab().toImage();
        QTest::keyClick(text, Qt::Key_Tab);
        QVERIFY(calls->hasFocus());
        QCOMPARE(board.currentOrder(), std::optional<Id>(a.id));
        QVERIFY(viewport->grab().toImage() != unfocused);  // the focus frame shows

        // Right: the next column with cards (the empty "Estimate visit scheduled" is skipped); Left: back.
        QTest::keyClick(calls, Qt::Key_Right);
        QVERIFY(board.column(quoteSent)->hasFocus());
        QCOMPARE(board.currentOrder(), std::optional<Id>(b.id));
        QTest::keyClick(board.column(quoteSent), Qt::Key_Left);
        QCOMPARE(board.currentOrder(), std::optional<Id>(a.id));

        // Enter opens the order.
        QSignalSpy open(&board, &BoardView::openOrderRequested);
        QTest::keyClick(calls, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().at(0).value<Id>(), a.id);

        // Ctrl+Shift+M: on to the next step of the map; the keys stay on the card there.
        QSignalSpy visit(&board, &BoardView::visitRequested);
        QTest::keyClick(calls, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        const Id estimate = wf.stepNamed(QStringLiteral("Estimate visit scheduled"))->id;
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(a.id)), estimate);
        QCOMPARE(visit.count(), 1);  // that step books the estimate visit
        QVERIFY(board.column(estimate)->hasFocus());
        QCOMPARE(board.currentOrder(), std::optional<Id>(a.id));
        QCOMPARE(undo.count(), 2);

        // Tab leaves the board for the other filters, Shift+Tab comes back to the same card, and
        // Shift+Tab again goes to the text; from there Tab is on that card again.
        QTest::keyClick(board.column(estimate), Qt::Key_Tab);
        QVERIFY(child<QComboBox>(board, "boardAssigneeFilter")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(board.column(estimate)->hasFocus());
        QCOMPARE(board.currentOrder(), std::optional<Id>(a.id));
        QTest::keyClick(board.column(estimate), Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(text->hasFocus());
        QTest::keyClick(text, Qt::Key_Tab);
        QCOMPARE(board.currentOrder(), std::optional<Id>(a.id));
    }

    void aBookedCardIsShownMarkedAndScrolledIntoViewWithAConfirmation()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        db.order(QStringLiteral("Broken blind"), db.customer(QStringLiteral("Javier Ruiz")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        // Far to the right, out of sight at 1024 px, and hidden by the filter.
        const Id invoiced = wf.stepNamed(QStringLiteral("Invoiced"))->id;
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET step_id = %1 WHERE id = %2").arg(invoiced).arg(order.id)));
        board.reload();
        board.resize(1024, 700);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        retype(child<QLineEdit>(board, "boardFilterText"), QStringLiteral("blind"));
        BoardColumnView *column = board.column(invoiced);
        QCOMPARE(column->model()->rowCount(), 0);
        const QImage before = column->viewport()->grab().toImage();

        QVERIFY(board.highlightOrder(order.id, QStringLiteral("OT-1 booked: Tuesday")));
        QCOMPARE(column->model()->rowCount(), 1);  // the filter that hid it is cleared
        QVERIFY(child<QLineEdit>(board, "boardFilterText")->text().isEmpty());
        QCOMPARE(board.currentOrder(), std::optional<Id>(order.id));
        // Its column is in sight now.
        auto *scroll = board.findChild<QScrollArea *>();
        const QRect seen(QPoint(0, 0), scroll->viewport()->size());
        const QRect columnInView(column->mapTo(scroll->viewport(), QPoint(0, 0)), column->size());
        QVERIFY(seen.contains(columnInView.topLeft()) && seen.right() >= columnInView.right());
        QVERIFY(column->viewport()->grab().toImage() != before);
        QCOMPARE(board.notice(), QStringLiteral("OT-1 booked: Tuesday"));
        // A click anywhere ends the confirmation.
        QTest::mouseClick(child<QLineEdit>(board, "boardFilterText"), Qt::LeftButton);
        QVERIFY(board.notice().isEmpty());
    }

    void ctrlZUndoesTheLastMoveAsAMoveOfItsOwn()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        // The window's Edit menu: Undo and Redo on the board's stack, with their usual keys.
        QAction *undoAction = undo.createUndoAction(&board);
        undoAction->setShortcut(QKeySequence::Undo);
        QAction *redoAction = undo.createRedoAction(&board);
        redoAction->setShortcut(QKeySequence::Redo);
        board.addActions({undoAction, redoAction});
        board.show();
        QVERIFY(QTest::qWaitForWindowActive(&board));
        const WorkflowVersion &wf = board.model()->workflow();
        const Id quoteSent = wf.stepNamed(QStringLiteral("Quote sent"))->id;
        QVERIFY(dragAndDrop(board, order.id, quoteSent).moveAccepted);
        QCOMPARE(undo.count(), 1);
        QTest::keyClick(&board, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), wf.initialStepId);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE kind = 'step_moved' AND order_id = %1").arg(order.id)), 2);
        QCOMPARE(board.column(wf.initialStepId)->model()->rowCount(), 1);
        QTest::keyClick(&board, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), quoteSent);
    }

    void reachingAStepThatSchedulesAVisitAsksForTheInstallation()
    {
        UiDatabase db;
        const Id ruben = db.staff(QStringLiteral("Rubén Molina"), Role::Technician);
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const WorkflowVersion &wf = board.model()->workflow();
        QSignalSpy asked(&board, &BoardView::visitRequested);
        QVERIFY(dragAndDrop(board, order.id, wf.stepNamed(QStringLiteral("Quote sent"))->id).moveAccepted);
        QCOMPARE(asked.count(), 0);
        QVERIFY(dragAndDrop(board, order.id, wf.stepNamed(QStringLiteral("Quote accepted"))->id).moveAccepted);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().at(0).value<Id>(), order.id);
        QCOMPARE(asked.first().at(1).value<AppointmentKind>(), AppointmentKind::Installation);

        VisitDialog visit(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, order.id, AppointmentKind::Installation);
        visit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&visit));
        QVERIFY(!visit.proposals().isEmpty());
        QVERIFY(visit.proposals().first().explanation.contains(QStringLiteral("Rubén Molina")));
        QTest::mouseClick(child<QPushButton>(visit, "visitBook"), Qt::LeftButton);
        QCOMPARE(visit.result(), int(QDialog::Accepted));
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments WHERE kind = 'installation' AND order_id = %1").arg(order.id)), 1);
        // Booked: the order is the installer's, in the step that waits for the installation…
        const Id installScheduled = wf.stepNamed(QStringLiteral("Installation scheduled"))->id;
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), installScheduled);
        QCOMPARE(db.count(QStringLiteral("SELECT assignee_id FROM work_orders WHERE id = %1").arg(order.id)), ruben);
        QCOMPARE(db.count(QStringLiteral("SELECT responsible_id FROM work_orders WHERE id = %1").arg(order.id)), ruben);
        // …its card says so, and filtering the board by him shows it.
        QTRY_COMPARE(board.column(installScheduled)->model()->rowCount(), 1);
        const QModelIndex card = board.column(installScheduled)->model()->index(0, 0);
        QCOMPARE(card.data(BoardModel::HolderRole).toString(), QStringLiteral("Rubén Molina"));
        auto *person = child<QComboBox>(board, "boardAssigneeFilter");
        const int rubenRow = person->findText(QStringLiteral("Rubén Molina"));
        QVERIFY(rubenRow > 0);
        person->setCurrentIndex(rubenRow);
        QCOMPARE(board.column(installScheduled)->model()->rowCount(), 1);
    }

    void cancellingAnOrderWithVisitsToComeAsksFirstAndCancelsThem()
    {
        UiDatabase db;
        const Id javier = db.staff(QStringLiteral("Javier Ruiz"), Role::Sales);
        const WorkOrder order = db.order(QStringLiteral("Three windows"), db.customer(QStringLiteral("Carmen López")));
        const qint64 tomorrow = QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)).toSecsSinceEpoch();
        QVERIFY(AppointmentService(*db)
                    .create({order.id, javier, tomorrow, tomorrow + 3600, AppointmentKind::Estimate, {}},
                            Actor{std::nullopt, QStringLiteral("Lucía")}, true)
                    .ok());
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        const Id cancelled = board.model()->workflow().stepNamed(QStringLiteral("Cancelled"))->id;
        // "No": nothing moves, the visit stays.
        MessageBox::setNextAnswer(QMessageBox::No);
        dragAndDrop(board, order.id, cancelled);
        QVERIFY2(MessageBox::lastMessage().contains(QStringLiteral("Estimate visit with Javier Ruiz")), qPrintable(MessageBox::lastMessage()));
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)),
                 board.model()->workflow().initialStepId);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'planned'")), 1);
        // "Yes": cancelled, and so is the visit.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dragAndDrop(board, order.id, cancelled);
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders WHERE id = %1").arg(order.id)), cancelled);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM appointments WHERE status = 'cancelled'")), 1);
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
        dragAndDrop(board, order.id, wf.stepNamed(QStringLiteral("Quote sent"))->id);
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
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        BoardColumnView *first = board.column(board.model()->workflow().initialStepId);
        QCOMPARE(first->model()->rowCount(), 2);
        auto *text = child<QLineEdit>(board, "boardFilterText");
        QTest::keyClicks(text, QStringLiteral("carmen"));
        QCOMPARE(first->model()->rowCount(), 1);
        retype(text, QString());
        QCOMPARE(first->model()->rowCount(), 2);
        QTest::mouseClick(child<QCheckBox>(board, "boardOverdueFilter"), Qt::LeftButton);
        QCOMPARE(first->model()->rowCount(), 0);
    }

    // Each keystroke tests again only the cards it can change, and each column keeps its own cards in
    // order: what the user sees after typing on, taking letters back or moving a card must be what a
    // board opened with that text typed at once shows.
    void typingOnAndTakingLettersBackShowsWhatTypingAtOnceShows()
    {
        UiDatabase db;
        db.demo(DemoSize::Medium);
        const Session session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}};
        QUndoStack undo;
        BoardView board(session, &undo);
        board.show();
        QTRY_VERIFY(board.model()->complete());
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (auto *p : board.findChildren<BoardColumnProxy *>())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(p, QAbstractItemModelTester::FailureReportingMode::QtTest));
        const auto columns = [](BoardView &b) {
            QList<QList<qint64>> ids;
            for (const Step &step : b.model()->workflow().steps) {
                const QAbstractItemModel *m = b.column(step.id)->model();
                QList<qint64> column;
                for (int r = 0; r < m->rowCount(); ++r)
                    column << m->index(r, 0).data(BoardModel::OrderIdRole).toLongLong();
                ids << column;
            }
            return ids;
        };
        const auto cards = [](const QList<QList<qint64>> &ids) {
            qsizetype n = 0;
            for (const auto &c : ids)
                n += c.size();
            return n;
        };
        const auto sameAsTypedAtOnce = [&](const QString &typed) {
            QUndoStack otherUndo;
            BoardView fresh(session, &otherUndo);
            QTRY_VERIFY(fresh.model()->complete());
            child<QLineEdit>(fresh, "boardFilterText")->setText(typed);
            QCOMPARE(columns(board), columns(fresh));
        };
        const qsizetype all = cards(columns(board));
        QVERIFY2(all > 200, qPrintable(QString::number(all)));
        auto *text = child<QLineEdit>(board, "boardFilterText");
        int narrowed = 0;
        for (const QString &typed : {QStringLiteral("m"), QStringLiteral("ma"), QStringLiteral("mar"), QStringLiteral("mari"),
                                     QStringLiteral("mar"), QStringLiteral("ma"), QStringLiteral("m"), QString(), QStringLiteral("6"),
                                     QStringLiteral("60"), QStringLiteral("6"), QStringLiteral("ga"), QStringLiteral("garc"),
                                     QStringLiteral("garc 6"), QStringLiteral("garc"), QStringLiteral("ga"), QString()}) {
            if (typed.startsWith(text->text()) && !text->text().isEmpty())
                QTest::keyClicks(text, typed.mid(text->text().size()));  // typing on
            else if (text->text().startsWith(typed))
                while (text->text().size() > typed.size())
                    QTest::keyClick(text, Qt::Key_Backspace);  // taking letters back
            else
                text->setText(typed);
            QCOMPARE(text->text(), typed);
            sameAsTypedAtOnce(typed);
            if (QTest::currentTestFailed())
                return;
            narrowed += cards(columns(board)) < all ? 1 : 0;
        }
        QVERIFY(narrowed >= 10);  // the filter did hide cards along the way
        QCOMPARE(cards(columns(board)), all);

        // A card moved while the board is filtered goes to its place in the other column.
        QTest::keyClicks(text, QStringLiteral("a"));
        const WorkflowVersion &wf = board.model()->workflow();
        const Step *hold = wf.stepNamed(QStringLiteral("On hold"));
        QVERIFY(hold);
        qint64 moved = 0;
        for (const Step &step : wf.steps) {
            const QAbstractItemModel *m = board.column(step.id)->model();
            if (step.id == hold->id || step.kind != StepKind::Open || step.exitRequires != ExitRequirement::None ||
                !wf.allows(step.id, hold->id) || m->rowCount() < 2)
                continue;
            const qint64 id = m->index(1, 0).data(BoardModel::OrderIdRole).toLongLong();
            if (board.requestMove(id, m->index(1, 0).data(BoardModel::VersionRole).toLongLong(), hold->id)) {
                moved = id;
                break;
            }
        }
        QVERIFY(moved != 0);
        const int holdColumn = static_cast<int>(std::find_if(wf.steps.begin(), wf.steps.end(),
                                                             [&](const Step &s) { return s.id == hold->id; }) - wf.steps.begin());
        QTRY_VERIFY(columns(board)[holdColumn].contains(moved));
        sameAsTypedAtOnce(QStringLiteral("a"));
    }

    // A card that changes place in its column (made urgent elsewhere) moves there still selected.
    void aCardThatChangesPlaceInItsColumnStaysTheSelectedCard()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        db.order(QStringLiteral("One"), customer);
        db.order(QStringLiteral("Two"), customer);
        const WorkOrder third = db.order(QStringLiteral("Three"), customer);
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        BoardColumnView *view = board.column(board.model()->workflow().initialStepId);
        QAbstractItemModel *column = view->model();
        QAbstractItemModelTester tester(column, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column->rowCount(), 3);
        QCOMPARE(column->index(2, 0).data(BoardModel::OrderIdRole).toLongLong(), third.id);
        view->setCurrentIndex(column->index(2, 0));
        QSqlQuery q(db.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE work_orders SET priority = %1, version = version + 1 WHERE id = %2")
                           .arg(static_cast<int>(Priority::Urgent)).arg(third.id)));
        emit db.db->notifier().orderChanged(third.id);
        QCOMPARE(column->rowCount(), 3);
        QCOMPARE(column->index(0, 0).data(BoardModel::OrderIdRole).toLongLong(), third.id);  // the most urgent first
        QCOMPARE(view->currentIndex().row(), 0);
        QVERIFY(view->selectionModel()->isSelected(column->index(0, 0)));
    }

    void anOrderOfAnotherProcessChangedElsewhereStaysOffThisBoard()
    {
        UiDatabase db;
        const Id customer = db.customer(QStringLiteral("Carmen López"));
        db.order(QStringLiteral("Three windows"), customer);
        // A second process map whose first step has the same name as the default map's first.
        auto other = makeMaintenanceMap(*db);
        QVERIFY(other.ok());
        BoardModel model(*db);
        QVERIFY(model.reload());
        QTRY_VERIFY(model.complete());
        QSignalSpy failed(&model, &BoardModel::loadFailed);
        const int before = model.rowCount();
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Yearly boiler check");
        n.workflowId = other->workflowId;
        auto theirs = WorkOrderService(*db).create(n, Actor{});
        QVERIFY(theirs.ok());
        emit db.db->notifier().orderChanged(theirs->id);  // as the change watcher tells of another program's write
        QCOMPARE(model.rowCount(), before);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.index(row).data(BoardModel::OrderIdRole).toLongLong() != theirs->id);
        QCOMPARE(failed.count(), 0);
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

    void destroyingTheBoardWhileItsWorkerReadsReturnsAtOnceAndLeavesNoThread()
    {
        UiDatabase db;
        db.demo(DemoSize::Small);
        const int threadsBefore = threadCount();
        std::atomic<int> started = 0;
        std::atomic<int> stopped = 0;
        auto model = std::make_unique<BoardModel>(*db);
        model->setRestReader(slowReader(started, stopped));
        QVERIFY(model->reload());
        QTRY_VERIFY(started == 1);  // the rest is being read now

        QElapsedTimer destroying;
        destroying.start();
        model.reset();
        QVERIFY2(destroying.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(destroying.elapsed())));
        QCOMPARE(stopped.load(), 1);
        // A detached thread leaves the kernel's list a moment after it is joined; a pool's thread
        // would stay for half a minute, a thread nobody stopped for the ten seconds of its read.
        QTRY_COMPARE_WITH_TIMEOUT(threadCount(), threadsBefore, 1000);
    }

    void aNewerReloadStopsTheReadItReplacesAndOnlyTheLatestArrives()
    {
        UiDatabase db;
        db.demo(DemoSize::Small);
        std::atomic<int> started = 0;
        std::atomic<int> stopped = 0;
        BoardModel model(*db);
        model.setRestReader(slowReader(started, stopped));
        QSignalSpy totals(&model, &BoardModel::closedTotalsChanged);
        QVERIFY(model.reload());
        QTRY_VERIFY(started == 1);
        model.setRestReader(&BoardModel::readRest);
        QVERIFY(model.reload());
        QTRY_COMPARE(totals.count(), 1);
        QCOMPARE(stopped.load(), 1);  // the first read was stopped, not left to run its ten seconds
        QVERIFY(model.closedTotalsKnown());
        QTest::qWait(50);
        QCOMPARE(totals.count(), 1);
    }

    void aPartOfTheBoardThatCannotBeReadIsSaidOnTheBoardAndTryAgainReadsIt()
    {
        UiDatabase db;
        QUndoStack undo;
        BoardView board(Session{*db, Actor{std::nullopt, QStringLiteral("Lucía")}}, &undo);
        board.show();
        auto *bar = board.findChild<QWidget *>(QStringLiteral("boardError"));
        QVERIFY(bar);
        QTRY_VERIFY(board.model()->closedTotalsKnown());
        QVERIFY(!bar->isVisible());

        QSignalSpy failed(board.model(), &BoardModel::loadFailed);
        board.model()->setRestReader([](Database &, const WorkflowVersion &, bool, const std::atomic<bool> &) -> Result<BoardData> {
            return makeError(ErrorCode::Damaged, QStringLiteral("The database disk image is malformed"));
        });
        QVERIFY(board.model()->reload());  // as after a change made at another PC
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(bar->isVisible());
        QVERIFY(board.findChild<QLabel *>(QStringLiteral("boardErrorText"))->text().contains(QStringLiteral("malformed")));
        QVERIFY(!board.model()->closedTotalsKnown());

        board.model()->setRestReader(&BoardModel::readRest);
        QTest::mouseClick(board.findChild<QPushButton *>(QStringLiteral("boardRetry")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QTRY_VERIFY(board.model()->closedTotalsKnown());
        QCOMPARE(failed.count(), 1);
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
