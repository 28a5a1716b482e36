#pragma once

#include "Command.h"

namespace ordo::cli {

// phone pair, phone list, phone revoke: the technicians' phones (ordo-server's /tech app), by someone
// who may manage accounts.
Commands phoneCommands();

} // namespace ordo::cli
