// The core's use cases: one user action, one transaction, over several services.

#include "core/assets/Assets.h"
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceNumbering.h"
#include "core/billing/InvoiceQueries.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/OrderSaving.h"
#include "core/workflow/StepHandlers.h"
#include "core/workflow/WorkflowEngine.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <algorithm>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor marta{std::nullopt, QStringLiteral("Marta Sanz")};

qint64 changes(Database &db)
{
    // Every row written by any connection moves data_version for the others; ours: total_changes().
    return rawCount(db, QStringLiteral("SELECT total_changes()"));
}

} // namespace

TEST_CASE("saving an order keeps an edited site address, as a new site of the same customer", "[usecases][orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id carmen = addCustomer(*db);
    OrderForm form;
    form.customerId = carmen;
    form.siteAddress = QStringLiteral("Calle Luna 3");
    form.details.title = QStringLiteral("Three windows");
    auto first = OrderSaving(*db).save(form, marta);
    REQUIRE(first.ok());
    REQUIRE(first->order.siteId.has_value());
    CHECK(first->order.siteAddress == QStringLiteral("Calle Luna 3"));

    // A second order at the same site…
    form.siteId = first->order.siteId;
    auto second = OrderSaving(*db).save(form, marta);
    REQUIRE(second.ok());
    CHECK(second->order.siteId == first->order.siteId);

    // …then the first one's address is corrected in the editor: it is saved (it used to be dropped).
    OrderForm edit;
    edit.orderId = first->order.id;
    edit.expectedVersion = first->order.version;
    edit.customerId = carmen;
    edit.siteId = first->order.siteId;
    edit.siteAddress = QStringLiteral("Calle Luna 5");
    edit.details.title = QStringLiteral("Three windows");
    auto edited = OrderSaving(*db).save(edit, marta);
    REQUIRE(edited.ok());
    CHECK(edited->order.siteAddress == QStringLiteral("Calle Luna 5"));
    CHECK(edited->order.siteId != first->order.siteId);
    // The other order at the old address keeps it.
    CHECK(WorkOrderService(*db).find(second->order.id)->siteAddress == QStringLiteral("Calle Luna 3"));
}

TEST_CASE("an order's site belongs to its customer", "[usecases][orders]")
{
    TestDatabase db;
    const Id carmen = addCustomer(*db);
    const Id pedro = addCustomer(*db, QStringLiteral("Pedro Gil"));
    Site s;
    s.customerId = pedro;
    s.address = QStringLiteral("Calle Sol 1");
    const Id pedrosSite = *CustomerRepository(*db).addSite(s);

    NewWorkOrder n;
    n.customerId = carmen;
    n.siteId = pedrosSite;
    n.title = QStringLiteral("Window");
    const qint64 orders = rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders"));
    auto refused = WorkOrderService(*db).create(n, marta);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("another customer")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);

    n.siteId.reset();
    auto fine = WorkOrderService(*db).create(n, marta);
    REQUIRE(fine.ok());
    OrderDetails moved = n;
    moved.siteId = pedrosSite;
    CHECK_FALSE(WorkOrderService(*db).update(fine->id, fine->version, moved, marta).ok());
}

TEST_CASE("a new customer and the order are saved together or not at all", "[usecases][orders]")
{
    TestDatabase db;
    const qint64 customers = rawCount(*db, QStringLiteral("SELECT count(*) FROM customers"));
    OrderForm form;
    form.newCustomer.name = QStringLiteral("Luis Peña");
    form.details.title = QString();  // an order without a title is refused…
    CHECK_FALSE(OrderSaving(*db).save(form, marta).ok());
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == customers);  // …and no customer is left behind
    form.details.title = QStringLiteral("Door");
    auto saved = OrderSaving(*db).save(form, marta);
    REQUIRE(saved.ok());
    CHECK(saved->customerCreated);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM customers")) == customers + 1);
}

TEST_CASE("a new order names the customer's assets it is about, with the order, and an edit changes them", "[usecases][orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id carmen = addCustomer(*db);
    const Id pedro = addCustomer(*db, QStringLiteral("Pedro Gil"));
    auto asset = [&](Id customer, const QString &model) {
        Asset a;
        a.customerId = customer;
        a.type = QStringLiteral("Ventana");
        a.model = model;
        return *AssetRegistry(*db).add(a, Actor{});
    };
    const Id salon = asset(carmen, QStringLiteral("Salón"));
    const Id cocina = asset(carmen, QStringLiteral("Cocina"));
    const Id pedros = asset(pedro, QStringLiteral("Dormitorio"));

    OrderForm form;
    form.customerId = carmen;
    form.details.title = QStringLiteral("La ventana del salón no cierra");
    form.assets = QHash<Id, AssetReason>{{salon, AssetReason::Repair}};
    auto saved = OrderSaving(*db).save(form, marta);
    REQUIRE(saved.ok());
    CHECK(*AssetRegistry(*db).reasonsOf(saved->order.id) == QHash<Id, AssetReason>{{salon, AssetReason::Repair}});
    const auto history = *AssetRegistry(*db).history(salon);
    CHECK(std::any_of(history.cbegin(), history.cend(), [&](const AssetHistoryEntry &e) { return e.orderNumber == saved->order.number; }));

    // Another customer's asset: the whole save is refused, the order and its assets as they were.
    OrderForm edit;
    edit.orderId = saved->order.id;
    edit.expectedVersion = saved->order.version;
    edit.customerId = carmen;
    edit.details.title = QStringLiteral("Otra cosa");
    edit.assets = QHash<Id, AssetReason>{{cocina, AssetReason::Repair}, {pedros, AssetReason::Repair}};
    auto refused = OrderSaving(*db).save(edit, marta);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("another customer")));
    CHECK(WorkOrderService(*db).find(saved->order.id)->title == QStringLiteral("La ventana del salón no cierra"));
    CHECK(AssetRegistry(*db).reasonsOf(saved->order.id)->keys() == QList<Id>{salon});

    // The kitchen instead of the living room, as a service: one named, the other no longer.
    edit.assets = QHash<Id, AssetReason>{{cocina, AssetReason::Service}};
    REQUIRE(OrderSaving(*db).save(edit, marta).ok());
    CHECK(*AssetRegistry(*db).reasonsOf(saved->order.id) == QHash<Id, AssetReason>{{cocina, AssetReason::Service}});

    // Saved without touching the assets (the editor did not open them): they stay.
    edit.expectedVersion = WorkOrderService(*db).find(saved->order.id)->version;
    edit.assets.reset();
    REQUIRE(OrderSaving(*db).save(edit, marta).ok());
    CHECK(AssetRegistry(*db).reasonsOf(saved->order.id)->size() == 1);
}

TEST_CASE("may it move there: the same answer as the move, and nothing written", "[usecases][sqlite][moves]")
{
    TestDatabase db;
    addTeam(*db);
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Window");
    auto order = WorkOrderService(*db).create(n, marta);
    REQUIRE(order.ok());
    const auto wf = WorkflowRepository(*db).defaultLatest();
    const Id paid = wf->stepNamed(QStringLiteral("Paid"))->id;
    const Id quoteSent = wf->stepNamed(QStringLiteral("Quote sent"))->id;

    OrderMoves moves(*db);
    const qint64 before = changes(*db);
    auto no = moves.check(order->id, order->version, paid);
    REQUIRE_FALSE(no.ok());
    CHECK(no.error().code == ErrorCode::Forbidden);
    CHECK(changes(*db) == before);
    CHECK(moves.check(order->id, order->version, quoteSent).ok());
    CHECK(changes(*db) == before);
    CHECK(WorkOrderService(*db).find(order->id)->stepId == order->stepId);

    auto refused = moves.move(order->id, order->version, paid, marta);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == no.error().message);
    // A stale version is a conflict for the check too.
    CHECK(moves.check(order->id, order->version + 1, quoteSent).error().code == ErrorCode::Conflict);
}

TEST_CASE("what a step does on entry comes from the handlers given to the engine", "[usecases][moves]")
{
    TestDatabase db;
    addTeam(*db);
    InvoiceQueries invoices(*db);
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Window");
    n.lines = {{0, 0, QStringLiteral("PVC window"), 1000, 38500, 2100, 0}};
    auto wf = WorkflowRepository(*db).defaultLatest();
    const Step *invoicing = nullptr;
    for (const Step &s : wf->steps)
        if (s.handler == StepHandler::CreateInvoice)
            invoicing = &s;
    REQUIRE(invoicing);
    // Straight into the invoicing step, along whatever path the map allows, with no handlers…
    auto order = WorkOrderService(*db).create(n, marta);
    REQUIRE(order.ok());
    NoStepHandlers none;
    WorkflowEngine bare(*db, none);
    auto path = [&](Id from) {
        QList<Id> route;
        QHash<Id, Id> cameFrom{{from, 0}};
        QList<Id> queue{from};
        while (!queue.isEmpty()) {
            const Id at = queue.takeFirst();
            if (at == invoicing->id)
                break;
            for (const Step &s : wf->steps)
                if (wf->allows(at, s.id) && !cameFrom.contains(s.id)) {
                    cameFrom.insert(s.id, at);
                    queue.append(s.id);
                }
        }
        for (Id at = invoicing->id; at != from; at = cameFrom.value(at))
            route.prepend(at);
        return route;
    };
    const QList<Id> route = path(order->stepId);
    REQUIRE_FALSE(route.isEmpty());
    qint64 version = order->version;
    for (Id step : route) {
        auto moved = bare.move(order->id, version, step, marta);
        REQUIRE(moved.ok());
        version = moved->order.version;
    }
    CHECK_FALSE(invoices.latestForOrder(order->id)->has_value());  // no handler, no draft

    // …and the same with Ordo's handlers: entering it makes the draft.
    auto second = WorkOrderService(*db).create(n, marta);
    REQUIRE(second.ok());
    version = second->version;
    for (Id step : route) {
        auto moved = OrderMoves(*db).move(second->id, version, step, marta);
        REQUIRE(moved.ok());
        version = moved->order.version;
    }
    REQUIRE(invoices.latestForOrder(second->id)->has_value());
    CHECK(invoices.latestForOrder(second->id)->value().isDraft());
}

TEST_CASE("issuing an order's invoice is one transaction: a refusal leaves no draft and uses no number", "[usecases][billing]")
{
    TestDatabase db;
    const Id customer = addCustomer(*db);  // no tax ID yet
    NewWorkOrder n;
    n.customerId = customer;
    n.title = QStringLiteral("Two windows");
    n.lines = {{0, 0, QStringLiteral("PVC window 120×140"), 2000, 38500, 2100, 0}};
    auto order = WorkOrderService(*db).create(n, marta);
    REQUIRE(order.ok());
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.taxId = QStringLiteral("B12345678");
    company.address = QStringLiteral("Calle del Sol 5");
    REQUIRE(CompanyProfiles(*db).save(company).ok());

    auto refused = InvoiceIssuing(*db).issueForOrder(order->id, marta);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("tax ID")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM invoices")) == 0);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM sequences WHERE name LIKE 'invoice:%'")) == 0);

    rawExec(*db, QStringLiteral("UPDATE customers SET tax_id = '12345678Z', address = 'Calle Mayor 12' WHERE id = %1").arg(customer));
    auto issued = InvoiceIssuing(*db).issueForOrder(order->id, marta);
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.ok());
    CHECK_FALSE(issued->isDraft());
    CHECK(issued->number == ordo::invoicing::formatNumber(QString(), QDate::currentDate().year(), 1));
    CHECK(issued->totals.total == 93170);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM invoices")) == 1);
}
