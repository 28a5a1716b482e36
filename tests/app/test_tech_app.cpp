// ordo-server: the technician's phone app's files (issue 18) served at /tech/ from the program's
// resources, with the types a browser needs to run them, install them and register the service worker.

#include "TechApp.h"
#include "WebApp.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace ordo::server;

namespace {

WebRequest get(const QString &path)
{
    WebRequest r;
    r.method = "GET";
    r.path = path;
    r.language = QStringLiteral("es");
    r.peer = QStringLiteral("192.0.2.7");
    return r;
}

WebApp techApp()
{
    WebApp app;
    addTechAppRoutes(app);
    return app;
}

} // namespace

TEST_CASE("The phone app's files are served under /tech/ with their types", "[server][tech]")
{
    const WebApp app = techApp();
    const struct
    {
        const char *path;
        const char *type;
        const char *contains;
    } files[] = {
        {"/tech/", "text/html; charset=utf-8", "<script type=\"module\" src=\"/tech/app.js\"></script>"},
        {"/tech/app.js", "text/javascript; charset=utf-8", "/tech/api"},
        {"/tech/tech.css", "text/css; charset=utf-8", ":focus-visible"},
        {"/tech/manifest.webmanifest", "application/manifest+json", "\"start_url\": \"/tech/\""},
        {"/tech/sw.js", "text/javascript; charset=utf-8", "caches.open"},
        {"/tech/icon.svg", "image/svg+xml", "<svg"},
    };
    for (const auto &file : files) {
        INFO(file.path);
        const WebResponse r = app.handle(get(QString::fromLatin1(file.path)));
        CHECK(r.status == 200);
        CHECK(r.contentType == file.type);
        CHECK(r.body.contains(file.contains));
        CHECK(r.header("Content-Security-Policy").contains("script-src 'self'"));
        // The page is never kept by the browser's cache; the other files are checked every time (the
        // service worker keeps its own copy for offline use).
        CHECK(r.header("Cache-Control") == (r.isHtml() ? "no-store" : "no-cache"));
    }
}

TEST_CASE("/tech goes to /tech/, the service worker's scope; other names under /tech/ do not exist", "[server][tech]")
{
    const WebApp app = techApp();
    const WebResponse moved = app.handle(get(QStringLiteral("/tech")));
    CHECK(moved.status == 301);
    CHECK(moved.header("Location") == "/tech/");
    for (const QString &path : {QStringLiteral("/tech/index.html"), QStringLiteral("/tech/../ordo.css"), QStringLiteral("/tech/app.js.map"),
                                QStringLiteral("/tech/api")}) {
        INFO(path.toStdString());
        CHECK(app.handle(get(path)).status == 404);
    }
    WebRequest post = get(QStringLiteral("/tech/app.js"));
    post.method = "POST";
    CHECK(app.handle(post).status != 200);
}

TEST_CASE("The phone app's page runs under the Content-Security-Policy: no inline script or style", "[server][tech]")
{
    const WebApp app = techApp();
    const QString page = QString::fromUtf8(app.handle(get(QStringLiteral("/tech/"))).body);
    CHECK_FALSE(page.contains(QRegularExpression(QStringLiteral("<script(?![^>]*\\bsrc=)"))));
    CHECK_FALSE(page.contains(QLatin1String("<style")));
    CHECK_FALSE(page.contains(QRegularExpression(QStringLiteral("\\s(style|on[a-z]+)="))));
    // The service worker keeps exactly the files served here.
    const QString worker = QString::fromUtf8(app.handle(get(QStringLiteral("/tech/sw.js"))).body);
    for (const char *path : {"'/tech/'", "'/tech/app.js'", "'/tech/tech.css'", "'/tech/manifest.webmanifest'", "'/tech/icon.svg'"})
        CHECK(worker.contains(QLatin1String(path)));
}
