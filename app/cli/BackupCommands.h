#pragma once

#include "Command.h"

namespace ordo::cli {

// backup, backups, restore. `backups` and `restore` never open a database through Database::open:
// they work on backup files.
Commands backupCommands();

} // namespace ordo::cli
