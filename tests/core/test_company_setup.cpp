#include "core/billing/CompanyProfiles.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/people/StaffRepository.h"
#include "core/usecases/CompanySetup.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

CompanySetupData ventanasSol()
{
    CompanySetupData d;
    d.company.legalName = QStringLiteral("Ventanas Sol S.L.");
    d.company.taxId = QStringLiteral("B12345674");
    d.company.address = QStringLiteral("Calle del Sol 3");
    d.company.postcode = QStringLiteral("28013");
    d.company.city = QStringLiteral("Madrid");
    d.company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1332");
    d.company.defaultVat = 1000;
    d.orderPrefix = QStringLiteral("OT-");
    StaffMember lucia;
    lucia.name = QStringLiteral("Lucía Romero");
    lucia.role = Role::Reception;
    StaffMember diego;
    diego.name = QStringLiteral("Diego Iglesias");
    diego.role = Role::Technician;
    diego.territory = {QStringLiteral("280"), QStringLiteral("281")};
    diego.hours.startMinute = 7 * 60;
    diego.hours.endMinute = 15 * 60;
    d.people = {lucia, diego};
    d.map = CompanySetupData::Map::Repairs;
    return d;
}

QStringList stepNames(Database &db)
{
    QStringList names;
    const auto map = WorkflowRepository(db).defaultLatest();
    REQUIRE(map.ok());
    for (const Step &s : map->steps)
        names << s.name;
    return names;
}

} // namespace

TEST_CASE("the first-start assistant sets a new company up in one go", "[setup]")
{
    TestDatabase db;
    const Actor owner{std::nullopt, QStringLiteral("Ordo")};
    CompanySetup setup(*db);
    REQUIRE(*setup.isNewCompany());
    const QStringList windowMap = stepNames(*db);

    SECTION("refusals name what to correct and save nothing")
    {
        auto bad = ventanasSol();
        bad.company.taxId = QStringLiteral("B12345678");   // wrong control digit
        auto refused = setup.apply(bad, owner);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Invalid);
        bad = ventanasSol();
        bad.company.iban = QStringLiteral("ES91 2100 0418 4502 0005 1333");
        CHECK_FALSE(setup.apply(bad, owner).ok());
        bad = ventanasSol();
        bad.orderPrefix = QStringLiteral("OT 2026 ");
        CHECK_FALSE(setup.apply(bad, owner).ok());
        bad = ventanasSol();
        bad.people << bad.people.first();
        auto twice = setup.apply(bad, owner);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().message.contains(QStringLiteral("Lucía Romero")));
        // Only what the use case checks deep inside: a person already there undoes everything.
        StaffMember there;
        there.name = QStringLiteral("Diego Iglesias");
        REQUIRE(StaffRepository(*db).add(there).ok());
        CHECK_FALSE(setup.apply(ventanasSol(), owner).ok());
        CHECK(CompanyProfiles(*db).load().legalName.isEmpty());
        CHECK(stepNames(*db) == windowMap);
        CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM staff")) == 1);
    }

    SECTION("applied: the company, the prefix, the people with accounts, the repairs map")
    {
        REQUIRE(setup.apply(ventanasSol(), owner).ok());
        const CompanyProfile c = CompanyProfiles(*db).load();
        CHECK(c.legalName == QStringLiteral("Ventanas Sol S.L."));
        CHECK(c.defaultVat == 1000);
        CHECK_FALSE(*setup.isNewCompany());
        auto diego = StaffRepository(*db).findByName(QStringLiteral("Diego Iglesias"));
        REQUIRE(diego.ok());
        CHECK(diego->role == Role::Technician);
        CHECK(diego->territory == QStringList{QStringLiteral("280"), QStringLiteral("281")});
        CHECK(diego->hours.startMinute == 7 * 60);
        CHECK(rawCount(*db, QStringLiteral("SELECT count(*) FROM accounts")) == 2);
        const QStringList steps = stepNames(*db);
        CHECK(steps.contains(QStringLiteral("Visit scheduled")));
        CHECK_FALSE(steps.contains(QStringLiteral("Quote sent")));

        NewWorkOrder n;
        n.customerId = addFiscalCustomer(*db);
        n.title = QStringLiteral("Persiana atascada");
        auto order = WorkOrderService(*db).create(n, owner);
        REQUIRE(order.ok());
        CHECK(order->number == QStringLiteral("OT-%1-00001").arg(Clock::today().year()));
        CHECK(order->stepName == QStringLiteral("Call received"));

        // With orders under way the map is left alone (Process changes it), and nothing else is saved.
        auto again = ventanasSol();
        again.company.legalName = QStringLiteral("Otra");
        again.people.clear();
        again.map = CompanySetupData::Map::Blank;
        auto refused = setup.apply(again, owner);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("Process")));
        CHECK(CompanyProfiles(*db).load().legalName == QStringLiteral("Ventanas Sol S.L."));
    }

    SECTION("only who may change the company's settings")
    {
        Actor clerk{std::nullopt, QStringLiteral("Ana")};
        clerk.permissions = Permissions::none();
        auto refused = setup.apply(ventanasSol(), clerk);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NotPermitted);
    }
}
