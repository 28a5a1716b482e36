#include "core/orders/OrderAccess.h"

#include "core/common/Authorization.h"
#include "core/storage/Database.h"

namespace ordo {

Result<void> authorizeOrder(const Database &db, const Actor &actor, Id orderId)
{
    if (actor.can(Permission::EditAllOrders))
        return {};
    if (!actor.can(Permission::EditOwnOrders) || !actor.staffId)
        return notPermitted(actor, Permission::EditAllOrders);
    auto own = db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM work_orders WHERE id = ? AND assignee_id = ?) "
                                        "OR EXISTS (SELECT 1 FROM appointments WHERE order_id = ? AND staff_id = ?)"),
                         {orderId, *actor.staffId, orderId, *actor.staffId});
    if (!own)
        return own.error();
    if (own->toInt() == 0)
        return notPermitted(actor, Permission::EditAllOrders);
    return {};
}

Result<void> authorizeVisit(const Actor &actor, Id staffId)
{
    if (actor.can(Permission::ManageCalendar))
        return {};
    if (actor.can(Permission::ManageOwnVisits) && actor.staffId && *actor.staffId == staffId)
        return {};
    return notPermitted(actor, Permission::ManageCalendar);
}

} // namespace ordo
