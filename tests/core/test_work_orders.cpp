#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor lucia{std::nullopt, QStringLiteral("Lucía Romero")};

NewWorkOrder order(Id customer, const QString &title = QStringLiteral("Replace three windows"))
{
    NewWorkOrder n;
    n.customerId = customer;
    n.title = title;
    return n;
}

QDateTime madrid(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid"));
}

} // namespace

TEST_CASE("a new order starts in the map's first step with a number, a responsible person and a history", "[orders]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    Clock::Override clock(madrid(2026, 11, 23, 9, 2));
    NewWorkOrder n = order(addCustomer(*db));
    n.lines = {{0, 0, QStringLiteral("PVC window 120×140"), 3000, 38500, 2100, 0},
               {0, 0, QStringLiteral("Removal of old window"), 3000, 4500, 2100, 0}};
    auto created = WorkOrderService(*db).create(n, lucia);
    REQUIRE(created.ok());
    CHECK(created->number == QStringLiteral("WO-2026-00001"));
    CHECK(created->stepName == QStringLiteral("Call received"));
    CHECK(created->responsibleId == team.lucia);
    CHECK(created->customerName == QStringLiteral("Carmen López"));
    CHECK(created->createdAt == madrid(2026, 11, 23, 9, 2).toSecsSinceEpoch());

    auto lines = WorkOrderService(*db).lines(created->id);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).net() == 115500);
    CHECK(lines->at(1).description == QStringLiteral("Removal of old window"));

    auto history = WorkOrderService(*db).history(created->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).kind == EventKind::Created);
    CHECK(history->at(0).actorName == QStringLiteral("Lucía Romero"));
}

TEST_CASE("order numbers are gapless and correlative over many creations", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id customer = addCustomer(*db);
    WorkOrderService service(*db);
    Clock::Override clock(madrid(2026, 6, 1, 10, 0));
    for (int i = 1; i <= 300; ++i) {
        auto o = service.create(order(customer), lucia);
        REQUIRE(o.ok());
        REQUIRE(o->number == WorkOrderService::formatNumber(2026, i));
    }
    CHECK(rawCount(*db, QStringLiteral("SELECT count(DISTINCT number) FROM work_orders")) == 300);
}

TEST_CASE("a creation that fails takes no number, so the next order follows on", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id customer = addCustomer(*db);
    WorkOrderService service(*db);
    Clock::Override clock(madrid(2026, 6, 1, 10, 0));
    REQUIRE(service.create(order(customer), lucia).ok());

    // A line with a broken VAT rate is refused before anything is written...
    NewWorkOrder bad = order(customer);
    bad.lines = {{0, 0, QStringLiteral("Window"), 1000, 100, 25000, 0}};
    auto refused = service.create(bad, lucia);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    // ...and a customer that does not exist fails inside the transaction, after the number was taken.
    auto missing = service.create(order(424242), lucia);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);

    auto next = service.create(order(customer), lucia);
    REQUIRE(next.ok());
    CHECK(next->number == QStringLiteral("WO-2026-00002"));
}

TEST_CASE("numbering restarts each year, by the company's local calendar", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id customer = addCustomer(*db);
    WorkOrderService service(*db);
    {
        // The tests run with TZ=Europe/Madrid (CTest environment): 00:30 on 1 January there is
        // still 31 December in UTC, and the number must follow the company's calendar.
        Clock::Override clock(madrid(2026, 12, 31, 23, 30));
        auto o = service.create(order(customer), lucia);
        REQUIRE(o.ok());
        CHECK(o->number == QStringLiteral("WO-2026-00001"));
    }
    {
        Clock::Override clock(madrid(2027, 1, 1, 0, 30));
        auto o = service.create(order(customer), lucia);
        REQUIRE(o.ok());
        CHECK(o->number == QStringLiteral("WO-2027-00001"));
    }
}

TEST_CASE("an order needs a title and an existing customer", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    auto noTitle = service.create(order(addCustomer(*db), QStringLiteral("   ")), lucia);
    REQUIRE_FALSE(noTitle.ok());
    CHECK(noTitle.error().code == ErrorCode::Invalid);
    CHECK(noTitle.error().message.contains(QStringLiteral("title")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM work_orders")) == 0);
}

TEST_CASE("orders are listed newest first, by step, open only, and paged by key", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    const Id customer = addCustomer(*db);
    WorkOrderService service(*db);
    for (int i = 0; i < 5; ++i)
        REQUIRE(service.create(order(customer, QStringLiteral("Job %1").arg(i)), lucia).ok());

    OrderFilter all;
    all.limit = 3;
    auto firstPage = service.list(all);
    REQUIRE(firstPage.ok());
    REQUIRE(firstPage->size() == 3);
    CHECK(firstPage->at(0).title == QStringLiteral("Job 4"));
    all.beforeId = firstPage->last().id;
    auto secondPage = service.list(all);
    REQUIRE(secondPage.ok());
    REQUIRE(secondPage->size() == 2);
    CHECK(secondPage->at(1).title == QStringLiteral("Job 0"));
    CHECK(*service.count(all) == 5);

    auto wf = WorkflowRepository(*db).defaultLatest();
    OrderFilter byStep;
    byStep.stepId = wf->stepNamed(QStringLiteral("Quote sent"))->id;
    CHECK(service.list(byStep)->isEmpty());
    byStep.stepId = wf->initialStepId;
    byStep.openOnly = true;
    CHECK(service.list(byStep)->size() == 5);
    CHECK(service.openCountsByStep()->value(wf->initialStepId) == 5);
}

TEST_CASE("an order is found by its number, typed in any case", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    auto created = service.create(order(addCustomer(*db)), lucia);
    REQUIRE(created.ok());
    auto found = service.findByNumber(created->number.toLower() + QStringLiteral(" "));
    REQUIRE(found.ok());
    CHECK(found->id == created->id);
    auto missing = service.findByNumber(QStringLiteral("WO-1999-00001"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a note is kept with the order and appears in its history", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    auto created = service.create(order(addCustomer(*db)), lucia);
    REQUIRE(created.ok());
    REQUIRE(service.addNote(created->id, lucia, QStringLiteral("Call before going: the entryphone is broken")).ok());
    auto history = service.history(created->id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).kind == EventKind::Note);
    CHECK(history->at(1).note.contains(QStringLiteral("entryphone")));
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM order_notes")) == 1);

    auto empty = service.addNote(created->id, lucia, QStringLiteral("  "));
    CHECK_FALSE(empty.ok());
    auto nowhere = service.addNote(987654, lucia, QStringLiteral("lost"));
    REQUIRE_FALSE(nowhere.ok());
    CHECK(nowhere.error().code == ErrorCode::NotFound);
    CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM order_notes")) == 1);
}

TEST_CASE("editing an order writes each changed field to the history, in words", "[orders]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    WorkOrderService service(*db);
    auto created = service.create(order(addCustomer(*db)), lucia);
    REQUIRE(created.ok());

    OrderDetails edit;
    edit.customerId = created->customerId;
    edit.title = QStringLiteral("Replace three windows and a balcony door");
    edit.priority = Priority::High;
    edit.assigneeId = team.javier;
    edit.lines = {{0, 0, QStringLiteral("PVC window"), 3000, 38500, 2100, 0}};
    auto saved = service.update(created->id, created->version, edit, Actor{team.marta, QStringLiteral("Marta Sanz")});
    REQUIRE(saved.ok());
    CHECK(saved->title == edit.title);
    CHECK(saved->assigneeName == QStringLiteral("Javier Ruiz"));
    CHECK(saved->version == created->version + 1);
    CHECK(service.lines(created->id)->size() == 1);

    auto history = service.history(created->id);
    REQUIRE(history.ok());
    QStringList fields;
    for (const auto &e : *history)
        if (e.kind != EventKind::Created)
            fields << e.field;
    fields.sort();
    CHECK(fields == QStringList{QStringLiteral("assignee"), QStringLiteral("lines"), QStringLiteral("priority"),
                                QStringLiteral("title")});
}

TEST_CASE("saving an order someone else saved first is a conflict and changes nothing", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    auto created = service.create(order(addCustomer(*db)), lucia);
    REQUIRE(created.ok());
    OrderDetails marta;
    marta.customerId = created->customerId;
    marta.title = QStringLiteral("Marta's title");
    REQUIRE(service.update(created->id, created->version, marta, lucia).ok());

    OrderDetails luciaEdit = marta;
    luciaEdit.title = QStringLiteral("Lucía's title");
    auto conflict = service.update(created->id, created->version, luciaEdit, lucia);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    CHECK(service.find(created->id)->title == QStringLiteral("Marta's title"));
}

TEST_CASE("saving an order without changes writes nothing", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    auto created = service.create(order(addCustomer(*db)), lucia);
    REQUIRE(created.ok());
    OrderDetails same;
    same.customerId = created->customerId;
    same.title = created->title;
    auto saved = service.update(created->id, created->version, same, lucia);
    REQUIRE(saved.ok());
    CHECK(saved->version == created->version);
    CHECK(service.history(created->id)->size() == 1);
}

TEST_CASE("an order moved to another customer of the same name is saved, and the history tells them apart", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    // Two Carmen López: the web booking could not tell whether she was the known one.
    const Id known = addCustomer(*db);
    Customer web;
    web.name = QStringLiteral("Carmen López");
    web.email = QStringLiteral("carmen@example.es");
    const Id booked = *CustomerRepository(*db).add(web);
    auto created = service.create(order(booked), lucia);
    REQUIRE(created.ok());

    OrderDetails edit;
    edit.customerId = known;
    edit.title = created->title;
    auto saved = service.update(created->id, created->version, edit, lucia);
    REQUIRE(saved.ok());
    CHECK(saved->customerId == known);
    CHECK(service.find(created->id)->customerId == known);
    auto history = service.history(created->id);
    REQUIRE(history.ok());
    const auto change = std::find_if(history->begin(), history->end(), [](const OrderEvent &e) { return e.field == QStringLiteral("customer"); });
    REQUIRE(change != history->end());
    CHECK(change->oldValue == QStringLiteral("Carmen López (carmen@example.es)"));
    CHECK(change->newValue == QStringLiteral("Carmen López (600 12 34 56)"));
}

TEST_CASE("orders are sorted by any column in the database and paged by offset", "[orders]")
{
    TestDatabase db;
    addTeam(*db);
    WorkOrderService service(*db);
    for (const char *name : {"Zoe", "Ana", "Marta", "Bea", "Carmen"})
        REQUIRE(service.create(order(addCustomer(*db, QString::fromUtf8(name))), lucia).ok());
    OrderFilter byCustomer;
    byCustomer.sort = OrderSort::Customer;
    byCustomer.descending = false;
    byCustomer.limit = 2;
    QStringList names;
    for (int page = 0; page < 3; ++page) {
        byCustomer.offset = page * 2;
        auto rows = service.list(byCustomer);
        REQUIRE(rows.ok());
        for (const auto &o : *rows)
            names << o.customerName;
    }
    CHECK(names == QStringList{QStringLiteral("Ana"), QStringLiteral("Bea"), QStringLiteral("Carmen"),
                               QStringLiteral("Marta"), QStringLiteral("Zoe")});
    OrderFilter oldest;
    oldest.descending = false;
    auto rows = service.list(oldest);
    REQUIRE(rows.ok());
    CHECK(rows->first().customerName == QStringLiteral("Zoe"));
    CHECK(rows->last().customerName == QStringLiteral("Carmen"));
}
