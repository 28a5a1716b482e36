#pragma once

#include "core/billing/VerifactuService.h"
#include "core/common/Result.h"
#include "core/common/SecretStore.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace ordo {

class Database;

// The company's certificate for the AEAT's web service (a PKCS#12 file, as the FNMT or a
// certification authority hands it out). The file is kept in the company settings; its password
// is the secret "verifactu.certificate_password" in the program's SecretStore (the keyring on the
// desktop; a private file or ORDO_VERIFACTU_CERTIFICATE_PASSWORD elsewhere), never in the database.
struct VerifactuCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ordo::VerifactuCertificate)

public:
    QByteArray pkcs12;
    QString subject;  // the holder's name as the certificate says it
    QDate expires;

    bool isSet() const { return !pkcs12.isEmpty(); }

    static VerifactuCertificate load(Database &db);
    static Result<SecretKey> passwordKey(Database &db);
    // Opens the file with its password (a clear message when it does not open or holds no private
    // key) and keeps it in the settings. The caller writes the password to its SecretStore first.
    static Result<VerifactuCertificate> import(Database &db, const QByteArray &pkcs12, const QString &password, const Actor &by);
    // What a file holds, without keeping it.
    static Result<VerifactuCertificate> open(const QByteArray &pkcs12, const QString &password);
};

// One line of the AEAT's answer (RespuestaLinea).
struct VerifactuAnswerLine
{
    bool anulacion = false;   // Operacion/TipoOperacion
    QString number;           // IDFactura/NumSerieFactura
    QString issueDate;        // dd-mm-yyyy
    QString state;            // Correcto, AceptadoConErrores, Incorrecto
    QString errorCode;
    QString errorText;
};

// RespuestaRegFactuSistemaFacturacion.
struct VerifactuAnswer
{
    QString csv;
    int waitSeconds = 60;     // TiempoEsperaEnvio
    QString sendState;        // EstadoEnvio: Correcto, ParcialmenteCorrecto, Incorrecto
    QList<VerifactuAnswerLine> lines;

    // The answer in a SOAP envelope; a SOAP Fault or anything else is an error with its words.
    static Result<VerifactuAnswer> parse(const QByteArray &soap);
};

// One submission: the pending records of one issuer, in chain order, ready to go. Made on the
// database's thread; transmitted anywhere (no database); its answer recorded on the database's thread.
struct VerifactuBatch
{
    QString issuerNif;
    QString issuerName;
    QList<VerifactuRecord> records;
    QByteArray envelope;      // the SOAP request
    QUrl endpoint;
    QByteArray pkcs12;
    SecretKey passwordKey;
    QString password;         // from the store, set by the caller before transmitting
    int timeoutSeconds = 60;
};

// What one submission came to.
struct VerifactuBatchOutcome
{
    int sent = 0;
    int accepted = 0;
    int acceptedWithErrors = 0;
    int rejected = 0;
    int unanswered = 0;       // no line for them in the answer: still pending
    QString csv;
    QString sendState;
    QString failure;          // the service could not be reached or refused the whole submission
    QStringList problems;     // "F-2026-0007: 1105 …" for each rejected record or one accepted with errors
    bool failed() const { return !failure.isEmpty(); }
};

// Sends pending VERI*FACTU records to the AEAT: at most 1,000 per submission, never before the
// waiting time the AEAT's last answer gave (TiempoEsperaEnvio) unless 1,000 are waiting, and after
// a failure (network, timeout, HTTP error, SOAP Fault) only after a back-off (1 minute, doubling, at
// most an hour). A record the AEAT accepted is never sent again; an answer that it was a duplicate
// (error 3000: it arrived before, the answer was lost) counts as accepted.
class VerifactuSender final
{
    Q_DECLARE_TR_FUNCTIONS(ordo::VerifactuSender)

public:
    struct Options
    {
        int maxRecords = 1000;    // SuministroLR.xsd: RegistroFactura maxOccurs="1000"
        int timeoutSeconds = 60;
    };
    struct Status
    {
        qint64 nextSendAt = 0;    // seconds since the epoch; 0: whenever
        int failures = 0;         // in a row
        std::optional<qint64> lastAttemptAt;
        QString lastError;
        QString lastCsv;
    };
    // What is due now: a batch, or nothing (with the time to wait for, when records wait).
    struct Due
    {
        std::optional<VerifactuBatch> batch;
        std::optional<qint64> waitUntil;
        qint64 pending = 0;
    };
    // What sendDue did.
    struct Report
    {
        QList<VerifactuBatchOutcome> batches;
        std::optional<qint64> waitUntil;   // records still wait for this time
        qint64 pending = 0;                // records still pending after it
        bool anyRejected() const;
        bool anyFailed() const;
    };

    explicit VerifactuSender(Database &db) : m_db(db) {}
    VerifactuSender(Database &db, Options options) : m_db(db), m_options(options) {}

    Result<Status> status() const;
    Result<Due> nextBatch(const Actor &by);
    static Result<VerifactuAnswer> transmit(const VerifactuBatch &batch);
    Result<VerifactuBatchOutcome> record(const VerifactuBatch &batch, const Result<VerifactuAnswer> &answer);
    // Everything due, one batch after another, waiting for the store and the network (ordo-cli,
    // tests; never on a GUI thread).
    Result<Report> sendDue(SecretStore &secrets, const Actor &by);

    // The back-off after `failures` failures in a row, in seconds.
    static qint64 backoff(int failures);

private:
    Database &m_db;
    Options m_options;
};

} // namespace ordo
