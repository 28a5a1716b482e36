#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

class Database;

// May this actor change this order? Anyone with EditAllOrders; with EditOwnOrders, only orders
// assigned to them or where they have a visit (a technician's own jobs).
Result<void> authorizeOrder(const Database &db, const Actor &actor, Id orderId);

// May this actor book, move or close a visit of this person? ManageCalendar for anyone's,
// ManageOwnVisits for their own.
Result<void> authorizeVisit(const Actor &actor, Id staffId);

} // namespace ordo
