#include "core/billing/VerifactuSender.h"

#include "core/common/Authorization.h"
#include "core/common/Clock.h"
#include "core/storage/CompanyIdentity.h"
#include "core/storage/Database.h"
#include "core/storage/Settings.h"
#include "core/storage/SettingsKeys.h"

#include <QBuffer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QXmlStreamReader>

#include <memory>

namespace ordo {

namespace {

// The AEAT's code for a record it already holds: it arrived before and the answer was lost.
const QString DuplicateRecord = QStringLiteral("3000");

QString lineKey(bool anulacion, const QString &number, const QString &issueDate)
{
    return QStringLiteral("%1|%2|%3").arg(anulacion ? QStringLiteral("A") : QStringLiteral("R"), number, issueDate);
}

} // namespace

// --- the certificate ----------------------------------------------------------------------------

VerifactuCertificate VerifactuCertificate::load(Database &db)
{
    CompanySettings s(db);
    VerifactuCertificate c;
    c.pkcs12 = QByteArray::fromBase64(s.value(QString(settings::VerifactuCertificate)).toLatin1());
    c.subject = s.value(QString(settings::VerifactuCertificateSubject));
    c.expires = QDate::fromString(s.value(QString(settings::VerifactuCertificateExpires)), Qt::ISODate);
    return c;
}

Result<SecretKey> VerifactuCertificate::passwordKey(Database &db)
{
    auto company = CompanyIdentity::of(db);
    if (!company)
        return company.error();
    return SecretKey{*company, QString(settings::VerifactuCertificatePassword)};
}

Result<VerifactuCertificate> VerifactuCertificate::open(const QByteArray &pkcs12, const QString &password)
{
    if (pkcs12.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The certificate file is empty."));
    QBuffer buffer;
    buffer.setData(pkcs12);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, password.toUtf8()) || certificate.isNull())
        return makeError(ErrorCode::Invalid, tr("The certificate could not be opened: it is not a PKCS#12 file (.p12, .pfx) "
                                                "or the password is wrong."));
    if (key.isNull())
        return makeError(ErrorCode::Invalid, tr("The certificate file holds no private key: export it again with its key."));
    VerifactuCertificate c;
    c.pkcs12 = pkcs12;
    const QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    c.subject = names.isEmpty() ? certificate.subjectDisplayName() : names.join(QStringLiteral(", "));
    c.expires = certificate.expiryDate().toLocalTime().date();
    return c;
}

Result<VerifactuCertificate> VerifactuCertificate::import(Database &db, const QByteArray &pkcs12, const QString &password,
                                                          const Actor &by)
{
    if (auto allowed = authorize(by, Permission::ManageCompany); !allowed)
        return allowed.error();
    auto opened = open(pkcs12, password);
    if (!opened)
        return opened;
    if (opened->expires.isValid() && opened->expires < Clock::now().toLocalTime().date())
        return makeError(ErrorCode::Invalid, tr("The certificate of %1 expired on %2: the AEAT would refuse it.")
                                                 .arg(opened->subject, QLocale().toString(opened->expires, QLocale::ShortFormat)));
    auto saved = withTransaction(db, [&]() -> Result<void> {
        CompanySettings s(db);
        for (const auto &[key, value] :
             {std::pair{QString(settings::VerifactuCertificate), QString::fromLatin1(pkcs12.toBase64())},
              std::pair{QString(settings::VerifactuCertificateSubject), opened->subject},
              std::pair{QString(settings::VerifactuCertificateExpires), opened->expires.toString(Qt::ISODate)}})
            if (auto r = s.setValue(key, value); !r)
                return r;
        return {};
    });
    if (!saved)
        return saved.error();
    return opened;
}

// --- the answer ---------------------------------------------------------------------------------

Result<VerifactuAnswer> VerifactuAnswer::parse(const QByteArray &soap)
{
    QXmlStreamReader xml(soap);
    VerifactuAnswer answer;
    bool found = false;
    bool fault = false;
    QString faultText;
    QStringList path;
    VerifactuAnswerLine *line = nullptr;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            path << name;
            if (name == QLatin1String("RespuestaRegFactuSistemaFacturacion"))
                found = true;
            else if (name == QLatin1String("Fault"))
                fault = true;
            else if (found && name == QLatin1String("RespuestaLinea")) {
                answer.lines.append(VerifactuAnswerLine{});
                line = &answer.lines.last();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (path.last() == QLatin1String("RespuestaLinea"))
                line = nullptr;
            path.removeLast();
        } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
            const QString name = path.value(path.size() - 1);
            const QString parent = path.value(path.size() - 2);
            const QString text = xml.text().toString().trimmed();
            if (fault && (name == QLatin1String("faultstring") || name == QLatin1String("Text")))
                faultText += text;
            else if (line && parent == QLatin1String("IDFactura") && name == QLatin1String("NumSerieFactura"))
                line->number = text;
            else if (line && parent == QLatin1String("IDFactura") && name == QLatin1String("FechaExpedicionFactura"))
                line->issueDate = text;
            else if (line && parent == QLatin1String("Operacion") && name == QLatin1String("TipoOperacion"))
                line->anulacion = text == QLatin1String("Anulacion");
            else if (line && parent == QLatin1String("RespuestaLinea") && name == QLatin1String("EstadoRegistro"))
                line->state = text;
            else if (line && parent == QLatin1String("RespuestaLinea") && name == QLatin1String("CodigoErrorRegistro"))
                line->errorCode = text;
            else if (line && parent == QLatin1String("RespuestaLinea") && name == QLatin1String("DescripcionErrorRegistro"))
                line->errorText = text;
            else if (!line && parent == QLatin1String("RespuestaRegFactuSistemaFacturacion")) {
                if (name == QLatin1String("CSV"))
                    answer.csv = text;
                else if (name == QLatin1String("TiempoEsperaEnvio"))
                    answer.waitSeconds = text.toInt();
                else if (name == QLatin1String("EstadoEnvio"))
                    answer.sendState = text;
            }
        }
    }
    if (fault)
        return makeError(ErrorCode::Invalid, VerifactuSender::tr("The AEAT refused the whole submission: %1")
                                                 .arg(faultText.isEmpty() ? VerifactuSender::tr("(no reason given)") : faultText));
    if (xml.hasError() || !found)
        return makeError(ErrorCode::Io, VerifactuSender::tr("The AEAT's answer could not be understood (%1).")
                                            .arg(xml.hasError() ? xml.errorString() : VerifactuSender::tr("no RespuestaRegFactuSistemaFacturacion")));
    return answer;
}

// --- sending ------------------------------------------------------------------------------------

bool VerifactuSender::Report::anyRejected() const
{
    for (const auto &b : batches)
        if (b.rejected > 0)
            return true;
    return false;
}

bool VerifactuSender::Report::anyFailed() const
{
    for (const auto &b : batches)
        if (b.failed())
            return true;
    return false;
}

qint64 VerifactuSender::backoff(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min<qint64>(3600, qint64(60) << std::min(failures - 1, 6));
}

Result<VerifactuSender::Status> VerifactuSender::status() const
{
    auto q = m_db.run(QStringLiteral("SELECT next_send_at, failures, last_attempt_at, last_error, last_csv FROM verifactu_sending WHERE id = 1"));
    if (!q)
        return q.error();
    Status s;
    if (q->next()) {
        s.nextSendAt = q->value(0).toLongLong();
        s.failures = q->value(1).toInt();
        if (!q->value(2).isNull())
            s.lastAttemptAt = q->value(2).toLongLong();
        s.lastError = q->value(3).toString();
        s.lastCsv = q->value(4).toString();
    }
    return s;
}

Result<VerifactuSender::Due> VerifactuSender::nextBatch(const Actor &by)
{
    if (auto allowed = authorize(by, Permission::IssueInvoices); !allowed)
        return allowed.error();
    Due due;
    auto pending = m_db.scalar(QStringLiteral("SELECT count(*) FROM verifactu_records WHERE state = 'pending'"));
    if (!pending)
        return pending.error();
    due.pending = pending->toLongLong();
    if (due.pending == 0)
        return due;
    VerifactuService service(m_db);
    const VerifactuSettings settings = service.settings();
    if (settings.mode != VerifactuSettings::Mode::Verifactu)
        return makeError(ErrorCode::Invalid, tr("The company keeps its records without sending them (no VERI*FACTU): "
                                                "nothing is sent to the AEAT."));
    auto st = status();
    if (!st)
        return st.error();
    const qint64 now = Clock::nowSecs();
    // The AEAT's waiting time binds unless a full submission waits; a back-off after a failure always does.
    if (now < st->nextSendAt && (st->failures > 0 || due.pending < m_options.maxRecords)) {
        due.waitUntil = st->nextSendAt;
        return due;
    }
    const VerifactuCertificate certificate = VerifactuCertificate::load(m_db);
    if (!certificate.isSet())
        return makeError(ErrorCode::Invalid, tr("No certificate for the AEAT is set up: import the company's certificate "
                                                "(a .p12 or .pfx file) in Settings › VERI*FACTU or with "
                                                "ordo-cli verifactu certificate import FILE."));
    auto key = VerifactuCertificate::passwordKey(m_db);
    if (!key)
        return key.error();
    auto all = service.records();
    if (!all)
        return all.error();
    VerifactuBatch batch;
    QList<QByteArray> fragments;
    for (const auto &r : *all) {
        if (r.state != QLatin1String("pending"))
            continue;
        if (batch.records.isEmpty()) {
            batch.issuerNif = r.issuerNif;
            batch.issuerName = r.issuerName;
        }
        // One issuer per submission: its Cabecera names one ObligadoEmision.
        if (r.issuerNif != batch.issuerNif)
            continue;
        batch.records.append(r);
        fragments.append(r.xml);
        if (batch.records.size() >= m_options.maxRecords)
            break;
    }
    batch.envelope = verifactu::soapEnvelope(verifactu::xmlDocument({batch.issuerName, batch.issuerNif}, fragments));
    batch.endpoint = QUrl(settings.endpoint());
    batch.pkcs12 = certificate.pkcs12;
    batch.passwordKey = *key;
    batch.timeoutSeconds = m_options.timeoutSeconds;
    due.batch = std::move(batch);
    return due;
}

Result<VerifactuAnswer> VerifactuSender::transmit(const VerifactuBatch &batch)
{
    auto opened = VerifactuCertificate::open(batch.pkcs12, batch.password);
    if (!opened)
        return opened.error();
    QBuffer buffer;
    buffer.setData(batch.pkcs12);
    buffer.open(QIODevice::ReadOnly);
    QSslKey key;
    QSslCertificate certificate;
    QList<QSslCertificate> chain;
    QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain, batch.password.toUtf8());

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(key);
    tls.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    // Another authority to trust for the endpoint (a company's proxy that inspects TLS; the tests' own CA).
    if (const QString extra = qEnvironmentVariable("ORDO_VERIFACTU_CA_FILE"); !extra.isEmpty())
        tls.addCaCertificates(extra);

    QNetworkRequest request(batch.endpoint);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", "\"\"");
    request.setTransferTimeout(batch.timeoutSeconds * 1000);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.post(request, batch.envelope));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString where = batch.endpoint.host();
    if (reply->error() == QNetworkReply::NoError || (status >= 400 && body.contains("Fault")))
        return VerifactuAnswer::parse(body);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::RemoteHostClosedError:
        return makeError(ErrorCode::Io, tr("The AEAT's service at %1 could not be reached (%2); the records stay in the queue.")
                                            .arg(where, reply->errorString()));
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return makeError(ErrorCode::Io, tr("The AEAT's service at %1 did not answer in time; the records stay in the queue.").arg(where));
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ErrorCode::Io, tr("The secure connection to %1 failed (%2): check the certificate and the address.")
                                            .arg(where, reply->errorString()));
    default:
        if (status > 0)
            return makeError(ErrorCode::Io, tr("The AEAT's service at %1 answered with an HTTP error (%2 %3); the records stay in the queue.")
                                                .arg(where)
                                                .arg(status)
                                                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        return makeError(ErrorCode::Io, tr("The records could not be sent to %1 (%2); they stay in the queue.").arg(where, reply->errorString()));
    }
}

Result<VerifactuBatchOutcome> VerifactuSender::record(const VerifactuBatch &batch, const Result<VerifactuAnswer> &answer)
{
    VerifactuBatchOutcome outcome;
    outcome.sent = int(batch.records.size());
    const qint64 now = Clock::nowSecs();
    auto stored = withTransaction(m_db, [&]() -> Result<void> {
        if (!answer) {
            outcome.failure = answer.error().message;
            for (const auto &r : batch.records)
                if (auto u = m_db.run(QStringLiteral("UPDATE verifactu_records SET attempts = attempts + 1, last_attempt_at = ? "
                                                     "WHERE id = ? AND state = 'pending'"),
                                      {now, r.id});
                    !u)
                    return u.error();
            auto st = status();
            if (!st)
                return st.error();
            const int failures = st->failures + 1;
            if (auto u = m_db.run(QStringLiteral("UPDATE verifactu_sending SET failures = ?, last_attempt_at = ?, last_error = ?, "
                                                 "next_send_at = ? WHERE id = 1"),
                                  {failures, now, outcome.failure, now + backoff(failures)});
                !u)
                return u.error();
            return {};
        }
        QHash<QString, const VerifactuAnswerLine *> lines;
        for (const auto &l : answer->lines)
            lines.insert(lineKey(l.anulacion, l.number, l.issueDate), &l);
        outcome.csv = answer->csv;
        outcome.sendState = answer->sendState;
        for (const auto &r : batch.records) {
            const VerifactuAnswerLine *line =
                lines.value(lineKey(r.kind == verifactu::RecordKind::Anulacion, r.invoiceNumber, r.issueDate), nullptr);
            if (!line) {
                ++outcome.unanswered;
                if (auto u = m_db.run(QStringLiteral("UPDATE verifactu_records SET attempts = attempts + 1, last_attempt_at = ? "
                                                     "WHERE id = ? AND state = 'pending'"),
                                      {now, r.id});
                    !u)
                    return u.error();
                continue;
            }
            QString state;
            if (line->state == QLatin1String("Correcto") || line->errorCode == DuplicateRecord) {
                state = QStringLiteral("accepted");
                ++outcome.accepted;
            } else if (line->state == QLatin1String("AceptadoConErrores")) {
                state = QStringLiteral("accepted_with_errors");
                ++outcome.acceptedWithErrors;
            } else {
                state = QStringLiteral("rejected");
                ++outcome.rejected;
            }
            if (state != QLatin1String("accepted") && line->errorCode != DuplicateRecord)
                outcome.problems << QStringLiteral("%1: %2 %3").arg(r.invoiceNumber, line->errorCode, line->errorText).trimmed();
            if (auto u = m_db.run(QStringLiteral("UPDATE verifactu_records SET state = ?, csv = ?, error_code = ?, answer = ?, "
                                                 "attempts = attempts + 1, last_attempt_at = ?, sent_at = ? "
                                                 "WHERE id = ? AND state = 'pending'"),
                                  {state, answer->csv, line->errorCode, line->errorText, now, now, r.id});
                !u)
                return u.error();
        }
        QString lastError;
        if (outcome.rejected > 0 || outcome.unanswered > 0)
            lastError = outcome.problems.isEmpty() ? tr("%n record(s) got no answer from the AEAT.", nullptr, outcome.unanswered)
                                                   : outcome.problems.join(QStringLiteral("; "));
        if (auto u = m_db.run(QStringLiteral("UPDATE verifactu_sending SET failures = 0, last_attempt_at = ?, last_error = ?, "
                                             "last_csv = ?, next_send_at = ? WHERE id = 1"),
                              {now, lastError, answer->csv, now + std::max(0, answer->waitSeconds)});
            !u)
            return u.error();
        return {};
    }, Database::Durability::Full);
    if (!stored)
        return stored.error();
    return outcome;
}

Result<VerifactuSender::Report> VerifactuSender::sendDue(SecretStore &secrets, const Actor &by)
{
    Report report;
    QSet<Id> tried;
    for (;;) {
        auto due = nextBatch(by);
        if (!due)
            return due.error();
        report.pending = due->pending;
        report.waitUntil = due->waitUntil;
        if (!due->batch)
            break;
        VerifactuBatch &batch = *due->batch;
        // A record sent in this run and still pending (no line for it in the answer) waits for the next run.
        bool again = false;
        for (const auto &r : batch.records)
            again = again || tried.contains(r.id);
        if (again)
            break;
        auto password = readSecretNow(secrets, batch.passwordKey);
        if (!password)
            return makeError(password.error().code, tr("The certificate's password could not be read: %1").arg(password.error().message));
        if (password->isEmpty())
            return makeError(ErrorCode::Invalid, tr("No password for the AEAT certificate is kept in %1. Import the certificate "
                                                    "again, or, for a program without a screen, set %2.")
                                                     .arg(secrets.location(), QStringLiteral("ORDO_VERIFACTU_CERTIFICATE_PASSWORD")));
        batch.password = *password;
        for (const auto &r : batch.records)
            tried.insert(r.id);
        auto outcome = record(batch, transmit(batch));
        if (!outcome)
            return outcome.error();
        report.batches.append(*outcome);
        if (outcome->failed()) {
            auto st = status();
            if (st)
                report.waitUntil = st->nextSendAt;
            auto left = m_db.scalar(QStringLiteral("SELECT count(*) FROM verifactu_records WHERE state = 'pending'"));
            if (left)
                report.pending = left->toLongLong();
            break;
        }
    }
    return report;
}

} // namespace ordo
