#include "Health.h"

#include "WebApp.h"

#include "core/storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace ordo::server {

void addHealthRoute(WebApp &app, Database &db)
{
    app.route("GET", QStringLiteral("/healthz"), [&db](const WebRequest &) {
        // Reads the file itself (not a constant query SQLite answers without it).
        const auto version = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
        if (!version) {
            std::fprintf(stderr, "ordo-server: /healthz: %s\n", version.error().message.toLocal8Bit().constData());
            std::fflush(stderr);
            return WebResponse::json(QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("unavailable")}})
                                         .toJson(QJsonDocument::Compact),
                                     503);
        }
        // Written by hand for a fixed key order (QJsonObject sorts them): monitors grep for "status":"ok".
        return WebResponse::json(R"({"status":"ok","schema":)" + QByteArray::number(version->toInt()) + '}');
    });
}

} // namespace ordo::server
