#include "core/people/CustomerRepository.h"
#include "core/people/StaffRepository.h"
#include "core/common/Clock.h"
#include "core/common/Collation.h"
#include "core/orders/WorkOrderService.h"
#include "core/usecases/Reassignment.h"
#include "core/scheduling/AppointmentService.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

using namespace ordo;
using namespace ordo::test;

TEST_CASE("a customer is found by name, phone digits or e-mail as a likely duplicate", "[people]")
{
    TestDatabase db;
    CustomerRepository customers(*db);
    Customer carmen;
    carmen.name = QStringLiteral("Carmen López");
    carmen.phone = QStringLiteral("600 12 34 56");
    carmen.email = QStringLiteral("carmen@example.es");
    const Id id = *customers.add(carmen);

    auto found = customers.search(QStringLiteral("carmen"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == id);
    CHECK(customers.search(QStringLiteral("600 12"))->size() == 1);

    CHECK(customers.likelyDuplicates(QStringLiteral("600-123-456"), {})->size() == 1);
    CHECK(customers.likelyDuplicates({}, QStringLiteral("carmen@example.es"))->size() == 1);
    CHECK(customers.likelyDuplicates(QStringLiteral("600123456"), {}, id)->isEmpty());  // herself
    CHECK(customers.likelyDuplicates(QStringLiteral("611 00 00 00"), QStringLiteral("other@example.es"))->isEmpty());
}

TEST_CASE("editing a customer checks the version, and a stale copy is refused", "[people]")
{
    TestDatabase db;
    CustomerRepository customers(*db);
    Customer c;
    c.name = QStringLiteral("Carmen López");
    auto first = customers.find(*customers.add(c));
    REQUIRE(first.ok());
    Customer edited = *first;
    edited.address = QStringLiteral("Calle Mayor 12, 3º B");
    auto saved = customers.update(edited);
    REQUIRE(saved.ok());
    CHECK(saved->version == first->version + 1);

    Customer stale = *first;
    stale.name = QStringLiteral("Carmen L.");
    auto conflict = customers.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == ErrorCode::Conflict);
    CHECK(customers.find(first->id)->name == QStringLiteral("Carmen López"));
    CHECK(customers.find(first->id)->address == QStringLiteral("Calle Mayor 12, 3º B"));
}

TEST_CASE("customers are paged alphabetically by name", "[people]")
{
    TestDatabase db;
    CustomerRepository customers(*db);
    for (const char *name : {"Zoe", "Ana", "Marta", "Bea", "Ana"}) {
        Customer c;
        c.name = QString::fromUtf8(name);
        REQUIRE(customers.add(c).ok());
    }
    auto first = customers.page(QString(), 0, 3);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    CHECK(first->at(0).name == QStringLiteral("Ana"));
    CHECK(first->at(1).name == QStringLiteral("Ana"));
    CHECK(first->at(2).name == QStringLiteral("Bea"));
    auto second = customers.page(first->last().name, first->last().id, 3);
    REQUIRE(second.ok());
    REQUIRE(second->size() == 2);
    CHECK(second->at(0).name == QStringLiteral("Marta"));
    CHECK(second->at(1).name == QStringLiteral("Zoe"));
}

TEST_CASE("customers and staff are listed the Spanish way: accents with their letter, ñ after n", "[people]")
{
    TestDatabase db;
    CustomerRepository customers(*db);
    const QStringList typed{QStringLiteral("Castillo Sánchez"), QStringLiteral("Núñez Ruiz"), QStringLiteral("Castillo Álvarez"),
                            QStringLiteral("Nuño Gil"), QStringLiteral("Nunes Mora"), QStringLiteral("Óscar Ortega"),
                            QStringLiteral("castillo Zapata"), QStringLiteral("Zoe Martín"), QStringLiteral("Olga Pérez")};
    QList<Id> ids;
    for (const QString &name : typed) {
        Customer c;
        c.name = name;
        ids << *customers.add(c);
    }
    const QStringList spanish{QStringLiteral("Castillo Álvarez"), QStringLiteral("Castillo Sánchez"), QStringLiteral("castillo Zapata"),
                              QStringLiteral("Nunes Mora"), QStringLiteral("Núñez Ruiz"), QStringLiteral("Nuño Gil"),
                              QStringLiteral("Olga Pérez"), QStringLiteral("Óscar Ortega"), QStringLiteral("Zoe Martín")};
    // Paged two at a time, as the customers' list reads them.
    QStringList listed;
    QString lastName;
    Id lastId = 0;
    for (int pages = 0; pages < 10; ++pages) {
        auto page = customers.page(lastName, lastId, 2);
        REQUIRE(page.ok());
        if (page->isEmpty())
            break;
        for (const Customer &c : *page)
            listed << c.name;
        lastName = page->last().name;
        lastId = page->last().id;
    }
    CHECK(listed == spanish);
    // A renamed customer moves to its new place.
    auto zoe = customers.find(ids[7]);
    zoe->name = QStringLiteral("Ábalos Zoe");
    REQUIRE(customers.update(*zoe).ok());
    CHECK(customers.page(QString(), 0, 1)->first().name == QStringLiteral("Ábalos Zoe"));
    CHECK(collation::sortKey(QStringLiteral("Castillo Álvarez")) == QStringLiteral("castillo alvarez"));

    StaffRepository staff(*db);
    for (const QString &name : {QStringLiteral("Sergio Castro"), QStringLiteral("Álvaro Ibáñez"), QStringLiteral("Ana Torres"),
                                QStringLiteral("Íñigo Sanz"), QStringLiteral("Iván Gómez")}) {
        StaffMember m;
        m.name = name;
        m.role = Role::Technician;
        REQUIRE(staff.add(m).ok());
    }
    QStringList people;
    for (const StaffMember &m : *staff.list())
        people << m.name;
    CHECK(people == QStringList{QStringLiteral("Álvaro Ibáñez"), QStringLiteral("Ana Torres"), QStringLiteral("Íñigo Sanz"),
                                QStringLiteral("Iván Gómez"), QStringLiteral("Sergio Castro")});
}

TEST_CASE("staff are edited with a version check, and working hours must make sense", "[people]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    StaffRepository staff(*db);
    auto javier = staff.find(team.javier);
    REQUIRE(javier.ok());
    StaffMember edited = *javier;
    edited.active = false;
    edited.territory = {QStringLiteral("280"), QStringLiteral("283")};
    auto saved = staff.update(edited);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->active);
    CHECK(saved->territory == QStringList{QStringLiteral("280"), QStringLiteral("283")});

    auto conflict = staff.update(*javier);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().code == ErrorCode::Conflict);

    StaffMember backwards = *saved;
    backwards.hours.startMinute = 18 * 60;
    backwards.hours.endMinute = 9 * 60;
    auto invalid = staff.update(backwards);
    REQUIRE_FALSE(invalid.ok());
    CHECK(invalid.error().code == ErrorCode::Invalid);
    CHECK(staff.findByName(QStringLiteral("javier ruiz"))->id == team.javier);
}

TEST_CASE("when someone leaves, their open orders and future visits go to a successor, their history stays", "[people]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    const Actor marta{team.marta, QStringLiteral("Marta Sanz")};
    Clock::Override now(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    NewWorkOrder n;
    n.customerId = addCustomer(*db);
    n.title = QStringLiteral("Windows");
    n.assigneeId = team.javier;
    auto open = WorkOrderService(*db).create(n, marta);
    REQUIRE(open.ok());
    auto wf = WorkflowRepository(*db).defaultLatest();
    auto moved = OrderMoves(*db).move(open->id, open->version, wf->stepNamed(QStringLiteral("Estimate visit scheduled"))->id, marta);
    REQUIRE(moved.ok());
    REQUIRE(moved->order.responsibleId == team.javier);
    AppointmentService visits(*db);
    const qint64 past = QDateTime(QDate(2026, 11, 20), QTime(10, 0)).toSecsSinceEpoch();
    const qint64 future = QDateTime(QDate(2026, 11, 25), QTime(10, 0)).toSecsSinceEpoch();
    REQUIRE(visits.create({open->id, team.javier, past, past + 3600, AppointmentKind::Estimate, {}}, marta, true).ok());
    REQUIRE(visits.create({open->id, team.javier, future, future + 3600, AppointmentKind::Estimate, {}}, marta, true).ok());

    auto report = Reassignment(*db).personLeaves(team.javier, team.ana, marta);
    REQUIRE(report.ok());
    CHECK(report->orders == 1);
    CHECK(report->appointments == 1);
    auto after = WorkOrderService(*db).find(open->id);
    CHECK(after->assigneeId == team.ana);
    CHECK(after->responsibleId == team.ana);
    CHECK(rawCount(*db, QStringLiteral("SELECT staff_id FROM appointments WHERE starts_at = %1").arg(past)) == team.javier);
    CHECK(rawCount(*db, QStringLiteral("SELECT staff_id FROM appointments WHERE starts_at = %1").arg(future)) == team.ana);
    CHECK_FALSE(StaffRepository(*db).find(team.javier)->active);
    auto history = WorkOrderService(*db).history(open->id);
    CHECK(std::any_of(history->begin(), history->end(), [](const OrderEvent &e) {
        return e.kind == EventKind::Assigned && e.note.contains(QStringLiteral("left the company"));
    }));
    // Nobody can take over from themselves, or hand work to someone who has left.
    CHECK_FALSE(Reassignment(*db).personLeaves(team.ana, team.ana, marta).ok());
    CHECK_FALSE(Reassignment(*db).personLeaves(team.ana, team.javier, marta).ok());
}
