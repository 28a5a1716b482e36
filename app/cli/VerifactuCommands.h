#pragma once

#include "Command.h"

namespace ordo::cli {

// verifactu records [--json] [--xml FILE], verifactu status [--json],
// verifactu annul NUMBER --note REASON [--by NAME], verifactu mode|environment VALUE,
// verifactu send [--json], verifactu correct NUMBER, verifactu certificate import FILE.
Commands verifactuCommands();

} // namespace ordo::cli
