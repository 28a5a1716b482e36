#pragma once

#include "Command.h"

namespace ordo::cli {

// assets …, maintenance …: assets at customers' sites, their history and figures, and the
// maintenance plans' daily run; import customers / export orders: CSV files for spreadsheets.
Commands assetCommands();
Commands maintenanceCommands();
Commands transferCommands();

} // namespace ordo::cli
