#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/workflow/WorkflowEditor.h"
#include "core/usecases/OrderMoves.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

struct Fixture
{
    TestDatabase db;
    Team team = addTeam(*db);
    WorkflowVersion wf = *WorkflowRepository(*db).defaultLatest();
    WorkOrderService orders{*db};

    // A new order walked along `route` (step names after "Call received").
    WorkOrder orderAfter(std::initializer_list<const char *> route)
    {
        NewWorkOrder n;
        n.customerId = addCustomer(*db);
        n.title = QStringLiteral("Job");
        auto o = orders.create(n, pilar);
        REQUIRE(o.ok());
        WorkOrder current = *o;
        for (const char *step : route) {
            auto moved = OrderMoves(*db).move(current.id, current.version, wf.stepNamed(QString::fromUtf8(step))->id, pilar);
            REQUIRE(moved.ok());
            current = moved->order;
        }
        return current;
    }

    // The current map as an edit: same steps, same transitions.
    WorkflowEdit edit() const { return editOf(wf); }
};

} // namespace

TEST_CASE("adding a step makes a new version and orders under way keep their step", "[workflow-editor]")
{
    Fixture f;
    const WorkOrder quote = f.orderAfter({"Quote sent"});
    WorkflowEdit e = f.edit();
    Step followUp;
    followUp.name = QStringLiteral("Quote follow-up");
    followUp.responsibleRole = Role::Reception;
    followUp.targetMinutes = 2 * 24 * 60;
    e.steps.insert(3, followUp);
    for (auto &[from, to] : e.transitions) {
        if (from >= 3)
            ++from;
        if (to >= 3)
            ++to;
    }
    e.transitions.append({2, 3});
    e.transitions.append({3, 4});
    auto saved = WorkflowEditor(*f.db).save(e, pilar);
    INFO((saved ? QString() : saved.error().message).toStdString());
    REQUIRE(saved.ok());

    auto latest = WorkflowRepository(*f.db).defaultLatest();
    REQUIRE(latest.ok());
    CHECK(latest->version == 2);
    CHECK(latest->steps.size() == 12);
    CHECK(latest->steps[3].name == QStringLiteral("Quote follow-up"));

    auto after = f.orders.find(quote.id);
    REQUIRE(after.ok());
    CHECK(after->stepName == QStringLiteral("Quote sent"));
    CHECK(after->workflowVersionId == *saved);
    CHECK(after->stepEnteredAt == quote.stepEnteredAt);
    // And the new step is reachable for it now.
    auto moved = OrderMoves(*f.db).move(quote.id, after->version, latest->steps[3].id, pilar);
    CHECK(moved.ok());
}

TEST_CASE("removing a step that holds orders needs a destination, and moves them there with a record", "[workflow-editor]")
{
    Fixture f;
    const WorkOrder accepted = f.orderAfter({"Quote sent", "Quote accepted"});
    WorkflowEdit e = f.edit();
    const Id removedId = e.steps[3].id;  // Quote accepted
    e.steps.removeAt(3);
    QList<QPair<int, int>> transitions;
    for (auto [from, to] : e.transitions) {
        if (from == 3 || to == 3)
            continue;
        transitions.append({from > 3 ? from - 1 : from, to > 3 ? to - 1 : to});
    }
    transitions.append({2, 3});  // Quote sent -> Installation scheduled
    e.transitions = transitions;

    auto removed = WorkflowEditor(*f.db).removedStepsWithOrders(e);
    REQUIRE(removed.ok());
    REQUIRE(removed->size() == 1);
    CHECK(removed->first().name == QStringLiteral("Quote accepted"));
    CHECK(removed->first().openOrders == 1);

    auto refused = WorkflowEditor(*f.db).save(e, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Quote accepted")));
    CHECK(WorkflowRepository(*f.db).defaultLatest()->version == 1);

    e.destinations.insert(removedId, 3);  // to Installation scheduled
    auto saved = WorkflowEditor(*f.db).save(e, pilar);
    REQUIRE(saved.ok());
    auto after = f.orders.find(accepted.id);
    REQUIRE(after.ok());
    CHECK(after->stepName == QStringLiteral("Installation scheduled"));
    auto history = f.orders.history(accepted.id);
    REQUIRE(history.ok());
    const auto &last = *std::find_if(history->rbegin(), history->rend(),
                                     [](const OrderEvent &ev) { return ev.kind == EventKind::StepMoved; });
    CHECK(last.oldValue == QStringLiteral("Quote accepted"));
    CHECK(describeEvent(last).contains(QStringLiteral("the step was removed from the process map")));
}

TEST_CASE("closed orders stay on the version they finished in", "[workflow-editor]")
{
    Fixture f;
    WorkOrder cancelled = f.orderAfter({"Cancelled"});
    WorkflowEdit e = f.edit();
    e.steps[0].name = QStringLiteral("Phone call");
    auto saved = WorkflowEditor(*f.db).save(e, pilar);
    REQUIRE(saved.ok());
    CHECK(f.orders.find(cancelled.id)->workflowVersionId == cancelled.workflowVersionId);
}
