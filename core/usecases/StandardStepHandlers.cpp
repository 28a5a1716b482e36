#include "core/usecases/StandardStepHandlers.h"

#include "core/billing/InvoiceDrafts.h"
#include "core/orders/WorkOrderService.h"
#include "core/common/Clock.h"
#include "core/scheduling/AppointmentService.h"
#include "core/scheduling/Scheduler.h"
#include "core/storage/Database.h"

namespace ordo {

StandardStepHandlers &StandardStepHandlers::instance()
{
    static StandardStepHandlers handlers;
    return handlers;
}

Result<std::optional<StepHandlers::Assignment>> StandardStepHandlers::chooseAssignee(Database &db, Id orderId, const Step &to)
{
    const Role role = to.responsibleRole.value_or(Role::Technician);
    auto postcode = WorkOrderService(db).workPostcode(orderId);
    auto chosen = Scheduler(db).chooseAssignee(role, postcode ? *postcode : QString(), AssignmentPolicy::load(db));
    if (!chosen)
        return chosen.error();
    if (!*chosen)
        return std::optional<Assignment>();
    return std::optional<Assignment>(Assignment{(*chosen)->staffId, (*chosen)->explanation});
}

Result<void> StandardStepHandlers::entered(Database &db, Id orderId, const Step &to, const Actor &by)
{
    // Entering a step that creates the invoice makes the draft from the order's lines. The map does
    // it (the owner put the handler there), so it needs no invoice permission of the person who
    // moved the order; the draft is still signed with their name.
    if (to.handler == StepHandler::CreateInvoice) {
        Actor asTheMap = by;
        asTheMap.permissions.set(Permission::DraftInvoices);
        auto draft = InvoiceDrafts(db).createFromOrder(orderId, asTheMap);
        if (!draft)
            return draft.error();
    }
    // A finished or cancelled order needs nobody at the door any more: its visits to come are
    // cancelled, so that they leave the calendars and route sheets (the desktop asks first).
    if (to.kind == StepKind::Done || to.kind == StepKind::Cancelled) {
        Actor asTheMap = by;
        asTheMap.permissions.set(Permission::ManageCalendar);
        if (auto r = AppointmentService(db).cancelUpcoming(orderId, Clock::nowSecs(), asTheMap); !r)
            return r.error();
    }
    return {};
}

} // namespace ordo
