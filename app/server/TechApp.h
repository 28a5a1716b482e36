#pragma once

namespace ordo::server {

class WebApp;

// The technician's phone app (issue 18): plain files built into the program as Qt resources
// (resources/web/tech/ in the sources, :/web/tech/ in the program), served under /tech/ so that the
// service worker's scope is /tech/. GET /tech redirects to /tech/; /tech/ is the app's page; app.js,
// tech.css, manifest.webmanifest, sw.js and icon.svg are its files; /tech/asset/N (an asset label's QR
// code) is the app's page too, which opens that asset. The app talks to /tech/api/ (the
// JSON API, routed elsewhere).
void addTechAppRoutes(WebApp &app);

} // namespace ordo::server
