#include "WebApp.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <exception>

namespace ordo::server {

namespace {

const char *const Context = "OrdoServer";

const char *const NotFound = QT_TRANSLATE_NOOP("OrdoServer", "This page does not exist.");
const char *const WrongMethod = QT_TRANSLATE_NOOP("OrdoServer", "This page cannot be used that way.");
const char *const TooLarge = QT_TRANSLATE_NOOP("OrdoServer", "What was sent is too large.");
const char *const Failed = QT_TRANSLATE_NOOP("OrdoServer", "Something went wrong on our side. Please try again in a few minutes.");
const char *const NotSaved = QT_TRANSLATE_NOOP("OrdoServer", "Nothing was saved: we could not write it down. Please try again in a few minutes.");

QByteArray allowHeader(QStringList methods)
{
    methods.sort();
    methods.removeDuplicates();
    return methods.join(QStringLiteral(", ")).toLatin1();
}

} // namespace

bool validFrameAncestors(const QByteArray &value)
{
    if (value.trimmed().isEmpty() || value.size() > 1000)
        return false;
    for (const char c : value)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || QByteArray(" '*:/.-_").contains(c)))
            return false;
    return true;
}

WebApp::WebApp(WebSettings settings) : m_settings(std::move(settings)) {}

void WebApp::route(const QByteArray &method, const QString &exactPath, Handler handler)
{
    m_exact[exactPath][method.toUpper()] = std::move(handler);
}

void WebApp::routePrefix(const QByteArray &method, const QString &prefix, Handler handler)
{
    m_prefixes.append({method.toUpper(), prefix, std::move(handler)});
    // Longest prefix first, so that "/static/img/" wins over "/static/".
    std::stable_sort(m_prefixes.begin(), m_prefixes.end(),
                     [](const Prefix &a, const Prefix &b) { return a.prefix.size() > b.prefix.size(); });
}

DocumentText WebApp::text(const WebRequest &request)
{
    return DocumentText(request.language.isEmpty() ? QStringLiteral("es") : request.language);
}

QString WebApp::tr(const WebRequest &request, const char *source)
{
    return text(request).translate(Context, source);
}

WebResponse WebApp::handle(const WebRequest &incoming) const
{
    WebRequest request = incoming;
    if (request.language.isEmpty())
        request.detectLanguage();
    WebResponse response;
    try {
        response = dispatch(request);
    } catch (const std::exception &) {
        // The visitor learns nothing of the program; the log says where (never what was sent).
        std::fprintf(stderr, "ordo-server: a handler failed on %s %s\n", request.method.constData(),
                     QUrl(request.path).toEncoded(QUrl::FullyEncoded).constData());
        std::fflush(stderr);
        response = WebResponse::error(500, tr(request, Failed));
    } catch (...) {
        std::fprintf(stderr, "ordo-server: a handler failed on %s %s\n", request.method.constData(),
                     QUrl(request.path).toEncoded(QUrl::FullyEncoded).constData());
        std::fflush(stderr);
        response = WebResponse::error(500, tr(request, Failed));
    }
    if (request.method == "HEAD")
        response.body.clear();
    addCommonHeaders(request, response);
    return response;
}

WebResponse WebApp::notSaved(const WebRequest &incoming) const
{
    WebRequest request = incoming;
    if (request.language.isEmpty())
        request.detectLanguage();
    WebResponse response = WebResponse::error(503, tr(request, NotSaved));
    if (request.method == "HEAD")
        response.body.clear();
    addCommonHeaders(request, response);
    return response;
}

WebResponse WebApp::dispatch(const WebRequest &request) const
{
    qsizetype limit = m_settings.maxBodyBytes;
    for (auto it = m_bodyLimits.cbegin(); it != m_bodyLimits.cend(); ++it)
        if (request.path.startsWith(it.key()))
            limit = it.value();
    if (request.body.size() > limit)
        return WebResponse::error(413, tr(request, TooLarge));
    // HEAD is a GET without its body.
    const QByteArray method = request.method == "HEAD" ? QByteArray("GET") : request.method;
    const bool corsPreflight = request.method == "OPTIONS" && !m_settings.allowedOrigin.isEmpty()
                               && request.header("origin") == m_settings.allowedOrigin;

    const auto exact = m_exact.constFind(request.path);
    if (exact != m_exact.constEnd()) {
        const auto handler = exact->constFind(method);
        if (handler != exact->constEnd())
            return (*handler)(request);
        QStringList methods;
        for (auto it = exact->constBegin(); it != exact->constEnd(); ++it)
            methods << QString::fromLatin1(it.key());
        if (corsPreflight) {
            WebResponse r;
            r.status = 204;
            r.setHeader("Access-Control-Allow-Methods", allowHeader(methods));
            return r;
        }
        WebResponse r = WebResponse::error(405, tr(request, WrongMethod));
        r.setHeader("Allow", allowHeader(methods));
        return r;
    }

    QStringList methods;
    for (const Prefix &p : m_prefixes) {
        if (!request.path.startsWith(p.prefix))
            continue;
        if (p.method == method)
            return p.handler(request);
        methods << QString::fromLatin1(p.method);
    }
    if (!methods.isEmpty()) {
        if (corsPreflight) {
            WebResponse r;
            r.status = 204;
            r.setHeader("Access-Control-Allow-Methods", allowHeader(methods));
            return r;
        }
        WebResponse r = WebResponse::error(405, tr(request, WrongMethod));
        r.setHeader("Allow", allowHeader(methods));
        return r;
    }
    if (m_notFound)
        return m_notFound(request);
    return WebResponse::error(404, tr(request, NotFound));
}

void WebApp::addCommonHeaders(const WebRequest &request, WebResponse &response) const
{
    // A header with a line break in it would let a value a visitor typed write headers of its own.
    response.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
        const auto unsafe = [](const QByteArray &text) {
            return text.contains('\r') || text.contains('\n') || text.contains('\0');
        };
        return h.first.isEmpty() || unsafe(h.first) || unsafe(h.second);
    });
    const QByteArray ancestors = m_settings.frameAncestors.trimmed().isEmpty() ? QByteArray("'none'")
                                                                              : m_settings.frameAncestors.trimmed();
    response.setHeader("Content-Security-Policy",
                       "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                       "form-action 'self'; base-uri 'none'; frame-ancestors " + ancestors);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (ancestors == "'none'")
        response.setHeader("X-Frame-Options", "DENY");
    if (response.isHtml())
        response.setHeader("Cache-Control", "no-store");
    if (!m_settings.allowedOrigin.isEmpty() && request.header("origin") == m_settings.allowedOrigin) {
        response.setHeader("Access-Control-Allow-Origin", m_settings.allowedOrigin);
        response.setHeader("Access-Control-Allow-Headers", "Content-Type");
        response.setHeader("Vary", "Origin");
    }
    if (response.contentType.isEmpty() && !response.body.isEmpty())
        response.contentType = "application/octet-stream";
}

} // namespace ordo::server
