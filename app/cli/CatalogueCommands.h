#pragma once

#include "Command.h"

namespace ordo::cli {

// catalogue list, catalogue import: the price catalogue (products and services offered in the lines
// of orders and invoices); importing needs the permission to manage the company.
Commands catalogueCommands();

} // namespace ordo::cli
