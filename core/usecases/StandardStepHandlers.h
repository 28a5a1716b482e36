#pragma once

#include "core/workflow/StepHandlers.h"

namespace ordo {

// The handlers of Ordo's steps: "Assign automatically" chooses the best person with the company's
// assignment rules (scheduling); "Create the invoice" makes the draft from the order's lines
// (billing). "Schedule a visit" needs a person to choose the time: the front ends ask for it.
class StandardStepHandlers final : public StepHandlers
{
public:
    Result<std::optional<Assignment>> chooseAssignee(Database &db, Id orderId, const Step &to) override;
    Result<void> entered(Database &db, Id orderId, const Step &to, const Actor &by) override;

    // One instance serves every engine: it keeps no state.
    static StandardStepHandlers &instance();
};

} // namespace ordo
