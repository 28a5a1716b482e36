#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoicePayments.h"
#include "core/common/Clock.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/Accounts.h"
#include "core/reports/MyDay.h"
#include "core/reports/Reviews.h"
#include "core/scheduling/AppointmentService.h"
#include "core/storage/Settings.h"
#include "core/usecases/VisitBooking.h"

#include "support/TestDatabase.h"

#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

QDateTime madrid(int d, int h, int min = 0)
{
    return QDateTime(QDate(2026, 11, d), QTime(h, min), QTimeZone("Europe/Madrid"));
}

QStringList titles(const QList<MyDayItem> &items)
{
    QStringList out;
    for (const MyDayItem &i : items)
        out << i.title;
    return out;
}

} // namespace

TEST_CASE("My day: the person's late orders, today's visits, due reviews, and the invoices to issue and chase", "[myday]")
{
    TestDatabase db;
    const Team team = addTeam(*db);
    const Actor owner = *Accounts(*db).actorFor(team.pilar);
    const Actor ruben = *Accounts(*db).actorFor(team.ruben);
    const Id customer = addFiscalCustomer(*db);

    // Ten days ago: an order that has sat in its first step since (past its target), and an invoice
    // issued then, due after its payment days.
    WorkOrder late;
    Id issuedId = 0;
    Id draftId = 0;
    QString issuedNumber;
    {
        Clock::Override then{madrid(20, 9)};
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Persianas");
        auto o = WorkOrderService(*db).create(n, owner);
        REQUIRE(o.ok());
        late = *o;
        addCompanyProfile(*db);
        // Issued with five days to pay: past due today. Another job's invoice is only drafted.
        REQUIRE(CompanySettings(*db).setValue(QStringLiteral("invoice.payment_days"), QStringLiteral("5")).ok());
        auto invoiced = [&](const QString &title) {
            NewWorkOrder billed;
            billed.customerId = customer;
            billed.title = title;
            billed.lines = {LineItem{0, 0, title, 1000, 10000, 2100, 0, {}}};
            auto b = WorkOrderService(*db).create(billed, owner);
            REQUIRE(b.ok());
            auto draft = InvoiceDrafts(*db).createFromOrder(b->id, owner);
            REQUIRE(draft.ok());
            return *draft;
        };
        const Invoice toIssue = invoiced(QStringLiteral("Mosquitera"));
        draftId = toIssue.id;
        const Invoice toPay = invoiced(QStringLiteral("Toldo"));
        auto issued = InvoiceLedger(*db).issue(toPay.id, toPay.version, owner);
        INFO((issued ? QString() : issued.error().message).toStdString());
        REQUIRE(issued.ok());
        issuedId = issued->id;
        issuedNumber = issued->number;
    }
    Clock::Override now{madrid(30, 8)};
    const Id responsible = late.responsibleId.value_or(0);
    REQUIRE(responsible != 0);
    const Actor person = *Accounts(*db).actorFor(responsible);

    SECTION("late orders are the responsible person's, with why")
    {
        auto day = MyDayReport(*db).load(person, Clock::nowSecs());
        REQUIRE(day.ok());
        REQUIRE(day->overdue.size() >= 1);
        CHECK(titles(day->overdue).contains(late.number + QStringLiteral(" · Carmen López")));
        CHECK(day->overdue.first().detail.contains(QStringLiteral("past the target")));
        CHECK(day->overdueTotal == int(day->overdue.size()));
        // Someone else does not see them as theirs.
        const Id other = responsible == team.ruben ? team.sergio : team.ruben;
        auto theirs = MyDayReport(*db).load(*Accounts(*db).actorFor(other), Clock::nowSecs());
        REQUIRE(theirs.ok());
        CHECK_FALSE(titles(theirs->overdue).contains(late.number + QStringLiteral(" · Carmen López")));
        // The short list says how many there are in all.
        auto one = MyDayReport(*db).load(person, Clock::nowSecs(), 1);
        REQUIRE(one.ok());
        CHECK(one->overdue.size() == 1);
        CHECK(one->overdueTotal == day->overdueTotal);
    }

    SECTION("today's visits, in order, without the cancelled ones; tomorrow's are not today's")
    {
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Ventanas");
        auto o = WorkOrderService(*db).create(n, owner);
        REQUIRE(o.ok());
        VisitBooking booking(*db);
        auto afternoon = booking.book({o->id, team.ruben, madrid(30, 15).toSecsSinceEpoch(), madrid(30, 17).toSecsSinceEpoch(),
                                       AppointmentKind::Repair, {}}, owner);
        REQUIRE(afternoon.ok());
        auto morning = booking.book({o->id, team.ruben, madrid(30, 9).toSecsSinceEpoch(), madrid(30, 11).toSecsSinceEpoch(),
                                     AppointmentKind::Repair, {}}, owner);
        REQUIRE(morning.ok());
        auto tomorrow = booking.book({o->id, team.ruben, madrid(30, 9).addDays(1).toSecsSinceEpoch(),
                                      madrid(30, 11).addDays(1).toSecsSinceEpoch(), AppointmentKind::Repair, {}}, owner);
        REQUIRE(tomorrow.ok());
        auto day = MyDayReport(*db).load(ruben, Clock::nowSecs());
        REQUIRE(day.ok());
        REQUIRE(day->visits.size() == 2);
        CHECK(day->visits[0].id == morning->appointment.id);
        CHECK(day->visits[0].detail.startsWith(QStringLiteral("09:00–11:00")));
        CHECK(day->visits[1].id == afternoon->appointment.id);
        CHECK(day->visits[0].orderId == o->id);
        REQUIRE(AppointmentService(*db).setStatus(morning->appointment.id, morning->version, AppointmentStatus::Cancelled, owner).ok());
        day = MyDayReport(*db).load(ruben, Clock::nowSecs());
        REQUIRE(day.ok());
        CHECK(day->visits.size() == 1);
    }

    SECTION("a review assigned to the person, due since when")
    {
        ReviewPlan plan;
        plan.name = QStringLiteral("Revisión semanal");
        plan.cadence = Cadence::Weekly;
        plan.staffId = team.ruben;
        plan.checks = {ReviewCheck::PastTarget};
        auto added = ReviewService(*db).addPlan(plan);
        REQUIRE(added.ok());
        auto day = MyDayReport(*db).load(ruben, Clock::nowSecs());
        REQUIRE(day.ok());
        REQUIRE(day->reviews.size() == 1);
        CHECK(day->reviews.first().id == *added);
        CHECK(day->reviews.first().detail.startsWith(QStringLiteral("due since")));
        auto mine = MyDayReport(*db).load(owner, Clock::nowSecs());
        REQUIRE(mine.ok());
        CHECK(mine->reviews.isEmpty());
    }

    SECTION("invoices: the draft to issue and, once issued and past due, to chase until paid; not for a technician")
    {
        auto day = MyDayReport(*db).load(owner, Clock::nowSecs());
        REQUIRE(day.ok());
        CHECK(day->showsInvoices);
        REQUIRE(day->toIssue.size() == 1);
        CHECK(day->toIssue.first().id == draftId);
        CHECK(day->toIssueTotal == 1);
        REQUIRE(day->toChase.size() == 1);
        CHECK(day->toChase.first().id == issuedId);
        CHECK(day->toChase.first().title == issuedNumber + QStringLiteral(" · Carmen López"));
        CHECK(day->toChase.first().detail.contains(QStringLiteral("owed")));
        auto tech = MyDayReport(*db).load(ruben, Clock::nowSecs());
        REQUIRE(tech.ok());
        CHECK_FALSE(tech->showsInvoices);
        CHECK(tech->toIssue.isEmpty());
        CHECK(tech->toChase.isEmpty());
        // Paid in full: nothing to chase any more.
        REQUIRE(InvoicePayments(*db).record(issuedId, 12100, Clock::nowSecs(), QStringLiteral("transfer"), {}, owner).ok());
        day = MyDayReport(*db).load(owner, Clock::nowSecs());
        REQUIRE(day.ok());
        CHECK(day->toChase.isEmpty());
        CHECK(day->toChaseTotal == 0);
    }
}
