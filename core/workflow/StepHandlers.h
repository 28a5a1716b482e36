#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <optional>

namespace ordo {

class Database;

// What a step does when an order enters it, beyond the move itself: give the order to the best
// person (auto-assign), make the invoice's draft, … The workflow engine knows only this interface;
// the use-case layer registers the real handlers (billing, scheduling), so that the engine, and
// everything below the use cases, never depends on them.
class StepHandlers
{
public:
    virtual ~StepHandlers() = default;

    struct Assignment
    {
        Id staffId = 0;
        QString explanation;  // why this person, for the order's history
    };

    // The order enters `to`, whose handler is AutoAssign: who should have it (none: leave it as it is).
    // Called before anything is written; must not write.
    virtual Result<std::optional<Assignment>> chooseAssignee(Database &db, Id orderId, const Step &to) = 0;

    // The order has entered `to` (inside the move's transaction): do what the step's handler does.
    virtual Result<void> entered(Database &db, Id orderId, const Step &to, const Actor &by) = 0;
};

// Handlers that do nothing: for tools and tests that move orders without billing or scheduling.
class NoStepHandlers final : public StepHandlers
{
public:
    Result<std::optional<Assignment>> chooseAssignee(Database &, Id, const Step &) override { return std::optional<Assignment>(); }
    Result<void> entered(Database &, Id, const Step &, const Actor &) override { return {}; }
};

} // namespace ordo
