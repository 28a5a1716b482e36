#include "core/orders/WorkOrderService.h"
#include "core/storage/Checks.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

TEST_CASE("a fresh database passes every check and counts its tables", "[checks]")
{
    TestDatabase db;
    auto report = DatabaseChecks(*db).check();
    REQUIRE(report.ok());
    CHECK(report->sound());
    auto counts = DatabaseChecks(*db).tableCounts();
    REQUIRE(counts.ok());
    CHECK(counts->size() == DatabaseChecks::tables().size());
    CHECK(counts->at(0).table == QStringLiteral("staff"));
}

TEST_CASE("an open order without a responsible person is reported by number", "[checks]")
{
    TestDatabase db;
    addTeam(*db);
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Broken blind");
    auto order = WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Lucía")});
    REQUIRE(order.ok());
    REQUIRE(DatabaseChecks(*db).check()->sound());

    rawExec(*db, QStringLiteral("UPDATE work_orders SET responsible_id = NULL"));
    auto report = DatabaseChecks(*db).check();
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().contains(order->number));
    CHECK(report->problems.first().contains(QStringLiteral("nobody is responsible")));
}

TEST_CASE("broken references and inconsistent open flags are found", "[checks][sqlite]")
{
    TestDatabase db;
    addTeam(*db);
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Window");
    REQUIRE(WorkOrderService(*db).create(n, Actor{std::nullopt, QStringLiteral("Lucía")}).ok());

    rawExec(*db, QStringLiteral("UPDATE work_orders SET is_open = 0"));
    rawExec(*db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    rawExec(*db, QStringLiteral("UPDATE work_orders SET customer_id = 999"));
    auto report = DatabaseChecks(*db).check();
    REQUIRE(report.ok());
    CHECK_FALSE(report->sound());
    const QString all = report->problems.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("customers")));
    CHECK(all.contains(QStringLiteral("open or closed")));
}
