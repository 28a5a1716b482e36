#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

class Database;

// Who owns an order once it is in `step`, so that nobody has to remember to hand it over:
//  1. the step's named person, when active;
//  2. otherwise, for a step owned by a role, the order's assignee when they have that role;
//  3. otherwise the active person with that role who owns the fewest open orders (ties: oldest staff record);
//  4. otherwise (nobody has the role) whoever was responsible until now.
Result<std::optional<Id>> resolveResponsible(const Database &db, const Step &step, std::optional<Id> assigneeId,
                                             std::optional<Id> currentResponsibleId);

} // namespace ordo
