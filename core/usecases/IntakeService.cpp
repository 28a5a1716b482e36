#include "core/usecases/IntakeService.h"

#include "core/common/Authorization.h"

#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"
#include "core/usecases/VisitBooking.h"
#include "core/workflow/WorkflowRepository.h"

namespace ordo {

Result<CallerHistory> IntakeService::history(Id customerId, int lastJobs) const
{
    WorkOrderService orders(m_db);
    CallerHistory h;
    OrderFilter open;
    open.customerId = customerId;
    open.openOnly = true;
    open.limit = 20;
    auto found = orders.list(open);
    if (!found)
        return found.error();
    h.openOrders = *found;
    OrderFilter all;
    all.customerId = customerId;
    all.limit = 20 + lastJobs;
    auto every = orders.list(all);
    if (!every)
        return every.error();
    for (const WorkOrder &o : *every)
        if (!isActive(o.stepKind) && h.lastJobs.size() < lastJobs)
            h.lastJobs.append(o);
    return h;
}

Result<CalendarEntry> IntakeService::bookVisit(Id orderId, const IntakeRequest &request, const Actor &by)
{
    AppointmentDraft draft{orderId, request.slot.staffId, request.slot.startsAt, request.slot.endsAt, request.kind, request.notes};
    auto appointment = VisitBooking(m_db).book(draft, by);
    if (!appointment && appointment.error().code == ErrorCode::Conflict)
        return makeError(ErrorCode::Conflict, tr("That visit is no longer free: %1 Nothing was saved; "
                                                 "choose another one.").arg(appointment.error().message));
    return appointment;
}

Result<IntakeResult> IntakeService::addToOrder(const IntakeRequest &request, const Actor &by)
{
    if (!request.bookVisit && request.notes.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Write what the caller said: it is added to the order's notes."));
    IntakeResult result;
    result.newOrder = false;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        WorkOrderService orders(m_db);
        auto order = orders.find(*request.existingOrderId);
        if (!order)
            return order.error();
        if (request.customerId && order->customerId != *request.customerId)
            return makeError(ErrorCode::Invalid, tr("Order %1 is not this caller's.").arg(order->number));
        if (!isActive(order->stepKind))
            return makeError(ErrorCode::Invalid, tr("Order %1 is closed: open a new one for this call.").arg(order->number));
        if (request.bookVisit) {
            auto appointment = bookVisit(order->id, request, by);
            if (!appointment)
                return appointment.error();
            result.appointment = *appointment;
        }
        if (!request.notes.trimmed().isEmpty()) {
            if (auto r = orders.addNote(order->id, by, request.notes); !r)
                return r.error();
        }
        auto fresh = orders.find(order->id);
        if (!fresh)
            return fresh.error();
        result.order = *fresh;
        m_db.notifier().announceOrder(result.order.id);
        return true;
    });
    if (!done)
        return done.error();
    return result;
}

Result<IntakeResult> IntakeService::book(const IntakeRequest &request, const Actor &by)
{
    if (request.bookVisit && (request.slot.staffId == 0 || request.slot.endsAt <= request.slot.startsAt))
        return makeError(ErrorCode::Invalid, tr("Choose one of the proposed visits first."));
    if (request.existingOrderId)
        return addToOrder(request, by);
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (!request.customerId)
        if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
            return allowed.error();
    if (!request.customerId && request.newCustomer.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The new customer needs a name."));

    if (request.bookVisit && (request.kind == AppointmentKind::Estimate || request.kind == AppointmentKind::Installation)) {
        QString postcode = request.sitePostcode.trimmed();
        if (request.siteAddress.trimmed().isEmpty()) {
            postcode = request.newCustomer.postcode.trimmed();
            if (request.customerId) {
                auto known = CustomerRepository(m_db).find(*request.customerId);
                if (!known)
                    return known.error();
                postcode = known->postcode.trimmed();
            }
        }
        if (postcode.isEmpty())
            return makeError(ErrorCode::Invalid, tr("Type the address of the work with its postcode at least: an estimate "
                                                    "or installation visit needs it (who goes there depends on it)."));
    }

    IntakeResult result;
    auto done = withTransaction(m_db, [&]() -> Result<bool> {
        CustomerRepository customers(m_db);
        Id customerId = request.customerId.value_or(0);
        if (!customerId) {
            auto id = customers.add(request.newCustomer);
            if (!id)
                return id.error();
            customerId = *id;
        }
        std::optional<Id> siteId;
        if (!request.siteAddress.trimmed().isEmpty()) {
            Site site;
            site.customerId = customerId;
            site.address = request.siteAddress;
            site.postcode = request.sitePostcode;
            site.city = request.siteCity;
            auto id = customers.addSite(site);
            if (!id)
                return id.error();
            siteId = *id;
        }

        NewWorkOrder n;
        n.customerId = customerId;
        n.siteId = siteId;
        n.jobType = request.jobType;
        n.title = !request.title.trimmed().isEmpty() ? request.title
                  : request.bookVisit                ? displayName(request.kind)
                                                     : tr("Call");
        n.priority = request.priority;
        if (request.bookVisit)
            n.assigneeId = request.slot.staffId;
        WorkOrderService orders(m_db);
        auto order = orders.create(n, by);
        if (!order)
            return order.error();

        if (!request.bookVisit) {
            // Logged in the map's first step, for whoever follows calls up.
            if (!request.notes.trimmed().isEmpty())
                if (auto r = orders.addNote(order->id, by, request.notes); !r)
                    return r.error();
            auto logged = orders.find(order->id);
            if (!logged)
                return logged.error();
            result.order = *logged;
            m_db.notifier().announceOrder(order->id);
            return true;
        }
        // An estimate: into the step that schedules the visit, along the map, when the order does not
        // start there. An installation or a repair booked straight from the call goes on to the
        // installer's step when the visit is booked (VisitBooking), as a repair needs no quote.
        const bool installs = request.kind == AppointmentKind::Installation || request.kind == AppointmentKind::Repair;
        if (!installs) {
            auto advanced = OrderMoves(m_db).advanceTo(order->id, [](const Step &s) { return s.handler == StepHandler::ScheduleVisit; }, by);
            if (!advanced)
                return advanced.error();
        }

        auto appointment = bookVisit(order->id, request, by);
        if (!appointment)
            return appointment.error();
        result.appointment = *appointment;
        if (!request.notes.trimmed().isEmpty()) {
            if (auto r = orders.addNote(order->id, by, request.notes); !r)
                return r.error();
        }
        auto fresh = orders.find(order->id);
        if (!fresh)
            return fresh.error();
        result.order = *fresh;
        m_db.notifier().announceOrder(result.order.id);  // held until COMMIT, dropped on ROLLBACK
        return true;
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace ordo
