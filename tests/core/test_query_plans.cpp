// What the screens read must come through an index: a full scan of a table that grows with the
// years (orders, history, visits, invoices, payments, customers) is what makes a tool slow at
// 500,000 orders. These tests catch every statement an action sends and ask SQLite for its plan.
// (An index added for one query once made the planner scan every order for the board.)

#include "core/billing/InvoiceQueries.h"
#include "core/board/BoardService.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/orders/WorkOrderService.h"
#include "core/reports/ProcessEvaluation.h"
#include "core/reports/WeeklyReport.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Database.h"
#include "core/storage/StatementTrace.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>


#include <functional>

using namespace ordo;
using namespace ordo::test;

namespace {

const QDateTime Today(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));

// The statements `action` sends, bound values included.
QStringList statementsOf(Database &db, const std::function<void()> &action)
{
    StatementTrace trace(db);
    REQUIRE(trace.valid());
    trace.start();
    action();
    return trace.stop();
}

// Plan lines that read a growing table from end to end: "SCAN o" for `work_orders o`, with no index.
QStringList fullScans(Database &db, const QStringList &statements)
{
    static const QRegularExpression aliasRe(
        QStringLiteral("\\b(work_orders|order_events|order_stays|appointments|invoices|payments|customers)\\b(?:\\s+(?:AS\\s+)?(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> keywords{QStringLiteral("WHERE"), QStringLiteral("JOIN"), QStringLiteral("ON"),
                                        QStringLiteral("LEFT"), QStringLiteral("GROUP"), QStringLiteral("ORDER"),
                                        QStringLiteral("LIMIT"), QStringLiteral("SET"), QStringLiteral("VALUES"),
                                        QStringLiteral("UNION"), QStringLiteral("AND"), QStringLiteral("USING")};
    QStringList found;
    for (const QString &sql : statements) {
        if (!sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive) &&
            !sql.trimmed().startsWith(QLatin1String("WITH"), Qt::CaseInsensitive))
            continue;
        QSet<QString> growing;
        for (auto it = aliasRe.globalMatch(sql); it.hasNext();) {
            const auto m = it.next();
            growing.insert(m.captured(1).toLower());
            if (!m.captured(2).isEmpty() && !keywords.contains(m.captured(2).toUpper()))
                growing.insert(m.captured(2));
        }
        // Open orders are read through an index of open orders only (or by their ids), never
        // through an index that holds every order, closed ones included.
        static const QRegularExpression openRe(QStringLiteral("\\b(\\w+)\\.is_open = 1"));
        QSet<QString> openAliases;
        for (auto it = openRe.globalMatch(sql); it.hasNext();)
            openAliases.insert(it.next().captured(1));
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            static const QRegularExpression scanRe(QStringLiteral("^SCAN (\\w+)$"));
            const auto m = scanRe.match(detail);
            if (m.hasMatch() && growing.contains(m.captured(1)))
                found << detail + QStringLiteral("  in  ") + sql.left(300);
            static const QRegularExpression readRe(QStringLiteral("^(?:SCAN|SEARCH) (\\w+)"));
            const auto r = readRe.match(detail);
            if (r.hasMatch() && openAliases.contains(r.captured(1)) && !detail.contains(QLatin1String("work_orders_open")) &&
                !detail.contains(QLatin1String("PRIMARY KEY")))
                found << detail + QStringLiteral("  (open orders not through an open-orders index)  in  ") + sql.left(300);
        }
    }
    return found;
}

struct Company
{
    TestDatabase db;
    Company()
    {
        DemoGenerator::Options options;
        options.size = DemoSize::Medium;
        options.now = Today;
        REQUIRE(DemoGenerator(*db).generate(options).ok());
    }
};

} // namespace

TEST_CASE("the board, a card, the calendar week, search and the weekly report read through indexes", "[plans][sqlite]")
{
    Company co;
    Clock::Override clock(Today);
    Database &db = *co.db;
    const QDate monday = Today.date().addDays(1 - Today.date().dayOfWeek());
    const qint64 from = QDateTime(monday, QTime(0, 0)).toSecsSinceEpoch();
    const qint64 to = QDateTime(monday.addDays(7), QTime(0, 0)).toSecsSinceEpoch();
    const Id someone = db.scalar(QStringLiteral("SELECT staff_id FROM appointments LIMIT 1"))->toLongLong();
    const Id anOrder = db.scalar(QStringLiteral("SELECT id FROM work_orders WHERE is_open = 1 LIMIT 1"))->toLongLong();

    const std::pair<const char *, std::function<void()>> actions[] = {
        {"board, first page", [&] { (void)BoardService(db).load(0, 30, 60); }},
        {"board, every card", [&] { (void)BoardService(db).load(); }},
        {"one card", [&] { (void)BoardService(db).card(anOrder); }},
        {"calendar week", [&] { (void)AppointmentService(db).range(from, to, {someone}); }},
        {"visit clash check", [&] { (void)AppointmentService(db).check(someone, from + 3600, from + 7200); }},
        {"search", [&] { (void)WorkOrderService(db).search(QStringLiteral("García")); }},
        {"weekly report", [&] { (void)WeeklyReportBuilder(db).build(2026, 47); }},
        {"process evaluation, last 12 months", [&] {
             (void)ProcessEvaluator(db).evaluate(WorkflowRepository(db).defaultLatest()->id, {},
                                                 Today.toSecsSinceEpoch() - 365 * 86400);
         }},
        {"closed columns' totals", [&] { (void)BoardService(db).closedTotals(*WorkflowRepository(db).defaultLatest()); }},
        {"invoices list, first page", [&] { (void)InvoiceQueries(db).page(InvoiceFilter{}); }},
        {"invoices list, a later page", [&] {
             auto first = InvoiceQueries(db).page(InvoiceFilter{});
             (void)InvoiceQueries(db).page(InvoiceFilter{}, InvoiceQueries::endOf(first->last()));
         }},
        {"visit proposals for a call", [&] {
             SlotRequest request;
             request.postcode = QStringLiteral("28013");
             AssignmentPolicy policy;
             policy.roundRobin = true;
             (void)Scheduler(db).propose(request, policy);
         }},
    };
    for (const auto &[name, action] : actions) {
        INFO(name);
        const QStringList statements = statementsOf(db, action);
        CHECK_FALSE(statements.isEmpty());
        const QStringList scans = fullScans(db, statements);
        INFO(scans.join(QLatin1Char('\n')).toStdString());
        CHECK(scans.isEmpty());
    }
}

TEST_CASE("a page of the invoices list is read in the chain's order, never by sorting every invoice", "[plans][sqlite]")
{
    Company co;
    Database &db = *co.db;
    auto first = InvoiceQueries(db).page(InvoiceFilter{});
    REQUIRE(first);
    REQUIRE(first->size() == 200);
    const QStringList statements = statementsOf(db, [&] {
        (void)InvoiceQueries(db).page(InvoiceFilter{}, InvoiceQueries::endOf(first->last()));
    });
    for (const QString &sql : statements) {
        // Issued invoices, which grow with the years (drafts are the few being written: sorted).
        if (!sql.contains(QLatin1String("FROM invoices i")) || !sql.contains(QLatin1String("i.status <> 'draft'")))
            continue;
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        while (plan.next()) {
            INFO(sql.toStdString() << "\n" << plan.value(3).toString().toStdString());
            CHECK_FALSE(plan.value(3).toString().contains(QLatin1String("TEMP B-TREE")));
        }
    }
    // The pages follow each other without a gap or a repeat, in the order the list always had.
    InvoiceFilter all;
    all.limit = 100000;
    auto everything = InvoiceQueries(db).list(all);
    REQUIRE(everything);
    QList<Id> paged;
    std::optional<InvoicePageEnd> end;
    for (;;) {
        auto page = InvoiceQueries(db).page(InvoiceFilter{}, end);
        REQUIRE(page);
        for (const Invoice &i : *page)
            paged << i.id;
        if (page->size() < InvoiceFilter{}.limit)
            break;
        end = InvoiceQueries::endOf(page->last());
    }
    QList<Id> listed;
    for (const Invoice &i : *everything)
        listed << i.id;
    CHECK(paged == listed);
}

TEST_CASE("the weekly report reads the week's stays and the chain's end by index ranges, not by walking history", "[plans][sqlite]")
{
    Company co;
    Clock::Override clock(Today);
    Database &db = *co.db;
    const QStringList statements = statementsOf(db, [&] { (void)WeeklyReportBuilder(db).build(2026, 40); });
    int checked = 0;
    for (const QString &sql : statements) {
        // The stays that ended or began in a week, and the chain's last invoice before the week's end:
        // each one index range, not a walk from the newest row back (the demo goes on after the week).
        const bool stays = sql.contains(QLatin1String("FROM order_stays"));
        const bool chain = sql.contains(QLatin1String("chain_index IS NOT NULL AND issued_at <"));
        if (!stays && !chain)
            continue;
        ++checked;
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        bool seek = false;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            INFO(sql.toStdString() << "\n" << detail.toStdString());
            static const QRegularExpression walk(QStringLiteral("^SCAN (st|order_stays|invoices)\\b"));
            CHECK_FALSE(walk.match(detail).hasMatch());
            seek = seek || detail.contains(QLatin1String("order_stays_by_left (left_at>? AND left_at<?)")) ||
                   detail.contains(QLatin1String("order_stays_by_entered (entered_at>? AND entered_at<?)")) ||
                   detail.contains(QLatin1String("invoices_chain_by_issue (issued_at<?)"));
        }
        INFO(sql.toStdString());
        CHECK(seek);
    }
    CHECK(checked >= 3);
}

TEST_CASE("the weekly report's people figures read five weeks of visits and finished jobs from indexes alone", "[plans][sqlite]")
{
    Company co;
    Clock::Override clock(Today);
    Database &db = *co.db;
    const QStringList statements = statementsOf(db, [&] { (void)WeeklyReportBuilder(db).build(2026, 40); });
    int checked = 0;
    for (const QString &sql : statements) {
        if (!sql.contains(QLatin1String("FROM appointments WHERE starts_at >=")))
            continue;
        ++checked;
        QSqlQuery plan(db.connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        bool visits = false, jobs = false;
        while (plan.next()) {
            const QString detail = plan.value(3).toString();
            INFO(detail.toStdString());
            visits = visits || detail.contains(QLatin1String("COVERING INDEX appointments_by_start"));
            jobs = jobs || detail.contains(QLatin1String("COVERING INDEX work_orders_closed_by_step"));
        }
        INFO(sql.toStdString());
        CHECK(visits);
        CHECK(jobs);
    }
    CHECK(checked == 1);
}

TEST_CASE("the plan check sees a full scan, and open orders read through an index of every order", "[plans][sqlite]")
{
    TestDatabase db;
    CHECK(fullScans(*db, {QStringLiteral("SELECT count(*) FROM work_orders o WHERE o.title LIKE '%x%'")}).size() == 1);
    // An index on the map version would be chosen for "the open orders of this version": it holds
    // every order of the version, and the board would read all of them.
    REQUIRE(db->run(QStringLiteral("CREATE INDEX by_version ON work_orders (workflow_version_id)")).ok());
    const QStringList board = statementsOf(*db, [&] { (void)BoardService(*db).load(); });
    CHECK_FALSE(fullScans(*db, board).isEmpty());
}
