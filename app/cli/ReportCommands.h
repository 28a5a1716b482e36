#pragma once

#include "Command.h"

namespace ordo::cli {

// review due, report weekly, process stats.
Commands reportCommands();

} // namespace ordo::cli
