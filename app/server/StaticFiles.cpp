#include "StaticFiles.h"

#include "WebApp.h"

#include <QFile>
#include <QRegularExpression>

namespace ordo::server {

namespace {

const QLatin1String Prefix("/static/");

} // namespace

void StaticFiles::addRoutes(WebApp &app)
{
    app.routePrefix("GET", Prefix, &StaticFiles::serve);
    app.route("GET", QStringLiteral("/favicon.ico"), [](const WebRequest &request) {
        WebRequest icon = request;
        icon.path = Prefix + QLatin1String("favicon.svg");
        return serve(icon);
    });
}

QString StaticFiles::resourceFor(const QString &path)
{
    if (!path.startsWith(Prefix))
        return {};
    const QString name = path.mid(Prefix.size());
    // Only plain names in plain folders: letters, digits, '-', '_', '.', '/' between names. No "..",
    // no empty segment ("//"), no backslash, no '%' (a path decoded once and still encoded is an attack).
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$"));
    if (name.isEmpty() || name.size() > 200 || !plain.match(name).hasMatch() || name.contains(QLatin1String("..")))
        return {};
    return QStringLiteral(":/web/") + name;
}

QByteArray StaticFiles::contentType(const QString &fileName)
{
    const QString suffix = fileName.section(QLatin1Char('.'), -1).toLower();
    if (suffix == QLatin1String("css"))
        return "text/css; charset=utf-8";
    if (suffix == QLatin1String("js"))
        return "text/javascript; charset=utf-8";
    if (suffix == QLatin1String("svg"))
        return "image/svg+xml";
    if (suffix == QLatin1String("png"))
        return "image/png";
    if (suffix == QLatin1String("ico"))
        return "image/x-icon";
    if (suffix == QLatin1String("woff2"))
        return "font/woff2";
    if (suffix == QLatin1String("txt"))
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

WebResponse StaticFiles::serve(const WebRequest &request)
{
    const QString resource = resourceFor(request.path);
    QFile file(resource);
    if (resource.isEmpty() || !file.open(QIODevice::ReadOnly))
        return WebResponse::error(404, WebApp::tr(request, QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.")));
    WebResponse r;
    r.contentType = contentType(resource);
    r.body = file.readAll();
    r.setHeader("Cache-Control", "public, max-age=3600");
    return r;
}

} // namespace ordo::server
