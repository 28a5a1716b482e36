// Sending VERI*FACTU records to a local stand-in for the AEAT's web service (support/FakeAeatServer):
// HTTPS that requires the company's client certificate, made here with openssl for each test.
#include "core/billing/CompanyProfiles.h"
#include "core/billing/InvoiceDrafts.h"
#include "core/billing/InvoiceLedger.h"
#include "core/billing/Verifactu.h"
#include "core/billing/VerifactuSender.h"
#include "core/billing/VerifactuService.h"
#include "core/common/Clock.h"
#include "core/common/FileSecretStore.h"
#include "core/orders/WorkOrderService.h"
#include "core/people/CustomerRepository.h"

#include "support/FakeAeatServer.h"
#include "support/TestDatabase.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimeZone>
#include <QTimer>

using namespace ordo;
using namespace ordo::test;

namespace {

const Actor pilar{std::nullopt, QStringLiteral("Pilar Navarro")};

struct Fixture
{
    TestDatabase db;
    QDateTime now{QDate(2026, 11, 30), QTime(22, 0), QTimeZone("Europe/Madrid")};
    Clock::Override clock{[this] { return now; }};
    VerifactuService verifactu{*db};
    std::optional<TestCertificates> certificates;
    std::unique_ptr<FakeAeatServer> aeat;
    FileSecretStore secrets{db.file(QStringLiteral("secrets.json")), FileSecretStore::Environment::Ignore};
    Id customerId = 0;

    Fixture()
    {
        addTeam(*db);
        CompanyProfile company;
        company.legalName = QStringLiteral("Ventanas Sol S.L.");
        company.taxId = QStringLiteral("B12345678");
        company.address = QStringLiteral("Calle del Sol 5");
        REQUIRE(CompanyProfiles(*db).save(company).ok());
        Customer c;
        c.name = QStringLiteral("Carmen López");
        c.taxId = QStringLiteral("12345678Z");
        c.address = QStringLiteral("Calle Mayor 12");
        customerId = *CustomerRepository(*db).add(c);

        QString why;
        certificates = TestCertificates::make(db.dir.path(), &why);
        INFO(why.toStdString());
        REQUIRE(certificates);
        // The client trusts the test's CA, as it trusts the AEAT's real one through the system's list.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(certificates->caPem);
        QSslConfiguration::setDefaultConfiguration(tls);
        aeat = std::make_unique<FakeAeatServer>(*certificates);
        REQUIRE(aeat->start());

        VerifactuSettings s = verifactu.settings();
        s.endpointTest = aeat->url();
        REQUIRE(verifactu.saveSettings(s).ok());
        importCertificate(certificates->clientP12);
    }

    void importCertificate(const QByteArray &p12)
    {
        auto key = VerifactuCertificate::passwordKey(*db);
        REQUIRE(key.ok());
        REQUIRE(secrets.set(*key, certificates->password).ok());
        auto imported = VerifactuCertificate::import(*db, p12, certificates->password, pilar);
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported.ok());
    }

    Invoice issued(const QString &title = QStringLiteral("Windows"))
    {
        NewWorkOrder n;
        n.customerId = customerId;
        n.title = title;
        n.lines = {{0, 0, QStringLiteral("PVC window 120×140"), 1000, 38500, 2100, 0}};
        auto o = WorkOrderService(*db).create(n, pilar);
        REQUIRE(o.ok());
        auto draft = InvoiceDrafts(*db).createFromOrder(o->id, pilar);
        REQUIRE(draft.ok());
        auto inv = InvoiceLedger(*db).issue(draft->id, draft->version, pilar);
        REQUIRE(inv.ok());
        return *inv;
    }

    Result<VerifactuSender::Report> send()
    {
        return VerifactuSender(*db, {1000, 10}).sendDue(secrets, pilar);
    }

    QList<VerifactuRecord> records()
    {
        auto all = verifactu.records();
        REQUIRE(all.ok());
        return *all;
    }
};

QString stateOf(const QList<VerifactuRecord> &records, const QString &number)
{
    QString state;
    for (const auto &r : records)
        if (r.invoiceNumber == number)
            state = r.state;  // the last one
    return state;
}

} // namespace

TEST_CASE("the AEAT's answer is read: CSV, waiting time, the state of each record; a SOAP Fault is a failure", "[verifactu][sending]")
{
    const QByteArray answer = R"(<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body>
      <tikR:RespuestaRegFactuSistemaFacturacion xmlns:tikR="urn:r" xmlns:tik="urn:i">
        <tikR:CSV>A-YDSW8NLFLANWPM</tikR:CSV><tikR:TiempoEsperaEnvio>120</tikR:TiempoEsperaEnvio>
        <tikR:EstadoEnvio>ParcialmenteCorrecto</tikR:EstadoEnvio>
        <tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>B12345678</tik:IDEmisorFactura>
          <tik:NumSerieFactura>F-1</tik:NumSerieFactura><tik:FechaExpedicionFactura>30-11-2026</tik:FechaExpedicionFactura></tikR:IDFactura>
          <tikR:Operacion><tik:TipoOperacion>Alta</tik:TipoOperacion></tikR:Operacion><tikR:EstadoRegistro>Correcto</tikR:EstadoRegistro>
        </tikR:RespuestaLinea>
        <tikR:RespuestaLinea><tikR:IDFactura><tik:IDEmisorFactura>B12345678</tik:IDEmisorFactura>
          <tik:NumSerieFactura>F-2</tik:NumSerieFactura><tik:FechaExpedicionFactura>30-11-2026</tik:FechaExpedicionFactura></tikR:IDFactura>
          <tikR:Operacion><tik:TipoOperacion>Anulacion</tik:TipoOperacion></tikR:Operacion><tikR:EstadoRegistro>Incorrecto</tikR:EstadoRegistro>
          <tikR:CodigoErrorRegistro>3002</tikR:CodigoErrorRegistro><tikR:DescripcionErrorRegistro>No existe el registro</tikR:DescripcionErrorRegistro>
        </tikR:RespuestaLinea>
      </tikR:RespuestaRegFactuSistemaFacturacion></env:Body></env:Envelope>)";
    auto parsed = VerifactuAnswer::parse(answer);
    REQUIRE(parsed.ok());
    CHECK(parsed->csv == QStringLiteral("A-YDSW8NLFLANWPM"));
    CHECK(parsed->waitSeconds == 120);
    CHECK(parsed->sendState == QStringLiteral("ParcialmenteCorrecto"));
    REQUIRE(parsed->lines.size() == 2);
    CHECK(parsed->lines[0].number == QStringLiteral("F-1"));
    CHECK_FALSE(parsed->lines[0].anulacion);
    CHECK(parsed->lines[1].anulacion);
    CHECK(parsed->lines[1].errorCode == QStringLiteral("3002"));
    CHECK(parsed->lines[1].errorText == QStringLiteral("No existe el registro"));

    auto fault = VerifactuAnswer::parse(R"(<env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Body><env:Fault>
        <faultcode>env:Client</faultcode><faultstring>Codigo[4102].El XML no cumple el esquema</faultstring></env:Fault></env:Body></env:Envelope>)");
    REQUIRE_FALSE(fault.ok());
    CHECK(fault.error().message.contains(QStringLiteral("El XML no cumple el esquema")));
    CHECK_FALSE(VerifactuAnswer::parse("<html>Service Unavailable</html>").ok());
}

TEST_CASE("sending: every record accepted keeps the AEAT's CSV, and a second send sends nothing", "[verifactu][sending]")
{
    Fixture f;
    f.issued();
    f.issued();
    auto report = f.send();
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].sent == 2);
    CHECK(report->batches[0].accepted == 2);
    CHECK(report->batches[0].csv == QStringLiteral("A-TEST0001"));
    CHECK_FALSE(report->anyRejected());
    CHECK_FALSE(report->anyFailed());
    for (const auto &r : f.records()) {
        CHECK(r.state == QStringLiteral("accepted"));
        CHECK(r.csv == QStringLiteral("A-TEST0001"));
        CHECK(r.attempts == 1);
        CHECK(r.lastAttemptAt == f.now.toSecsSinceEpoch());
    }
    // The server saw the company's certificate, and the SOAP request named the company as ObligadoEmision.
    CHECK(f.aeat->clientNames() == QStringList{f.certificates->clientName});
    const QByteArray body = f.aeat->requestBodies().value(0);
    CHECK(body.contains("<soapenv:Envelope"));
    CHECK(body.contains("<sf:ObligadoEmision><sf:NombreRazon>Ventanas Sol S.L.</sf:NombreRazon><sf:NIF>B12345678</sf:NIF>"));

    // Later, nothing is pending: nothing goes.
    f.now = f.now.addSecs(3600);
    auto again = f.send();
    REQUIRE(again.ok());
    CHECK(again->batches.isEmpty());
    CHECK(f.aeat->requests() == 1);
    for (const auto &r : f.records())
        CHECK(f.aeat->timesReceived(r.huella) == 1);
}

TEST_CASE("sending: a rejected alta is corrected with a subsanación record, chained, that the AEAT then accepts",
          "[verifactu][sending]")
{
    Fixture f;
    const Invoice good = f.issued();
    const Invoice bad = f.issued();
    f.aeat->rejectAltaOf(bad.number);
    auto report = f.send();
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].accepted == 1);
    CHECK(report->batches[0].rejected == 1);
    CHECK(report->batches[0].sendState == QStringLiteral("ParcialmenteCorrecto"));
    CHECK(report->anyRejected());
    REQUIRE(report->batches[0].problems.size() == 1);
    CHECK(report->batches[0].problems[0].contains(bad.number));
    CHECK(report->batches[0].problems[0].contains(QStringLiteral("1105")));
    auto records = f.records();
    CHECK(stateOf(records, good.number) == QStringLiteral("accepted"));
    CHECK(stateOf(records, bad.number) == QStringLiteral("rejected"));
    CHECK(records[1].errorCode == QStringLiteral("1105"));
    CHECK(records[1].errorText == QStringLiteral("El NIF del destinatario no está identificado."));
    auto status = VerifactuSender(*f.db).status();
    REQUIRE(status.ok());
    CHECK(status->lastError.contains(QStringLiteral("1105")));

    // Only a rejected record is corrected.
    CHECK_FALSE(f.verifactu.correct(good.id, pilar).ok());
    f.now = f.now.addSecs(120);
    auto corrected = f.verifactu.correct(bad.id, pilar);
    INFO((corrected ? QString() : corrected.error().message).toStdString());
    REQUIRE(corrected.ok());
    CHECK(corrected->state == QStringLiteral("pending"));
    CHECK(corrected->corrects == records[1].id);
    CHECK(corrected->chainIndex == 3);
    CHECK(corrected->previousHuella == records[1].huella);
    CHECK(corrected->xml.contains("<sf:Subsanacion>S</sf:Subsanacion><sf:RechazoPrevio>S</sf:RechazoPrevio>"));
    // The Huella, recomputed here from the record's fields without Ordo's code.
    const QString input = QStringLiteral("IDEmisorFactura=B12345678&NumSerieFactura=%1&FechaExpedicionFactura=%2&TipoFactura=F1"
                                         "&CuotaTotal=%3&ImporteTotal=%4&Huella=%5&FechaHoraHusoGenRegistro=%6")
                              .arg(bad.number, corrected->issueDate, corrected->quotaTotal, corrected->amountTotal,
                                   records[1].huella, QStringLiteral("2026-11-30T22:02:00+01:00"));
    CHECK(corrected->generatedAt == QStringLiteral("2026-11-30T22:02:00+01:00"));
    CHECK(corrected->huella == QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex().toUpper()));
    // Corrected once: the correction waits for its answer, a second one is refused.
    CHECK_FALSE(f.verifactu.correct(bad.id, pilar).ok());

    report = f.send();
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].sent == 1);
    CHECK(report->batches[0].accepted == 1);
    records = f.records();
    CHECK(records[1].state == QStringLiteral("rejected"));  // the rejected record stays as it was answered
    CHECK(records[2].state == QStringLiteral("accepted"));
    CHECK(f.aeat->recordsReceived() == 3);
    CHECK(f.aeat->requestBodies().last().contains("<sf:Subsanacion>S</sf:Subsanacion>"));

    // The subsanación record is valid for the AEAT's schema.
    const QString spec = QStringLiteral(ORDO_VERIFACTU_SPEC_DIR);
    if (!QFile::exists(spec + QStringLiteral("/SuministroLR.xsd"))) {
        WARN("Schema check skipped: the AEAT schemas are not at " << spec.toStdString());
        return;
    }
    const QString file = f.db.file(QStringLiteral("subsanacion.xml"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(verifactu::xmlDocument({QStringLiteral("Ventanas Sol S.L."), QStringLiteral("B12345678")}, {corrected->xml}));
    out.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                           spec + QStringLiteral("/SuministroLR.xsd"), file});
    REQUIRE(lint.waitForFinished(30000));
    INFO(lint.readAllStandardError().toStdString());
    CHECK(lint.exitCode() == 0);
}

TEST_CASE("sending: a rejected anulación is sent again as a new registro de anulación with RechazoPrevio, which the AEAT "
          "accepts; an alta the AEAT never took is annulled with SinRegistroPrevio",
          "[verifactu][sending]")
{
    Fixture f;
    const Invoice good = f.issued();
    const Invoice bad = f.issued();
    f.aeat->rejectAltaOf(bad.number);
    REQUIRE(f.send().ok());
    REQUIRE(stateOf(f.records(), good.number) == QStringLiteral("accepted"));
    REQUIRE(stateOf(f.records(), bad.number) == QStringLiteral("rejected"));

    // The annulment of the accepted invoice: rejected by the AEAT.
    f.now = f.now.addSecs(60);
    auto annulled = f.verifactu.annul(good.id, QStringLiteral("Issued twice by mistake"), pilar);
    REQUIRE(annulled.ok());
    CHECK_FALSE(annulled->xml.contains("RechazoPrevio"));
    CHECK_FALSE(annulled->xml.contains("SinRegistroPrevio"));
    f.aeat->rejectAnulacionOf(good.number);
    auto report = f.send();
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].rejected == 1);
    auto records = f.records();
    CHECK(records.last().kind == verifactu::RecordKind::Anulacion);
    CHECK(records.last().state == QStringLiteral("rejected"));
    CHECK(records.last().errorCode == QStringLiteral("1100"));

    // Annulling again is refused with the way out; correcting makes the new anulación.
    auto again = f.verifactu.annul(good.id, QStringLiteral("again"), pilar);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("verifactu correct")));
    f.now = f.now.addSecs(60);
    auto resent = f.verifactu.correct(good.id, pilar);
    INFO((resent ? QString() : resent.error().message).toStdString());
    REQUIRE(resent.ok());
    CHECK(resent->kind == verifactu::RecordKind::Anulacion);
    CHECK(resent->state == QStringLiteral("pending"));
    CHECK(resent->corrects == annulled->id);
    CHECK(resent->reason == QStringLiteral("Issued twice by mistake"));
    CHECK(resent->previousHuella == records.last().huella);
    CHECK(resent->xml.contains("<sf:RechazoPrevio>S</sf:RechazoPrevio>"));
    CHECK_FALSE(resent->xml.contains("SinRegistroPrevio"));
    // Once: the new one waits for its answer.
    CHECK_FALSE(f.verifactu.correct(good.id, pilar).ok());

    report = f.send();
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].sent == 1);
    CHECK(report->batches[0].accepted == 1);
    records = f.records();
    CHECK(records[records.size() - 2].state == QStringLiteral("rejected"));  // stays as it was answered
    CHECK(records.last().state == QStringLiteral("accepted"));
    CHECK(f.aeat->requestBodies().last().contains("<sf:RechazoPrevio>S</sf:RechazoPrevio>"));

    // The invoice whose alta the AEAT rejected and nobody corrected: its annulment says the AEAT has
    // no record of it, and is accepted at once.
    auto withoutAlta = f.verifactu.annul(bad.id, QStringLiteral("Never valid"), pilar);
    REQUIRE(withoutAlta.ok());
    CHECK(withoutAlta->xml.contains("<sf:SinRegistroPrevio>S</sf:SinRegistroPrevio>"));
    f.now = f.now.addSecs(60);
    report = f.send();
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 1);
    CHECK(report->batches[0].accepted == 1);
    CHECK(stateOf(f.records(), bad.number) == QStringLiteral("accepted"));
    auto chain = InvoiceLedger(*f.db).verifyChain();
    REQUIRE(chain.ok());
    CHECK(chain->ok());

    // Both records are valid for the AEAT's schema.
    const QString spec = QStringLiteral(ORDO_VERIFACTU_SPEC_DIR);
    if (!QFile::exists(spec + QStringLiteral("/SuministroLR.xsd"))) {
        WARN("Schema check skipped: the AEAT schemas are not at " << spec.toStdString());
        return;
    }
    const QString file = f.db.file(QStringLiteral("anulaciones.xml"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(verifactu::xmlDocument({QStringLiteral("Ventanas Sol S.L."), QStringLiteral("B12345678")}, {resent->xml, withoutAlta->xml}));
    out.close();
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                           spec + QStringLiteral("/SuministroLR.xsd"), file});
    REQUIRE(lint.waitForFinished(30000));
    INFO(lint.readAllStandardError().toStdString());
    CHECK(lint.exitCode() == 0);
}

TEST_CASE("sending: with the service down the records stay pending and are retried after a back-off; none is sent twice",
          "[verifactu][sending]")
{
    Fixture f;
    f.issued();
    f.issued();
    const quint16 port = f.aeat->port();
    f.aeat->stop();

    auto down = f.send();
    REQUIRE(down.ok());
    REQUIRE(down->batches.size() == 1);
    CHECK(down->anyFailed());
    CHECK(down->batches[0].failure.contains(QStringLiteral("could not be reached")));
    CHECK(down->pending == 2);
    REQUIRE(down->waitUntil);
    CHECK(*down->waitUntil == f.now.toSecsSinceEpoch() + 60);
    for (const auto &r : f.records()) {
        CHECK(r.state == QStringLiteral("pending"));
        CHECK(r.attempts == 1);
    }

    // Back up, but the back-off has not passed: nothing goes.
    REQUIRE(f.aeat->start(port));
    f.now = f.now.addSecs(30);
    auto early = f.send();
    REQUIRE(early.ok());
    CHECK(early->batches.isEmpty());
    REQUIRE(early->waitUntil);
    CHECK(f.aeat->requests() == 0);

    // A SOAP Fault (the service unavailable) is a failure of the whole submission, too: the back-off doubles.
    f.now = f.now.addSecs(31);
    f.aeat->setFault(true);
    auto fault = f.send();
    REQUIRE(fault.ok());
    CHECK(fault->anyFailed());
    CHECK(fault->batches[0].failure.contains(QStringLiteral("Servicio no disponible")));
    CHECK(*fault->waitUntil == f.now.toSecsSinceEpoch() + 120);
    f.aeat->setFault(false);

    f.now = f.now.addSecs(121);
    auto up = f.send();
    REQUIRE(up.ok());
    REQUIRE(up->batches.size() == 1);
    CHECK(up->batches[0].accepted == 2);
    for (const auto &r : f.records()) {
        CHECK(r.state == QStringLiteral("accepted"));
        CHECK(r.attempts == 3);
        CHECK(f.aeat->timesReceived(r.huella) == 1);  // the Fault's request was refused as a whole, unread
    }
    auto status = VerifactuSender(*f.db).status();
    REQUIRE(status.ok());
    CHECK(status->failures == 0);
    CHECK(status->lastError.isEmpty());

    // An accepted record never goes again, even when new ones do.
    f.now = f.now.addSecs(3600);
    const Invoice third = f.issued();
    auto next = f.send();
    REQUIRE(next.ok());
    REQUIRE(next->batches.size() == 1);
    CHECK(next->batches[0].sent == 1);
    CHECK(f.aeat->requests() == 3);         // the Fault, the accepted batch, the new record
    CHECK(f.aeat->recordsReceived() == 3);  // each record once
    CHECK(f.aeat->requestBodies().last().contains(third.number.toUtf8()));
}

TEST_CASE("sending: an answer lost on the way is sent again and the AEAT's 'duplicate' counts as accepted", "[verifactu][sending]")
{
    Fixture f;
    f.issued();
    // The AEAT received and accepted it, but Ordo never heard (the connection broke): still pending.
    {
        VerifactuSender sender(*f.db);
        auto due = sender.nextBatch(pilar);
        REQUIRE(due.ok());
        REQUIRE(due->batch);
        due->batch->password = f.certificates->password;
        REQUIRE(VerifactuSender::transmit(*due->batch).ok());
        REQUIRE(sender.record(*due->batch, makeError(ErrorCode::Io, QStringLiteral("connection reset"))).ok());
    }
    CHECK(f.records()[0].state == QStringLiteral("pending"));
    f.now = f.now.addSecs(61);
    auto report = f.send();
    REQUIRE(report.ok());
    CHECK(report->batches[0].accepted == 1);
    CHECK_FALSE(report->anyRejected());
    const VerifactuRecord r = f.records()[0];
    CHECK(r.state == QStringLiteral("accepted"));
    CHECK(r.errorCode == QStringLiteral("3000"));
}

TEST_CASE("sending: the AEAT's waiting time (TiempoEsperaEnvio) is respected", "[verifactu][sending]")
{
    Fixture f;
    f.aeat->setWaitSeconds(300);
    f.issued();
    REQUIRE(f.send().ok());
    CHECK(f.aeat->requests() == 1);

    f.issued();
    f.now = f.now.addSecs(299);
    auto early = f.send();
    REQUIRE(early.ok());
    CHECK(early->batches.isEmpty());
    CHECK(early->pending == 1);
    REQUIRE(early->waitUntil);
    CHECK(*early->waitUntil == f.now.toSecsSinceEpoch() + 1);
    CHECK(f.aeat->requests() == 1);

    f.now = f.now.addSecs(1);
    auto due = f.send();
    REQUIRE(due.ok());
    REQUIRE(due->batches.size() == 1);
    CHECK(due->batches[0].accepted == 1);
    CHECK(f.aeat->requests() == 2);
}

TEST_CASE("sending: at most the batch size per submission, the rest in the next one", "[verifactu][sending]")
{
    Fixture f;
    f.aeat->setWaitSeconds(0);
    for (int i = 0; i < 3; ++i)
        f.issued();
    auto report = VerifactuSender(*f.db, {2, 10}).sendDue(f.secrets, pilar);
    REQUIRE(report.ok());
    REQUIRE(report->batches.size() == 2);
    CHECK(report->batches[0].sent == 2);
    CHECK(report->batches[1].sent == 1);
    CHECK(f.aeat->requests() == 2);
}

TEST_CASE("sending: the server demands the client certificate; a stranger's certificate is refused and nothing is lost",
          "[verifactu][sending]")
{
    Fixture f;
    f.issued();
    // A TLS client without a certificate does not get through.
    {
        QSslSocket socket;
        QEventLoop loop;
        bool encrypted = false;
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, [&] { encrypted = true; });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        socket.connectToHostEncrypted(QStringLiteral("localhost"), f.aeat->port());
        // TLS 1.3: the client may finish its side before the server's refusal arrives; then the server hangs up.
        QObject::connect(&socket, &QSslSocket::encrypted, &socket, [&] { socket.write("GET / HTTP/1.1\r\n\r\n"); });
        loop.exec();
        CHECK(socket.state() != QAbstractSocket::ConnectedState);
        CHECK(f.aeat->requests() == 0);
        (void)encrypted;
    }
    CHECK(f.aeat->refusedHandshakes() >= 1);

    f.importCertificate(f.certificates->strangerP12);
    auto refused = f.send();
    REQUIRE(refused.ok());
    CHECK(refused->anyFailed());
    CHECK(f.aeat->requests() == 0);
    CHECK(f.records()[0].state == QStringLiteral("pending"));
    CHECK(f.aeat->refusedHandshakes() >= 2);

    // The company's own certificate again: it goes.
    f.importCertificate(f.certificates->clientP12);
    f.now = f.now.addSecs(61);
    auto sent = f.send();
    REQUIRE(sent.ok());
    CHECK(sent->batches[0].accepted == 1);
    CHECK(f.aeat->clientNames() == QStringList{f.certificates->clientName});
}

TEST_CASE("the certificate: a wrong password or a file that is no PKCS#12 is refused with a clear message; no password in the database",
          "[verifactu][sending]")
{
    Fixture f;
    auto wrong = VerifactuCertificate::import(*f.db, f.certificates->clientP12, QStringLiteral("nope"), pilar);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("password is wrong")));
    CHECK_FALSE(VerifactuCertificate::import(*f.db, "not a certificate", f.certificates->password, pilar).ok());
    const VerifactuCertificate kept = VerifactuCertificate::load(*f.db);
    CHECK(kept.subject == f.certificates->clientName);
    CHECK(kept.expires.isValid());
    CHECK(rawCount(*f.db, QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%%1%'").arg(f.certificates->password)) == 0);
}
