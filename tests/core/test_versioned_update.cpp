// Concurrent edits: one helper writes every versioned update and words every conflict.

#include "core/storage/VersionedUpdate.h"

#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor lucia{std::nullopt, QStringLiteral("Lucía Romero")};

Customer customer(Database &db, Id id)
{
    auto c = CustomerRepository(db).find(id);
    REQUIRE(c.ok());
    return *c;
}

} // namespace

TEST_CASE("a versioned update changes the row and bumps its version only at the version it was read at", "[versioned]")
{
    TestDatabase db;
    const Id id = addCustomer(*db, QStringLiteral("Carmen López"));
    const Customer read = customer(*db, id);

    const VersionedUpdate rename{"customers", id, read.version, {{"name", QStringLiteral("Carmen López Ruiz")}}};
    REQUIRE(updateVersioned(*db, rename, QStringLiteral("The customer Carmen López")).ok());
    CHECK(customer(*db, id).name == QStringLiteral("Carmen López Ruiz"));
    CHECK(customer(*db, id).version == read.version + 1);

    // The same write from the copy read before: someone else's change wins, nothing is written.
    const VersionedUpdate stale{"customers", id, read.version, {{"city", QStringLiteral("Toledo")}}};
    auto refused = updateVersioned(*db, stale, QStringLiteral("The customer Carmen López"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message == concurrentEdit(QStringLiteral("The customer Carmen López")).message);
    CHECK(refused.error().message.startsWith(QStringLiteral("The customer Carmen López was changed by someone else")));
    CHECK(customer(*db, id).city == read.city);
    CHECK(customer(*db, id).version == read.version + 1);

    // A further condition the row no longer meets counts as a change by someone else too.
    const VersionedUpdate onlyIfNamed{"customers", id, read.version + 1, {{"city", QStringLiteral("Toledo")}},
                                      "name = 'Carmen López'"};
    auto gone = updateVersioned(*db, onlyIfNamed, QStringLiteral("This customer"), NotDone::Moved);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::Conflict);
    CHECK(gone.error().message.contains(QStringLiteral("Nothing was moved")));
    CHECK(customer(*db, id).city == read.city);

    // And so does a row that is not there any more.
    const VersionedUpdate missing{"customers", id + 1000, 1, {{"city", QStringLiteral("Toledo")}}};
    CHECK(updateVersioned(*db, missing, QStringLiteral("That customer")).error().code == ErrorCode::Conflict);
}

TEST_CASE("every kind of conflict is a Conflict naming what changed and what was not done", "[versioned]")
{
    const QString what = QStringLiteral("Order 2026-0042");
    QSet<QString> messages;
    for (NotDone notDone : {NotDone::Saved, NotDone::Moved, NotDone::Issued, NotDone::Deleted}) {
        const Error e = concurrentEdit(what, notDone);
        CHECK(e.code == ErrorCode::Conflict);
        CHECK(e.message.startsWith(QStringLiteral("Order 2026-0042 was changed by someone else meanwhile. Nothing was ")));
        messages.insert(e.message);
    }
    CHECK(messages.size() == 4);
}

TEST_CASE("customers, staff and orders edited from a stale copy are refused in the same words", "[versioned]")
{
    TestDatabase db;
    const Team team = addTeam(*db);

    const Customer carmen = customer(*db, addCustomer(*db, QStringLiteral("Carmen López")));
    Customer theirs = carmen;
    theirs.phone = QStringLiteral("600 12 34 56");
    REQUIRE(CustomerRepository(*db).update(theirs).ok());
    Customer mine = carmen;
    mine.city = QStringLiteral("Toledo");
    auto customerConflict = CustomerRepository(*db).update(mine);
    REQUIRE_FALSE(customerConflict.ok());

    auto javier = StaffRepository(*db).find(team.javier);
    REQUIRE(javier.ok());
    StaffMember theirStaff = *javier;
    theirStaff.phone = QStringLiteral("611 22 33 44");
    REQUIRE(StaffRepository(*db).update(theirStaff).ok());
    StaffMember myStaff = *javier;
    myStaff.email = QStringLiteral("javier@example.es");
    auto staffConflict = StaffRepository(*db).update(myStaff);
    REQUIRE_FALSE(staffConflict.ok());

    NewWorkOrder n;
    n.customerId = carmen.id;
    n.title = QStringLiteral("Windows");
    auto order = WorkOrderService(*db).create(n, lucia);
    REQUIRE(order.ok());
    OrderDetails details;
    details.customerId = carmen.id;
    details.title = QStringLiteral("Windows and a door");
    REQUIRE(WorkOrderService(*db).update(order->id, order->version, details, lucia).ok());
    details.title = QStringLiteral("Only a door");
    auto orderConflict = WorkOrderService(*db).update(order->id, order->version, details, lucia);
    REQUIRE_FALSE(orderConflict.ok());

    CHECK(customerConflict.error().message ==
          concurrentEdit(QStringLiteral("The customer Carmen López")).message);
    CHECK(staffConflict.error().message == concurrentEdit(QStringLiteral("The record of %1").arg(javier->name)).message);
    CHECK(orderConflict.error().message == concurrentEdit(QStringLiteral("Order %1").arg(order->number)).message);
    for (const auto *r : {&customerConflict.error(), &staffConflict.error(), &orderConflict.error()})
        CHECK(r->code == ErrorCode::Conflict);
    CHECK(customer(*db, carmen.id).city == carmen.city);
    CHECK(StaffRepository(*db).find(team.javier)->email == javier->email);
    CHECK(WorkOrderService(*db).find(order->id)->title == QStringLiteral("Windows and a door"));
}
