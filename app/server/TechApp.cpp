#include "TechApp.h"

#include "WebApp.h"

#include <QFile>
#include <QRegularExpression>

namespace ordo::server {

namespace {

struct TechFile
{
    const char *path;         // what the phone asks for
    const char *resource;     // where the program keeps it
    const char *contentType;
};

const TechFile Files[] = {
    {"/tech/", ":/web/tech/index.html", "text/html; charset=utf-8"},
    {"/tech/app.js", ":/web/tech/app.js", "text/javascript; charset=utf-8"},
    {"/tech/tech.css", ":/web/tech/tech.css", "text/css; charset=utf-8"},
    {"/tech/manifest.webmanifest", ":/web/tech/manifest.webmanifest", "application/manifest+json"},
    {"/tech/sw.js", ":/web/tech/sw.js", "text/javascript; charset=utf-8"},
    {"/tech/icon.svg", ":/web/tech/icon.svg", "image/svg+xml"},
};

WebResponse serveFile(const WebRequest &request, const TechFile &file)
{
    QFile resource(QString::fromLatin1(file.resource));
    if (!resource.open(QIODevice::ReadOnly))
        return WebResponse::error(404, WebApp::tr(request, QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.")));
    WebResponse r;
    r.contentType = file.contentType;
    r.body = resource.readAll();
    // The service worker keeps the app for offline use and refreshes it in the background: the
    // browser must ask every time (ETag-less, the files are small) so that a new version arrives.
    // The page itself gets no-store from WebApp, as every HTML answer.
    if (!r.isHtml())
        r.setHeader("Cache-Control", "no-cache");
    return r;
}

} // namespace

void addTechAppRoutes(WebApp &app)
{
    app.route("GET", QStringLiteral("/tech"), [](const WebRequest &) { return WebResponse::redirect(QStringLiteral("/tech/"), 301); });
    for (const TechFile &file : Files)
        app.route("GET", QString::fromLatin1(file.path), [file](const WebRequest &request) { return serveFile(request, file); });
    // An asset label's QR code opens /tech/asset/N: the app's page, which shows the asset (after the
    // PIN when the phone has no session).
    app.routePrefix("GET", QStringLiteral("/tech/asset/"), [](const WebRequest &request) {
        static const QRegularExpression Number(QStringLiteral("^/tech/asset/[1-9][0-9]{0,15}/?$"));
        if (!Number.match(request.path).hasMatch())
            return WebResponse::error(404, WebApp::tr(request, QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.")));
        return serveFile(request, Files[0]);
    });
}

} // namespace ordo::server
