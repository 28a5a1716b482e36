#pragma once

#include "Command.h"

namespace ordo::cli {

// demo, stats, check, workflow show.
Commands databaseCommands();

} // namespace ordo::cli
