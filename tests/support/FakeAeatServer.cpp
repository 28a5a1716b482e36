#include "support/FakeAeatServer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutexLocker>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QXmlStreamReader>

namespace ordo::test {

namespace {

bool openssl(const QString &dir, const QStringList &arguments, QString *why)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForStarted(5000)) {
        *why = QStringLiteral("openssl is not installed (Debian package openssl)");
        return false;
    }
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("openssl %1 failed: %2").arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

} // namespace

std::optional<TestCertificates> TestCertificates::make(const QString &dir, QString *why)
{
    TestCertificates c;
    c.dir = dir;
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) || ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n") < 0) {
        *why = QStringLiteral("cannot write in %1").arg(dir);
        return std::nullopt;
    }
    ext.close();
    auto days = QStringList{QStringLiteral("-days"), QStringLiteral("2")};
    bool ok = openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec + days +
                               QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                           QStringLiteral("ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Ordo test CA")},
                      why);
    auto signedBy = [&](const QString &name, const QString &subject, bool server, const QString &ca, const QString &caKey) {
        return openssl(dir, QStringList{QStringLiteral("req")} + ec +
                                QStringList{QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                                            name + QStringLiteral(".csr"), QStringLiteral("-subj"), subject},
                       why) &&
               openssl(dir, QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), name + QStringLiteral(".csr"),
                                        QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey, QStringLiteral("-CAcreateserial"),
                                        QStringLiteral("-out"), name + QStringLiteral(".pem")} +
                                days + (server ? QStringList{QStringLiteral("-extfile"), QStringLiteral("server.ext")} : QStringList{}),
                       why);
    };
    auto pkcs12 = [&](const QString &name) {
        return openssl(dir, {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), name + QStringLiteral(".key"),
                             QStringLiteral("-in"), name + QStringLiteral(".pem"), QStringLiteral("-out"), name + QStringLiteral(".p12"),
                             QStringLiteral("-passout"), QStringLiteral("pass:") + c.password},
                       why);
    };
    ok = ok && signedBy(QStringLiteral("server"), QStringLiteral("/CN=localhost"), true, QStringLiteral("ca.pem"), QStringLiteral("ca.key"));
    ok = ok && signedBy(QStringLiteral("client"), QStringLiteral("/CN=") + c.clientName, false, QStringLiteral("ca.pem"), QStringLiteral("ca.key"));
    // The stranger signs itself: a certificate, a key, but nobody the server trusts.
    ok = ok && openssl(dir, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec + days +
                                QStringList{QStringLiteral("-keyout"), QStringLiteral("stranger.key"), QStringLiteral("-out"),
                                            QStringLiteral("stranger.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Stranger")},
                       why);
    ok = ok && pkcs12(QStringLiteral("client")) && pkcs12(QStringLiteral("stranger"));
    if (!ok)
        return std::nullopt;
    QDir d(dir);
    c.caPem = d.filePath(QStringLiteral("ca.pem"));
    c.serverPem = d.filePath(QStringLiteral("server.pem"));
    c.serverKey = d.filePath(QStringLiteral("server.key"));
    c.clientP12 = readAll(d.filePath(QStringLiteral("client.p12")));
    c.strangerP12 = readAll(d.filePath(QStringLiteral("stranger.p12")));
    return c;
}

FakeAeatServer::FakeAeatServer(TestCertificates certificates) : m_certificates(std::move(certificates))
{
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FakeAeatServer::~FakeAeatServer()
{
    stop();
    m_thread.quit();
    m_thread.wait();
}

QString FakeAeatServer::url() const
{
    return QStringLiteral("https://localhost:%1/wlpl/TIKE-CONT/ws/SistemaFacturacion/VerifactuSOAP").arg(m_port);
}

bool FakeAeatServer::start(quint16 port)
{
    quint16 listening = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [this, port, &listening] {
            auto *server = new QSslServer(m_worker);
            server->setObjectName(QStringLiteral("aeat"));
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setLocalCertificate(QSslCertificate::fromPath(m_certificates.serverPem).value(0));
            QFile keyFile(m_certificates.serverKey);
            keyFile.open(QIODevice::ReadOnly);
            tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
            tls.setCaCertificates(QSslCertificate::fromPath(m_certificates.caPem));
            // The AEAT's service: no certificate of a trusted authority, no connection.
            tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
            server->setSslConfiguration(tls);
            QObject::connect(server, &QSslServer::errorOccurred, server, [this](QSslSocket *, QAbstractSocket::SocketError e) {
                if (e == QAbstractSocket::SslHandshakeFailedError)
                    noteHandshakeRefused();
            });
            QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server] {
                while (auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection())) {
                    const QStringList cn = socket->peerCertificate().subjectInfo(QSslCertificate::CommonName);
                    noteClient(cn.value(0));
                    auto *buffer = new QByteArray;
                    QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
                    auto serve = [this, socket, buffer] {
                        *buffer += socket->readAll();
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        qsizetype length = 0;
                        for (const QByteArray &line : buffer->left(end).split('\n'))
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        const QByteArray body = buffer->mid(end + 4, length);
                        buffer->clear();
                        const QByteArray reply = answer(body);
                        const bool fault = reply.contains("Fault>");
                        socket->write((fault ? QByteArray("HTTP/1.1 500 Internal Server Error\r\n") : QByteArray("HTTP/1.1 200 OK\r\n")) +
                                      "Content-Type: text/xml; charset=utf-8\r\nContent-Length: " + QByteArray::number(reply.size()) +
                                      "\r\nConnection: close\r\n\r\n" + reply);
                        socket->disconnectFromHost();
                    };
                    QObject::connect(socket, &QIODevice::readyRead, socket, serve);
                    if (socket->bytesAvailable() > 0)
                        serve();
                }
            });
            if (server->listen(QHostAddress::LocalHost, port))
                listening = server->serverPort();
            else
                delete server;
        },
        Qt::BlockingQueuedConnection);
    m_port = listening ? listening : m_port;
    return listening != 0;
}

void FakeAeatServer::stop()
{
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            for (auto *server : m_worker->findChildren<QSslServer *>()) {
                server->close();
                delete server;
            }
        },
        Qt::BlockingQueuedConnection);
}

void FakeAeatServer::rejectAltaOf(const QString &invoiceNumber)
{
    QMutexLocker lock(&m_mutex);
    m_reject.insert(invoiceNumber);
}

void FakeAeatServer::rejectAnulacionOf(const QString &invoiceNumber)
{
    QMutexLocker lock(&m_mutex);
    m_rejectAnulacion.insert(invoiceNumber);
}

void FakeAeatServer::setWaitSeconds(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_waitSeconds = seconds;
}

void FakeAeatServer::setFault(bool fault)
{
    QMutexLocker lock(&m_mutex);
    m_fault = fault;
}

int FakeAeatServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeAeatServer::refusedHandshakes() const
{
    QMutexLocker lock(&m_mutex);
    return m_refused;
}

QStringList FakeAeatServer::clientNames() const
{
    QMutexLocker lock(&m_mutex);
    return m_clients;
}

int FakeAeatServer::timesReceived(const QString &huella) const
{
    QMutexLocker lock(&m_mutex);
    return m_received.value(huella);
}

int FakeAeatServer::recordsReceived() const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (int v : m_received)
        n += v;
    return n;
}

QList<QByteArray> FakeAeatServer::requestBodies() const
{
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

void FakeAeatServer::noteHandshakeRefused()
{
    QMutexLocker lock(&m_mutex);
    ++m_refused;
}

void FakeAeatServer::noteClient(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_clients << name;
}

QByteArray FakeAeatServer::answer(const QByteArray &request)
{
    QMutexLocker lock(&m_mutex);
    ++m_requests;
    m_bodies << request;
    const QByteArray envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><env:Envelope xmlns:env=\"http://schemas.xmlsoap.org/soap/envelope/\"><env:Body>";
    if (m_fault)
        return envelope + "<env:Fault><faultcode>env:Server</faultcode><faultstring>Codigo[103].Servicio no disponible temporalmente"
                          "</faultstring></env:Fault></env:Body></env:Envelope>";

    struct Seen
    {
        QString kind, issuer, number, date, huella;
        bool subsanacion = false;
        bool rechazoPrevio = false;
        bool sinRegistroPrevio = false;
    };
    QList<Seen> records;
    QXmlStreamReader xml(request);
    QStringList path;
    bool envelopeOk = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            path << xml.name().toString();
            if (path.size() == 1 && path.first() == QLatin1String("Envelope"))
                envelopeOk = true;
            if (path.last() == QLatin1String("RegistroAlta") || path.last() == QLatin1String("RegistroAnulacion"))
                records.append({path.last(), {}, {}, {}, {}, false, false, false});
        } else if (token == QXmlStreamReader::EndElement) {
            path.removeLast();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace() && !records.isEmpty() && path.size() >= 2) {
            Seen &r = records.last();
            const QString name = path.last(), parent = path.value(path.size() - 2), text = xml.text().toString();
            if (parent == QLatin1String("IDFactura") && name.startsWith(QLatin1String("IDEmisorFactura")))
                r.issuer = text;
            else if (parent == QLatin1String("IDFactura") && name.startsWith(QLatin1String("NumSerieFactura")))
                r.number = text;
            else if (parent == QLatin1String("IDFactura") && name.startsWith(QLatin1String("FechaExpedicionFactura")))
                r.date = text;
            else if (parent == r.kind && name == QLatin1String("Huella"))
                r.huella = text;
            else if (parent == r.kind && name == QLatin1String("Subsanacion"))
                r.subsanacion = text == QLatin1String("S");
            else if (parent == r.kind && name == QLatin1String("RechazoPrevio"))
                r.rechazoPrevio = text == QLatin1String("S");
            else if (parent == r.kind && name == QLatin1String("SinRegistroPrevio"))
                r.sinRegistroPrevio = text == QLatin1String("S");
        }
    }
    if (xml.hasError() || !envelopeOk || records.isEmpty())
        return envelope + "<env:Fault><faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema"
                          "</faultstring></env:Fault></env:Body></env:Envelope>";

    QString lines;
    int correct = 0;
    for (const Seen &r : records) {
        ++m_received[r.huella];
        QString state = QStringLiteral("Correcto"), code, text;
        if (m_accepted.contains(r.huella)) {
            state = QStringLiteral("Incorrecto");
            code = QStringLiteral("3000");
            text = QStringLiteral("Registro de facturación duplicado.");
        } else if (r.kind == QLatin1String("RegistroAlta") && m_reject.contains(r.number) && !r.subsanacion) {
            state = QStringLiteral("Incorrecto");
            code = QStringLiteral("1105");
            text = QStringLiteral("El NIF del destinatario no está identificado.");
        } else if (r.kind == QLatin1String("RegistroAnulacion") && !m_acceptedAltas.contains(r.number) && !r.sinRegistroPrevio) {
            state = QStringLiteral("Incorrecto");
            code = QStringLiteral("3002");
            text = QStringLiteral("No existe el registro de facturación.");
        } else if (r.kind == QLatin1String("RegistroAnulacion") && m_rejectAnulacion.contains(r.number) && !r.rechazoPrevio) {
            state = QStringLiteral("Incorrecto");
            code = QStringLiteral("1100");
            text = QStringLiteral("Valor o tipo incorrecto del campo: FechaExpedicionFacturaAnulada.");
        } else {
            m_accepted.insert(r.huella);
            if (r.kind == QLatin1String("RegistroAlta"))
                m_acceptedAltas.insert(r.number);
            ++correct;
        }
        lines += QStringLiteral("<tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>%1</tik:IDEmisorFactura>"
                                "<tik:NumSerieFactura>%2</tik:NumSerieFactura><tik:FechaExpedicionFactura>%3</tik:FechaExpedicionFactura>"
                                "</tikR:IDFactura><tikR:Operacion><tik:TipoOperacion>%4</tik:TipoOperacion>%5</tikR:Operacion>"
                                "<tikR:EstadoRegistro>%6</tikR:EstadoRegistro>%7</tikR:RespuestaLinea>")
                     .arg(esc(r.issuer), esc(r.number), esc(r.date),
                          r.kind == QLatin1String("RegistroAlta") ? QStringLiteral("Alta") : QStringLiteral("Anulacion"),
                          r.subsanacion ? QStringLiteral("<tik:Subsanacion>S</tik:Subsanacion>") : QString(), state,
                          code.isEmpty() ? QString()
                                         : QStringLiteral("<tikR:CodigoErrorRegistro>%1</tikR:CodigoErrorRegistro>"
                                                          "<tikR:DescripcionErrorRegistro>%2</tikR:DescripcionErrorRegistro>")
                                               .arg(code, esc(text)));
    }
    const QString sendState = correct == records.size() ? QStringLiteral("Correcto")
                              : correct == 0           ? QStringLiteral("Incorrecto")
                                                       : QStringLiteral("ParcialmenteCorrecto");
    const QString ns = QStringLiteral("https://www2.agenciatributaria.gob.es/static_files/common/internet/dep/aplicaciones/es/aeat/tike/cont/ws/");
    return envelope +
           QStringLiteral("<tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR=\"%1RespuestaSuministro.xsd\" "
                          "xmlns:tik=\"%1SuministroInformacion.xsd\"><tikR:CSV>A-TEST%2</tikR:CSV><tikR:DatosPresentacion>"
                          "<tik:NIFPresentador>%3</tik:NIFPresentador><tik:TimestampPresentacion>2026-11-30T22:00:00+01:00"
                          "</tik:TimestampPresentacion></tikR:DatosPresentacion><tikR:TiempoEsperaEnvio>%4</tikR:TiempoEsperaEnvio>"
                          "<tikR:EstadoEnvio>%5</tikR:EstadoEnvio>%6</tikR:RespuestaRegFactuSistemaFacturacion>"
                          "</env:Body></env:Envelope>")
               .arg(ns)
               .arg(m_requests, 4, 10, QLatin1Char('0'))
               .arg(records.first().issuer)
               .arg(m_waitSeconds)
               .arg(sendState, lines)
               .toUtf8();
}

} // namespace ordo::test
