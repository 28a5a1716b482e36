#include "core/usecases/IntakeService.h"

#include "core/common/Authorization.h"

#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"
#include "core/storage/Database.h"
#include "core/usecases/OrderMoves.h"
#include "core/workflow/WorkflowRepository.h"

namespace ordo {

Result<IntakeResult> IntakeService::book(const IntakeRequest &request, const Actor &by)
{
    if (auto allowed = authorize(by, Permission::CreateOrders); !allowed)
        return allowed.error();
    if (!request.customerId)
        if (auto allowed = authorize(by, Permission::EditCustomers); !allowed)
            return allowed.error();
    if (request.slot.staffId == 0 || request.slot.endsAt <= request.slot.startsAt)
        return makeError(ErrorCode::Invalid, tr("Choose one of the proposed visits first."));
    if (!request.customerId && request.newCustomer.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("The new customer needs a name."));

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
        n.title = request.title.trimmed().isEmpty() ? displayName(request.kind) : request.title;
        n.priority = request.priority;
        n.assigneeId = request.slot.staffId;
        WorkOrderService orders(m_db);
        auto order = orders.create(n, by);
        if (!order)
            return order.error();

        // Into the step that schedules the visit, along the map, when the order does not start there.
        auto advanced = OrderMoves(m_db).advanceTo(order->id, [](const Step &s) { return s.handler == StepHandler::ScheduleVisit; }, by);
        if (!advanced)
            return advanced.error();

        AppointmentDraft draft{order->id, request.slot.staffId, request.slot.startsAt, request.slot.endsAt, request.kind,
                               request.notes};
        auto appointment = AppointmentService(m_db).create(draft, by);
        if (!appointment) {
            if (appointment.error().code == ErrorCode::Conflict)
                return makeError(ErrorCode::Conflict, tr("That visit is no longer free: %1 Nothing was saved; "
                                                         "choose another one.").arg(appointment.error().message));
            return appointment.error();
        }
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
