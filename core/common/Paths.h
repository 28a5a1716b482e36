#pragma once

#include <QString>

// Where this user's Ordo keeps its files, per operating system: the one place that knows. The rest
// of Ordo asks here (Database::defaultPath, FileSecretStore::defaultPath).
namespace ordo::paths {

// The default database. Linux: ~/.local/share/Ordo/Ordo/ordo.sqlite. Windows (untested):
// %LOCALAPPDATA%\Ordo\Ordo\ordo.sqlite — not the roaming profile, which copies its files at every
// log-off and is no place for a database.
QString defaultDatabase();

// The private file of secrets of ordo-cli and the server. Linux: ~/.config/ordo/secrets.json.
// Windows (untested): %LOCALAPPDATA%\ordo\secrets.json, which only the user's account may read.
QString secretsFile();

} // namespace ordo::paths
