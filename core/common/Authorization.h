#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

namespace ordo {

// The check every core action makes before it changes anything: may this actor do it? The refusal
// names the missing permission, translated.
Result<void> authorize(const Actor &actor, Permission permission);

// The refusal for an action that needs one of two permissions (e.g. any order, or their own).
Error notPermitted(const Actor &actor, Permission permission);

} // namespace ordo
