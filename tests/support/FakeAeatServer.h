#pragma once

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <optional>

class QObject;

namespace ordo::test {

// A throwaway certification authority, a server certificate for localhost and two client
// certificates as PKCS#12 files, made with the `openssl` command in `dir`. `stranger` is signed by
// nobody the server trusts.
struct TestCertificates
{
    QString dir;
    QString caPem;
    QString serverPem, serverKey;
    QByteArray clientP12, strangerP12;
    QString password = QStringLiteral("contraseña secreta");
    QString clientName = QStringLiteral("VENTANAS SOL S.L. - B12345678");

    // Empty (with the reason in `why`) when openssl is missing or failed.
    static std::optional<TestCertificates> make(const QString &dir, QString *why);
};

// The AEAT's VERI*FACTU web service as far as Ordo sees it: HTTPS on 127.0.0.1 in its own thread
// that REQUIRES a client certificate of the test CA, takes RegFactuSistemaFacturacion SOAP requests
// and answers RespuestaRegFactuSistemaFacturacion: Correcto per record, Incorrecto (1105) for the
// altas of the invoices it is told to reject (a subsanación of them is accepted), Incorrecto 3000
// for a record (by its Huella) it accepted before; for a registro de anulación: Incorrecto 3002 when
// it never accepted an alta of that invoice unless the record says SinRegistroPrevio=S, Incorrecto
// 1100 for the invoices it is told to, unless RechazoPrevio=S; or a SOAP Fault. It keeps what it
// received.
class FakeAeatServer
{
public:
    explicit FakeAeatServer(TestCertificates certificates);
    ~FakeAeatServer();

    // Listens on `port` (0: any free one). False when it cannot.
    bool start(quint16 port = 0);
    // Stops listening (connections are refused) until start() again.
    void stop();
    quint16 port() const { return m_port; }
    QString url() const;

    void rejectAltaOf(const QString &invoiceNumber);
    // Rejects (1100) the registros de anulación of this invoice until one says RechazoPrevio=S.
    void rejectAnulacionOf(const QString &invoiceNumber);
    void setWaitSeconds(int seconds);
    void setFault(bool fault);

    int requests() const;
    int refusedHandshakes() const;
    QStringList clientNames() const;      // the CN of each client certificate presented
    int timesReceived(const QString &huella) const;
    int recordsReceived() const;
    QList<QByteArray> requestBodies() const;

    // Internal: answers one request body.
    QByteArray answer(const QByteArray &request);
    void noteHandshakeRefused();
    void noteClient(const QString &name);

private:
    TestCertificates m_certificates;
    QThread m_thread;
    QObject *m_worker = nullptr;  // lives in m_thread
    quint16 m_port = 0;

    mutable QMutex m_mutex;
    QSet<QString> m_reject;
    QSet<QString> m_rejectAnulacion;
    QSet<QString> m_acceptedAltas;  // invoice numbers
    int m_waitSeconds = 60;
    bool m_fault = false;
    int m_requests = 0;
    int m_refused = 0;
    QStringList m_clients;
    QMap<QString, int> m_received;
    QSet<QString> m_accepted;
    QList<QByteArray> m_bodies;
};

} // namespace ordo::test
