#pragma once

#include "WebTypes.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace ordo::server {

class WebApp;

// Puts a WebApp on the network with Qt HttpServer: every request goes to the WebApp (Qt's own
// router is not used), and one line per request goes to stderr: time, method, path (never the
// query string nor the body: no personal data), status and milliseconds.
class HttpFrontEnd final : public QObject
{
    Q_OBJECT

public:
    explicit HttpFrontEnd(const WebApp &app, QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    // Behind the company's web server (nginx, Caddy) on this machine: the client's address is the last
    // one in X-Forwarded-For of a request that came from loopback.
    void setTrustProxy(bool trust) { m_trustProxy = trust; }
    // TLS from a PEM certificate (chain) and its private key; before listen(). Empty when fine,
    // otherwise what is wrong, translated.
    QString sslSetup(const QString &certificateFile, const QString &keyFile);
    bool usesTls() const { return m_tls; }

    // The port it listens on (port 0: a free one), or 0 with `error` set (translated).
    quint16 listen(const QHostAddress &address, quint16 port, QString *error = nullptr);

    // The request as the WebApp sees it.
    WebRequest toWebRequest(const QHttpServerRequest &request) const;

private:
    const WebApp &m_app;
    std::unique_ptr<QHttpServer> m_server;
    QSslConfiguration m_ssl;
    bool m_tls = false;
    bool m_trustProxy = false;
};

} // namespace ordo::server
