#pragma once

#include "Command.h"

namespace ordo::cli {

// schedule suggest, calendar export.
Commands scheduleCommands();

} // namespace ordo::cli
