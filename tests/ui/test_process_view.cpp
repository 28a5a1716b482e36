#include "ui/process/ProcessDiagram.h"
#include "ui/process/ProcessView.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>

using namespace ordo;
using namespace ordo::test;

namespace {

// Selects a step's row with the mouse, then clicks Remove step.
void removeStepByClicking(ProcessView &view, int row)
{
    clickIndex(view.stepsTable(), view.stepsTable()->model()->index(row, 0));
    QTest::mouseClick(child<QPushButton>(view, "removeStep"), Qt::LeftButton);
}

void clickSave(ProcessView &view)
{
    QTest::mouseClick(child<QPushButton>(view, "saveProcess"), Qt::LeftButton);
}

} // namespace

class TestProcessView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { MessageBox::clearLastMessage(); }

    void editingTheMapWhileOrdersAreInARemovedStepAsksWhereTheyGo()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Windows"), db.customer(QStringLiteral("Carmen López")));
        auto wf = *WorkflowRepository(*db).defaultLatest();
        const Actor pilar{std::nullopt, QStringLiteral("Pilar")};
        auto sent = OrderMoves(*db).move(order.id, order.version, wf.stepNamed(QStringLiteral("Quote sent"))->id, pilar);
        QVERIFY(sent.ok());
        QVERIFY(OrderMoves(*db).move(order.id, sent->order.version, wf.stepNamed(QStringLiteral("Quote accepted"))->id, pilar).ok());

        ProcessView view(Session{*db, pilar});
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString askedAbout;
        view.setDestinationChooser([&](const RemovedStep &removed, const QStringList &names) {
            askedAbout = removed.name;
            return static_cast<int>(names.indexOf(QStringLiteral("Installation scheduled")));
        });
        QCOMPARE(view.stepsTable()->rowCount(), 11);
        removeStepByClicking(view, 3);  // Quote accepted
        QCOMPARE(view.stepsTable()->rowCount(), 10);
        QCOMPARE(view.transitionsTable()->rowCount(), 10);
        clickSave(view);
        QCOMPARE(askedAbout, QStringLiteral("Quote accepted"));
        QCOMPARE(db.count(QStringLiteral("SELECT max(version) FROM workflow_versions")), 2);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                         "WHERE s.name = 'Installation scheduled' AND o.id = %1").arg(order.id)), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = %1 AND args LIKE '%step_removed%'").arg(order.id)), 1);
    }

    void cancellingTheQuestionSavesNothing()
    {
        UiDatabase db;
        const WorkOrder order = db.order(QStringLiteral("Windows"), db.customer(QStringLiteral("Carmen López")));
        ProcessView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}});
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        bool asked = false;
        view.setDestinationChooser([&](const RemovedStep &, const QStringList &) {
            asked = true;
            return -1;
        });
        removeStepByClicking(view, 0);  // Call received, where the order is
        clickSave(view);
        QVERIFY(asked);
        QCOMPARE(db.count(QStringLiteral("SELECT max(version) FROM workflow_versions")), 1);
        QCOMPARE(db.count(QStringLiteral("SELECT step_id FROM work_orders")), order.stepId);
    }

    void addingAStepWithATargetMakesANewVersionAndTheDiagramShowsIt()
    {
        UiDatabase db;
        ProcessView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}});
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::mouseClick(child<QPushButton>(view, "addStep"), Qt::LeftButton);
        QTableWidget *steps = view.stepsTable();
        int added = -1;
        for (int r = 0; r < steps->rowCount(); ++r)
            if (steps->item(r, 0)->text().startsWith(QStringLiteral("New step")))
                added = r;
        QVERIFY(added >= 0);
        editCell(steps, steps->model()->index(added, 0), QStringLiteral("Quote follow-up"));
        editCell(steps, steps->model()->index(added, 3), QStringLiteral("2 d"));
        // Allow Quote sent (row 2) -> the new step: its box in the moves table, ticked with Space.
        QTableWidget *moves = view.transitionsTable();
        QCOMPARE(moves->item(2, added)->checkState(), Qt::Unchecked);
        clickIndex(moves, moves->model()->index(2, added));
        QTest::keyClick(moves, Qt::Key_Space);
        QCOMPARE(moves->item(2, added)->checkState(), Qt::Checked);
        clickSave(view);
        auto latest = WorkflowRepository(*db).defaultLatest();
        QCOMPARE(latest->version, 2);
        const Step *followUp = latest->stepNamed(QStringLiteral("Quote follow-up"));
        QVERIFY(followUp);
        QCOMPARE(*followUp->targetMinutes, qint64(2 * 24 * 60));
        QVERIFY(latest->allows(latest->stepNamed(QStringLiteral("Quote sent"))->id, followUp->id));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Version 2")));
    }

    void addStepPutsTheNewStepRightAfterTheSelectedOneAndSavesItThere()
    {
        UiDatabase db;
        ProcessView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}});
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableWidget *steps = view.stepsTable();
        const int rows = steps->rowCount();
        QCOMPARE(steps->item(2, 0)->text(), QStringLiteral("Quote sent"));
        const QString third = steps->item(3, 0)->text();
        clickIndex(steps, steps->model()->index(2, 0));
        QTest::mouseClick(child<QPushButton>(view, "addStep"), Qt::LeftButton);
        QCOMPARE(steps->rowCount(), rows + 1);
        QVERIFY(steps->item(3, 0)->text().startsWith(QStringLiteral("New step")));
        QCOMPARE(steps->item(4, 0)->text(), third);
        QCOMPARE(steps->currentRow(), 3);  // ready to be named
        QCOMPARE(view.transitionsTable()->rowCount(), rows + 1);
        editCell(steps, steps->model()->index(3, 0), QStringLiteral("Quote follow-up"));
        clickSave(view);
        // The new version keeps it there: after Quote sent, before the step that followed it.
        auto latest = WorkflowRepository(*db).defaultLatest();
        QVERIFY(latest.ok());
        QCOMPARE(latest->version, 2);
        QCOMPARE(latest->steps.size(), qsizetype(rows + 1));
        QCOMPARE(latest->steps[2].name, QStringLiteral("Quote sent"));
        QCOMPARE(latest->steps[3].name, QStringLiteral("Quote follow-up"));
        QCOMPARE(latest->steps[4].name, third);
        QCOMPARE(view.stepsTable()->item(3, 0)->text(), QStringLiteral("Quote follow-up"));

        // Selecting the last step adds at the very end.
        clickIndex(steps, steps->model()->index(steps->rowCount() - 1, 0));
        QTest::mouseClick(child<QPushButton>(view, "addStep"), Qt::LeftButton);
        QVERIFY(steps->item(steps->rowCount() - 1, 0)->text().startsWith(QStringLiteral("New step")));
    }

    void aTargetThatIsNotADurationIsExplainedAndNothingIsSaved()
    {
        UiDatabase db;
        ProcessView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar")}});
        view.resize(1300, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        editCell(view.stepsTable(), view.stepsTable()->model()->index(2, 3), QStringLiteral("soon"));
        clickSave(view);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("processError"))->text().contains(QStringLiteral("soon")));
        QCOMPARE(db.count(QStringLiteral("SELECT max(version) FROM workflow_versions")), 1);
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    TestProcessView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_process_view.moc"
