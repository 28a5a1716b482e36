#pragma once

#include "Command.h"

namespace ordo::cli {

// invoice issue, list, pay, verify, pdf, send.
Commands invoiceCommands();

} // namespace ordo::cli
