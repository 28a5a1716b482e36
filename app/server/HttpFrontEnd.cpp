#include "HttpFrontEnd.h"

#include "HandlerThread.h"
#include "WebApp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdio>

namespace ordo::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// A booking's change/cancel link is a secret: the log shows "/booking/…", never the token.
QByteArray loggedPath(const QByteArray &encodedPath)
{
    static const QByteArray secret = "/booking/";
    if (!encodedPath.startsWith(secret))
        return encodedPath;
    const qsizetype end = encodedPath.indexOf('/', secret.size());
    return secret + "…" + (end < 0 ? QByteArray() : encodedPath.mid(end));
}

void logRequest(const QByteArray &method, const QByteArray &encodedPath, int status, qint64 ms, qint64 workNs)
{
    // The path stays percent-encoded: a visitor cannot write a line break or a control character into the log.
    const QByteArray line = QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + method + ' '
                            + loggedPath(encodedPath).left(300) + ' ' + QByteArray::number(status) + ' ' + QByteArray::number(ms)
                            + "ms (handler " + QByteArray::number(double(workNs) / 1e6, 'f', 2) + " ms)\n";
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

HttpFrontEnd::HttpFrontEnd(HandlerThread *writer, QList<HandlerThread *> readers, ReadOnly readOnly, QObject *parent)
    : QObject(parent), m_writer(writer), m_readers(std::move(readers)), m_readOnly(std::move(readOnly)),
      m_server(std::make_unique<QHttpServer>())
{
    // No routes of Qt's own: every request is "missing" for Qt and goes to the handlers' threads.
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QElapsedTimer received;
        received.start();
        WebRequest webRequest = toWebRequest(request);
        const QByteArray method = webRequest.method;
        const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
        // Qt 6.4's responder only needs its socket, which goes when the client hangs up.
        auto answer = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> socket(answer->socket());
        ++m_inFlight;
        laneFor(webRequest)->post(std::move(webRequest), this, [=, this](const WebResponse &response, qint64 workNs) {
            if (socket && socket->isOpen()) {
                const auto status = static_cast<QHttpServerResponder::StatusCode>(response.status);
                QHttpServerResponse reply = response.contentType.isEmpty()
                                                ? QHttpServerResponse(status)
                                                : QHttpServerResponse(response.contentType, response.body, status);
                for (const auto &header : response.headers)
                    reply.addHeader(header.first, header.second);
                reply.write(std::move(*answer));
            }
            logRequest(method, path, response.status, received.elapsed(), workNs);
            if (--m_inFlight == 0)
                emit idle();
        });
    });
}

void HttpFrontEnd::stopListening()
{
    for (QTcpServer *socket : m_server->servers())
        socket->close();
}

HandlerThread *HttpFrontEnd::laneFor(const WebRequest &request)
{
    if (m_readers.isEmpty() || !m_readOnly || !m_readOnly(request))
        return m_writer;
    // The least busy reader; among equals, the next one in turn.
    HandlerThread *best = nullptr;
    for (int i = 0; i < m_readers.size(); ++i) {
        HandlerThread *candidate = m_readers.at((m_nextReader + i) % m_readers.size());
        if (!best || candidate->pending() < best->pending())
            best = candidate;
    }
    m_nextReader = (m_nextReader + 1) % m_readers.size();
    return best;
}

HttpFrontEnd::~HttpFrontEnd() = default;

WebRequest HttpFrontEnd::toWebRequest(const QHttpServerRequest &request) const
{
    WebRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path(QUrl::FullyDecoded);
    r.query = request.query();
    for (const auto &header : request.headers()) {
        const QByteArray name = header.first.toLower();
        auto existing = r.headers.find(name);
        if (existing == r.headers.end())
            r.headers.insert(name, header.second);
        else
            *existing += (name == "cookie" ? QByteArray("; ") : QByteArray(", ")) + header.second;
    }
    r.body = request.body();
    const QHostAddress remote = request.remoteAddress();
    r.peer = remote.toString();
    if (m_trustProxy && remote.isLoopback()) {
        const QList<QByteArray> forwarded = r.header("x-forwarded-for").split(',');
        const QHostAddress client(QString::fromLatin1(forwarded.last().trimmed()));
        if (!client.isNull())
            r.peer = client.toString();
    }
    r.detectLanguage();
    return r;
}

QString HttpFrontEnd::sslSetup(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("OrdoServer", "Cannot read the TLS certificate %1: %2")
            .arg(certificateFile, certFile.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return QCoreApplication::translate("OrdoServer", "The file %1 holds no PEM certificate.").arg(certificateFile);
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("OrdoServer", "Cannot read the TLS private key %1: %2").arg(keyFile, key.errorString());
    const QByteArray keyData = key.readAll();
    QSslKey privateKey;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        privateKey = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!privateKey.isNull())
            break;
    }
    if (privateKey.isNull())
        return QCoreApplication::translate("OrdoServer", "The file %1 holds no unencrypted PEM private key.").arg(keyFile);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificateChain(chain);
    m_ssl.setPrivateKey(privateKey);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = true;
    return {};
}

quint16 HttpFrontEnd::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Our own listening socket (Qt's listen() only says 0): the reason it failed is the user's answer.
    QTcpServer *socket = nullptr;
    if (m_tls) {
        auto *sslServer = new QSslServer(m_server.get());
        sslServer->setSslConfiguration(m_ssl);
        socket = sslServer;
    } else {
        socket = new QTcpServer(m_server.get());
    }
    if (!socket->listen(address, port)) {
        if (error) {
            const QString where = QStringLiteral("%1:%2").arg(address.toString()).arg(port);
            if (socket->serverError() == QAbstractSocket::AddressInUseError)
                *error = QCoreApplication::translate("OrdoServer", "Cannot listen on %1: another program is using that port.").arg(where);
            else if (socket->serverError() == QAbstractSocket::SocketAccessError)
                *error = QCoreApplication::translate("OrdoServer", "Cannot listen on %1: ports below 1024 need the administrator's permission.").arg(where);
            else
                *error = QCoreApplication::translate("OrdoServer", "Cannot listen on %1: %2").arg(where, socket->errorString());
        }
        delete socket;
        return 0;
    }
    m_server->bind(socket);
    return socket->serverPort();
}

} // namespace ordo::server
