#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

namespace {

struct Fixture
{
    TestDatabase db;
    Team team = addTeam(*db);
    WorkflowVersion wf = *WorkflowRepository(*db).defaultLatest();
    WorkOrderService orders{*db};
    OrderMoves engine{*db};

    Id step(const char *name) const
    {
        const Step *s = wf.stepNamed(QString::fromUtf8(name));
        REQUIRE(s);
        return s->id;
    }

    WorkOrder newOrder(std::optional<Id> assignee = std::nullopt)
    {
        NewWorkOrder n;
        n.customerId = addCustomer(*db);
        n.title = QStringLiteral("Three old windows");
        n.assigneeId = assignee;
        auto o = orders.create(n, Actor{team.lucia, QStringLiteral("Lucía Romero")});
        REQUIRE(o.ok());
        return *o;
    }

    qint64 events(Id orderId)
    {
        return rawCount(*db, QStringLiteral("SELECT count(*) FROM order_events WHERE order_id = %1").arg(orderId));
    }
};

const Actor lucia{std::nullopt, QStringLiteral("Lucía Romero")};

} // namespace

TEST_CASE("an allowed move puts the order in the new step and records it in the history", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder(f.team.javier);
    const qint64 before = f.events(order.id);

    auto moved = f.engine.move(order.id, order.version, f.step("Estimate visit scheduled"), lucia,
                               QStringLiteral("Tuesday 10:00"));
    REQUIRE(moved.ok());
    CHECK(moved->order.stepName == QStringLiteral("Estimate visit scheduled"));
    CHECK(moved->order.version == order.version + 1);
    CHECK(moved->fromStepName == QStringLiteral("Call received"));

    auto history = f.orders.history(order.id);
    REQUIRE(history.ok());
    CHECK(f.events(order.id) > before);
    const auto stepEvent = std::find_if(history->begin(), history->end(),
                                        [](const OrderEvent &e) { return e.kind == EventKind::StepMoved; });
    REQUIRE(stepEvent != history->end());
    CHECK(stepEvent->oldValue == QStringLiteral("Call received"));
    CHECK(stepEvent->newValue == QStringLiteral("Estimate visit scheduled"));
    CHECK(stepEvent->actorName == QStringLiteral("Lucía Romero"));
    CHECK(stepEvent->note == QStringLiteral("Tuesday 10:00"));
}

TEST_CASE("the new step's responsible is set: the assignee when they have the step's role", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder(f.team.javier);
    CHECK(order.responsibleId == f.team.lucia);  // Call received belongs to reception

    auto moved = f.engine.move(order.id, order.version, f.step("Estimate visit scheduled"), lucia);
    REQUIRE(moved.ok());
    CHECK(moved->order.responsibleId == f.team.javier);
    CHECK(moved->order.responsibleName == QStringLiteral("Javier Ruiz"));

    auto back = f.engine.move(order.id, moved->order.version, f.step("Quote sent"), lucia);
    REQUIRE(back.ok());
    CHECK(back->order.responsibleId == f.team.lucia);  // reception follows up the quote

    auto history = f.orders.history(order.id);
    REQUIRE(history.ok());
    const auto handovers = std::count_if(history->begin(), history->end(), [](const OrderEvent &e) {
        return e.kind == EventKind::Assigned && e.field == QStringLiteral("responsible");
    });
    CHECK(handovers == 2);
}

TEST_CASE("without a matching assignee, the least loaded person with the role becomes responsible", "[engine]")
{
    Fixture f;
    // Rubén already owns an open order in a technician step; Sergio owns none.
    WorkOrder first = f.newOrder();
    auto r1 = f.engine.move(first.id, first.version, f.step("Installation scheduled"), lucia);
    REQUIRE(r1.ok());
    const Id firstTech = *r1->order.responsibleId;
    CHECK((firstTech == f.team.ruben || firstTech == f.team.sergio));

    WorkOrder second = f.newOrder();
    auto r2 = f.engine.move(second.id, second.version, f.step("Installation scheduled"), lucia);
    REQUIRE(r2.ok());
    CHECK(*r2->order.responsibleId != firstTech);
}

TEST_CASE("a step with a named person hands the order to that person", "[engine]")
{
    Fixture f;
    rawExec(*f.db, QStringLiteral("UPDATE steps SET responsible_staff_id = %1 WHERE id = %2")
                       .arg(f.team.pilar)
                       .arg(f.step("Quote sent")));
    const WorkOrder order = f.newOrder();
    auto moved = f.engine.move(order.id, order.version, f.step("Quote sent"), lucia);
    REQUIRE(moved.ok());
    CHECK(moved->order.responsibleId == f.team.pilar);
}

TEST_CASE("when nobody has the step's role, the current responsible keeps the order", "[engine]")
{
    Fixture f;
    rawExec(*f.db, QStringLiteral("UPDATE staff SET active = 0 WHERE role = 'technician'"));
    const WorkOrder order = f.newOrder();
    auto moved = f.engine.move(order.id, order.version, f.step("Installation scheduled"), lucia);
    REQUIRE(moved.ok());
    CHECK(moved->order.responsibleId == f.team.lucia);
}

TEST_CASE("moving an order to a step the map forbids leaves it where it was", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    const qint64 events = f.events(order.id);

    auto refused = f.engine.move(order.id, order.version, f.step("Paid"), lucia);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Forbidden);
    // The reason names both steps and where the order can go instead.
    CHECK(refused.error().message.contains(QStringLiteral("“Call received”")));
    CHECK(refused.error().message.contains(QStringLiteral("“Paid”")));
    CHECK(refused.error().message.contains(QStringLiteral("“Estimate visit scheduled”")));

    auto after = f.orders.find(order.id);
    REQUIRE(after.ok());
    CHECK(after->stepId == order.stepId);
    CHECK(after->version == order.version);
    CHECK(after->updatedAt == order.updatedAt);
    CHECK(f.events(order.id) == events);
}

TEST_CASE("a move made with a stale version is a conflict and writes nothing", "[engine]")
{
    Fixture f;
    const WorkOrder seenByLucia = f.newOrder();
    // Marta moves it first.
    auto marta = f.engine.move(seenByLucia.id, seenByLucia.version, f.step("Quote sent"),
                               Actor{f.team.marta, QStringLiteral("Marta Sanz")});
    REQUIRE(marta.ok());
    const qint64 events = f.events(seenByLucia.id);

    // Lucía still has the old version on screen.
    auto stale = f.engine.move(seenByLucia.id, seenByLucia.version, f.step("Estimate visit scheduled"), lucia);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
    CHECK(stale.error().message.contains(seenByLucia.number));
    auto after = f.orders.find(seenByLucia.id);
    REQUIRE(after.ok());
    CHECK(after->stepName == QStringLiteral("Quote sent"));
    CHECK(after->version == marta->order.version);
    CHECK(f.events(seenByLucia.id) == events);
}

TEST_CASE("an unknown order, an unknown step or the same step are refused", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    auto noOrder = f.engine.move(999999, 1, f.step("Quote sent"), lucia);
    REQUIRE_FALSE(noOrder.ok());
    CHECK(noOrder.error().code == ErrorCode::NotFound);

    auto noStep = f.engine.move(order.id, order.version, 999999, lucia);
    REQUIRE_FALSE(noStep.ok());
    CHECK(noStep.error().code == ErrorCode::NotFound);

    auto same = f.engine.move(order.id, order.version, order.stepId, lucia);
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().code == ErrorCode::Invalid);
    CHECK(f.orders.find(order.id)->version == order.version);
}

TEST_CASE("reaching a done or cancelled step closes the order, on hold keeps it open", "[engine]")
{
    Fixture f;
    WorkOrder order = f.newOrder();
    auto held = f.engine.move(order.id, order.version, f.step("On hold"), lucia);
    REQUIRE(held.ok());
    CHECK(held->order.stepKind == StepKind::OnHold);
    CHECK(rawCount(*f.db, QStringLiteral("SELECT is_open FROM work_orders WHERE id = %1").arg(order.id)) == 1);

    auto resumed = f.engine.move(order.id, held->order.version, f.step("Call received"), lucia);
    REQUIRE(resumed.ok());
    auto cancelled = f.engine.move(order.id, resumed->order.version, f.step("Cancelled"), lucia);
    REQUIRE(cancelled.ok());
    CHECK(rawCount(*f.db, QStringLiteral("SELECT is_open FROM work_orders WHERE id = %1").arg(order.id)) == 0);

    auto noWayOut = f.engine.move(order.id, cancelled->order.version, f.step("Call received"), lucia);
    REQUIRE_FALSE(noWayOut.ok());
    CHECK(noWayOut.error().code == ErrorCode::Forbidden);
    CHECK(noWayOut.error().message.contains(QStringLiteral("no way out")));
}

TEST_CASE("the allowed targets of an order follow its map", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    auto targets = f.engine.allowedTargets(order.id);
    REQUIRE(targets.ok());
    QStringList names;
    for (const auto &s : *targets)
        names << s.name;
    CHECK(names == QStringList{QStringLiteral("Estimate visit scheduled"), QStringLiteral("Quote sent"),
                               QStringLiteral("Installation scheduled"), QStringLiteral("On hold"),
                               QStringLiteral("Cancelled")});
}

TEST_CASE("an order keeps following the map version it started with", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    // A new version of the map without the "Quote sent" -> direct path; the running order is unaffected.
    WorkflowDraft draft;
    draft.steps = {f.wf.steps[0], f.wf.steps[8]};
    draft.steps[0].id = 0;
    draft.steps[1].id = 0;
    draft.transitions = {{0, 1}};
    {
        Transaction tx(*f.db);
        REQUIRE(tx.begin().ok());
        REQUIRE(WorkflowRepository(*f.db).insertVersion(f.wf.workflowId, draft, lucia).ok());
        REQUIRE(tx.commit().ok());
    }
    auto latest = WorkflowRepository(*f.db).defaultLatest();
    REQUIRE(latest.ok());
    CHECK(latest->version == 2);

    auto refused = f.engine.move(order.id, order.version, f.step("Paid"), lucia);
    CHECK_FALSE(refused.ok());  // still version 1's rules
    auto moved = f.engine.move(order.id, order.version, f.step("Quote sent"), lucia);
    CHECK(moved.ok());
}

TEST_CASE("undo takes an order back to the step it came from, even against the map, as a move of its own", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    auto quote = f.engine.move(order.id, order.version, f.step("Quote sent"), lucia);
    REQUIRE(quote.ok());
    auto accepted = f.engine.move(order.id, quote->order.version, f.step("Quote accepted"), lucia);
    REQUIRE(accepted.ok());
    // The map has no way from "Quote accepted" back to "Quote sent"; undo goes there anyway.
    auto undone = f.engine.undoLastMove(order.id, accepted->order.version, lucia);
    REQUIRE(undone.ok());
    CHECK(undone->order.stepName == QStringLiteral("Quote sent"));
    auto history = f.orders.history(order.id);
    REQUIRE(history.ok());
    const auto &last = *std::find_if(history->rbegin(), history->rend(),
                                     [](const OrderEvent &e) { return e.kind == EventKind::StepMoved; });
    CHECK(last.newValue == QStringLiteral("Quote sent"));
    CHECK(describeEvent(last).contains(QStringLiteral("undo of the previous move")));

    // Undoing again undoes the undo (back to "Quote accepted"); a stale version is still a conflict.
    auto stale = f.engine.undoLastMove(order.id, accepted->order.version, lucia);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);
}

TEST_CASE("undoing a move gives the order back its time in the step, and the history says when it had entered it", "[engine]")
{
    Fixture f;
    const QDateTime monday(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QDateTime now = monday;
    Clock::Override clock([&now] { return now; });
    const WorkOrder order = f.newOrder();
    auto quote = f.engine.move(order.id, order.version, f.step("Quote sent"), lucia);
    REQUIRE(quote.ok());
    CHECK(quote->order.stepEnteredAt == monday.toSecsSinceEpoch());

    now = monday.addDays(3);  // three days waiting for the customer, then a wrong drop
    auto accepted = f.engine.move(order.id, quote->order.version, f.step("Quote accepted"), lucia);
    REQUIRE(accepted.ok());
    CHECK(accepted->order.stepEnteredAt == now.toSecsSinceEpoch());

    now = now.addSecs(60);
    auto undone = f.engine.undoLastMove(order.id, accepted->order.version, lucia);
    REQUIRE(undone.ok());
    CHECK(undone->order.stepName == QStringLiteral("Quote sent"));
    // Still waiting since Monday, not since a minute ago.
    CHECK(undone->order.stepEnteredAt == monday.toSecsSinceEpoch());

    // The undo is a move of its own, at its own time, saying which entry time it gave back.
    auto history = f.orders.history(order.id);
    REQUIRE(history.ok());
    const auto &last = *std::find_if(history->rbegin(), history->rend(),
                                     [](const OrderEvent &e) { return e.kind == EventKind::StepMoved; });
    CHECK(last.at == now.toSecsSinceEpoch());
    CHECK(last.args.value(QStringLiteral("reason")).toString() == QStringLiteral("undo"));
    CHECK(last.args.value(QStringLiteral("entered_at")).toLongLong() == monday.toSecsSinceEpoch());

    // Undoing the undo puts it back in "Quote accepted" with the time it had entered it.
    now = now.addSecs(60);
    auto redone = f.engine.undoLastMove(order.id, undone->order.version, lucia);
    REQUIRE(redone.ok());
    CHECK(redone->order.stepName == QStringLiteral("Quote accepted"));
    CHECK(redone->order.stepEnteredAt == monday.addDays(3).toSecsSinceEpoch());
}

TEST_CASE("an order that never moved has nothing to undo", "[engine]")
{
    Fixture f;
    const WorkOrder order = f.newOrder();
    auto r = f.engine.undoLastMove(order.id, order.version, lucia);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::Invalid);
}

TEST_CASE("the next step of an order is the first one forward that the map allows, never a pause or a cancellation", "[engine]")
{
    Fixture f;
    const WorkflowVersion &wf = f.wf;
    auto next = [&](const char *from) -> QString {
        const Step *s = wf.nextStep(f.step(from));
        return s ? s->name : QString();
    };
    CHECK(next("Call received") == QStringLiteral("Estimate visit scheduled"));
    CHECK(next("Quote sent") == QStringLiteral("Quote accepted"));  // not back to the estimate visit
    CHECK(next("In progress") == QStringLiteral("Work completed"));
    CHECK(next("Invoiced") == QStringLiteral("Paid"));
    CHECK(next("Paid").isEmpty());       // the end of the map
    CHECK(next("On hold").isEmpty());    // a pause goes back where it was, which is not "forward"
    CHECK(next("Cancelled").isEmpty());
}
