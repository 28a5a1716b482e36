#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/common/Clock.h"
#include "core/people/CustomerRepository.h"
#include "core/orders/WorkOrderService.h"
#include "core/reports/WeekSummaries.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/StatementTrace.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/Payments.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

QDateTime madrid(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Madrid"));
}

// A small company across the turn of the year, with answers known by hand.
struct Company
{
    TestDatabase db;
    Team team = addTeam(*db);
    QDateTime now = madrid(2026, 12, 1);
    Clock::Override clock{[this] { return now; }};
    WorkflowVersion wf = *WorkflowRepository(*db).defaultLatest();
    const Actor marta{std::nullopt, QStringLiteral("Marta Sanz")};

    Company()
    {
        CompanyProfile c;
        c.legalName = QStringLiteral("Ventanas Sol S.L.");
        c.taxId = QStringLiteral("B12345678");
        c.address = QStringLiteral("Calle del Sol 5");
        REQUIRE(CompanyProfiles(*db).save(c).ok());
    }

    WorkOrder order(const QDateTime &at, std::optional<Id> assignee = std::nullopt)
    {
        now = at;
        Customer c;
        c.name = QStringLiteral("Customer %1").arg(at.toString(Qt::ISODate));
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        c.postcode = QStringLiteral("28013");
        NewWorkOrder n;
        n.customerId = *CustomerRepository(*db).add(c);
        n.title = QStringLiteral("Job");
        n.assigneeId = assignee;
        n.lines = {{0, 0, QStringLiteral("Window"), 1000, 100000, 2100, 0}};  // 1,000 € + 210 € VAT
        auto o = WorkOrderService(*db).create(n, marta);
        REQUIRE(o.ok());
        return *o;
    }

    WorkOrder move(const WorkOrder &o, const char *step, const QDateTime &at)
    {
        now = at;
        auto current = WorkOrderService(*db).find(o.id);
        auto moved = OrderMoves(*db).move(o.id, current->version, wf.stepNamed(QString::fromUtf8(step))->id, marta);
        INFO((moved ? QString() : moved.error().message).toStdString());
        REQUIRE(moved.ok());
        return moved->order;
    }

    Invoice issue(const WorkOrder &o, const QDateTime &at)
    {
        now = at;
        InvoiceDrafts drafts(*db);
        InvoiceLedger ledger(*db);
        auto draft = drafts.createFromOrder(o.id, marta);
        auto inv = ledger.issue(draft->id, draft->version, marta);
        REQUIRE(inv.ok());
        return *inv;
    }
};

} // namespace

TEST_CASE("ISO weeks are read and their Monday found, also across the turn of the year", "[report]")
{
    CHECK(WeeklyReportBuilder::parseWeek(QStringLiteral("2026-W48")) == std::make_pair(2026, 48));
    CHECK(WeeklyReportBuilder::parseWeek(QStringLiteral("2026-W53")) == std::make_pair(2026, 53));
    CHECK_FALSE(WeeklyReportBuilder::parseWeek(QStringLiteral("2027-W53")).has_value());  // 2027 has 52 weeks
    CHECK_FALSE(WeeklyReportBuilder::parseWeek(QStringLiteral("last week")).has_value());
    CHECK(WeeklyReportBuilder::mondayOf(2026, 48) == QDate(2026, 11, 23));
    CHECK(WeeklyReportBuilder::mondayOf(2026, 53) == QDate(2026, 12, 28));
    CHECK(WeeklyReportBuilder::mondayOf(2027, 1) == QDate(2027, 1, 4));
}

TEST_CASE("every figure of the weekly report matches a hand-counted week across the turn of the year", "[report]")
{
    Company co;
    // E: a whole job in early December, paid on 30 December (inside week 53).
    WorkOrder e = co.order(madrid(2026, 12, 1), co.team.ruben);
    e = co.move(e, "Installation scheduled", madrid(2026, 12, 2));
    e = co.move(e, "In progress", madrid(2026, 12, 3));
    e = co.move(e, "Work completed", madrid(2026, 12, 4));
    const Invoice eInvoice = co.issue(e, madrid(2026, 12, 4, 12));
    e = co.move(e, "Invoiced", madrid(2026, 12, 5));
    // A: received the week before, its quote waits 8 days, accepted on 30 December; invoiced on 29 December.
    WorkOrder a = co.order(madrid(2026, 12, 21), co.team.javier);
    a = co.move(a, "Quote sent", madrid(2026, 12, 22));
    const Invoice aInvoice = co.issue(a, madrid(2026, 12, 29));
    a = co.move(a, "Quote accepted", madrid(2026, 12, 30));
    // B: received on 29 December, cancelled two days later.
    WorkOrder b = co.order(madrid(2026, 12, 29));
    b = co.move(b, "Cancelled", madrid(2026, 12, 31));
    // C: received on 2 January 2027, still open. D: after the week.
    co.order(madrid(2027, 1, 2));
    co.order(madrid(2027, 1, 5));
    // E's payment (moves it to Paid on 30 December), and two visits, one of them cancelled.
    co.now = madrid(2026, 12, 30, 12);
    REQUIRE(Payments(*co.db).record(eInvoice.id, eInvoice.totals.total, co.now.toSecsSinceEpoch(),
                                                 QStringLiteral("transfer"), {}, co.marta).ok());
    AppointmentService visits(*co.db);
    REQUIRE(visits.create({a.id, co.team.javier, madrid(2026, 12, 29, 10).toSecsSinceEpoch(), madrid(2026, 12, 29, 11).toSecsSinceEpoch(),
                           AppointmentKind::Estimate, {}}, co.marta, true).ok());
    auto cancelled = visits.create({a.id, co.team.javier, madrid(2026, 12, 30, 10).toSecsSinceEpoch(),
                                    madrid(2026, 12, 30, 11).toSecsSinceEpoch(), AppointmentKind::Estimate, {}}, co.marta, true);
    REQUIRE(cancelled.ok());
    REQUIRE(visits.setStatus(cancelled->appointment.id, cancelled->version, AppointmentStatus::Cancelled, co.marta).ok());

    co.now = madrid(2027, 1, 10);
    auto report = WeeklyReportBuilder(*co.db).build(2026, 53);
    REQUIRE(report.ok());
    CHECK(report->from == madrid(2026, 12, 28, 0).toSecsSinceEpoch());
    CHECK(report->to == madrid(2027, 1, 4, 0).toSecsSinceEpoch());
    CHECK(report->received.value == 2);           // B and C
    CHECK(report->received.previous == 1);        // A
    CHECK(report->received.fourWeekAverage == 1); // A and E over four weeks: 0.5, rounded half up
    CHECK(report->completed.value == 1);          // E, paid in full
    CHECK(report->cancelled.value == 1);          // B
    CHECK(report->openAtEnd == 2);                // A and C
    CHECK(report->invoiced.value == aInvoice.totals.total);
    CHECK(report->invoiced.previous == 0);
    CHECK(report->collected.value == eInvoice.totals.total);
    CHECK(report->outstanding == aInvoice.totals.total);
    CHECK(report->overdue == 0);

    auto step = [&](const char *name) {
        for (const auto &s : report->steps)
            if (s.name == QString::fromUtf8(name))
                return s;
        FAIL(name);
        return StepFigures{};
    };
    CHECK(step("Quote sent").stays == 1);
    CHECK(step("Quote sent").medianSeconds.value == 8 * 86400);
    CHECK(step("Quote sent").p90Seconds.value == 8 * 86400);
    CHECK(step("Quote accepted").entered.value == 1);
    CHECK(step("Call received").stays == 1);      // B's two days
    CHECK(step("Call received").medianSeconds.value == 2 * 86400);
    CHECK(step("Cancelled").entered.value == 1);
    CHECK(step("Paid").entered.value == 1);
    CHECK(step("Call received").entered.value == 2);    // B and C, created in the week
    // Beside the week before (W52: A received on the 21st, its quote sent on the 22nd) and the
    // average of W49-W52 (E received on 1 December, and A): 2 / 4, rounded half up.
    CHECK(step("Call received").entered.previous == 1);
    CHECK(step("Call received").entered.fourWeekAverage == 1);
    CHECK(step("Quote sent").entered.previous == 1);
    CHECK(step("Call received").medianSeconds.previous == 86400);       // A's day in the call step
    CHECK(step("Call received").medianSeconds.fourWeekAverage == 86400); // A's and E's: one day each
    CHECK(step("In progress").medianSeconds.fourWeekAverage == 86400);   // E, 3 to 4 December
    CHECK(step("Quote sent").medianSeconds.previous == 0);               // no quote left the step in W52

    // Day by day for the charts: Monday 28 December to Sunday 3 January.
    REQUIRE(report->days.size() == 7);
    CHECK(report->days[0].day == QDate(2026, 12, 28));
    CHECK(report->days[6].day == QDate(2027, 1, 3));
    CHECK(report->days[1].received == 1);         // B, Tuesday 29
    CHECK(report->days[5].received == 1);         // C, Saturday 2 January
    CHECK(report->days[2].completed == 1);        // E paid on Wednesday 30
    CHECK(report->days[1].invoiced == aInvoice.totals.total);
    CHECK(report->days[2].collected == eInvoice.totals.total);
    qint64 received = 0, completed = 0, invoiced = 0, collected = 0;
    for (const auto &d : report->days) {
        received += d.received;
        completed += d.completed;
        invoiced += d.invoiced;
        collected += d.collected;
    }
    CHECK(received == report->received.value);    // the days add up to the week
    CHECK(completed == report->completed.value);
    CHECK(invoiced == report->invoiced.value);
    CHECK(collected == report->collected.value);

    const auto javier = std::find_if(report->people.begin(), report->people.end(),
                                     [&](const PersonFigures &p) { return p.staffId == co.team.javier; });
    REQUIRE(javier != report->people.end());
    CHECK(javier->visits.value == 1);                   // the cancelled one does not count
    CHECK(javier->revenue.value == aInvoice.totals.total);
    const auto ruben = std::find_if(report->people.begin(), report->people.end(),
                                    [&](const PersonFigures &p) { return p.staffId == co.team.ruben; });
    REQUIRE(ruben != report->people.end());
    CHECK(ruben->jobsCompleted.value == 1);
    CHECK(ruben->jobsCompleted.previous == 0);
    CHECK(javier->visits.previous == 0);

    // The report computed the four finished weeks before without keeping them; once kept, the next
    // report reads them and gives the same figures.
    CHECK(report->unkeptWeeks.size() == 4);
    CHECK(rawCount(*co.db, QStringLiteral("SELECT count(*) FROM week_summaries")) == 0);
    REQUIRE(WeekSummaries(*co.db).keep(report->unkeptWeeks).ok());
    CHECK(rawCount(*co.db, QStringLiteral("SELECT count(*) FROM week_summaries")) == 4);
    auto again = WeeklyReportBuilder(*co.db).build(2026, 53);
    REQUIRE(again.ok());
    CHECK(again->unkeptWeeks.isEmpty());
    for (int i = 0; i < report->steps.size(); ++i) {
        CHECK(again->steps[i].entered.previous == report->steps[i].entered.previous);
        CHECK(again->steps[i].entered.fourWeekAverage == report->steps[i].entered.fourWeekAverage);
        CHECK(again->steps[i].medianSeconds.fourWeekAverage == report->steps[i].medianSeconds.fourWeekAverage);
    }
}

TEST_CASE("the weekly report is produced while another connection holds the write lock, without waiting or writing",
          "[report][sharing][sqlite]")
{
    Company co;
    // Orders moving through the four weeks before week 2 of 2027, so those weeks' figures are needed.
    for (int week = 1; week <= 4; ++week) {
        WorkOrder o = co.order(madrid(2027, 1, 11).addDays(-7 * week));
        co.move(o, "Quote sent", madrid(2027, 1, 12).addDays(-7 * week));
    }
    co.now = madrid(2027, 1, 20);
    auto quoteSent = [](const WeeklyReport &r) {
        const auto s = std::find_if(r.steps.begin(), r.steps.end(),
                                    [](const StepFigures &f) { return f.name == QStringLiteral("Quote sent"); });
        REQUIRE(s != r.steps.end());
        return *s;
    };
    auto other = Database::open(co.db.path, Database::OpenMode::MustExist);
    REQUIRE(other.ok());
    Transaction held(**other);
    REQUIRE(held.begin().ok());  // BEGIN IMMEDIATE on the other connection, kept during the report

    StatementTrace trace(*co.db);
    REQUIRE(trace.valid());
    trace.start();
    QElapsedTimer timer;
    timer.start();
    auto report = WeeklyReportBuilder(*co.db).build(2027, 2);
    const qint64 took = timer.elapsed();
    const QStringList sent = trace.stop();
    INFO(sent.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.ok());
    CHECK(took < Database::BusyTimeoutMs / 5);  // never waited for the lock
    for (const QString &statement : sent) {
        const QString verb = statement.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
        CHECK_FALSE((verb == QLatin1String("BEGIN") || verb == QLatin1String("INSERT") || verb == QLatin1String("UPDATE") ||
                     verb == QLatin1String("DELETE")));
    }
    CHECK_FALSE(co.db->inTransaction());
    CHECK(report->unkeptWeeks.size() == 4);
    CHECK(quoteSent(*report).entered.fourWeekAverage == 1);  // one quote sent in each of the four weeks

    // Keeping them is a separate step, and it does not wait either: while the lock is held it keeps nothing.
    timer.restart();
    auto kept = WeekSummaries(*co.db).keep(report->unkeptWeeks);
    CHECK(timer.elapsed() < Database::BusyTimeoutMs / 5);
    REQUIRE(kept.ok());
    CHECK_FALSE(*kept);
    CHECK(rawCount(*co.db, QStringLiteral("SELECT count(*) FROM week_summaries")) == 0);

    // Once the other writer is done, they are kept, and the next report reads them.
    REQUIRE(held.commit().ok());
    kept = WeekSummaries(*co.db).keep(report->unkeptWeeks);
    REQUIRE(kept.ok());
    CHECK(*kept);
    CHECK(rawCount(*co.db, QStringLiteral("SELECT count(*) FROM week_summaries")) == 4);
    auto again = WeeklyReportBuilder(*co.db).build(2027, 2);
    REQUIRE(again.ok());
    CHECK(again->unkeptWeeks.isEmpty());
    CHECK(quoteSent(*again).entered.fourWeekAverage == 1);

    // A read-only connection (a worker's, or ordo-cli's report) produces it too, and keeps nothing.
    auto reader = Database::open(co.db.path, Database::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    auto read = WeeklyReportBuilder(**reader).build(2027, 3);
    REQUIRE(read.ok());
    kept = WeekSummaries(**reader).keep(read->unkeptWeeks);
    REQUIRE(kept.ok());
    CHECK_FALSE(*kept);
}

TEST_CASE("percentiles of time in a step use the nearest rank", "[report]")
{
    Company co;
    // Five orders wait 1, 2, 3, 4 and 10 days in "Quote sent", all leaving in week 2 of 2027.
    int days[] = {1, 2, 3, 4, 10};
    for (int d : days) {
        WorkOrder o = co.order(madrid(2026, 12, 20));
        o = co.move(o, "Quote sent", madrid(2027, 1, 11).addDays(-d));
        co.move(o, "Quote accepted", madrid(2027, 1, 11));
    }
    co.now = madrid(2027, 1, 20);
    auto report = WeeklyReportBuilder(*co.db).build(2027, 2);
    REQUIRE(report.ok());
    for (const auto &s : report->steps) {
        if (s.name != QStringLiteral("Quote sent"))
            continue;
        CHECK(s.stays == 5);
        CHECK(s.medianSeconds.value == 3 * 86400);
        CHECK(s.p90Seconds.value == 10 * 86400);
    }
}

TEST_CASE("outstanding and overdue at the end of a week count what was owed then, not what is owed now", "[report]")
{
    Company co;
    InvoiceLedger ledger(*co.db);
    // X: 1,210 € issued 2 November (due 2 December), 300 € paid on 10 November, the rest on 9 December.
    WorkOrder x = co.order(madrid(2026, 11, 2));
    const Invoice xInvoice = co.issue(x, madrid(2026, 11, 2, 12));
    co.now = madrid(2026, 11, 10, 12);   // a payment is recorded on its day or later, never ahead
    REQUIRE(Payments(*co.db).record(xInvoice.id, 30000, madrid(2026, 11, 10).toSecsSinceEpoch(), QStringLiteral("cash"), {},
                                   co.marta).ok());
    // Y: issued 1 October (due 31 October), unpaid: overdue by the week of 14 December.
    WorkOrder y = co.order(madrid(2026, 10, 1));
    const Invoice yInvoice = co.issue(y, madrid(2026, 10, 1, 12));
    // Z: issued 5 October and fully credited by a rectifying invoice on 6 October: owes nothing.
    WorkOrder z = co.order(madrid(2026, 10, 5));
    const Invoice zInvoice = co.issue(z, madrid(2026, 10, 5, 12));
    co.now = madrid(2026, 10, 6);
    auto credit = ledger.createRectifying(zInvoice.id, QStringLiteral("Order cancelled"), co.marta);
    REQUIRE(credit.ok());
    REQUIRE(ledger.issue(credit->id, credit->version, co.marta).ok());
    co.now = madrid(2026, 10, 7, 12);
    REQUIRE(Payments(*co.db).record(zInvoice.id, zInvoice.totals.total, madrid(2026, 10, 7).toSecsSinceEpoch(),
                                   QStringLiteral("transfer"), {}, co.marta).ok());
    co.now = madrid(2026, 12, 9);
    REQUIRE(Payments(*co.db).record(xInvoice.id, xInvoice.totals.total - 30000, co.now.toSecsSinceEpoch(), QStringLiteral("transfer"),
                                   {}, co.marta).ok());
    co.now = madrid(2026, 12, 20);

    // Week 46 (9-15 November): X partly paid, not yet due; Y overdue.
    auto w46 = WeeklyReportBuilder(*co.db).build(2026, 46);
    REQUIRE(w46.ok());
    CHECK(w46->outstanding == xInvoice.totals.total - 30000 + yInvoice.totals.total);
    CHECK(w46->overdue == yInvoice.totals.total);
    CHECK(w46->collected.value == 30000);
    // Week 49 (30 November - 6 December): X is now past due too, still unpaid in part.
    auto w49 = WeeklyReportBuilder(*co.db).build(2026, 49);
    REQUIRE(w49.ok());
    CHECK(w49->overdue == xInvoice.totals.total - 30000 + yInvoice.totals.total);
    // Week 50: X paid in full on 9 December; only Y remains.
    auto w50 = WeeklyReportBuilder(*co.db).build(2026, 50);
    REQUIRE(w50.ok());
    CHECK(w50->outstanding == yInvoice.totals.total);
    CHECK(w50->overdue == yInvoice.totals.total);
}
