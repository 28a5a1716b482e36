// ordo-server: the router's safety (errors, limits, headers), static files, rate limits, form tokens,
// and the real program on a socket (health, TLS, a busy port, SIGTERM, its log).

#include "CsrfTokens.h"
#include "HandlerThread.h"
#include "Health.h"
#include "RateLimiter.h"
#include "StaticFiles.h"
#include "WebApp.h"

#include "core/people/CustomerRepository.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include "support/ProcessRun.h"
#include "support/TestDatabase.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QJsonArray>
#include <QThread>
#include <QEventLoop>
#include <QSemaphore>
#include <QTimer>

#include <csignal>
#include <stdexcept>

#include <sys/types.h>

using namespace ordo;
using namespace ordo::server;

namespace {

WebRequest get(const QString &path, const QString &language = QStringLiteral("en"))
{
    WebRequest r;
    r.method = "GET";
    r.path = path;
    r.language = language;
    r.peer = QStringLiteral("192.0.2.7");
    return r;
}

WebApp appWithPages(WebSettings settings = {})
{
    WebApp app(std::move(settings));
    app.route("GET", QStringLiteral("/hello"), [](const WebRequest &) { return WebResponse::html(QStringLiteral("<p>hi</p>")); });
    app.route("POST", QStringLiteral("/echo"), [](const WebRequest &r) { return WebResponse::text(r.form().value(QStringLiteral("name"))); });
    app.route("GET", QStringLiteral("/boom"), [](const WebRequest &) -> WebResponse {
        throw std::runtime_error("SQL failed at /home/office/ordo.sqlite line 42");
    });
    StaticFiles::addRoutes(app);
    return app;
}

QString bodyOf(const WebResponse &r)
{
    return QString::fromUtf8(r.body);
}

} // namespace

TEST_CASE("The router answers unknown paths, wrong methods, large bodies and failures with generic pages", "[server]")
{
    const WebApp app = appWithPages();

    SECTION("a known page")
    {
        const WebResponse r = app.handle(get(QStringLiteral("/hello")));
        CHECK(r.status == 200);
        CHECK(bodyOf(r) == QStringLiteral("<p>hi</p>"));
    }
    SECTION("an unknown path is 404, in the visitor's language")
    {
        const WebResponse en = app.handle(get(QStringLiteral("/nothing-here")));
        CHECK(en.status == 404);
        CHECK(bodyOf(en).contains(QStringLiteral("This page does not exist.")));
        const WebResponse es = app.handle(get(QStringLiteral("/nothing-here"), QStringLiteral("es")));
        CHECK(es.status == 404);
        CHECK(bodyOf(es).contains(QStringLiteral("Esta página no existe.")));
    }
    SECTION("the language comes from ?lang=, then Accept-Language, else Spanish")
    {
        WebRequest r = get(QStringLiteral("/nothing-here"), QString());
        r.headers.insert("accept-language", "en-GB,en;q=0.9,es;q=0.5");
        CHECK(bodyOf(app.handle(r)).contains(QStringLiteral("This page does not exist.")));
        r.query.addQueryItem(QStringLiteral("lang"), QStringLiteral("es"));
        CHECK(bodyOf(app.handle(r)).contains(QStringLiteral("Esta página no existe.")));
        WebRequest plain = get(QStringLiteral("/nothing-here"), QString());
        CHECK(bodyOf(app.handle(plain)).contains(QStringLiteral("Esta página no existe.")));
    }
    SECTION("a known path with another method is 405 and says which methods it takes")
    {
        WebRequest r = get(QStringLiteral("/hello"));
        r.method = "POST";
        const WebResponse response = app.handle(r);
        CHECK(response.status == 405);
        CHECK(response.header("Allow") == "GET");
        WebRequest staticPost = get(QStringLiteral("/static/ordo.css"));
        staticPost.method = "DELETE";
        CHECK(app.handle(staticPost).status == 405);
    }
    SECTION("a form is read; a body over the limit is 413 and never reaches the handler")
    {
        WebRequest r = get(QStringLiteral("/echo"));
        r.method = "POST";
        r.headers.insert("content-type", "application/x-www-form-urlencoded");
        r.body = "name=Jos%C3%A9+P%C3%A9rez&other=1";
        const WebResponse ok = app.handle(r);
        CHECK(ok.status == 200);
        CHECK(bodyOf(ok) == QStringLiteral("José Pérez"));

        r.body = "name=" + QByteArray(64 * 1024, 'x');
        const WebResponse tooLarge = app.handle(r);
        CHECK(tooLarge.status == 413);
        CHECK_FALSE(tooLarge.body.contains("xxxx"));

        WebApp small = appWithPages();
        small.setMaxBodyBytes(10);
        r.body = "name=Ana";
        CHECK(small.handle(r).status == 200);
        r.body = "name=Anastasia";
        CHECK(small.handle(r).status == 413);
    }
    SECTION("a handler that throws is a 500 that shows nothing of the program")
    {
        const WebResponse r = app.handle(get(QStringLiteral("/boom")));
        CHECK(r.status == 500);
        CHECK(bodyOf(r).contains(QStringLiteral("Something went wrong on our side")));
        CHECK_FALSE(bodyOf(r).contains(QStringLiteral("SQL")));
        CHECK_FALSE(bodyOf(r).contains(QStringLiteral("/home/office")));
    }
}

TEST_CASE("Every response carries the security headers; CORS only for the configured origin", "[server]")
{
    SECTION("by default: no frames at all, no CORS")
    {
        const WebApp app = appWithPages();
        for (const QString &path : {QStringLiteral("/hello"), QStringLiteral("/missing"), QStringLiteral("/boom"),
                                    QStringLiteral("/static/ordo.css")}) {
            WebRequest r = get(path);
            r.headers.insert("origin", "https://evil.example");
            const WebResponse response = app.handle(r);
            INFO(path.toStdString());
            CHECK(response.header("Content-Security-Policy")
                  == "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; "
                     "base-uri 'none'; frame-ancestors 'none'");
            CHECK(response.header("X-Content-Type-Options") == "nosniff");
            CHECK(response.header("Referrer-Policy") == "same-origin");
            CHECK(response.header("X-Frame-Options") == "DENY");
            CHECK_FALSE(response.hasHeader("Access-Control-Allow-Origin"));
        }
        CHECK(app.handle(get(QStringLiteral("/hello"))).header("Cache-Control") == "no-store");
        CHECK(app.handle(get(QStringLiteral("/static/ordo.css"))).header("Cache-Control") != "no-store");
    }
    SECTION("embedded by the company's website, which may also call it from scripts")
    {
        WebSettings settings;
        settings.frameAncestors = "https://www.ventanassol.es";
        settings.allowedOrigin = "https://www.ventanassol.es";
        const WebApp app = appWithPages(settings);
        WebRequest fromSite = get(QStringLiteral("/hello"));
        fromSite.headers.insert("origin", "https://www.ventanassol.es");
        const WebResponse r = app.handle(fromSite);
        CHECK(r.header("Content-Security-Policy").endsWith("frame-ancestors https://www.ventanassol.es"));
        CHECK_FALSE(r.hasHeader("X-Frame-Options"));
        CHECK(r.header("Access-Control-Allow-Origin") == "https://www.ventanassol.es");

        WebRequest fromElsewhere = fromSite;
        fromElsewhere.headers.insert("origin", "https://www.ventanassol.es.evil.example");
        CHECK_FALSE(app.handle(fromElsewhere).hasHeader("Access-Control-Allow-Origin"));
        CHECK_FALSE(app.handle(get(QStringLiteral("/hello"))).hasHeader("Access-Control-Allow-Origin"));
    }
    SECTION("no header can be split by what a visitor typed")
    {
        WebApp app;
        app.route("GET", QStringLiteral("/go"), [](const WebRequest &r) {
            WebResponse response = WebResponse::redirect(QStringLiteral("/done?name=") + r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded));
            response.headers.append({QByteArray("X-Name"), r.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded).toUtf8()});
            return response;
        });
        WebRequest r = get(QStringLiteral("/go"));
        r.query.addQueryItem(QStringLiteral("name"), QStringLiteral("Ana\r\nSet-Cookie: session=stolen"));
        const WebResponse response = app.handle(r);
        CHECK(response.status == 303);
        CHECK_FALSE(response.hasHeader("X-Name"));
        CHECK_FALSE(response.header("Location").contains('\n'));
        CHECK(response.header("Location").startsWith("/done?name=Ana"));
        for (const auto &h : response.headers)
            CHECK_FALSE(h.first.toLower() == "set-cookie");
    }
    SECTION("frame-ancestors values that could break the header are refused")
    {
        CHECK(validFrameAncestors("'self' https://www.ventanassol.es https://*.ventanassol.es"));
        CHECK_FALSE(validFrameAncestors("'self'; script-src *"));
        CHECK_FALSE(validFrameAncestors("https://a.es\r\nSet-Cookie: x=1"));
        CHECK_FALSE(validFrameAncestors(""));
    }
}

TEST_CASE("Static files come from the program's resources with their content types; traversal is refused", "[server]")
{
    const WebApp app = appWithPages();
    const WebResponse css = app.handle(get(QStringLiteral("/static/ordo.css")));
    CHECK(css.status == 200);
    CHECK(css.contentType == "text/css; charset=utf-8");
    CHECK(css.body.contains("font-family"));
    const WebResponse icon = app.handle(get(QStringLiteral("/favicon.ico")));
    CHECK(icon.status == 200);
    CHECK(icon.contentType == "image/svg+xml");
    CHECK(app.handle(get(QStringLiteral("/static/favicon.svg"))).body == icon.body);

    for (const QString &path : {QStringLiteral("/static/../x"), QStringLiteral("/static/%2e%2e/x"), QStringLiteral("/static/%2E%2E/x"),
                                QStringLiteral("/static//etc/passwd"), QStringLiteral("/static/..\\..\\etc\\passwd"),
                                QStringLiteral("/static/css/../../ordo.css"), QStringLiteral("/static/.hidden"),
                                QStringLiteral("/static/")}) {
        INFO(path.toStdString());
        const WebResponse r = app.handle(get(path));
        CHECK(r.status == 404);
        CHECK(StaticFiles::resourceFor(path).isEmpty());
    }
    CHECK(app.handle(get(QStringLiteral("/static/nope.css"))).status == 404);
    // A file outside the resources is never read, whatever the path says.
    CHECK(StaticFiles::resourceFor(QStringLiteral("/static/ordo.css")) == QStringLiteral(":/web/ordo.css"));
}

TEST_CASE("The rate limiter lets a burst through, then the steady rate, per key, in bounded memory", "[server]")
{
    RateLimiter limiter(60.0, 3, 100);  // one a second, three at once
    qint64 now = 1'000'000;
    CHECK(limiter.allow(QStringLiteral("192.0.2.1"), now));
    CHECK(limiter.allow(QStringLiteral("192.0.2.1"), now));
    CHECK(limiter.allow(QStringLiteral("192.0.2.1"), now));
    CHECK_FALSE(limiter.allow(QStringLiteral("192.0.2.1"), now));
    // Another address has its own bucket.
    CHECK(limiter.allow(QStringLiteral("192.0.2.2"), now));
    // A second later, one more; not two.
    now += 1000;
    CHECK(limiter.allow(QStringLiteral("192.0.2.1"), now));
    CHECK_FALSE(limiter.allow(QStringLiteral("192.0.2.1"), now));
    // Long idle: the burst again, never more.
    now += 3'600'000;
    for (int i = 0; i < 3; ++i)
        CHECK(limiter.allow(QStringLiteral("192.0.2.1"), now));
    CHECK_FALSE(limiter.allow(QStringLiteral("192.0.2.1"), now));

    // Thousands of addresses do not grow it past its bound.
    for (int i = 0; i < 5000; ++i)
        limiter.allow(QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256), now + i);
    CHECK(limiter.keyCount() <= 100);
    // A key being limited now is kept while others are forgotten: many new addresses do not reset it.
    RateLimiter small(60.0, 5, 10);
    for (int i = 0; i < 5; ++i)
        CHECK(small.allow(QStringLiteral("attacker"), 0));
    CHECK_FALSE(small.allow(QStringLiteral("attacker"), 0));
    for (int i = 0; i < 50; ++i)
        small.allow(QStringLiteral("new-%1").arg(i), i);
    CHECK(small.keyCount() <= 10);
    CHECK_FALSE(small.allow(QStringLiteral("attacker"), 100));
}

TEST_CASE("Form tokens: valid until they expire, for their purpose only, never forged", "[server]")
{
    test::TestDatabase db;
    auto tokens = CsrfTokens::fromDatabase(*db);
    REQUIRE(tokens.ok());
    const QString secret = CompanySettings(*db).value(settings::ServerCsrfSecret);
    CHECK(QByteArray::fromBase64(secret.toLatin1()).size() == 32);
    // A second server process on the same database shares the secret: it accepts the first's tokens.
    auto again = CsrfTokens::fromDatabase(*db);
    REQUIRE(again.ok());
    CHECK(CompanySettings(*db).value(settings::ServerCsrfSecret) == secret);

    const qint64 now = 1'800'000'000;
    const QString token = tokens->issue(QStringLiteral("booking"), now);
    CHECK(tokens->verify(token, QStringLiteral("booking"), now));
    CHECK(again->verify(token, QStringLiteral("booking"), now + 60));
    CHECK(token != tokens->issue(QStringLiteral("booking"), now));

    SECTION("expired")
    {
        CHECK(tokens->verify(token, QStringLiteral("booking"), now + CsrfTokens::DefaultLifetimeSeconds - 1));
        CHECK_FALSE(tokens->verify(token, QStringLiteral("booking"), now + CsrfTokens::DefaultLifetimeSeconds));
    }
    SECTION("for another purpose")
    {
        CHECK_FALSE(tokens->verify(token, QStringLiteral("cancel"), now));
    }
    SECTION("forged or damaged")
    {
        const CsrfTokens otherSecret(QByteArray(32, 'k'));
        CHECK_FALSE(tokens->verify(otherSecret.issue(QStringLiteral("booking"), now), QStringLiteral("booking"), now));
        // A later expiry written into a real token breaks its MAC.
        QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
        raw[16 + 6] = char(raw[16 + 6] + 1);
        CHECK_FALSE(tokens->verify(QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                                   QStringLiteral("booking"), now));
        CHECK_FALSE(tokens->verify(QString(), QStringLiteral("booking"), now));
        CHECK_FALSE(tokens->verify(QStringLiteral("not a token!"), QStringLiteral("booking"), now));
        CHECK_FALSE(tokens->verify(token.left(token.size() - 2), QStringLiteral("booking"), now));
    }
}

TEST_CASE("/healthz says ok with the schema when the database answers, 503 when it does not", "[server]")
{
    test::TestDatabase db;
    WebApp app;
    addHealthRoute(app, *db);
    const WebResponse ok = app.handle(get(QStringLiteral("/healthz")));
    CHECK(ok.status == 200);
    CHECK(ok.contentType == "application/json");
    const QJsonObject body = QJsonDocument::fromJson(ok.body).object();
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("schema")).toInt() == Database::CurrentSchemaVersion);
    CHECK(ok.body == R"({"status":"ok","schema":)" + QByteArray::number(Database::CurrentSchemaVersion) + '}');

    test::rawExec(*db, QStringLiteral("DROP TABLE meta"));
    const WebResponse down = app.handle(get(QStringLiteral("/healthz")));
    CHECK(down.status == 503);
    CHECK(QJsonDocument::fromJson(down.body).object().value(QStringLiteral("status")).toString() == QStringLiteral("unavailable"));
}

// ---- the real program ----

namespace {

const QString ServerPath = QStringLiteral(ORDO_SERVER_PATH);

// A running ordo-server: started, its URL read from its one line on stdout.
struct Server
{
    QProcess process;
    QString url;

    explicit Server(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        process.setProcessEnvironment(environment);
        process.start(ServerPath, arguments);
        REQUIRE(process.waitForStarted(30000));
        while (!process.canReadLine()) {
            INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
            REQUIRE(process.waitForReadyRead(30000));
        }
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const QString prefix = QStringLiteral("Ordo server listening at ");
        INFO(line.toStdString());
        REQUIRE(line.startsWith(prefix));
        url = line.mid(prefix.size());
    }
    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(10000);
        }
    }
    int port() const { return QUrl(url).port(); }
    // SIGTERM, then its exit code (-1 when it crashed or did not end).
    int stop()
    {
        process.terminate();
        if (!process.waitForFinished(30000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

Reply fetch(const QUrl &url, const QSslConfiguration *ssl = nullptr)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    if (ssl)
        request.setSslConfiguration(*ssl);
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        REQUIRE(finished.wait(30000));
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.insert(pair.first.toLower(), pair.second);
    return r;
}

} // namespace

TEST_CASE("ordo-server serves /healthz on a free port, logs each request without its query, and stops on SIGTERM", "[server][process]")
{
    test::TestDatabase db;
    Server server({QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    CHECK(server.url.startsWith(QStringLiteral("http://127.0.0.1:")));
    CHECK(server.port() > 0);

    const Reply health = fetch(QUrl(server.url + QStringLiteral("healthz?token=SECRET-4711")));
    CHECK(health.status == 200);
    const QJsonObject body = QJsonDocument::fromJson(health.body).object();
    CHECK(body.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(body.value(QStringLiteral("schema")).toInt() == Database::CurrentSchemaVersion);
    CHECK(health.header("x-content-type-options") == "nosniff");
    CHECK(health.header("content-security-policy").contains("frame-ancestors 'none'"));

    const Reply missing = fetch(QUrl(server.url + QStringLiteral("no/such/page?lang=es")));
    CHECK(missing.status == 404);
    CHECK(QString::fromUtf8(missing.body).contains(QStringLiteral("Esta página no existe.")));
    const Reply css = fetch(QUrl(server.url + QStringLiteral("static/ordo.css")));
    CHECK(css.status == 200);
    CHECK(css.header("content-type").startsWith("text/css"));

    SECTION("a second server on the same port fails with a clear message")
    {
        const test::Run second = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--listen"),
                                                              QStringLiteral("127.0.0.1:%1").arg(server.port())});
        CHECK(second.exitCode == 1);
        CHECK(second.out.isEmpty());
        CHECK(second.err.contains(QStringLiteral("Cannot listen on 127.0.0.1:%1: another program is using that port.").arg(server.port())));
    }

    CHECK(server.stop() == 0);
    const QString log = QString::fromUtf8(server.process.readAllStandardError());
    INFO(log.toStdString());
    CHECK(log.contains(QRegularExpression(QStringLiteral("GET /healthz 200 \\d+ms"))));
    CHECK(log.contains(QRegularExpression(QStringLiteral("GET /no/such/page 404 \\d+ms"))));
    CHECK_FALSE(log.contains(QStringLiteral("SECRET-4711")));
    CHECK_FALSE(log.contains(QStringLiteral("lang=es")));
    // Without --public-url the e-mails' links would point to this computer: said at start.
    CHECK(log.contains(QStringLiteral("The links in customers' e-mails point to %1").arg(server.url.chopped(1))));
    CHECK(log.contains(QStringLiteral("--public-url")));
    Server told({QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--public-url"), QStringLiteral("https://citas.example.es")});
    CHECK(told.stop() == 0);
    CHECK_FALSE(QString::fromUtf8(told.process.readAllStandardError()).contains(QStringLiteral("The links in customers' e-mails")));
}

TEST_CASE("ordo-server refuses a database it cannot open, a missing certificate and bad options", "[server][process]")
{
    QTemporaryDir dir;
    const test::Run noDatabase = test::runProgram(ServerPath, {QStringLiteral("--database"), dir.filePath(QStringLiteral("missing.ordo")),
                                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    CHECK(noDatabase.exitCode == 1);
    CHECK(noDatabase.out.isEmpty());
    CHECK(noDatabase.err.startsWith(QStringLiteral("ordo-server: ")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.ordo"))));

    test::TestDatabase db;
    const test::Run noCertificate = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--listen"),
                                                                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"),
                                                                 dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                                                                 dir.filePath(QStringLiteral("key.pem"))});
    CHECK(noCertificate.exitCode == 1);
    CHECK(noCertificate.err.contains(QStringLiteral("Cannot read the TLS certificate")));

    const test::Run badListen = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("8080")});
    CHECK(badListen.exitCode == 2);
    CHECK(badListen.err.contains(QStringLiteral("--listen wants ADDRESS:PORT")));
    const test::Run badFrame = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--frame-ancestors"),
                                                            QStringLiteral("'self'; script-src *")});
    CHECK(badFrame.exitCode == 2);
}

TEST_CASE("ordo-server serves HTTPS with the given certificate", "[server][process]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const test::Run openssl = test::runProgram(
        QStringLiteral("openssl"),
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    INFO(openssl.err.toStdString());
    REQUIRE(openssl.exitCode == 0);

    test::TestDatabase db;
    Server server({QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});
    CHECK(server.url.startsWith(QStringLiteral("https://127.0.0.1:")));

    // Trusting only that certificate: the connection is verified, not merely encrypted.
    QFile certFile(cert);
    REQUIRE(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(certFile.readAll(), QSsl::Pem));
    const Reply health = fetch(QUrl(server.url + QStringLiteral("healthz")), &ssl);
    INFO(int(health.error));
    CHECK(health.status == 200);
    CHECK(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString() == QStringLiteral("ok"));

    // Without trusting it, a client refuses the server.
    const Reply untrusted = fetch(QUrl(server.url + QStringLiteral("healthz")));
    CHECK(untrusted.error == QNetworkReply::SslHandshakeFailedError);

    // Plain HTTP on the HTTPS port gets nothing.
    QUrl plain(server.url);
    plain.setScheme(QStringLiteral("http"));
    CHECK(fetch(plain.resolved(QUrl(QStringLiteral("healthz")))).status != 200);

    // Ctrl+C (SIGINT) ends it as cleanly as SIGTERM.
    REQUIRE(::kill(pid_t(server.process.processId()), SIGINT) == 0);
    REQUIRE(server.process.waitForFinished(30000));
    CHECK(server.process.exitStatus() == QProcess::NormalExit);
    CHECK(server.process.exitCode() == 0);
}

TEST_CASE("ordo-server merges the search indexes' pieces while nobody books", "[server][process][sqlite]")
{
    test::TestDatabase db;
    // Twelve customers, each written by an action of its own: twelve small pieces of index that
    // the actions no longer merge themselves (migration 24).
    for (int i = 0; i < 12; ++i) {
        Customer c;
        c.name = QStringLiteral("Cliente %1").arg(QChar(u'A' + i));
        c.phone = QStringLiteral("600 000 %1").arg(100 + i);
        REQUIRE(CustomerRepository(*db).add(c).ok());
    }
    auto pieces = [&]() {
        auto n = db->scalar(QStringLiteral("SELECT count(DISTINCT segid) FROM customer_search_idx"));
        REQUIRE(n.ok());
        return n->toInt();
    };
    REQUIRE(pieces() >= 12);
    Server server({QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    // The writer merges them once idle (about a second): wait for it, a bounded while.
    QDeadlineTimer deadline(30000);
    while (pieces() >= 12 && !deadline.hasExpired())
        QThread::msleep(50);
    CHECK(pieces() < 12);
    CHECK(server.stop() == 0);
}

TEST_CASE("ordo-server offers the times in the company's time zone (--time-zone), whatever the machine's", "[server][process]")
{
    test::TestDatabase db;
    test::addTeam(*db);
    test::addCompanyProfile(*db);
    db.db.reset();
    // A rented machine on UTC; the company in Madrid, whose people start at 08:00 there.
    QProcessEnvironment utc = QProcessEnvironment::systemEnvironment();
    utc.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    const QTimeZone madrid("Europe/Madrid");
    auto firstSlot = [&](const QStringList &extra) {
        Server server(QStringList{QStringLiteral("--database"), db.path, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra, utc);
        const Reply r = fetch(QUrl(server.url + QStringLiteral("api/slots?postcode=28013")));
        REQUIRE(r.status == 200);
        const QJsonArray offered = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("slots")).toArray();
        REQUIRE_FALSE(offered.isEmpty());
        CHECK(server.stop() == 0);
        return offered.first().toObject();
    };

    const QJsonObject inMadrid = firstSlot({QStringLiteral("--time-zone"), QStringLiteral("Europe/Madrid")});
    const QDateTime at = QDateTime::fromSecsSinceEpoch(inMadrid.value(QStringLiteral("value")).toString().toLongLong(), madrid);
    CHECK(at.time() >= QTime(8, 0));
    const QDateTime shown = QDateTime::fromString(inMadrid.value(QStringLiteral("start")).toString(), Qt::ISODate);
    CHECK(shown.toSecsSinceEpoch() == at.toSecsSinceEpoch());
    CHECK(shown.offsetFromUtc() == madrid.offsetFromUtc(at));

    // Without it, the machine's zone: the same working hours an hour or two later for Madrid.
    const QJsonObject onUtc = firstSlot({});
    CHECK(QDateTime::fromString(onUtc.value(QStringLiteral("start")).toString(), Qt::ISODate).offsetFromUtc() == 0);

    const test::Run wrong = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--time-zone"),
                                                         QStringLiteral("Europe/Atlantis")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("--time-zone")));
    // Qt knows "UTC+01:00", but the C library would read it as an hour behind UTC: refused.
    const test::Run offset = test::runProgram(ServerPath, {QStringLiteral("--database"), db.path, QStringLiteral("--time-zone"),
                                                          QStringLiteral("UTC+01:00")});
    CHECK(offset.exitCode == 2);
    CHECK(offset.err.contains(QStringLiteral("UTC+01:00")));
    // A plain UTC is what it says.
    CHECK(QDateTime::fromString(firstSlot({QStringLiteral("--time-zone"), QStringLiteral("UTC")}).value(QStringLiteral("start")).toString(),
                                Qt::ISODate).offsetFromUtc() == 0);
}

namespace {

// A writer's handlers that say which requests they answered in one commit group.
struct GroupingHandlers final : Handlers
{
    GroupingHandlers(QSemaphore *holding, bool commitFails, std::shared_ptr<QStringList> record)
        : answered(std::move(record)), m_commitFails(commitFails)
    {
        web.route("GET", QStringLiteral("/hold"), [holding](const WebRequest &) {
            holding->acquire();   // busy until every other request waits behind it
            return WebResponse::text(QStringLiteral("held"));
        });
        web.route("POST", QStringLiteral("/book"), [this](const WebRequest &r) {
            *answered << QStringLiteral("%1%2").arg(QString::fromUtf8(r.body), inGroup ? QStringLiteral("+") : QString());
            return WebResponse::redirect(QStringLiteral("/booking/") + QString::fromUtf8(r.body));
        });
        web.route("GET", QStringLiteral("/times"), [this](const WebRequest &) {
            *answered << QStringLiteral("times%1").arg(inGroup ? QStringLiteral("+") : QString());
            return WebResponse::text(QStringLiteral("times"));
        });
    }
    const WebApp &app() const override { return web; }
    bool groupable(const WebRequest &r) const override { return r.path == QLatin1String("/book"); }
    bool beginGroup() override { return inGroup = true; }
    bool commitGroup() override
    {
        inGroup = false;
        *answered << QStringLiteral("commit");
        return !m_commitFails;
    }
    WebApp web;
    // Written in the handlers' thread; the test reads it once that thread has stopped,
    // when these handlers are gone, so the list is shared rather than theirs.
    std::shared_ptr<QStringList> answered;
    bool inGroup = false;
    bool m_commitFails;
};

} // namespace

TEST_CASE("bookings waiting together are answered in one commit group, each told when it could not be saved", "[server]")
{
    const bool commitFails = GENERATE(false, true);
    QSemaphore holding;
    auto answered = std::make_shared<QStringList>();
    HandlerThread thread([&](QString *) { return std::make_unique<GroupingHandlers>(&holding, commitFails, answered); });
    QString problem;
    REQUIRE(thread.startHandlers(&problem));
    QObject context;
    QMap<QString, WebResponse> answers;
    QEventLoop allAnswered;
    auto send = [&](const QByteArray &method, const QString &path, const QByteArray &body = {}) {
        WebRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.language = QStringLiteral("es");
        thread.post(r, &context, [&answers, &allAnswered, key = path + QString::fromUtf8(body)](const WebResponse &response, qint64) {
            answers.insert(key, response);
            if (answers.size() == 7)
                allAnswered.quit();
        });
    };
    send("GET", QStringLiteral("/hold"));
    for (const char *who : {"ana", "luis", "marta"})
        send("POST", QStringLiteral("/book"), who);
    send("GET", QStringLiteral("/times"));   // not a booking: alone, between two groups
    send("POST", QStringLiteral("/book"), "pablo");
    send("POST", QStringLiteral("/book"), "rosa");
    holding.release();
    QTimer::singleShot(10000, &allAnswered, &QEventLoop::quit);   // a lost answer fails below, it does not hang
    allAnswered.exec();
    REQUIRE(answers.size() == 7);
    thread.quit();
    thread.wait();
    CHECK(*answered == QStringList({QStringLiteral("ana+"), QStringLiteral("luis+"), QStringLiteral("marta+"), QStringLiteral("commit"),
                                            QStringLiteral("times"), QStringLiteral("pablo+"), QStringLiteral("rosa+"), QStringLiteral("commit")}));
    CHECK(answers.value(QStringLiteral("/hold")).status == 200);
    CHECK(answers.value(QStringLiteral("/times")).status == 200);
    for (const char *who : {"ana", "luis", "marta", "pablo", "rosa"}) {
        const WebResponse &r = answers.value(QStringLiteral("/book") + QString::fromLatin1(who));
        if (commitFails) {
            CHECK(r.status == 503);
            CHECK(QString::fromUtf8(r.body).contains(QStringLiteral("No se ha guardado nada")));
            CHECK(r.header("content-security-policy").size() > 0);
        } else {
            CHECK(r.status == 303);
            CHECK(r.header("location") == "/booking/" + QByteArray(who));
        }
    }
}
