#pragma once

struct sqlite3;

namespace ordo {

class Database;

// The SQLite connection under a Database, for the few places that use the C API directly (bulk
// inserts, stop flags, statement traces); null for another engine.
sqlite3 *sqliteHandle(const Database &db);

} // namespace ordo
