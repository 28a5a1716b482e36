#pragma once

#include "Command.h"

namespace ordo::cli {

// orders list, orders show, orders move.
Commands orderCommands();

} // namespace ordo::cli
