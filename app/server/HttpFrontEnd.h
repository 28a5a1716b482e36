#pragma once

#include "WebTypes.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace ordo::server {

class WebApp;

class HandlerThread;

// Puts the server's handlers on the network with Qt HttpServer (Qt's own router is not used). This
// thread only reads requests and writes answers: the handlers run on their own threads, those
// that may write on `writer` (one at a time, in the order they came), the read-only pages on the
// least busy of `readers`, so a page never waits for a booking being saved. One line per request
// goes to stderr: time, method, path (never the query string nor the body: no personal data),
// status, milliseconds from the request read to its answer written, and the handler's own time.
class HttpFrontEnd final : public QObject
{
    Q_OBJECT

public:
    using ReadOnly = std::function<bool(const WebRequest &request)>;
    // Every request goes to `writer` when `readers` is empty or `readOnly` says no.
    HttpFrontEnd(HandlerThread *writer, QList<HandlerThread *> readers, ReadOnly readOnly, QObject *parent = nullptr);
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

    // Closes the listening sockets; the connections open go on.
    void stopListening();
    // Requests read and not answered yet.
    int inFlight() const { return m_inFlight; }

signals:
    // The last request in flight was answered.
    void idle();

private:
    HandlerThread *laneFor(const WebRequest &request);

    HandlerThread *m_writer;
    QList<HandlerThread *> m_readers;
    ReadOnly m_readOnly;
    int m_inFlight = 0;
    int m_nextReader = 0;
    std::unique_ptr<QHttpServer> m_server;
    QSslConfiguration m_ssl;
    bool m_tls = false;
    bool m_trustProxy = false;
};

} // namespace ordo::server
