#pragma once

#include "core/common/Result.h"
#include "core/domain/Types.h"

#include <QTextStream>

#include <optional>

namespace ordo {

class Database;

namespace cli {

// Who signs the changes of this run of ordo-cli:
//   --user NAME   that person, after checking their password or PIN (ORDO_PASSWORD, else asked on
//                 the terminal without echo; never taken from the command line, where `ps` shows it);
//   ORDO_TOKEN    the API token's name and role (scheduled jobs);
//   neither       the command line and the operating-system user, with every permission unless the
//                 owner forbade unsigned changes.
Result<Actor> signCommandLine(Database &db, const QString &user, QTextStream &err);

// Reads one line from the terminal with echo off; nothing when stdin is not a terminal.
std::optional<QString> askSecret(QTextStream &err, const QString &prompt);

} // namespace cli
} // namespace ordo
