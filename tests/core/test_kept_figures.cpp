// The figures kept as history is written (schema 18: step_orders, ledger_days) always equal a full
// recomputation from the orders, invoices and payments, whatever wrote them and in whatever order.

#include "core/board/BoardService.h"
#include "core/demo/DemoGenerator.h"
#include "core/reports/WeeklyReport.h"
#include "core/storage/Database.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QRandomGenerator>
#include <QTimeZone>

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

} // namespace

TEST_CASE("the kept step counts and day figures equal a full recomputation after random changes")
{
    TestDatabase db;
    DemoGenerator::Options options;
    options.size = DemoSize::Small;
    options.now = demoNow;
    options.seed = 7;
    REQUIRE(DemoGenerator(*db).generate(options));
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
