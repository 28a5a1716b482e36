#pragma once

#include "Command.h"

namespace ordo::cli {

// verifactu records [--json] [--xml FILE], verifactu status [--json],
// verifactu annul NUMBER --note REASON [--by NAME], verifactu mode|environment VALUE.
Commands verifactuCommands();

} // namespace ordo::cli
