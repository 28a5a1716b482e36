#pragma once

#include "RateLimiter.h"
#include "WebApp.h"

#include <QElapsedTimer>

namespace ordo {
class Database;
}

namespace ordo::server {

// The technicians' phone app's JSON API under /tech/api (contract: docs in README, "The technician's
// phone"): pairing, PIN sign-in, my jobs, and the actions done on site, each applied once per key.
// Sessions travel in the Authorization header (never a cookie), so other sites' pages cannot make a
// phone's browser act: no CSRF token is needed. Every answer is about the signed-in person's own jobs.
class TechApi final
{
public:
    explicit TechApi(Database &db);
    void addRoutes(WebApp &app);

    WebResponse pair(const WebRequest &request);
    WebResponse signIn(const WebRequest &request);
    WebResponse signOut(const WebRequest &request);
    WebResponse jobs(const WebRequest &request);
    WebResponse action(const WebRequest &request);
    WebResponse photo(const WebRequest &request);
    // GET /tech/api/assets/N (the asset and its history), /tech/api/assets/N/photos/P (its own photo)
    // and /tech/api/assets/N/visit-photos/P (a photo of a visit about it): for the assets of the
    // customers the technician has jobs with (FieldAssets).
    WebResponse asset(const WebRequest &request);

private:
    // Pairing and PIN sign-in are limited per address (the account's own waits come on top).
    std::optional<WebResponse> tooMany(const WebRequest &request);

    Database &m_db;
    QElapsedTimer m_clock;
    RateLimiter m_signInsByAddress;
};

} // namespace ordo::server
