#pragma once

#include "Command.h"

namespace ordo::cli {

// token create, token list, token revoke: API tokens for scheduled jobs (ORDO_TOKEN), made by
// someone who may manage accounts (--user NAME, or the command line when unsigned changes are allowed).
Commands tokenCommands();

} // namespace ordo::cli
