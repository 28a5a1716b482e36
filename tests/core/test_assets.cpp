#include "core/assets/Assets.h"
#include "core/billing/Catalogue.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/reports/AssetStats.h"
#include "core/usecases/Maintenance.h"

#include "support/TestDatabase.h"

#include <QSqlQuery>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

QDateTime madrid(int y, int m, int d, int h = 10)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone("Europe/Madrid"));
}

struct Office
{
    TestDatabase db;
    Id customer = 0;
    Id site = 0;

    Office()
    {
        addTeam(*db);
        customer = addCustomer(*db);
        Site s;
        s.customerId = customer;
        s.address = QStringLiteral("Calle Alcalá 20, 3º B");
        s.postcode = QStringLiteral("28014");
        site = *CustomerRepository(*db).addSite(s);
    }

    WorkOrder order(const QList<LineItem> &lines, const QString &jobType = QStringLiteral("Installation"))
    {
        NewWorkOrder n;
        n.customerId = customer;
        n.siteId = site;
        n.title = QStringLiteral("Ventanas salón");
        n.jobType = jobType;
        n.lines = lines;
        auto o = WorkOrderService(*db).create(n, Actor{});
        REQUIRE(o.ok());
        return *o;
    }

    // The order's work completed on `day` (put there directly: the moves are the map's tests).
    void completed(const WorkOrder &o, const QDateTime &day, const QString &step = QStringLiteral("Work completed"))
    {
        rawExec(*db, QStringLiteral("UPDATE work_orders SET step_id = (SELECT id FROM steps WHERE name = '%1' AND "
                                    "workflow_version_id = %2), step_entered_at = %3 WHERE id = %4")
                         .arg(step).arg(o.workflowVersionId).arg(day.toSecsSinceEpoch()).arg(o.id));
    }

    Id asset(const QString &type, const QString &model, const QDate &installed, const QDate &warranty = {})
    {
        Asset a;
        a.customerId = customer;
        a.siteId = site;
        a.type = type;
        a.model = model;
        a.installedOn = installed;
        a.warrantyUntil = warranty;
        auto id = AssetRegistry(*db).add(a, Actor{});
        REQUIRE(id.ok());
        return *id;
    }

    // A repair order about the asset, opened on `day`.
    Id repair(Id assetId, const QDateTime &day)
    {
        Clock::Override at{day};
        const WorkOrder o = order({}, QStringLiteral("Repair"));
        REQUIRE(AssetRegistry(*db).linkOrder(assetId, o.id, AssetReason::Repair, Actor{}).ok());
        return o.id;
    }
};

LineItem line(const QString &description, Milli quantity, Cents price = 30000)
{
    LineItem l;
    l.description = description;
    l.quantity = quantity;
    l.unitPrice = price;
    return l;
}

LineRegistration lineNo(int position)
{
    LineRegistration l;
    l.position = position;
    return l;
}

Actor technicianOnly()
{
    Actor a;
    a.name = QStringLiteral("Rubén");
    a.kind = ActorKind::Person;
    a.permissions = defaultPermissions(AccessRole::Technician);
    a.permissions.set(Permission::EditCustomers, false);
    return a;
}

} // namespace

TEST_CASE("an asset is added, edited, and a stale copy or a bad date is refused with a message", "[assets]")
{
    Office office;
    AssetRegistry assets(*office.db);
    const Id id = office.asset(QStringLiteral("Caldera"), QStringLiteral("Vaillant ecoTEC plus"), QDate(2024, 3, 1), QDate(2026, 3, 1));
    auto found = assets.find(id);
    REQUIRE(found.ok());
    CHECK(found->siteAddress == QStringLiteral("Calle Alcalá 20, 3º B"));
    CHECK(found->warrantyUntil == QDate(2026, 3, 1));

    Asset edited = *found;
    edited.serial = QStringLiteral("21184500100");
    auto saved = assets.update(edited, Actor{});
    REQUIRE(saved.ok());
    CHECK(saved->serial == QStringLiteral("21184500100"));
    auto stale = assets.update(edited, Actor{});
    REQUIRE(!stale.ok());
    CHECK(stale.error().code == ErrorCode::Conflict);

    Asset backwards = *saved;
    backwards.warrantyUntil = QDate(2023, 1, 1);
    auto refused = assets.update(backwards, Actor{});
    REQUIRE(!refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("warranty")));
    CHECK(assets.find(id)->warrantyUntil == QDate(2026, 3, 1));  // nothing lost

    Asset noType;
    noType.customerId = office.customer;
    CHECK(assets.add(noType, Actor{}).error().code == ErrorCode::Invalid);
    Asset otherSite = *saved;
    otherSite.id = 0;
    otherSite.siteId = office.site + 100;
    CHECK(assets.add(otherSite, Actor{}).error().code == ErrorCode::Invalid);
    CHECK(assets.add(*saved, technicianOnly()).error().code == ErrorCode::NotPermitted);
}

TEST_CASE("a completed order's lines become assets in one step: a line of 3 windows is 3 assets, never registered twice",
          "[assets]")
{
    Office office;
    WorkOrder o;
    {
        Clock::Override at{madrid(2026, 5, 4)};
        o = office.order({line(QStringLiteral("Ventana PVC oscilobatiente 120x100"), 3000),
                          line(QStringLiteral("Vidrio laminar m²"), 2500, 4500), line(QStringLiteral("Mano de obra"), 4000, 3500)});
    }
    AssetRegistry assets(*office.db);

    // Not yet done: refused, nothing written.
    auto early = assets.registerFromOrder(o.id, {lineNo(1)}, Actor{});
    REQUIRE(!early.ok());
    CHECK(early.error().message.contains(QStringLiteral("not completed")));
    CHECK(assets.ofCustomer(office.customer)->isEmpty());

    office.completed(o, madrid(2026, 5, 20, 18));
    LineRegistration windows{1, {}, {}, QStringLiteral("120×100"), {QStringLiteral("S-1"), QStringLiteral("S-2")}, 24, true};
    LineRegistration glass{2, QStringLiteral("Vidrio"), {}, {}, {}, -1, true};

    // Labour, a service in the price catalogue, is not offered as something installed.
    CatalogueItem labour;
    labour.code = QStringLiteral("MO-H");
    labour.description = QStringLiteral("Mano de obra");
    labour.unitPrice = 3500;
    labour.kind = CatalogueItem::Kind::Service;
    REQUIRE(Catalogue(*office.db).add(labour, Actor{}).ok());
    auto offered = assets.linesOf(o.id);
    REQUIRE(offered->size() == 3);
    CHECK(offered->at(0).installable);
    CHECK(offered->at(0).type == QStringLiteral("Ventana"));
    CHECK(offered->at(1).installable);
    CHECK(!offered->at(2).installable);

    auto ids = assets.registerFromOrder(o.id, {windows, glass}, Actor{});
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 4);
    auto list = *assets.ofCustomer(office.customer);
    REQUIRE(list.size() == 4);
    CHECK(list.at(0).type == QStringLiteral("Ventana"));
    CHECK(list.at(0).model == QStringLiteral("Ventana PVC oscilobatiente 120x100"));
    CHECK(list.at(0).specification == QStringLiteral("120×100"));
    CHECK(list.at(0).serial == QStringLiteral("S-1"));
    CHECK(list.at(1).serial == QStringLiteral("S-2"));
    CHECK(list.at(2).serial.isEmpty());
    CHECK(list.at(0).installedOn == QDate(2026, 5, 20));
    CHECK(list.at(0).warrantyUntil == QDate(2028, 5, 20));
    CHECK(list.at(3).type == QStringLiteral("Vidrio"));
    CHECK(list.at(3).warrantyUntil == QDate(2029, 5, 20));  // the default three years
    CHECK(list.at(0).siteId == office.site);
    CHECK(list.at(0).sourceOrderNumber == o.number);
    CHECK(assets.ofOrder(o.id)->size() == 4);
    CHECK(!offered->at(0).registered);
    auto after = assets.linesOf(o.id);  // what the desktop offers next time: lines 1 and 2 are done
    CHECK(after->at(0).registered);
    CHECK(after->at(1).registered);
    CHECK(!after->at(2).registered);

    // Again, with line 1 among others: refused whole, and line 3 is not registered either.
    auto again = assets.registerFromOrder(o.id, {lineNo(3), lineNo(1)}, Actor{});
    REQUIRE(!again.ok());
    CHECK(again.error().message.contains(QStringLiteral("registered already")));
    CHECK(assets.ofCustomer(office.customer)->size() == 4);
    CHECK(assets.registerFromOrder(o.id, {lineNo(9)}, Actor{}).error().message.contains(QStringLiteral("no line 9")));
}

TEST_CASE("an asset's history shows the orders, visits, notes and photos that touched it, newest first", "[assets]")
{
    Office office;
    AssetRegistry assets(*office.db);
    Id id = 0;
    {
        Clock::Override at{madrid(2025, 1, 10)};
        id = office.asset(QStringLiteral("Persiana"), QStringLiteral("Motor Somfy"), QDate(2025, 1, 10));
    }
    const Id repair = office.repair(id, madrid(2025, 6, 2));
    {
        Clock::Override at{madrid(2025, 6, 3)};
        REQUIRE(WorkOrderService(*office.db).addNote(repair, Actor{}, QStringLiteral("El motor no sube")).ok());
        REQUIRE(assets.addNote(id, QStringLiteral("Cambiado el final de carrera"), Actor{}).ok());
    }
    {
        Clock::Override at{madrid(2025, 6, 4)};
        REQUIRE(assets.addPhoto(id, QStringLiteral("image/png"), QByteArray("\x89PNG fake but bytes", 19), QStringLiteral("Placa"), Actor{}).ok());
    }
    CHECK(assets.addPhoto(id, QStringLiteral("text/html"), QByteArray("<x>"), {}, Actor{}).error().code == ErrorCode::Invalid);
    CHECK(assets.addNote(id, QStringLiteral("   "), Actor{}).error().code == ErrorCode::Invalid);

    auto history = assets.history(id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 5);
    using Kind = AssetHistoryEntry::Kind;
    CHECK(history->at(0).kind == Kind::Photo);
    CHECK(history->at(0).text == QStringLiteral("Placa"));
    CHECK(assets.photo(*history->at(0).photoId)->data == QByteArray("\x89PNG fake but bytes", 19));
    // The two notes of 3 June, the order's and the asset's own.
    QSet<Kind> notes{history->at(1).kind, history->at(2).kind};
    CHECK(notes == QSet<Kind>{Kind::OrderNote, Kind::AssetNote});
    CHECK(history->at(3).kind == Kind::Order);
    CHECK(history->at(3).orderId == repair);
    CHECK(history->at(3).detail.startsWith(QStringLiteral("Repair")));
    CHECK(history->at(4).kind == Kind::Registered);

    // An order of another customer cannot name it.
    const Id stranger = addCustomer(*office.db, QStringLiteral("Otro Cliente"));
    NewWorkOrder n;
    n.customerId = stranger;
    n.title = QStringLiteral("x");
    auto other = WorkOrderService(*office.db).create(n, Actor{});
    REQUIRE(other.ok());
    CHECK(assets.linkOrder(id, other->id, AssetReason::Repair, Actor{}).error().code == ErrorCode::Invalid);
}

TEST_CASE("failure figures on a hand-built history: repairs per asset, median days to first repair, under warranty",
          "[assets][stats]")
{
    Office office;
    // Four boilers of model A installed 1 Jan 2024 with two years' warranty; repairs after 100, 200
    // and 400 days (the last out of warranty), one of them repaired twice; one never repaired.
    QList<Id> a;
    for (int i = 0; i < 4; ++i)
        a << office.asset(QStringLiteral("Caldera"), QStringLiteral("A"), QDate(2024, 1, 1), QDate(2025, 12, 31));
    const QDate start(2024, 1, 1);
    office.repair(a[0], madrid(2024, 1, 1).addDays(100));
    office.repair(a[0], madrid(2024, 1, 1).addDays(300));
    office.repair(a[1], madrid(2024, 1, 1).addDays(200));
    office.repair(a[2], QDateTime(start.addDays(800), QTime(10, 0)));
    // A model B nobody repaired, with its warranty ending in 30 days and an old one beyond the typical age.
    const QDate today(2026, 6, 1);
    const Id endingSoon = office.asset(QStringLiteral("Caldera"), QStringLiteral("B"), QDate(2024, 7, 1), today.addDays(30));
    office.asset(QStringLiteral("Caldera"), QStringLiteral("B"), QDate(2020, 1, 1), QDate(2022, 1, 1));
    const Id old = office.asset(QStringLiteral("Caldera"), QStringLiteral("C"), QDate(2019, 5, 1));
    office.asset(QStringLiteral("Ventana"), QStringLiteral("PVC"), QDate(2015, 1, 1), today.addDays(120));

    auto stats = AssetStatistics(*office.db).compute(today);
    REQUIRE(stats.ok());
    REQUIRE(!stats->byModel.isEmpty());
    const AssetFailureFigures &top = stats->byModel.first();
    CHECK(top.model == QStringLiteral("A"));
    CHECK(top.installed == 4);
    CHECK(top.repairs == 4);
    CHECK(top.assetsRepaired == 3);
    CHECK(top.repairsPerAsset() == 1.0);
    CHECK(top.repairsUnderWarranty == 3);
    REQUIRE(top.medianDaysToFirstRepair.has_value());
    CHECK(*top.medianDaysToFirstRepair == 200);  // first repairs after 100, 200 and 800 days

    REQUIRE(stats->warrantyEnding.size() == 1);
    CHECK(stats->warrantyEnding.first().id == endingSoon);

    // Typical first failure of a boiler: 200 days. Boilers older than that with no repair and no
    // order in the last year: a[3], both of model B and C; the oldest beyond it first.
    QList<Id> aging;
    for (const AgingAsset &g : stats->pastTypicalAge)
        aging << g.asset.id;
    CHECK(aging.size() == 4);
    CHECK(aging.first() == old);
    CHECK(!aging.contains(a[0]));
    CHECK(stats->pastTypicalAge.first().typicalFirstFailureDays == 200);
}

TEST_CASE("a monthly plan from 31 January is due on the last days of short months, never drifting", "[maintenance]")
{
    MaintenancePlan p;
    p.firstDue = QDate(2027, 1, 31);
    p.everyMonths = 1;
    const QList<QDate> dates = maintenance::dueDates(p, QDate(2027, 5, 31));
    CHECK(dates == QList<QDate>{QDate(2027, 1, 31), QDate(2027, 2, 28), QDate(2027, 3, 31), QDate(2027, 4, 30), QDate(2027, 5, 31)});

    p.firstDue = QDate(2028, 1, 31);  // a leap year
    CHECK(maintenance::dueDates(p, QDate(2028, 3, 1)) == QList<QDate>{QDate(2028, 1, 31), QDate(2028, 2, 29)});

    p.firstDue = QDate(2026, 8, 31);
    p.everyMonths = 6;
    p.endsOn = QDate(2027, 12, 31);
    CHECK(maintenance::dueDates(p, QDate(2030, 1, 1)) == QList<QDate>{QDate(2026, 8, 31), QDate(2027, 2, 28), QDate(2027, 8, 31)});

    p.everyMonths = 0;  // once
    p.endsOn = {};
    CHECK(maintenance::dueDates(p, QDate(2030, 1, 1)) == QList<QDate>{QDate(2026, 8, 31)});
}

TEST_CASE("a seasonal plan is due only in its months, also across the new year, and a run keeps to them", "[maintenance]")
{
    MaintenancePlan p;
    p.everyMonths = 1;
    p.firstDue = QDate(2027, 6, 15);
    p.seasonFrom = 6;  // air conditioning: June to September
    p.seasonTo = 9;
    CHECK(maintenance::dueDates(p, QDate(2028, 7, 1)) == QList<QDate>{QDate(2027, 6, 15), QDate(2027, 7, 15), QDate(2027, 8, 15),
                                                                      QDate(2027, 9, 15), QDate(2028, 6, 15)});
    p.firstDue = QDate(2026, 11, 30);  // heating: November to February, from the last day of the month
    p.seasonFrom = 11;
    p.seasonTo = 2;
    CHECK(maintenance::dueDates(p, QDate(2027, 12, 1)) == QList<QDate>{QDate(2026, 11, 30), QDate(2026, 12, 30), QDate(2027, 1, 30),
                                                                       QDate(2027, 2, 28), QDate(2027, 11, 30)});
    CHECK(p.inSeason(QDate(2027, 1, 1)));
    CHECK(!p.inSeason(QDate(2027, 3, 1)));

    Office office;
    MaintenancePlans plans(*office.db);
    Clock::Override at{madrid(2027, 5, 20)};
    MaintenancePlan summer;
    summer.customerId = office.customer;
    summer.siteId = office.site;
    summer.title = QStringLiteral("Revisión del aire acondicionado");
    summer.everyMonths = 1;
    summer.firstDue = QDate(2027, 6, 1);
    summer.seasonFrom = 6;
    summer.seasonTo = 9;
    summer.leadDays = 10;
    auto id = plans.add(summer, Actor{});
    REQUIRE(id.ok());
    auto kept = plans.find(*id);
    REQUIRE(kept.ok());
    CHECK(kept->seasonFrom == 6);
    CHECK(kept->seasonTo == 9);

    // A run until the end of the year makes June to September, nothing for the months between.
    auto run = plans.run(QDate(2027, 12, 31), Actor{});
    REQUIRE(run.ok());
    QList<QDate> due;
    for (const GeneratedMaintenance &g : run->generated)
        due << g.due;
    CHECK(due == QList<QDate>{QDate(2027, 6, 1), QDate(2027, 7, 1), QDate(2027, 8, 1), QDate(2027, 9, 1)});
    CHECK(plans.run(QDate(2027, 12, 31), Actor{})->generated.isEmpty());

    // A first date outside the season, or a season of month 13, is refused with a message.
    summer.firstDue = QDate(2027, 3, 1);
    auto outside = plans.add(summer, Actor{});
    CHECK(outside.error().code == ErrorCode::Invalid);
    CHECK(!outside.error().message.isEmpty());
    summer.firstDue = QDate(2027, 6, 1);
    summer.seasonTo = 13;
    CHECK(plans.add(summer, Actor{}).error().code == ErrorCode::Invalid);
    summer.seasonFrom = 0;
    summer.seasonTo = 9;
    CHECK(plans.add(summer, Actor{}).error().code == ErrorCode::Invalid);
}

TEST_CASE("maintenance orders are due at 9:00 in Madrid on both sides of a daylight-saving change", "[maintenance]")
{
    // Summer time starts on 28 March 2027 and ends on 31 October 2027.
    CHECK(QDateTime::fromSecsSinceEpoch(maintenance::dueAt(QDate(2027, 3, 27)), QTimeZone::utc()).time() == QTime(8, 0));
    CHECK(QDateTime::fromSecsSinceEpoch(maintenance::dueAt(QDate(2027, 3, 28)), QTimeZone::utc()).time() == QTime(7, 0));
    CHECK(QDateTime::fromSecsSinceEpoch(maintenance::dueAt(QDate(2027, 10, 30)), QTimeZone::utc()).time() == QTime(7, 0));
    CHECK(QDateTime::fromSecsSinceEpoch(maintenance::dueAt(QDate(2027, 10, 31)), QTimeZone::utc()).time() == QTime(8, 0));
}

TEST_CASE("a maintenance run makes each plan's orders ahead of time, once, naming the asset", "[maintenance]")
{
    Office office;
    Id boiler = 0;
    Id planId = 0;
    MaintenancePlans plans(*office.db);
    {
        Clock::Override at{madrid(2027, 1, 5)};
        boiler = office.asset(QStringLiteral("Caldera"), QStringLiteral("Vaillant"), QDate(2026, 1, 31));
        MaintenancePlan p;
        p.customerId = office.customer;
        p.assetId = boiler;
        p.title = QStringLiteral("Revisión de caldera");
        p.everyMonths = 1;
        p.firstDue = QDate(2027, 1, 31);
        p.leadDays = 30;
        auto id = plans.add(p, Actor{});
        REQUIRE(id.ok());
        planId = *id;
        CHECK(plans.find(planId)->siteId == office.site);  // where the asset is
        // Edited as the desktop sends it (the asset chosen, no site): still where the asset is.
        MaintenancePlan edited = *plans.find(planId);
        edited.siteId.reset();
        edited.leadDays = 30;
        auto kept = plans.update(edited, Actor{});
        REQUIRE(kept.ok());
        CHECK(kept->siteId == office.site);
    }
    Clock::Override at{madrid(2027, 1, 6)};

    // Until 5 February with 30 days ahead: due 31 Jan, 28 Feb (7 March would be beyond).
    auto dry = plans.run(QDate(2027, 2, 5), Actor{}, true);
    REQUIRE(dry.ok());
    CHECK(dry->generated.size() == 2);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == 0);

    auto first = plans.run(QDate(2027, 2, 5), Actor{});
    REQUIRE(first.ok());
    REQUIRE(first->generated.size() == 2);
    CHECK(first->problems.isEmpty());
    CHECK(first->generated.at(0).due == QDate(2027, 1, 31));
    CHECK(first->generated.at(1).due == QDate(2027, 2, 28));
    auto order = WorkOrderService(*office.db).find(first->generated.at(1).orderId);
    REQUIRE(order.ok());
    CHECK(order->title == QStringLiteral("Revisión de caldera"));
    CHECK(order->siteId == office.site);
    CHECK(order->dueAt == QDateTime(QDate(2027, 2, 28), QTime(9, 0), QTimeZone("Europe/Madrid")).toSecsSinceEpoch());
    CHECK(order->stepName == QStringLiteral("Estimate visit scheduled"));  // on to the step that books the visit
    CHECK(AssetRegistry(*office.db).ofOrder(order->id)->first().id == boiler);

    // The daily job again, and a later one: only the new due date (31 March, via 30 March's window).
    auto second = plans.run(QDate(2027, 2, 5), Actor{});
    REQUIRE(second.ok());
    CHECK(second->generated.isEmpty());
    CHECK(second->alreadyGenerated == 2);
    auto later = plans.run(QDate(2027, 3, 1), Actor{});
    REQUIRE(later.ok());
    REQUIRE(later->generated.size() == 1);
    CHECK(later->generated.first().due == QDate(2027, 3, 31));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == 3);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM maintenance_runs")) == 3);

    // Even a second process that skipped the check cannot make a second row for the same date.
    QSqlQuery twice(office.db->connection());
    CHECK(!twice.exec(QStringLiteral("INSERT INTO maintenance_runs (plan_id, due_on, generated_at) VALUES (%1, '2027-01-31', 0)").arg(planId)));
}

TEST_CASE("a list from what the history teaches becomes orders in one step: one per site, never a second open one",
          "[maintenance]")
{
    Office office;
    Clock::Override at{madrid(2027, 3, 1)};
    const Id window = office.asset(QStringLiteral("Ventana"), QStringLiteral("PVC"), QDate(2020, 5, 1));
    const Id blind = office.asset(QStringLiteral("Persiana"), QStringLiteral("Aluminio"), QDate(2020, 5, 1));
    // A second site of the same customer, with a boiler.
    Site other;
    other.customerId = office.customer;
    other.address = QStringLiteral("Calle Mayor 3");
    other.postcode = QStringLiteral("28013");
    const Id otherSite = *CustomerRepository(*office.db).addSite(other);
    Asset boiler;
    boiler.customerId = office.customer;
    boiler.siteId = otherSite;
    boiler.type = QStringLiteral("Caldera");
    boiler.installedOn = QDate(2019, 1, 10);
    const Id boilerId = *AssetRegistry(*office.db).add(boiler, Actor{});

    MaintenancePlans plans(*office.db);
    auto made = plans.orderForAssets({window, blind, boilerId}, QStringLiteral("Revisión preventiva"), QDate(2027, 3, 15), Actor{});
    INFO((made ? QString() : made.error().message).toStdString());
    REQUIRE(made.ok());
    REQUIRE(made->orders.size() == 2);  // one per site
    CHECK(made->alreadyOpen.isEmpty());
    auto first = WorkOrderService(*office.db).find(made->orders.at(0).orderId);
    REQUIRE(first.ok());
    CHECK(first->title == QStringLiteral("Revisión preventiva"));
    CHECK(first->siteId == office.site);
    CHECK(first->stepName == QStringLiteral("Estimate visit scheduled"));
    CHECK(first->dueAt == QDateTime(QDate(2027, 3, 15), QTime(9, 0), QTimeZone("Europe/Madrid")).toSecsSinceEpoch());
    QList<Id> named;
    for (const Asset &a : *AssetRegistry(*office.db).ofOrder(first->id))
        named << a.id;
    std::sort(named.begin(), named.end());
    CHECK(named == QList<Id>{window, blind});
    CHECK(AssetRegistry(*office.db).ofOrder(made->orders.at(1).orderId)->first().id == boilerId);

    // Asked again from the same list: the open orders already name them, nothing is made twice.
    auto again = plans.orderForAssets({window, boilerId}, QString(), QDate(2027, 3, 15), Actor{});
    REQUIRE(again.ok());
    CHECK(again->orders.isEmpty());
    CHECK(again->alreadyOpen == QList<Id>{window, boilerId});
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == 2);

    // A removed asset or an empty list is refused with a message, and nothing is made.
    rawExec(*office.db, QStringLiteral("UPDATE assets SET active = 0 WHERE id = %1").arg(blind));
    rawExec(*office.db, QStringLiteral("UPDATE work_orders SET is_open = 0"));
    auto removed = plans.orderForAssets({window, blind}, QString(), QDate(2027, 3, 15), Actor{});
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.error().message.contains(QStringLiteral("Persiana")));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == 2);
    CHECK_FALSE(plans.orderForAssets({}, QString(), QDate(2027, 3, 15), Actor{}).ok());
}

TEST_CASE("a maintenance plan with bad values is refused with a message", "[maintenance]")
{
    Office office;
    MaintenancePlans plans(*office.db);
    MaintenancePlan p;
    p.customerId = office.customer;
    p.title = QStringLiteral("Revisión");
    p.firstDue = QDate(2027, 1, 1);
    p.leadDays = 400;
    CHECK(plans.add(p, Actor{}).error().code == ErrorCode::Invalid);
    p.leadDays = 30;
    p.endsOn = QDate(2026, 1, 1);
    CHECK(plans.add(p, Actor{}).error().code == ErrorCode::Invalid);
    p.endsOn = {};
    p.title.clear();
    CHECK(!plans.add(p, Actor{}).error().message.isEmpty());
    CHECK(plans.list()->isEmpty());
}
