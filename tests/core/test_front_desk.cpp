// The front desk's process from the call to the payment (issue 14): where an order goes when its
// invoice is issued or paid, when its installation is booked, and what a booking needs.

#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/InvoiceQueries.h"
#include "core/common/Clock.h"
#include "core/orders/EventText.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/scheduling/AppointmentService.h"
#include "core/billing/Mailer.h"
#include "core/usecases/Company.h"
#include "core/usecases/InvoiceIssuing.h"
#include "core/usecases/IntakeService.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/Payments.h"
#include "core/workflow/WorkflowRepository.h"

#include "support/TestDatabase.h"

#include <QDateTime>
#include <QTimeZone>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

qint64 madrid(int y, int m, int d, int h = 9, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone("Europe/Madrid")).toSecsSinceEpoch();
}

struct Office
{
    TestDatabase db;
    Team team;
    Id customer = 0;
    Clock::Override clock{QDateTime::fromSecsSinceEpoch(madrid(2026, 11, 23, 9, 2))};

    Office()
    {
        team = addTeam(*db);
        addCompanyProfile(*db);
        customer = addFiscalCustomer(*db);
    }

    WorkOrder order()
    {
        NewWorkOrder n;
        n.customerId = customer;
        n.title = QStringLiteral("Three windows");
        n.lines = {{0, 0, QStringLiteral("PVC window 120×140"), 3000, 38500, 2100, 0}};
        auto o = WorkOrderService(*db).create(n, pilar);
        REQUIRE(o.ok());
        return *o;
    }

    // Puts an order into a step as if it had got there along the map (no handler runs).
    WorkOrder into(const WorkOrder &o, const QString &stepName)
    {
        rawExec(*db, QStringLiteral("UPDATE work_orders SET step_id = (SELECT id FROM steps WHERE name = '%1' AND "
                                    "workflow_version_id = %2) WHERE id = %3")
                         .arg(stepName).arg(o.workflowVersionId).arg(o.id));
        return *WorkOrderService(*db).find(o.id);
    }

    QString stepOf(Id orderId) { return WorkOrderService(*db).find(orderId)->stepName; }

    QStringList history(Id orderId)
    {
        QStringList lines;
        const auto events = WorkOrderService(*db).history(orderId);
        REQUIRE(events.ok());
        for (const OrderEvent &e : *events)
            lines << describeEvent(e);
        return lines;
    }
};

bool anyContains(const QStringList &lines, const QString &text)
{
    for (const QString &l : lines)
        if (l.contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("issuing an order's invoice moves it to Invoiced and paying it in full to Paid, signed by the person",
          "[frontdesk][billing]")
{
    Office office;
    // The draft appears in "Work completed" (as the step's handler makes it)…
    WorkOrder o = office.into(office.order(), QStringLiteral("Work completed"));
    auto draft = InvoiceDrafts(*office.db).createFromOrder(o.id, pilar);
    REQUIRE(draft.ok());

    auto issued = InvoiceIssuing(*office.db).issue(draft->id, draft->version, pilar);
    INFO((issued ? QString() : issued.error().message).toStdString());
    REQUIRE(issued.ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Invoiced"));
    CHECK(anyContains(office.history(o.id), QStringLiteral("Pilar Navarro moved it from “Work completed” to “Invoiced”")));

    // Half is not paid in full: it waits.
    REQUIRE(Payments(*office.db).record(issued->id, issued->totals.total / 2, Clock::nowSecs(), QStringLiteral("transfer"), {}, pilar).ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Invoiced"));
    auto paid = Payments(*office.db).record(issued->id, issued->totals.total - issued->totals.total / 2, Clock::nowSecs(),
                                            QStringLiteral("transfer"), {}, pilar);
    REQUIRE(paid.ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Paid"));
    CHECK(anyContains(office.history(o.id), QStringLiteral("Pilar Navarro moved it from “Invoiced” to “Paid” (paid in full)")));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT is_open FROM work_orders WHERE id = %1").arg(o.id)) == 0);
}

TEST_CASE("an invoice drafted in an earlier step still takes the order to Invoiced, then Paid", "[frontdesk][billing]")
{
    Office office;
    WorkOrder o = office.into(office.order(), QStringLiteral("In progress"));
    auto issued = InvoiceIssuing(*office.db).issueForOrder(o.id, pilar);  // as ordo-cli invoice issue does
    REQUIRE(issued.ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Invoiced"));
    CHECK(anyContains(office.history(o.id), QStringLiteral("(invoice %1 issued)").arg(issued->number)));

    // An invoice issued by a path that did not move the order (an older front end): the payment in
    // full still finishes it, from where it is.
    WorkOrder second = office.into(office.order(), QStringLiteral("Work completed"));
    auto draft = InvoiceDrafts(*office.db).createFromOrder(second.id, pilar);
    auto plain = InvoiceLedger(*office.db).issue(draft->id, draft->version, pilar);
    REQUIRE(plain.ok());
    REQUIRE(office.stepOf(second.id) == QStringLiteral("Work completed"));
    REQUIRE(Payments(*office.db).record(plain->id, plain->totals.total, Clock::nowSecs(), QStringLiteral("card"), {}, pilar).ok());
    CHECK(office.stepOf(second.id) == QStringLiteral("Paid"));
}

TEST_CASE("a map whose billing steps are renamed still moves a paid order to its end", "[frontdesk][billing]")
{
    Office office;
    rawExec(*office.db, QStringLiteral("UPDATE steps SET name = 'Factura enviada' WHERE name = 'Invoiced'"));
    rawExec(*office.db, QStringLiteral("UPDATE steps SET name = 'Liquidado' WHERE name = 'Paid'"));
    WorkOrder o = office.into(office.order(), QStringLiteral("Work completed"));
    auto issued = InvoiceIssuing(*office.db).issueForOrder(o.id, pilar);
    REQUIRE(issued.ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Factura enviada"));
    REQUIRE(Payments(*office.db).record(issued->id, issued->totals.total, Clock::nowSecs(), QStringLiteral("cash"), {}, pilar).ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Liquidado"));
}

TEST_CASE("an invoice that would be refused for its tax IDs says why before it is issued, and moves nothing",
          "[frontdesk][billing]")
{
    Office office;
    WorkOrder o = office.into(office.order(), QStringLiteral("Work completed"));
    auto draft = InvoiceDrafts(*office.db).createFromOrder(o.id, pilar);
    REQUIRE(draft.ok());
    // The fixture's company NIF B12345678 ends in the wrong digit (4 is its control).
    auto ready = InvoiceIssuing(*office.db).readyToIssue(draft->id);
    REQUIRE_FALSE(ready.ok());
    CHECK(ready.error().message.contains(QStringLiteral("the company's tax ID is wrong")));
    CompanyProfile company = CompanyProfiles(*office.db).load();
    company.taxId = QStringLiteral("B12345674");
    REQUIRE(CompanyProfiles(*office.db).save(company).ok());

    rawExec(*office.db, QStringLiteral("UPDATE customers SET tax_id = '' WHERE id = %1").arg(office.customer));
    ready = InvoiceIssuing(*office.db).readyToIssue(draft->id);
    REQUIRE_FALSE(ready.ok());
    CHECK(ready.error().message.contains(QStringLiteral("Carmen López has no tax ID")));
    REQUIRE_FALSE(InvoiceIssuing(*office.db).issue(draft->id, draft->version, pilar).ok());
    CHECK(office.stepOf(o.id) == QStringLiteral("Work completed"));

    rawExec(*office.db, QStringLiteral("UPDATE customers SET tax_id = '12345678A' WHERE id = %1").arg(office.customer));
    ready = InvoiceIssuing(*office.db).readyToIssue(draft->id);
    REQUIRE_FALSE(ready.ok());
    CHECK(ready.error().message.contains(QStringLiteral("control letter")));

    rawExec(*office.db, QStringLiteral("UPDATE customers SET tax_id = '12345678Z' WHERE id = %1").arg(office.customer));
    ready = InvoiceIssuing(*office.db).readyToIssue(draft->id);
    INFO((ready ? QString() : ready.error().message).toStdString());
    CHECK(ready.ok());
}

TEST_CASE("booking the installation moves the order on and gives it to the installer booked", "[frontdesk][scheduling]")
{
    Office office;
    WorkOrder o = office.order();
    rawExec(*office.db, QStringLiteral("UPDATE work_orders SET assignee_id = %1, responsible_id = %2 WHERE id = %3")
                            .arg(office.team.javier).arg(office.team.lucia).arg(o.id));
    o = office.into(o, QStringLiteral("Quote accepted"));

    const qint64 start = madrid(2026, 12, 2, 8);
    auto booked = AppointmentService(*office.db).create({o.id, office.team.ruben, start, start + 6 * 3600,
                                                         AppointmentKind::Installation, {}}, pilar);
    REQUIRE(booked.ok());
    // The scheduling service alone books the slot; the use case does what the booking means.
    auto moved = OrderMoves(*office.db).visitBooked(o.id, office.team.ruben, AppointmentKind::Installation, pilar);
    REQUIRE(moved.ok());
    CHECK(*moved);
    const WorkOrder after = *WorkOrderService(*office.db).find(o.id);
    CHECK(after.stepName == QStringLiteral("Installation scheduled"));
    CHECK(after.assigneeId == office.team.ruben);
    CHECK(after.responsibleId == office.team.ruben);  // the step's role is the installer's: it is his now
    const QStringList history = office.history(o.id);
    CHECK(anyContains(history, QStringLiteral("(visit booked)")));
    CHECK(anyContains(history, QStringLiteral("reassigned it from Javier Ruiz to Rubén Molina")));

    // Rebooked with Sergio: it stays in its step and changes hands.
    REQUIRE(OrderMoves(*office.db).visitBooked(o.id, office.team.sergio, AppointmentKind::Installation, pilar).ok());
    const WorkOrder rebooked = *WorkOrderService(*office.db).find(o.id);
    CHECK(rebooked.stepName == QStringLiteral("Installation scheduled"));
    CHECK(rebooked.assigneeId == office.team.sergio);
    CHECK(rebooked.responsibleId == office.team.sergio);
}

TEST_CASE("an estimate or installation visit cannot be booked without the site's postcode", "[frontdesk][scheduling]")
{
    Office office;
    const Id nowhere = addCustomer(*office.db, QStringLiteral("Tomás Gil"), QString());
    NewWorkOrder n;
    n.customerId = nowhere;
    n.title = QStringLiteral("Two windows");
    auto o = WorkOrderService(*office.db).create(n, pilar);
    REQUIRE(o.ok());
    const qint64 start = madrid(2026, 11, 24, 10);
    auto refused = AppointmentService(*office.db).create({o->id, office.team.javier, start, start + 3600,
                                                          AppointmentKind::Estimate, {}}, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("postcode")));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM appointments")) == 0);
    // A repair call for a known machine may be booked (the address is checked where it matters).
    CHECK(AppointmentService(*office.db).create({o->id, office.team.ruben, start, start + 3600, AppointmentKind::Repair, {}},
                                                pilar).ok());

    // The intake refuses before anything is saved, with the same reason.
    IntakeRequest request;
    request.newCustomer.name = QStringLiteral("Nuevo Cliente");
    request.slot.staffId = office.team.javier;
    request.slot.startsAt = start + 7200;
    request.slot.endsAt = start + 3 * 3600;
    const qint64 orders = rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders"));
    auto intake = IntakeService(*office.db).book(request, pilar);
    REQUIRE_FALSE(intake.ok());
    CHECK(intake.error().message.contains(QStringLiteral("postcode")));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);
}

TEST_CASE("a paid or cancelled order's future visits are cancelled, its past ones kept", "[frontdesk][scheduling]")
{
    Office office;
    AppointmentService visits(*office.db);
    WorkOrder o = office.into(office.order(), QStringLiteral("In progress"));
    auto past = visits.create({o.id, office.team.ruben, madrid(2026, 11, 20, 8), madrid(2026, 11, 20, 14),
                               AppointmentKind::Installation, {}}, pilar, true);
    auto future = visits.create({o.id, office.team.ruben, madrid(2026, 11, 25, 8), madrid(2026, 11, 25, 14),
                                 AppointmentKind::Installation, {}}, pilar, true);
    REQUIRE(past.ok());
    REQUIRE(future.ok());
    CHECK(visits.upcomingForOrder(o.id, Clock::nowSecs())->size() == 1);
    auto issued = InvoiceIssuing(*office.db).issueForOrder(o.id, pilar);
    REQUIRE(issued.ok());
    CHECK(visits.find(future->appointment.id)->appointment.status == AppointmentStatus::Planned);  // invoiced, not paid
    REQUIRE(Payments(*office.db).record(issued->id, issued->totals.total, Clock::nowSecs(), QStringLiteral("transfer"), {}, pilar).ok());
    CHECK(visits.find(future->appointment.id)->appointment.status == AppointmentStatus::Cancelled);
    CHECK(visits.find(past->appointment.id)->appointment.status == AppointmentStatus::Planned);
    CHECK(anyContains(office.history(o.id), QStringLiteral("marked the visit")));

    // Cancelled from the board (any person who may move it, even without the calendar permission).
    WorkOrder other = office.order();
    auto visit = visits.create({other.id, office.team.javier, madrid(2026, 11, 24, 10), madrid(2026, 11, 24, 11),
                                AppointmentKind::Estimate, {}}, pilar, true);
    REQUIRE(visit.ok());
    Step cancelled;
    const auto wf = WorkflowRepository(*office.db).version(other.workflowVersionId);
    for (const Step &s : wf->steps)
        if (s.kind == StepKind::Cancelled)
            cancelled = s;
    REQUIRE(OrderMoves(*office.db).move(other.id, WorkOrderService(*office.db).find(other.id)->version, cancelled.id, pilar).ok());
    CHECK(visits.find(visit->appointment.id)->appointment.status == AppointmentStatus::Cancelled);
    CHECK(visits.upcomingForOrder(other.id, Clock::nowSecs())->isEmpty());
}

TEST_CASE("a returning caller's call is added to their open order instead of opening a second one", "[frontdesk][intake]")
{
    Office office;
    WorkOrder open = office.into(office.order(), QStringLiteral("Quote sent"));
    WorkOrder done = office.into(office.order(), QStringLiteral("Paid"));
    rawExec(*office.db, QStringLiteral("UPDATE work_orders SET is_open = 0 WHERE id = %1").arg(done.id));
    IntakeService intake(*office.db);
    auto history = intake.history(office.customer);
    REQUIRE(history.ok());
    REQUIRE(history->openOrders.size() == 1);
    CHECK(history->openOrders.first().id == open.id);
    REQUIRE(history->lastJobs.size() == 1);
    CHECK(history->lastJobs.first().id == done.id);

    const qint64 orders = rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders"));
    IntakeRequest call;
    call.customerId = office.customer;
    call.existingOrderId = open.id;
    call.bookVisit = false;
    call.notes = QStringLiteral("Asks whether the quote includes the removal");
    auto noted = intake.book(call, pilar);
    INFO((noted ? QString() : noted.error().message).toStdString());
    REQUIRE(noted.ok());
    CHECK_FALSE(noted->newOrder);
    CHECK(noted->order.id == open.id);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM order_notes WHERE order_id = %1").arg(open.id)) == 1);

    // The same call, with a second visit to measure.
    call.bookVisit = true;
    call.kind = AppointmentKind::Estimate;
    call.slot.staffId = office.team.javier;
    call.slot.startsAt = madrid(2026, 11, 24, 10);
    call.slot.endsAt = madrid(2026, 11, 24, 11);
    auto visit = intake.book(call, pilar);
    REQUIRE(visit.ok());
    CHECK(visit->appointment.appointment.orderId == open.id);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM work_orders")) == orders);

    // A closed order takes no new call.
    call.existingOrderId = done.id;
    call.bookVisit = false;
    auto refused = intake.book(call, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("closed")));
}

TEST_CASE("a call that needs no visit is logged as a new order in the first step, with its notes", "[frontdesk][intake]")
{
    Office office;
    IntakeRequest call;
    call.newCustomer.name = QStringLiteral("Luis Prieto");  // no address: no visit, none needed
    call.bookVisit = false;
    call.title = QStringLiteral("Wants a price for a blind");
    call.notes = QStringLiteral("Call back on Monday");
    auto logged = IntakeService(*office.db).book(call, pilar);
    INFO((logged ? QString() : logged.error().message).toStdString());
    REQUIRE(logged.ok());
    CHECK(logged->newOrder);
    CHECK(logged->appointment.appointment.id == 0);
    CHECK(logged->order.stepName == QStringLiteral("Call received"));
    CHECK(logged->order.title == QStringLiteral("Wants a price for a blind"));
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM appointments")) == 0);
    CHECK(rawCount(*office.db, QStringLiteral("SELECT count(*) FROM order_notes WHERE order_id = %1").arg(logged->order.id)) == 1);
}

TEST_CASE("the company's and customers' tax IDs and the company's IBAN are checked when saved", "[frontdesk][taxids]")
{
    TestDatabase db;
    CompanyProfile company;
    company.legalName = QStringLiteral("Ventanas Sol S.L.");
    company.address = QStringLiteral("Calle del Sol 5");
    company.taxId = QStringLiteral("B12345678");
    auto refused = saveCompanySettings(*db, company, SmtpSettings{}, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("control letter or digit")));
    company.taxId = QStringLiteral("b-12345674");
    company.iban = QStringLiteral("ES92 2100 0418 4502 0005 1332");
    refused = saveCompanySettings(*db, company, SmtpSettings{}, pilar);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("IBAN")));
    CHECK(CompanyProfiles(*db).load().taxId.isEmpty());  // nothing saved
    company.iban = QStringLiteral("es9121000418450200051332");
    REQUIRE(saveCompanySettings(*db, company, SmtpSettings{}, pilar).ok());
    CHECK(CompanyProfiles(*db).load().taxId == QStringLiteral("B12345674"));
    CHECK(CompanyProfiles(*db).load().iban == QStringLiteral("ES91 2100 0418 4502 0005 1332"));

    Customer c;
    c.name = QStringLiteral("Carmen López");
    c.taxId = QStringLiteral("X1234567A");
    auto added = CustomerRepository(*db).add(c);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::Invalid);
    c.taxId = QStringLiteral("x-1234567-l");
    added = CustomerRepository(*db).add(c);
    REQUIRE(added.ok());
    CHECK(CustomerRepository(*db).find(*added)->taxId == QStringLiteral("X1234567L"));
    c.name = QStringLiteral("Jean Dupont");
    c.taxId = QStringLiteral("FR40303265045");  // a French customer keeps his own number
    CHECK(CustomerRepository(*db).add(c).ok());
}

TEST_CASE("a repair booked from the call goes straight to the installer's step, his", "[frontdesk][intake]")
{
    Office office;
    IntakeRequest call;
    call.customerId = office.customer;
    call.kind = AppointmentKind::Repair;
    call.title = QStringLiteral("Blind stuck");
    call.slot.staffId = office.team.ruben;
    call.slot.startsAt = madrid(2026, 11, 24, 8);
    call.slot.endsAt = madrid(2026, 11, 24, 10);
    auto booked = IntakeService(*office.db).book(call, pilar);
    INFO((booked ? QString() : booked.error().message).toStdString());
    REQUIRE(booked.ok());
    CHECK(booked->order.stepName == QStringLiteral("Installation scheduled"));
    CHECK(booked->order.assigneeId == office.team.ruben);
    CHECK(booked->order.responsibleId == office.team.ruben);
}
