#include "ui/reports/ReportsView.h"

#include "core/common/Clock.h"
#include "ui/main/MainWindow.h"
#include "ui/process/ProcessView.h"
#include "core/workflow/WorkflowEditor.h"
#include "ui/reports/ReviewDialog.h"
#include "ui/orders/OrderEditor.h"
#include "core/orders/WorkOrderService.h"
#include "support/TestEnvironment.h"
#include "ui/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include "ui/reports/BarChart.h"

#include <QTemporaryDir>
#include <QScopeGuard>
#include <QDir>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

using namespace ordo;
using namespace ordo::test;

namespace {

const QDateTime Today(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));

QString cell(QTableWidget *t, int row, int column)
{
    return t->item(row, column) ? t->item(row, column)->text() : QString();
}

int rowOf(QTableWidget *t, const QString &first)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (cell(t, r, 0) == first)
            return r;
    return -1;
}

// The window's page chosen in its navigation list, then the reports' tab clicked.
void showReportsTab(MainWindow &window, ReportsView::Tab tab)
{
    auto *navigation = child<QListWidget>(window, "navigation");
    clickIndex(navigation, navigation->model()->index(MainWindow::ReportsPage, 0));
    QTabBar *tabs = child<QTabWidget>(window, "reportsTabs")->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(tab).center());
    QCOMPARE(child<QTabWidget>(window, "reportsTabs")->currentIndex(), int(tab));
}

// A row of a list chosen with the mouse and opened with Enter.
void openRow(QAbstractItemView *view, int row)
{
    clickIndex(view, view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
}

} // namespace

class TestReportsView final : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void weeklyReportShowsTheSameFiguresAsTheCoreAndCharts()
    {
        UiDatabase db;
        db.demo(DemoSize::Medium);
        Clock::Override clock(Today);
        ReportsView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        view.resize(1200, 800);
        view.setWeek(2026, 47);
        auto expected = WeeklyReportBuilder(*db).build(2026, 47);
        QVERIFY(expected.ok());
        QVERIFY(expected->received.value > 0);

        const QLocale locale;
        QTableWidget *summary = view.summaryTable();
        QCOMPARE(cell(summary, 0, 1), locale.toString(expected->received.value));
        QCOMPARE(cell(summary, 0, 2), locale.toString(expected->received.previous));
        QCOMPARE(cell(summary, 0, 3), locale.toString(expected->received.fourWeekAverage));
        QCOMPARE(cell(summary, 1, 1), locale.toString(expected->completed.value));
        QCOMPARE(cell(summary, 3, 1), locale.toString(expected->openAtEnd));
        QCOMPARE(cell(summary, 4, 1), money::formatEuros(expected->invoiced.value, locale));
        QCOMPARE(cell(summary, 6, 1), money::formatEuros(expected->outstanding, locale));
        QCOMPARE(view.stepsTable()->rowCount(), int(expected->steps.size()));
        QCOMPARE(view.peopleTable()->rowCount(), int(expected->people.size()));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("weekLabel"))->text().left(15), QStringLiteral("Week 47 of 2026"));

        // The flow chart: one bar per day for received and for completed, the same as the days.
        // Drawn by the charts plugin, loaded for it: a Qt Charts view with what the page gave it.
        QVERIFY2(view.flowChart()->problem().isEmpty(), qPrintable(view.flowChart()->problem()));
        auto *drawing = qobject_cast<QChartView *>(view.flowChart()->drawing());
        QVERIFY(drawing);
        auto *chart = drawing->chart();
        QVERIFY(chart);
        auto *series = qobject_cast<QBarSeries *>(chart->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        QCOMPARE(series->barSets().at(0)->count(), 7);
        for (int d = 0; d < 7; ++d) {
            QCOMPARE(qint64(series->barSets().at(0)->at(d)), expected->days[d].received);
            QCOMPARE(qint64(series->barSets().at(1)->at(d)), expected->days[d].completed);
        }
    }

    void withoutTheChartsPluginTheChartsSayWhyAndTheTablesStillShowTheWeek()
    {
        UiDatabase db;
        db.demo(DemoSize::Medium);
        Clock::Override clock(Today);
        QTemporaryDir empty;
        qputenv("ORDO_PLUGIN_DIR", QFile::encodeName(empty.path()));
        auto restore = qScopeGuard([] { qunsetenv("ORDO_PLUGIN_DIR"); });
        ReportsView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        view.resize(1200, 800);
        view.setWeek(2026, 47);
        QVERIFY(!view.flowChart()->drawing());
        QVERIFY(view.flowChart()->problem().contains(QDir::toNativeSeparators(empty.path())));
        QVERIFY(view.flowChart()->problem().contains(QStringLiteral("Reinstall Ordo")));
        // The data the chart would have drawn is there, and the tables show the week.
        QCOMPARE(view.flowChart()->chart().sets.size(), 2);
        QCOMPARE(view.flowChart()->chart().sets.at(0).values.size(), 7);
        auto expected = WeeklyReportBuilder(*db).build(2026, 47);
        QVERIFY(expected.ok());
        QCOMPARE(cell(view.summaryTable(), 0, 1), QLocale().toString(expected->received.value));

        // A file of that name that is no plugin: what the system said is shown, not "not there".
        QFile bogus(QDir(empty.path()).filePath(QStringLiteral("ordo_charts.so")));
        QVERIFY(bogus.open(QIODevice::WriteOnly));
        bogus.write("not a library");
        bogus.close();
        ReportsView broken(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        broken.setWeek(2026, 47);
        QVERIFY(!broken.flowChart()->drawing());
        QVERIFY2(broken.flowChart()->problem().contains(QStringLiteral("cannot be loaded")), qPrintable(broken.flowChart()->problem()));

        // The plugin back where it belongs: the next page made draws again.
        restore.dismiss();
        qunsetenv("ORDO_PLUGIN_DIR");
        ReportsView again(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        again.setWeek(2026, 47);
        QVERIFY(qobject_cast<QChartView *>(again.flowChart()->drawing()));
    }

    void weeklyReportGoesToPdfAndAWrongFolderIsExplained()
    {
        UiDatabase db;
        db.demo();
        Clock::Override clock(Today);
        ReportsView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        view.setWeek(2026, 47);
        const QString path = db.dir.filePath(QStringLiteral("week.pdf"));
        QVERIFY(view.savePdf(path));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 10000);

        MessageBox::clearLastMessage();
        QVERIFY(!view.savePdf(db.dir.filePath(QStringLiteral("no/such/folder/week.pdf"))));
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("Could not write")));
    }

    void aDueReviewShowsAtStartAndIsSignedOffFromItsChecklist()
    {
        UiDatabase db;
        db.demo();
        Clock::Override clock(Today);
        const QString path = db.db->path();
        db.db.reset();

        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The demo company's weekly review of this week is not signed yet.
        QVERIFY(window.reviewNotice().contains(QStringLiteral("Friday review of open orders due today — Marta Sanz")));

        ReportsView *reports = window.reports();
        showReportsTab(window, ReportsView::ReviewsTab);
        QListWidget *due = reports->dueList();
        QVERIFY(due->count() >= 3);
        QTableWidget *plans = reports->plansTable();
        const int weekly = rowOf(plans, QStringLiteral("Friday review of open orders"));
        QVERIFY(weekly >= 0);
        QCOMPARE(cell(plans, weekly, 2), QStringLiteral("Marta Sanz"));
        const int signedBefore = reports->historyTable()->rowCount();
        QVERIFY(signedBefore > 0);  // earlier periods, signed

        // Marta opens it: a checklist from the data, which cannot be signed while items are open.
        const Id planId = plans->item(weekly, 0)->data(Qt::UserRole).toLongLong();
        auto review = ReviewService(*window.database()).open(planId, Clock::nowSecs());
        QVERIFY(review.ok());
        QVERIFY(!review->items.isEmpty());
        ReviewDialog dialog(Session{*window.database(), Actor{std::nullopt, QStringLiteral("Marta Sanz")}}, *review);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.itemsTable()->rowCount(), int(review->items.size()));
        MessageBox::clearLastMessage();
        auto *signOff = child<QPushButton>(dialog, "signOffButton");
        QTest::mouseClick(signOff, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(MessageBox::lastMessage().contains(QStringLiteral("still need")));

        // Ticking the box (Space) and typing a comment are saved at once.
        QTableWidget *items = dialog.itemsTable();
        clickIndex(items, items->model()->index(0, 0));
        QTest::keyClick(items, Qt::Key_Space);
        for (int row = 1; row < items->rowCount(); ++row)
            editCell(items, items->model()->index(row, 4), QStringLiteral("Customer asked to wait"));
        auto stored = ReviewService(*window.database()).find(review->id);
        QVERIFY(stored->items[0].handled);
        QCOMPARE(stored->items.last().comment, QStringLiteral("Customer asked to wait"));
        QTest::keyClicks(child<QPlainTextEdit>(dialog, "reviewNotes"), QStringLiteral("Two quotes chased."));
        QTest::mouseClick(signOff, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.review().signedAt.has_value());
        QVERIFY(dialog.itemsTable()->item(0, 4)->flags().testFlag(Qt::ItemIsEditable) == false);  // frozen

        // The notice drops the signed review, and the history shows who signed and what they found.
        window.refreshReviewNotice();
        QVERIFY(!window.reviewNotice().contains(QStringLiteral("Marta Sanz")));
        reports->reloadReviews();
        QTableWidget *history = reports->historyTable();
        QCOMPARE(history->rowCount(), signedBefore + 1);
        const int newest = rowOf(history, QStringLiteral("Friday review of open orders"));  // newest period first
        QVERIFY(newest >= 0);
        QCOMPARE(cell(history, newest, 2), QStringLiteral("Marta Sanz"));
        QCOMPARE(cell(history, newest, 4), QStringLiteral("1 of %1").arg(items->rowCount()));
        QCOMPARE(cell(history, newest, 5), QStringLiteral("Two quotes chased."));
    }

    void aReviewItemOpensItsOrderAndSeveralAreHandledWithOneComment()
    {
        UiDatabase db;
        db.demo();
        Clock::Override clock(Today);
        auto plans = ReviewService(*db).plans();
        QVERIFY(plans.ok());
        const auto weekly = std::find_if(plans->begin(), plans->end(),
                                         [](const ReviewPlan &p) { return p.name == QStringLiteral("Friday review of open orders"); });
        QVERIFY(weekly != plans->end());
        auto review = ReviewService(*db).open(weekly->id, Clock::nowSecs());
        QVERIFY(review.ok());
        QVERIFY(review->items.size() >= 3);
        ReviewDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Marta Sanz")}}, *review);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget *items = dialog.itemsTable();

        // Double-clicking an order's item opens that order in the order editor, over the checklist.
        int orderRow = -1;
        for (int row = 0; row < review->items.size() && orderRow < 0; ++row)
            if (review->items[row].check == ReviewCheck::PastTarget || review->items[row].check == ReviewCheck::InactiveOrders)
                orderRow = row;
        QVERIFY(orderRow >= 0);
        const QString number = review->items[orderRow].reference;
        const QModelIndex reference = items->model()->index(orderRow, 2);
        // A double click as the mouse sends it: press and release, then the second press.
        clickIndex(items, reference);
        QTest::mouseDClick(items->viewport(), Qt::LeftButton, {}, items->visualRect(reference).center());
        QTest::mouseRelease(items->viewport(), Qt::LeftButton, {}, items->visualRect(reference).center());
        OrderEditor *editor = nullptr;
        QTRY_VERIFY((editor = dialog.findChild<OrderEditor *>()) && editor->isVisible());
        auto order = WorkOrderService(*db).find(editor->orderId());
        QVERIFY(order.ok());
        QCOMPARE(order->number, number);
        editor->reject();
        QTRY_VERIFY(!dialog.findChild<OrderEditor *>());
        QVERIFY(dialog.isVisible());

        // Three items chosen with Shift+click get one comment and are marked handled together, by Marta.
        clickIndex(items, items->model()->index(0, 1));
        clickIndex(items, items->model()->index(2, 1), Qt::ShiftModifier);
        typeText(dialog.bulkCommentEdit(), QStringLiteral("Called the three customers"));
        QTest::mouseClick(dialog.markHandledButton(), Qt::LeftButton);
        auto stored = ReviewService(*db).find(review->id);
        QVERIFY(stored.ok());
        for (int row = 0; row < 3; ++row) {
            QVERIFY(stored->items[row].handled);
            QCOMPARE(stored->items[row].comment, QStringLiteral("Called the three customers"));
            QCOMPARE(stored->items[row].handledBy, QStringLiteral("Marta Sanz"));
            QCOMPARE(items->item(row, 0)->checkState(), Qt::Checked);
            QCOMPARE(cell(items, row, 4), QStringLiteral("Called the three customers"));
        }
        if (stored->items.size() > 3)
            QVERIFY(!stored->items[3].handled && stored->items[3].comment.isEmpty());
        QVERIFY(child<QLabel>(dialog, "reviewStatus")->text().contains(QStringLiteral("3 item")));
        QVERIFY(dialog.bulkCommentEdit()->text().isEmpty());
    }

    void aReviewPlanNeedsANameAndThenAppearsInThePlans()
    {
        UiDatabase db;
        db.demo();
        Clock::Override clock(Today);
        ReviewPlanDialog dialog(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton *save = child<QDialogButtonBox>(dialog, "planButtons")->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(dialog, "planError")->text().contains(QStringLiteral("name")));
        QTest::keyClicks(child<QLineEdit>(dialog, "planName"), QStringLiteral("Quarterly look at the whole process"));
        chooseByKeys(child<QComboBox>(dialog, "planCadence"), 3);
        for (QCheckBox *c : dialog.checkBoxes())
            clickCheckBox(c);  // every check off
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());  // nothing to check
        QCOMPARE(db.count(QStringLiteral("SELECT count(*) FROM review_plans WHERE name LIKE 'Quarterly%'")), 0);
        clickCheckBox(child<QCheckBox>(dialog, "planCheck0"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        ReportsView view(Session{*db, Actor{std::nullopt, QStringLiteral("Pilar Navarro")}});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTabBar *tabs = child<QTabWidget>(view, "reportsTabs")->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(ReportsView::ReviewsTab).center());
        const int row = rowOf(view.plansTable(), QStringLiteral("Quarterly look at the whole process"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(view.plansTable(), row, 1), QStringLiteral("Quarterly"));
        QCOMPARE(cell(view.plansTable(), row, 3), QStringLiteral("Orders with no activity"));
    }

    void processEvaluationFindingsLeadToTheStepInTheMap()
    {
        UiDatabase db;
        db.demo(DemoSize::Medium);
        Clock::Override clock(Today);
        const QString path = db.db->path();
        db.db.reset();
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReportsView *reports = window.reports();
        showReportsTab(window, ReportsView::ProcessTab);
        // Evaluated in a worker: the last twelve months first, then every order.
        QTRY_VERIFY(reports->evaluationReady());
        QVERIFY(reports->evaluation().since.has_value());
        const qint64 recentOrders = reports->evaluation().orders;
        chooseByKeys(reports->periodBox(), 2);  // every order
        QVERIFY(!reports->evaluationReady());
        QTRY_VERIFY(reports->evaluationReady());
        const ProcessEvaluation &ev = reports->evaluation();
        QVERIFY(!ev.since.has_value());
        QVERIFY(ev.orders > recentOrders);
        QVERIFY(ev.finished > 1000);
        QCOMPARE(reports->processTable()->rowCount(), int(ev.steps.size()));
        QCOMPARE(cell(reports->processTable(), 0, 0), QStringLiteral("Call received"));
        QCOMPARE(cell(reports->processTable(), 0, 1), QLocale().toString(ev.steps[0].passed));
        QListWidget *findings = reports->findingsList();
        QCOMPARE(findings->count(), int(ev.findings.size()));
        QVERIFY(findings->count() > 0);

        // Opening a finding shows its step in the process map.
        const Finding first = ev.findings.first();
        openRow(findings, 0);
        QCOMPARE(window.currentPage(), MainWindow::ProcessPage);
        QTableWidget *steps = window.process()->stepsTable();
        QCOMPARE(cell(steps, steps->currentRow(), 0), first.stepName);

        // The owner adds a follow-up step; the new version side by side with the old one.
        WorkflowVersion v1 = *WorkflowRepository(*window.database()).defaultLatest();
        WorkflowEdit edit;
        edit.workflowId = v1.workflowId;
        edit.steps = v1.steps;
        for (const auto &t : v1.transitions) {
            int from = -1, to = -1;
            for (int i = 0; i < v1.steps.size(); ++i) {
                if (v1.steps[i].id == t.fromStepId)
                    from = i < 3 ? i : i + 1;
                if (v1.steps[i].id == t.toStepId)
                    to = i < 3 ? i : i + 1;
            }
            edit.transitions.append({from, to});
        }
        Step followUp;
        followUp.name = QStringLiteral("Quote follow-up");
        followUp.responsibleRole = Role::Reception;
        followUp.targetMinutes = 2 * 24 * 60;
        edit.steps.insert(3, followUp);
        edit.transitions.append({2, 3});
        edit.transitions.append({3, 4});
        auto v2 = WorkflowEditor(*window.database()).save(edit, Actor{std::nullopt, QStringLiteral("Pilar Navarro")});
        QVERIFY(v2.ok());
        showReportsTab(window, ReportsView::ProcessTab);
        chooseByKeys(reports->versionA(), reports->versionA()->findData(*v2));
        chooseByKeys(reports->versionB(), reports->versionB()->findData(v1.id));
        QTRY_VERIFY(reports->evaluationReady());
        QCOMPARE(reports->versionA()->currentData().toLongLong(), *v2);
        QCOMPARE(reports->versionB()->currentData().toLongLong(), v1.id);
        const int row = rowOf(reports->processTable(), QStringLiteral("Quote follow-up"));
        QVERIFY(row >= 0);
        QVERIFY(cell(reports->processTable(), row, 1).contains(QStringLiteral("→ not in this version")));
        // Orders still open moved onto the new version; the old one keeps the finished ones.
        QVERIFY(cell(reports->processTable(), 0, 1).contains(QStringLiteral("→")));
    }
};

int main(int argc, char *argv[])
{
    ordo::test::pinEnvironment();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OrdoTest"));
    QApplication::setApplicationName(QStringLiteral("OrdoTest"));
    TestReportsView test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_reports_view.moc"
