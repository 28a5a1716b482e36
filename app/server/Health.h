#pragma once

namespace ordo {
class Database;
}

namespace ordo::server {

class WebApp;

// GET /healthz for monitoring: 200 {"status":"ok","schema":N} once the database answered a query,
// 503 {"status":"unavailable"} when it did not (the reason goes to the log, not to the visitor).
void addHealthRoute(WebApp &app, Database &db);

} // namespace ordo::server
