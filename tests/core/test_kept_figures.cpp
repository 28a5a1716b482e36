// The figures kept as history is written (schema 18: step_orders, ledger_days; schema 20: the stays
// in steps) always equal a full recomputation from the orders, events, invoices and payments,
// whatever wrote them and in whatever order.

#include "core/board/BoardService.h"
#include "core/common/Clock.h"
#include "core/demo/DemoGenerator.h"
#include "core/reports/ProcessEvaluation.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <limits>
#include <map>

using namespace ordo;
using namespace ordo::test;

namespace {

const QDateTime demoNow(QDate(2026, 11, 27), QTime(12, 0), QTimeZone("Europe/Madrid"));

qint64 value(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto v = db.scalar(sql, values);
    REQUIRE(v);
    return v->toLongLong();
}

std::map<qint64, qint64> rows(Database &db, const QString &sql)
{
    std::map<qint64, qint64> result;
    auto q = db.run(sql);
    REQUIRE(q);
    while (q->next())
        if (q->value(1).toLongLong() != 0)  // a kept row may come back to zero
            result[q->value(0).toLongLong()] = q->value(1).toLongLong();
    return result;
}

// What the weekly report summed over every invoice and payment before it kept figures per day.
WeeklyReportBuilder::LedgerTotals recomputed(Database &db, qint64 to)
{
    return {value(db, QStringLiteral("SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE kind = 'standard' AND issued_at < ?"),
                  {to}),
            value(db, QStringLiteral("SELECT coalesce(sum(total_cents), 0) FROM invoices WHERE kind = 'standard' AND issued_at < ? "
                                     "AND due_at < ?"),
                  {to, to}),
            value(db, QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE paid_at < ?"), {to})};
}

void checkAgainstRecomputation(Database &db, QRandomGenerator &random, qint64 from, qint64 to)
{
    // Every order counted once, in the step it is in now.
    CHECK(rows(db, QStringLiteral("SELECT step_id, orders FROM step_orders")) ==
          rows(db, QStringLiteral("SELECT step_id, count(*) FROM work_orders GROUP BY step_id")));
    // Sums up to any moment: random ones, and the UTC midnights where kept days and the live part meet.
    WeeklyReportBuilder builder(db);
    QList<qint64> moments;
    for (int i = 0; i < 60; ++i)
        moments << from + static_cast<qint64>(random.bounded(static_cast<double>(to - from)));
    for (int i = 0; i < 10; ++i) {
        const qint64 midnight = moments[i] - moments[i] % 86400;
        moments << midnight << midnight - 1 << midnight + 1;
    }
    for (qint64 at : moments) {
        bool failed = false;
        Error failure;
        const auto kept = builder.ledgerTotals(at, failed, failure);
        REQUIRE_FALSE(failed);
        const auto full = recomputed(db, at);
        INFO("at " << at);
        CHECK(kept.invoiced == full.invoiced);
        CHECK(kept.due == full.due);
        CHECK(kept.paid == full.paid);
    }
}

// A small demo company on a fixed day, its history as random as `seed` makes it.
void smallDemo(TestDatabase &db, quint64 seed)
{
    DemoGenerator::Options options;
    options.size = DemoSize::Small;
    options.now = demoNow;
    options.seed = seed;
    REQUIRE(DemoGenerator(*db).generate(options));
}

} // namespace

TEST_CASE("the kept step counts and day figures equal a full recomputation after random changes")
{
    TestDatabase db;
    smallDemo(db, 7);
    const qint64 from = value(*db, QStringLiteral("SELECT min(created_at) FROM work_orders")) - 86400;
    const qint64 to = demoNow.toSecsSinceEpoch() + 120 * 86400;
    QRandomGenerator random(20);

    // As the demo wrote them.
    checkAgainstRecomputation(*db, random, from, to);

    // Then random changes, as any writer (the desktop, ordo-cli, an import) could make them.
    QList<qint64> steps, orders, invoices, payments;
    auto ids = [&](const char *sql, QList<qint64> &into) {
        auto q = db->run(QString::fromLatin1(sql));
        REQUIRE(q);
        while (q->next())
            into << q->value(0).toLongLong();
    };
    ids("SELECT id FROM steps", steps);
    ids("SELECT id FROM work_orders", orders);
    ids("SELECT id FROM invoices WHERE status <> 'draft' AND kind = 'standard'", invoices);
    ids("SELECT id FROM payments", payments);
    REQUIRE(orders.size() >= 50);
    REQUIRE(invoices.size() >= 5);
    auto pick = [&](const QList<qint64> &from) { return from[random.bounded(static_cast<int>(from.size()))]; };
    auto run = [&](const QString &sql, const QVariantList &values) { REQUIRE(db->run(sql, values)); };
    for (int i = 0; i < 400; ++i) {
        const qint64 at = from + static_cast<qint64>(random.bounded(static_cast<double>(to - from)));
        switch (random.bounded(6)) {
        case 0:
        case 1:  // an order moves (sometimes to the step it is in)
            run(QStringLiteral("UPDATE work_orders SET step_id = ? WHERE id = ?"), {pick(steps), pick(orders)});
            break;
        case 2:  // a payment, on any day, of any amount (a refund too)
            run(QStringLiteral("INSERT INTO payments (invoice_id, paid_at, amount_cents, method, note, created_at, created_by) "
                               "VALUES (?, ?, ?, 'transfer', '', ?, 'test')"),
                {pick(invoices), at, random.bounded(-5000, 400000), at});
            break;
        case 3:  // a payment corrected, or removed
            if (auto q = db->scalar(QStringLiteral("SELECT id FROM payments ORDER BY id DESC LIMIT 1 OFFSET ?"),
                                    {random.bounded(50)});
                q && !q->isNull()) {
                if (random.bounded(2))
                    run(QStringLiteral("UPDATE payments SET paid_at = ?, amount_cents = amount_cents + 1 WHERE id = ?"),
                        {at, q->toLongLong()});
                else
                    run(QStringLiteral("DELETE FROM payments WHERE id = ?"), {q->toLongLong()});
            }
            break;
        case 4: {  // a draft, issued with a due date before or after its issue (or none), on any day
            const qint64 customer = value(*db, QStringLiteral("SELECT customer_id FROM invoices WHERE id = ?"), {pick(invoices)});
            const qint64 id = value(*db, QStringLiteral("INSERT INTO invoices (kind, status, series, customer_id, created_at, "
                                                        "updated_at) VALUES ('standard', 'draft', 'F', ?, ?, ?) RETURNING id"),
                                    {customer, at, at});
            const QVariant due = random.bounded(4) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                                         : QVariant(at + random.bounded(-3, 40) * 86400 + random.bounded(86400));
            run(QStringLiteral("UPDATE invoices SET issued_at = ?, due_at = ?, total_cents = ?, base_cents = ?, vat_cents = 0 "
                               "WHERE id = ?"),
                {at, due, random.bounded(100, 900000), 0, id});
            break;
        }
        default: {  // a new order, in a random step
            const qint64 model = pick(orders);
            run(QStringLiteral("INSERT INTO work_orders (number, customer_id, site_id, workflow_version_id, step_id, is_open, title, "
                               "description, priority, created_at, updated_at, step_entered_at, version) "
                               "SELECT 'T-' || ?, customer_id, site_id, workflow_version_id, ?, is_open, title, description, priority, "
                               "?, ?, ?, 1 FROM work_orders WHERE id = ?"),
                {i, pick(steps), at, at, at, model});
            break;
        }
        }
    }
    checkAgainstRecomputation(*db, random, from, to);

    // The board's closed columns: the kept counts, equal to counting every order.
    auto wf = WorkflowRepository(*db).defaultLatest();
    REQUIRE(wf);
    auto totals = BoardService(*db).closedTotals(*wf);
    REQUIRE(totals);
    for (const auto &step : wf->steps)
        if (!isActive(step.kind))
            CHECK(totals->value(step.id) ==
                  value(*db, QStringLiteral("SELECT count(*) FROM work_orders o JOIN steps s ON s.id = o.step_id "
                                            "JOIN workflow_versions v ON v.id = s.workflow_version_id "
                                            "WHERE v.workflow_id = ? AND s.name = ?"),
                        {wf->workflowId, step.name}));
}

namespace {

// Every stay of every order as the events say it: each entry into a step (created, step_moved) until
// the order's next entry, and the order's next event after the entry (not a responsible's
// reassignment), in the events' order (at, id).
const char *const staysFromEvents =
    "SELECT id, order_id, to_step_id AS step_id, at AS entered_at, "
    "  LEAD(at) OVER (PARTITION BY order_id ORDER BY at, id) AS left_at, next_act AS first_act_at "
    "FROM (SELECT id, order_id, to_step_id, at, kind, LEAD(at) OVER (PARTITION BY order_id ORDER BY at, id) AS next_act "
    "      FROM order_events WHERE NOT (kind = 'assigned' AND field = 'responsible')) AS ev "
    "WHERE kind IN ('created', 'step_moved')";

QStringList stayRows(Database &db, const QString &sql)
{
    QStringList out;
    auto q = db.run(sql);
    REQUIRE(q);
    while (q->next()) {
        QStringList row;
        for (int c = 0; c < 6; ++c)
            row << (q->value(c).isNull() ? QStringLiteral("null") : QString::number(q->value(c).toLongLong()));
        out << row.join(QLatin1Char(' '));
    }
    return out;
}

// What a reader of the figures would notice, as text: every figure of the evaluation and of the
// report's steps and chain.
QString evaluationText(const ProcessEvaluation &ev)
{
    QStringList out{QStringLiteral("orders %1 finished %2 cancelled %3 lead %4")
                        .arg(ev.orders).arg(ev.finished).arg(ev.cancelled).arg(ev.medianLeadSeconds)};
    for (auto it = ev.finishedByJob.cbegin(); it != ev.finishedByJob.cend(); ++it)
        out << QStringLiteral("job %1 %2").arg(it.key()).arg(it.value());
    for (const StepEvaluation &s : ev.steps) {
        out << QStringLiteral("%1: passed %2 returned %3 ended %4 median %5 p90 %6 wait %7 through %8 longest %9")
                   .arg(s.name).arg(s.passed).arg(s.returned).arg(s.staysEnded).arg(s.medianSeconds).arg(s.p90Seconds)
                   .arg(s.medianWaitSeconds).arg(s.finishedThrough).arg(s.longestHere);
        for (auto it = s.finishedThroughByJob.cbegin(); it != s.finishedThroughByJob.cend(); ++it)
            out << QStringLiteral("  %1 %2").arg(it.key()).arg(it.value());
    }
    for (const Finding &f : ev.findings)
        out << f.text;
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QString reportText(const WeeklyReport &r)
{
    QStringList out{QStringLiteral("chain %1 %2").arg(r.chainNumber, r.chainHash)};
    auto trend = [](const Trend &t) { return QStringLiteral("%1/%2/%3").arg(t.value).arg(t.previous).arg(t.fourWeekAverage); };
    for (const StepFigures &s : r.steps)
        out << QStringLiteral("%1: entered %2 stays %3 median %4 p90 %5")
                   .arg(s.name, trend(s.entered)).arg(s.stays).arg(trend(s.medianSeconds), trend(s.p90Seconds));
    return out.join(QLatin1Char('\n'));
}

// The evaluations of every version (all history, and since a date) and the weekly reports of a few
// weeks, from the kept stays.
QStringList figuresOf(Database &db, qint64 since)
{
    QStringList out;
    ProcessEvaluator evaluator(db);
    auto versions = evaluator.versions();
    REQUIRE(versions);
    for (const VersionSummary &v : *versions) {
        for (std::optional<qint64> from : {std::optional<qint64>(), std::optional<qint64>(since)}) {
            auto ev = evaluator.evaluate(v.versionId, {}, from);
            REQUIRE(ev);
            out << evaluationText(*ev);
        }
        // All history is read another way (every stay in the order of ids, no join): the same
        // figures as "since the beginning of time" read the way a date range is.
        auto all = evaluator.evaluate(v.versionId);
        auto sinceEver = evaluator.evaluate(v.versionId, {}, std::numeric_limits<qint64>::min());
        REQUIRE(all);
        REQUIRE(sinceEver);
        CHECK(evaluationText(*all).toStdString() == evaluationText(*sinceEver).toStdString());
    }
    WeeklyReportBuilder builder(db);
    for (int week = 36; week <= 48; week += 3) {
        auto r = builder.build(2026, week);
        REQUIRE(r);
        out << reportText(*r);
    }
    return out;
}

// The same figures read from a recomputation of the stays from the events: a temporary table of that
// name hides the kept one for as long as it exists (SQLite and PostgreSQL look in temp first).
QStringList recomputedFigures(Database &db, qint64 since)
{
    REQUIRE(db.run(QStringLiteral("CREATE TEMP TABLE order_stays AS ") + QString::fromLatin1(staysFromEvents)));
    QStringList out = figuresOf(db, since);
    REQUIRE(db.run(QStringLiteral("DROP TABLE order_stays")));  // the temporary one
    return out;
}

void checkStays(Database &db, qint64 since)
{
    const QStringList kept = stayRows(db, QStringLiteral("SELECT id, order_id, step_id, entered_at, left_at, first_act_at "
                                                         "FROM order_stays ORDER BY id"));
    const QStringList full = stayRows(db, QStringLiteral("SELECT * FROM (%1) AS s ORDER BY id").arg(QString::fromLatin1(staysFromEvents)));
    CHECK(kept.size() == full.size());
    for (qsizetype i = 0; i < std::min(kept.size(), full.size()); ++i) {
        INFO("stay " << i);
        REQUIRE(kept[i] == full[i]);
    }
    const QStringList keptFigures = figuresOf(db, since);
    const QStringList fullFigures = recomputedFigures(db, since);
    REQUIRE(keptFigures.size() == fullFigures.size());
    for (qsizetype i = 0; i < keptFigures.size(); ++i)
        CHECK(keptFigures[i].toStdString() == fullFigures[i].toStdString());
}

} // namespace

TEST_CASE("the kept stays in steps give the report and the evaluation a recomputation from the events gives")
{
    TestDatabase db;
    smallDemo(db, 11);
    Clock::Override clock(demoNow);
    const qint64 now = demoNow.toSecsSinceEpoch();
    const qint64 since = now - 120 * 86400;
    REQUIRE(value(*db, QStringLiteral("SELECT count(*) FROM order_stays")) > 100);
    // The chain's end as it was read before (the chain's index backwards): the same invoice.
    auto chainEnd = [&](const char *order, qint64 at) {
        auto q = db->run(QStringLiteral("SELECT number FROM invoices WHERE chain_index IS NOT NULL AND issued_at < ? ORDER BY %1 LIMIT 1")
                             .arg(QString::fromLatin1(order)),
                         {at});
        REQUIRE(q);
        return q->next() ? q->value(0).toString() : QString();
    };
    int ends = 0;
    for (int back = 0; back < 200; back += 9) {
        const qint64 at = now - back * 86400;
        const QString end = chainEnd("chain_index DESC", at);
        ends += end.isEmpty() ? 0 : 1;
        CHECK(chainEnd("issued_at DESC, chain_index DESC", at) == end);
    }
    CHECK(ends > 5);

    // As the demo wrote them (its notes come after the moves, with earlier times).
    checkStays(*db, since);

    // Then random history, as any writer could append it: moves, notes, reassignments and new orders,
    // at times before, between (the same second too) and after what is there; some new orders removed.
    QRandomGenerator random(20);
    QList<qint64> steps, orders, added;
    auto ids = [&](const char *sql, QList<qint64> &into) {
        auto q = db->run(QString::fromLatin1(sql));
        REQUIRE(q);
        while (q->next())
            into << q->value(0).toLongLong();
    };
    ids("SELECT id FROM steps", steps);
    ids("SELECT id FROM work_orders", orders);
    auto pick = [&](const QList<qint64> &from) { return from[random.bounded(static_cast<int>(from.size()))]; };
    auto run = [&](const QString &sql, const QVariantList &values) { REQUIRE(db->run(sql, values)); };
    const QVariant none(QMetaType::fromType<qint64>());
    for (int i = 0; i < 500; ++i) {
        const qint64 order = random.bounded(5) == 0 && !added.isEmpty() ? pick(added) : pick(orders);
        const qint64 first = value(*db, QStringLiteral("SELECT min(at) FROM order_events WHERE order_id = ?"), {order});
        const qint64 last = value(*db, QStringLiteral("SELECT max(at) FROM order_events WHERE order_id = ?"), {order});
        qint64 at = 0;
        switch (random.bounded(4)) {
        case 0:  // the same second as one of its events
            at = value(*db, QStringLiteral("SELECT at FROM order_events WHERE order_id = ? ORDER BY id LIMIT 1 OFFSET ?"),
                       {order, random.bounded(static_cast<int>(
                                   value(*db, QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = ?"), {order})))});
            break;
        case 1:  // between its events
            at = first + static_cast<qint64>(random.bounded(static_cast<double>(last - first + 1)));
            break;
        default:  // after them
            at = last + random.bounded(1, 20 * 86400);
        }
        const int kind = random.bounded(7);
        if (kind == 6) {  // a new order, its creation written as its first event
            const qint64 step = pick(steps);
            const qint64 id = value(*db, QStringLiteral("INSERT INTO work_orders (number, customer_id, site_id, workflow_version_id, step_id, "
                                                       "is_open, title, description, priority, created_at, updated_at, step_entered_at, "
                                                       "version) SELECT 'S-' || ?, customer_id, site_id, workflow_version_id, ?, 1, title, "
                                                       "description, priority, ?, ?, ?, 1 FROM work_orders WHERE id = ? RETURNING id"),
                                    {i, step, at, at, at, order});
            run(QStringLiteral("INSERT INTO order_events (order_id, at, actor_name, kind, to_step_id) VALUES (?, ?, 'test', 'created', ?)"),
                {id, at, step});
            added << id;
            continue;
        }
        if (kind == 5 && !added.isEmpty() && random.bounded(3) == 0) {  // a new order removed, its history with it
            const qint64 gone = pick(added);
            run(QStringLiteral("DELETE FROM work_orders WHERE id = ?"), {gone});
            added.removeAll(gone);
            continue;
        }
        const char *what[] = {"step_moved", "step_moved", "note", "assigned", "assigned", "field_changed"};
        const QString k = QString::fromLatin1(what[std::min(kind, 5)]);
        const QString field = k == QLatin1String("assigned") ? (kind == 3 ? QStringLiteral("responsible") : QStringLiteral("assignee"))
                                                             : QString();
        const bool move = k == QLatin1String("step_moved");
        run(QStringLiteral("INSERT INTO order_events (order_id, at, actor_name, kind, field, from_step_id, to_step_id) "
                           "VALUES (?, ?, 'test', ?, ?, ?, ?)"),
            {order, at, k, field, move ? QVariant(pick(steps)) : none, move ? QVariant(pick(steps)) : none});
    }
    checkStays(*db, since);
}
