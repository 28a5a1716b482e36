#pragma once

#include "Command.h"

namespace ordo::cli {

// quote issue, list, accept, refuse.
Commands quoteCommands();

} // namespace ordo::cli
