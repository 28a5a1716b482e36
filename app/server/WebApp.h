#pragma once

#include "WebTypes.h"

#include "core/common/DocumentText.h"

#include <QList>
#include <QMap>

#include <functional>

namespace ordo::server {

// How the server treats every response, whatever the page.
struct WebSettings
{
    // Bodies larger than this are refused with 413 before any handler sees them.
    qsizetype maxBodyBytes = 64 * 1024;
    // Content-Security-Policy's frame-ancestors: who may show Ordo's pages in a frame (the company's
    // website embedding the booking page: "https://www.example.es"). 'none' also sends X-Frame-Options.
    QByteArray frameAncestors = "'none'";
    // The one origin allowed to call the server from a script on another site (CORS). Empty: none,
    // and no CORS header is ever sent.
    QByteArray allowedOrigin;
};

// Whether `value` can be put in frame-ancestors as it is: sources ('self', https://www.example.es,
// https://*.example.es) separated by spaces; nothing that could end the header or the directive.
bool validFrameAncestors(const QByteArray &value);

// Routes requests to handlers and gives every answer the same safety: unknown paths, wrong methods,
// oversized bodies and failing handlers get a generic page in the visitor's language (never the
// program's internals), and every response carries the security headers.
class WebApp final
{
public:
    using Handler = std::function<WebResponse(const WebRequest &)>;

    explicit WebApp(WebSettings settings = {});

    const WebSettings &settings() const { return m_settings; }
    void setMaxBodyBytes(qsizetype bytes) { m_settings.maxBodyBytes = bytes; }
    // A larger (or smaller) limit for the paths under `prefix` (the phones' photos).
    void setMaxBodyBytes(const QString &prefix, qsizetype bytes) { m_bodyLimits.insert(prefix, bytes); }

    // A handler for exactly `path` ("/healthz") and `method` ("GET", "POST").
    void route(const QByteArray &method, const QString &exactPath, Handler handler);
    // A handler for every path that starts with `prefix` ("/static/"); the longest prefix wins.
    void routePrefix(const QByteArray &method, const QString &prefix, Handler handler);
    // What an address that nothing serves answers (404); unset: a bare page with the message.
    void setNotFoundPage(Handler handler) { m_notFound = std::move(handler); }

    // The answer to one request, with the security headers. Never throws.
    WebResponse handle(const WebRequest &request) const;

    // The answer to a request whose handler ran but whose changes could not be saved (its commit
    // group's COMMIT failed): a 503 in the visitor's language saying that nothing was saved.
    WebResponse notSaved(const WebRequest &request) const;

    // The words of a page in the request's language: text(request).translate("OrdoServer", "…").
    // Mark such strings with QT_TRANSLATE_NOOP so that lupdate finds them.
    static DocumentText text(const WebRequest &request);
    // Shorthand for a string of the "OrdoServer" context.
    static QString tr(const WebRequest &request, const char *source);

private:
    struct Prefix
    {
        QByteArray method;
        QString prefix;
        Handler handler;
    };

    WebResponse dispatch(const WebRequest &request) const;
    void addCommonHeaders(const WebRequest &request, WebResponse &response) const;

    WebSettings m_settings;
    QMap<QString, qsizetype> m_bodyLimits;
    QMap<QString, QMap<QByteArray, Handler>> m_exact;
    QList<Prefix> m_prefixes;
    Handler m_notFound;
};

} // namespace ordo::server
